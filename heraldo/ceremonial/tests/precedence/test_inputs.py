"""Inputs the engine refuses."""

import pytest

from heraldo.ceremonial.precedence import (
    Status,
)
from heraldo.ceremonial.tests.precedence.cast import (
    mayor,
    person,
    plan_for,
)

# ----------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("attendees", "options", "message"),
    [
        ([], {}, "at least one attendee"),
        ([mayor(), mayor()], {}, "unique"),
        ([mayor()], {"speakers": ("nadie",)}, "unknown attendees: nadie"),
        ([mayor()], {"courtesy_cession_to": "nadie"}, "unknown attendees"),
    ],
)
def test_inconsistent_input_is_refused(attendees, options, message):
    with pytest.raises(ValueError, match=message):
        plan_for(attendees, **options)


def test_a_representative_must_say_whom_he_represents():
    with pytest.raises(ValueError, match="represent"):
        person("x", "REGIDOR_DISTRITAL", status=Status.REPRESENTANTE)


@pytest.mark.parametrize("ubigeo", ["5", "05010", "0501AB"])
def test_a_jurisdiction_is_a_ubigeo_prefix(ubigeo):
    with pytest.raises(ValueError, match="ubigeo"):
        person("x", "ALCALDE_DISTRITAL", jurisdiction=ubigeo)
