"""The press module's periodic steps."""

from huey import crontab

from heraldo.core.schedule import periodic
from heraldo.press.services.workflow import press_publish_due

periodic("press-publish-due", crontab(minute="*"))(press_publish_due)
