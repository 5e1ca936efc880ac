"""The agenda's periodic steps."""

from huey import crontab

from heraldo.ceremonial.services.ceremony import ceremony_send_due_reminders
from heraldo.ceremonial.services.occurrences import occurrences_rebuild
from heraldo.core.schedule import periodic

periodic("ceremony-reminders", crontab(minute="15"))(ceremony_send_due_reminders)
# 04:40 in Lima (09:40 UTC), while nobody edits the agenda: the occurrence days' horizon moves on by a day, and
# the rows of events loaded around the services are written.
periodic("agenda-occurrences", crontab(hour="9", minute="40"))(occurrences_rebuild)
