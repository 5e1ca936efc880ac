"""What the apps register with core from their ready(): core itself names none of them."""

import pytest
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from heraldo.core.dashboards import register_card, register_metric
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
        "periodic_opinion_social_api",
        "periodic_monitoring_surges",
        "periodic_monitoring_alert_digest",
        "periodic_monitoring_morning_summary",
        "periodic_ceremony_reminders",
        "periodic_agenda_occurrences",
        "periodic_personal_data_expiry",
        "periodic_assignments_escalate",
        "periodic_national_holidays",
        "periodic_work_reminders",
        "periodic_campaigns_ban_sweep",
        "periodic_dashboard_figures",
    }


def test_hoy_shows_each_app_s_panel_in_its_declared_place(persona):
    panels = today_panels(persona("head_of_unit"), timezone.now())

    assert [panel.key for panel in panels] == [
        "agenda",
        "work",
        "team-overdue",
        "approvals",
        "press-alerts",
        "campaign-inbox",
        "alerts",
        "campaigns-running",
        "directory",
        "opinion-issues",
        "monitoring",
    ]


def test_a_panel_key_cannot_be_taken_twice():
    with pytest.raises(ValueError, match="registered twice"):
        register_panel("agenda", position=99)(lambda user, now: None)


def test_a_dashboard_card_or_metric_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="registered twice"):
        register_card("coverage", places=("home",), position=1, visible=lambda user: True)(lambda day: None)
    with pytest.raises(ValueError, match="registered twice"):
        register_metric("monitoring.clippings")(lambda first, last: [])
