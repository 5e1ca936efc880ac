"""The agenda's periodic steps."""

from huey import crontab

from heraldo.ceremonial.services.ceremony import ceremony_send_due_reminders
from heraldo.core.schedule import periodic

periodic("ceremony-reminders", crontab(minute="15"))(ceremony_send_due_reminders)
