"""Periodic steps of Campañas."""

from huey import crontab

from heraldo.campaigns.services.sweeps import ban_start_sweep_due
from heraldo.core.schedule import periodic

# 07:30 in Lima (12:30 UTC), before the office starts the day: a ban decreed yesterday is in today's Mi trabajo.
periodic("campaigns-ban-sweep", crontab(hour="12", minute="30"))(ban_start_sweep_due)
