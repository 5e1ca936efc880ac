"""What the apps register with core from their ready(): core itself names none of them."""

import pytest
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from heraldo.core.today import register_panel, today_panels


def test_every_app_s_periodic_steps_are_scheduled_under_their_names():
    scheduled = {task.__name__ for task in HUEY._registry._periodic_tasks}

    assert scheduled == {
        "periodic_outbox_drain",
        "periodic_jobs_sweep",
        "periodic_backup",
        "periodic_press_publish_due",
        "periodic_monitoring_poll",
        "periodic_monitoring_complete_teasers",
        "periodic_monitoring_mailbox",
        "periodic_opinion_media_signals",
        "periodic_opinion_issues",
        "periodic_monitoring_surges",
        "periodic_monitoring_alert_digest",
        "periodic_monitoring_morning_summary",
        "periodic_ceremony_reminders",
        "periodic_personal_data_expiry",
        "periodic_assignments_escalate",
        "periodic_national_holidays",
        "periodic_work_reminders",
        "periodic_campaigns_ban_sweep",
    }


def test_hoy_shows_each_app_s_panel_in_its_declared_place(persona):
    panels = today_panels(persona("head_of_unit"), timezone.now())

    assert [panel.key for panel in panels] == [
        "agenda",
        "work",
        "approvals",
        "campaign-inbox",
        "alerts",
        "directory",
        "monitoring",
    ]


def test_a_panel_key_cannot_be_taken_twice():
    with pytest.raises(ValueError, match="registered twice"):
        register_panel("agenda", position=99)(lambda user, now: None)
