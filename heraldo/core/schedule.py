"""Every periodic job of Heraldo, declared in one place.

Each entry calls a plain function that a test can call without a worker;
modules add their periodic steps here.
"""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from heraldo.core.jobs import jobs_sweep
from heraldo.core.outbox import outbox_drain


@db_periodic_task(crontab(minute="*"))
@lock_task("periodic-outbox-drain")
def periodic_outbox_drain() -> None:
    outbox_drain()


@db_periodic_task(crontab(minute="*/2"))
@lock_task("periodic-jobs-sweep")
def periodic_jobs_sweep() -> None:
    jobs_sweep()


@db_periodic_task(crontab(minute="*"))
@lock_task("periodic-press-publish-due")
def periodic_press_publish_due() -> None:
    from heraldo.press.services.workflow import press_publish_due

    press_publish_due()


@db_periodic_task(crontab(minute="*"))
@lock_task("periodic-monitoring-poll")
def periodic_monitoring_poll() -> None:
    from heraldo.monitoring.services.polling import monitoring_poll_due_sources

    monitoring_poll_due_sources()


@db_periodic_task(crontab(minute="*/5"))
@lock_task("periodic-monitoring-mailbox")
def periodic_monitoring_mailbox() -> None:
    from heraldo.monitoring.services.mailin import monitoring_read_forwarded_mail

    monitoring_read_forwarded_mail()


@db_periodic_task(crontab(minute="*/15"))
@lock_task("periodic-monitoring-surges")
def periodic_monitoring_surges() -> None:
    from heraldo.monitoring.services.alerts import alerts_evaluate_surges

    alerts_evaluate_surges()


@db_periodic_task(crontab(minute="5"))
@lock_task("periodic-monitoring-alert-digest")
def periodic_monitoring_alert_digest() -> None:
    from heraldo.monitoring.services.alerts import alerts_send_digest

    alerts_send_digest()


@db_periodic_task(crontab(minute="0"))  # hourly: the step itself knows the configured Lima hour
@lock_task("periodic-monitoring-morning-summary")
def periodic_monitoring_morning_summary() -> None:
    from heraldo.monitoring.services.summary import monitoring_morning_summary_if_due

    monitoring_morning_summary_if_due()


@db_periodic_task(crontab(minute="15"))
@lock_task("periodic-ceremony-reminders")
def periodic_ceremony_reminders() -> None:
    from heraldo.ceremonial.services.ceremony import ceremony_send_due_reminders

    ceremony_send_due_reminders()


@db_periodic_task(crontab(hour="8", minute="30"))  # 03:30 in Lima, before anyone looks at the Registro
@lock_task("periodic-personal-data-expiry")
def periodic_personal_data_expiry() -> None:
    from heraldo.directory.services.personal_data import personal_data_expire

    personal_data_expire()
