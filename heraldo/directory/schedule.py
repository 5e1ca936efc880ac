"""The Registro's periodic steps."""

from huey import crontab

from heraldo.core.schedule import periodic
from heraldo.directory.services.personal_data import personal_data_expire

# 03:30 in Lima, before anyone looks at the Registro.
periodic("personal-data-expiry", crontab(hour="8", minute="30"))(personal_data_expire)
