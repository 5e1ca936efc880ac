"""F13 of the test plan: the queue's server (Redis here) is down when a user's action enqueues a job."""

import logging
import socket
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from huey import RedisHuey

from heraldo.core import jobs
from heraldo.core.models import AuditEntry, Job

RUNS: list[int] = []


@jobs.job("tests.queue_down_call")
def queue_down_call(n: int) -> None:
    RUNS.append(n)


@pytest.fixture
def redis_down(monkeypatch):
    """The jobs' huey task bound to a Redis at a loopback port where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    down = RedisHuey("heraldo-queue-down", url=f"redis://127.0.0.1:{closed}/0")
    monkeypatch.setattr(jobs, "run_job_task", down.task(name="run_job_task")(jobs.run_job))
    RUNS.clear()
    return down


def test_a_retry_asked_while_the_queue_is_down_is_kept_and_runs_once_it_is_back(
    client_as, redis_down, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    # given a failed job the head of unit wants to try again, while Redis does not answer
    record = Job.objects.create(
        name="tests.queue_down_call", kwargs={"n": 7}, status=Job.Status.FAILED, attempts=3, max_attempts=3
    )
    with caplog.at_level(logging.ERROR, logger="heraldo.core.jobs"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client_as("head_of_unit").post(reverse("core:job_retry", args=[record.pk]))

    # then she gets her page back (no server error), her action is recorded and the job waits in the database
    assert response.status_code == 302
    assert AuditEntry.objects.filter(action="core.job.retried").count() == 1
    record.refresh_from_db()
    assert record.status == Job.Status.QUEUED
    assert any(r.getMessage() == "job.dispatch_failed" for r in caplog.records)
    assert RUNS == []

    # when the queue is back (jobs inline again) and the sweeper passes after its grace
    monkeypatch.undo()
    handed = jobs.jobs_sweep(now=timezone.now() + jobs.QUEUED_GRACE + timedelta(seconds=1))

    # then the job ran, once
    record.refresh_from_db()
    assert handed == 1
    assert record.status == Job.Status.SUCCEEDED
    assert RUNS == [7]
