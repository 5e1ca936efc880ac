"""Issue 13, defect 3: a worker stopped or killed while running a periodic step must not lock it for good."""

import threading
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from heraldo.core.jobs import hand_back_interrupted_work, heartbeat, job, run_job
from heraldo.core.leases import acquire_lease, lease
from heraldo.core.models import Job, OutboxEmail, TaskLease

# The name Huey's scheduler knows the outbox drain by (unchanged since before leases).
OUTBOX_DRAIN_STEP = "heraldo.core.schedule.periodic_outbox_drain"

sent_subjects: list[str] = []
first_send_started = threading.Event()
let_first_send_finish = threading.Event()


class HangingOnceBackend:
    """An SMTP server that hangs on the first message, as a worker does when it is killed mid-send."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        if not first_send_started.is_set():
            first_send_started.set()
            let_first_send_finish.wait(timeout=30)
            return 0
        sent_subjects.extend(message.subject for message in messages)
        return len(messages)


def queue_a_message() -> None:
    """A message waiting in the outbox, stored without dispatching a drain (the test runs the drains)."""
    OutboxEmail.objects.create(
        key="alert:1",
        to=["alcalde@example.pe"],
        subject="Mención en Radio Candelaria",
        body_text="…",
        next_attempt_at=timezone.now(),
    )


def run_periodic_step(name: str) -> None:
    """Run a periodic step the way the worker does, through Huey (a refused lock is logged, not raised)."""
    HUEY.execute(HUEY._registry.string_to_task(name)())


def run_periodic_step_in_a_thread(name: str) -> None:
    try:
        run_periodic_step(name)
    finally:
        connection.close()


@pytest.fixture
def hanging_mail_server(settings):
    settings.EMAIL_BACKEND = f"{__name__}.HangingOnceBackend"
    sent_subjects.clear()
    first_send_started.clear()
    let_first_send_finish.clear()
    yield
    let_first_send_finish.set()


@pytest.mark.django_db(transaction=True)
def test_a_lock_left_by_a_killed_worker_does_not_stop_the_next_periodic_run_after_the_lease(hanging_mail_server):
    queue_a_message()
    # A worker starts the periodic drain and never comes back: its thread is gone as if killed,
    # so nothing it would do on the way out (releasing the lock) ever happens.
    killed_worker = threading.Thread(target=run_periodic_step_in_a_thread, args=(OUTBOX_DRAIN_STEP,), daemon=True)
    killed_worker.start()
    assert first_send_started.wait(timeout=10)

    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        run_periodic_step(OUTBOX_DRAIN_STEP)

    assert sent_subjects == ["Mención en Radio Candelaria"]
    assert OutboxEmail.objects.get().status == OutboxEmail.Status.SENT
    let_first_send_finish.set()
    killed_worker.join(timeout=10)


@pytest.mark.django_db(transaction=True)
def test_a_periodic_step_still_runs_one_at_a_time_while_its_lease_is_alive(hanging_mail_server):
    queue_a_message()
    assert acquire_lease("periodic-outbox-drain", "other-machine:41:a1", duration=timedelta(minutes=10))

    run_periodic_step(OUTBOX_DRAIN_STEP)

    assert sent_subjects == [] and not first_send_started.is_set()
    assert OutboxEmail.objects.get().status == OutboxEmail.Status.PENDING


def test_a_finished_step_hands_its_lease_back_even_when_it_fails(db):
    with pytest.raises(RuntimeError), lease("periodic-demo"):
        raise RuntimeError("the feed answered garbage")

    assert not TaskLease.objects.exists()
    assert acquire_lease("periodic-demo", "next-run", duration=timedelta(minutes=10))


def test_heartbeat_keeps_a_long_step_s_lease_alive(db):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock, lease("periodic-long", duration=timedelta(minutes=10)):
        clock.move_to(start + timedelta(minutes=8))
        heartbeat()
        clock.move_to(start + timedelta(minutes=15))
        assert not acquire_lease("periodic-long", "another-worker", duration=timedelta(minutes=10))
        clock.move_to(start + timedelta(minutes=19))
        assert acquire_lease("periodic-long", "another-worker", duration=timedelta(minutes=10))


seen_at_shutdown: dict[str, object] = {}


@job("tests.leases.interrupted")
def _job_running_when_the_worker_stops() -> None:
    with lease("periodic-interrupted"):
        # The worker received SIGTERM and its grace period ran out while this job was running.
        hand_back_interrupted_work("interrupted", task=None)
        seen_at_shutdown["job"] = Job.objects.get(name="tests.leases.interrupted").status
        seen_at_shutdown["leases"] = list(TaskLease.objects.values_list("name", flat=True))


def test_a_worker_stopped_mid_job_hands_the_job_and_its_leases_back(db):
    seen_at_shutdown.clear()
    record = Job.objects.create(name="tests.leases.interrupted")

    run_job(record.pk)

    assert seen_at_shutdown == {"job": Job.Status.QUEUED, "leases": []}
