"""Store: one transaction per clipping; the alert evaluation is queued with it and runs after commit."""

from __future__ import annotations

import pytest
from django.db import connection
from django.utils import timezone

from heraldo.core.models import Job
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Alert

NEGATIVE_MAYOR = "Vecinos denuncian que el alcalde Jorge Cárdenas abandonó la obra del mercado."


def test_storing_queues_the_alert_evaluation_which_runs_only_once_the_clipping_is_committed(
    watchlist, persona, mayor_rule, django_capture_on_commit_callbacks
):
    # given the Mayor receives alerts
    persona("mayor")
    # when a negative story about the Mayor is stored
    with django_capture_on_commit_callbacks(execute=True):
        clipping, created = clipping_store(title="Obra", published_at=timezone.now(), body_text=NEGATIVE_MAYOR)
        # then, before the commit, the evaluation is recorded as a job and nothing has alerted yet
        assert created
        assert list(Job.objects.values_list("name", "kwargs")) == [
            ("monitoring.alerts_evaluate", {"clipping_ids": [clipping.pk]})
        ]
        assert not Alert.objects.exists()
    # and after it the job alerted once
    assert list(Alert.objects.values_list("clipping", flat=True)) == [clipping.pk]
    assert Job.objects.get(name="monitoring.alerts_evaluate").status == Job.Status.SUCCEEDED


def test_after_every_migration_the_archive_index_still_follows_the_clippings(db):
    # a migration that rebuilds the clippings table on SQLite drops its triggers unless it reinstalls them
    if connection.vendor != "sqlite":
        pytest.skip("the PostgreSQL index is an expression index: it cannot fall out of step")
    from heraldo.monitoring.fulltext import SQLITE_INDEX_NAMES, SQLITE_TRIGGER_NAMES

    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'monitoring_clipping'")
        assert {row[0] for row in cursor.fetchall()} >= set(SQLITE_TRIGGER_NAMES) | set(SQLITE_INDEX_NAMES)
