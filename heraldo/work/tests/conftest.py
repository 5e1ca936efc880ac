from importlib import import_module

import pytest
from django.apps import apps


@pytest.fixture
def national_holidays_on_record(db):
    """The national holidays as migration 0002 records them: put back if a transactional test that ran before on this
    xdist worker emptied the tables (a flush keeps only what post_migrate seeds again)."""
    import_module("heraldo.work.migrations.0002_national_holidays").add_holidays(apps, None)
