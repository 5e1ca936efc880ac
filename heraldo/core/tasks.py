"""Huey tasks of the core app: thin wrappers that call a function a test can call."""

from huey.contrib.djhuey import db_task, lock_task

from heraldo.core.outbox import outbox_drain


@db_task()
@lock_task("outbox-drain")
def drain_outbox_task() -> None:
    outbox_drain()
