from importlib import import_module

import pytest
from django.apps import apps


@pytest.fixture
def playbook(db):
    """The actions every office starts with, as migration 0002 seeds them: put back if a transactional test that ran
    before on this xdist worker emptied the tables (a flush keeps only what post_migrate seeds again)."""
    import_module("heraldo.opinion.migrations.0002_playbook").seed(apps, None)
