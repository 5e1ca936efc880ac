"""Migration 0008 moves every coordination follow-up onto the office's task model, losing nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_every_follow_up_becomes_a_task_with_owner_due_date_and_completion():
    old = migrate(("directory", "0009_month_day_and_stale_indexes"))
    User = old.get_model("core", "User")
    Entity = old.get_model("directory", "Entity")
    Coordination = old.get_model("directory", "Coordination")
    FollowUpTask = old.get_model("directory", "FollowUpTask")
    owner = User.objects.create(username="rosa", email="rosa@candelaria.example.pe")
    closer = User.objects.create(username="diego", email="diego@candelaria.example.pe")
    entity = Entity.objects.create(name="Comisaría PNP", kind="COMISARIA", level="DISTRITAL")
    record = Coordination.objects.create(
        entity=entity, kind="OFICIO_ENVIADO", occurred_on=date(2026, 3, 1), subject="x"
    )
    FollowUpTask.objects.create(coordination=record, title="Confirmar efectivos", due_on=date(2026, 3, 5), owner=owner)
    done_at = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
    FollowUpTask.objects.create(
        coordination=record,
        title="Enviar oficio",
        due_on=date(2026, 3, 3),
        owner=owner,
        done_at=done_at,
        done_by=closer,
    )

    # Forward to every app's last migration: later ones of other apps (Monitoreo's) depend on 0010 and were
    # unapplied with it, and the models read below are today's.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from heraldo.directory.models import Coordination as CurrentCoordination

    tasks = {task.title: task for task in CurrentCoordination.objects.get(pk=record.pk).tasks.all()}
    assert set(tasks) == {"Confirmar efectivos", "Enviar oficio"}
    pending, done = tasks["Confirmar efectivos"], tasks["Enviar oficio"]
    assert (pending.owner_id, pending.due_on, pending.status, pending.origin) == (
        owner.pk,
        date(2026, 3, 5),
        "PENDIENTE",
        "SEGUIMIENTO",
    )
    assert (done.status, done.completed_at, done.completed_by_id) == ("CUMPLIDA", done_at, closer.pk)
