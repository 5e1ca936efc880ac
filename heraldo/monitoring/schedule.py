"""The monitoring module's periodic steps."""

from huey import crontab

from heraldo.core.schedule import periodic
from heraldo.monitoring.services.alerts import alerts_evaluate_surges, alerts_send_digest
from heraldo.monitoring.services.mailin import monitoring_read_forwarded_mail
from heraldo.monitoring.services.polling import monitoring_complete_teasers, monitoring_poll_due_sources
from heraldo.monitoring.services.summary import monitoring_morning_summary_if_due

periodic("monitoring-poll", crontab(minute="*"))(monitoring_poll_due_sources)
# Teasers whose article page did not answer: each is retried on its own back-off; the step runs every 5 minutes.
periodic("monitoring-complete-teasers", crontab(minute="*/5"))(monitoring_complete_teasers)
periodic("monitoring-mailbox", crontab(minute="*/5"))(monitoring_read_forwarded_mail)
periodic("monitoring-surges", crontab(minute="*/15"))(alerts_evaluate_surges)
periodic("monitoring-alert-digest", crontab(minute="5"))(alerts_send_digest)
# Hourly: the step itself knows the configured Lima hour.
periodic("monitoring-morning-summary", crontab(minute="0"))(monitoring_morning_summary_if_due)
