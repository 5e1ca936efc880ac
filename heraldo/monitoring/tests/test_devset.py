"""The analysis figures on the development set (heraldo/monitoring/tests/data/dev): they must stay at target."""

from __future__ import annotations

import pytest

from heraldo.monitoring.tests.devset import dev_figures


@pytest.mark.django_db
def test_dev_set_figures_meet_the_targets(persona, capsys):
    figures = dev_figures(persona("media_analyst"))
    figures.pop("stored")
    with capsys.disabled():
        for key, value in figures.items():
            print(f"{key}: {value}")
    assert min(figures["mention_f1"].values()) >= 0.95, figures["mention_errors"]
    assert figures["topic_f1"] >= 0.90, figures["topic_errors"]
    assert figures["tone_macro_f1"] >= 0.80, figures["tone_errors"]
    assert figures["copy_groups"] == "3/3"
    assert figures["wrongly_grouped"] == []
