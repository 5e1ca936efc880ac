from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from heraldo.core import jobs
from heraldo.core.models import AuditEntry, Job

CALLS: list[dict] = []


@jobs.job("tests.record_call")
def record_call(**kwargs):
    CALLS.append(kwargs)


@jobs.job("tests.always_fails", max_attempts=2)
def always_fails():
    raise RuntimeError("servidor remoto caído")


@pytest.fixture(autouse=True)
def _reset_calls():
    CALLS.clear()


def test_enqueued_job_runs_after_commit_and_is_recorded(db, django_capture_on_commit_callbacks):
    # when a job is enqueued inside a transaction
    with django_capture_on_commit_callbacks(execute=True):
        record = jobs.enqueue("tests.record_call", entity_id=7)
        # then nothing runs before the commit
        assert CALLS == []
    # and after the commit it ran once and its row says so
    record.refresh_from_db()
    assert CALLS == [{"entity_id": 7}]
    assert record.status == Job.Status.SUCCEEDED
    assert record.attempts == 1
    assert record.progress == 100


def test_a_job_runs_at_most_once_even_if_dispatched_twice(db):
    record = Job.objects.create(name="tests.record_call", kwargs={"n": 1})
    jobs.run_job(record.pk)
    jobs.run_job(record.pk)
    assert CALLS == [{"n": 1}]


def test_failing_job_is_retried_with_backoff_then_marked_failed(db):
    record = Job.objects.create(name="tests.always_fails", max_attempts=2)
    jobs.run_job(record.pk)
    record.refresh_from_db()
    assert record.status == Job.Status.QUEUED
    assert "servidor remoto caído" in record.last_error
    assert record.run_after > timezone.now()
    # not due yet: a second run does nothing
    assert jobs.run_job(record.pk) is None
    jobs.run_job(record.pk, now=record.run_after + timedelta(seconds=1))
    record.refresh_from_db()
    assert record.status == Job.Status.FAILED
    assert record.attempts == 2


def test_sweeper_hands_back_a_job_whose_worker_died(db):
    # given a job a worker claimed and then stopped sending heartbeats for
    stale = timezone.now() - timedelta(hours=1)
    record = Job.objects.create(
        name="tests.record_call", kwargs={"n": 2}, status=Job.Status.RUNNING, attempts=1, heartbeat_at=stale
    )
    # when the sweeper runs (jobs are inline in tests, so it is re-run at once)
    handed_back = jobs.jobs_sweep()
    # then the job ran to completion
    record.refresh_from_db()
    assert handed_back == 1
    assert record.status == Job.Status.SUCCEEDED
    assert CALLS == [{"n": 2}]


def test_sweeper_leaves_live_jobs_alone(db):
    Job.objects.create(name="tests.record_call", status=Job.Status.RUNNING, attempts=1, heartbeat_at=timezone.now())
    assert jobs.jobs_sweep() == 0
    assert CALLS == []


def test_sweeper_fails_a_dead_job_that_has_used_its_attempts(db):
    record = Job.objects.create(
        name="tests.record_call",
        status=Job.Status.RUNNING,
        attempts=3,
        max_attempts=3,
        heartbeat_at=timezone.now() - timedelta(hours=1),
    )
    jobs.jobs_sweep()
    record.refresh_from_db()
    assert record.status == Job.Status.FAILED
    assert "dejó de responder" in record.last_error


def test_head_of_unit_sees_failed_jobs_and_retries_one(client_as, django_capture_on_commit_callbacks):
    record = Job.objects.create(name="tests.record_call", kwargs={"n": 3}, status=Job.Status.FAILED, attempts=3)
    client = client_as("head_of_unit")
    page = client.get(reverse("core:jobs"), {"status": "failed"}).content.decode()
    assert "tests.record_call" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("core:job_retry", args=[record.pk]))
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == Job.Status.SUCCEEDED
    assert AuditEntry.objects.filter(action="core.job.retried").count() == 1


def test_jobs_page_is_closed_to_staff_without_the_permission(client_as):
    record = Job.objects.create(name="tests.record_call", status=Job.Status.FAILED)
    client = client_as("press_officer")
    assert client.get(reverse("core:jobs")).status_code == 403
    assert client.post(reverse("core:job_retry", args=[record.pk])).status_code == 404


def test_jobs_page_tab_is_a_partial_for_htmx(client_as):
    response = client_as("head_of_unit").get(reverse("core:jobs"), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert 'id="job-table"' in html
    assert "<html" not in html
