"""Change stamps raised once for a batch of short transactions (`stamps_raised_at_end`)."""

from __future__ import annotations

import pytest

from heraldo.core.stamps import raise_stamps, stamp_values, stamps_raised_at_end

pytestmark = pytest.mark.django_db


def test_stamps_raised_inside_the_block_are_raised_once_when_it_ends():
    # given two stamps at some value
    raise_stamps("prueba.a", "prueba.b")
    before = stamp_values(["prueba.a", "prueba.b"])
    # when a batch raises them many times
    with stamps_raised_at_end():
        for _row in range(5):
            raise_stamps("prueba.a")
        raise_stamps("prueba.b")
        # then nothing moved before the batch ends (its rows may not have committed yet)
        assert stamp_values(["prueba.a", "prueba.b"]) == before
    # and each moved once after it
    assert stamp_values(["prueba.a", "prueba.b"]) == {name: value + 1 for name, value in before.items()}


def test_a_batch_that_fails_half_way_still_raises_what_it_changed():
    with pytest.raises(RuntimeError), stamps_raised_at_end():
        raise_stamps("prueba.c")
        raise RuntimeError("el tercer ítem falló")
    assert stamp_values(["prueba.c"]) == {"prueba.c": 1}


def test_a_batch_inside_another_hands_its_stamps_to_the_outer_one():
    with stamps_raised_at_end():
        with stamps_raised_at_end():
            raise_stamps("prueba.d")
        assert stamp_values(["prueba.d"]) == {"prueba.d": 0}
    assert stamp_values(["prueba.d"]) == {"prueba.d": 1}
