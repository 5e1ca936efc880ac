"""Periodic steps of Opinión pública."""

from huey import crontab

from heraldo.core.schedule import periodic
from heraldo.opinion.media import media_signals_sync
from heraldo.opinion.services import opinion_issues_detect
from heraldo.opinion.social import social_api_sync

# Every hour, a little after Monitoreo's polls: new stories and corrected tones reach the semáforo.
periodic("opinion-media-signals", crontab(minute="20"))(media_signals_sync)
# 07:30 in Lima, before the head of unit's day: last week's rises become issues.
periodic("opinion-issues", crontab(hour="12", minute="30"))(opinion_issues_detect)
# Every hour: the platforms' API adapters that have credentials (none without; see opinion/social.py).
periodic("opinion-social-api", crontab(minute="40"))(social_api_sync)
