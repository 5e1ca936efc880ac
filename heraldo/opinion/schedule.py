"""Periodic steps of Opinión pública."""

from huey import crontab

from heraldo.core.schedule import periodic
from heraldo.opinion.media import media_signals_sync

# Every hour, a little after Monitoreo's polls: new stories and corrected tones reach the semáforo.
periodic("opinion-media-signals", crontab(minute="20"))(media_signals_sync)
