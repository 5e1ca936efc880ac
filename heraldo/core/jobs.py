"""Background jobs: the one façade every module uses to run work later.

`enqueue()` records the job in the database and hands its id to Huey after the
transaction commits. Huey delivers at most once, so the database row is the
truth: a job is claimed with a conditional update (never run twice at once),
retried with back-off, and the sweeper re-enqueues jobs whose worker died.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from huey.contrib.djhuey import db_task, signal
from huey.signals import SIGNAL_INTERRUPTED

from heraldo.core.leases import release_leases_of_this_process, renew_current_leases
from heraldo.core.logging import log_context
from heraldo.core.models import Job

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobSpec:
    function: Callable[..., object]
    max_attempts: int


_REGISTRY: dict[str, JobSpec] = {}
_current_job: contextvars.ContextVar[int | None] = contextvars.ContextVar("heraldo_job", default=None)
# The jobs this process is running, so a worker that is stopped can hand them back.
_running_here: set[int] = set()
_running_here_lock = threading.Lock()

# A queued job not picked up in this time is handed to Huey again: its message
# may have been lost (queue down at enqueue time, consumer killed).
QUEUED_GRACE = timedelta(minutes=2)


def job(name: str, *, max_attempts: int = 3) -> Callable[[Callable[..., object]], Callable[..., object]]:
    """Register a function as a background job under a stable dotted name."""

    def register(function: Callable[..., object]) -> Callable[..., object]:
        _REGISTRY[name] = JobSpec(function=function, max_attempts=max_attempts)
        return function

    return register


def enqueue(name: str, **kwargs: object) -> Job:
    """Record a job and dispatch it once the surrounding transaction commits."""
    spec = _REGISTRY.get(name)
    if spec is None:
        raise KeyError(f"Unknown job {name!r}")
    record = Job.objects.create(name=name, kwargs=kwargs, max_attempts=spec.max_attempts)
    transaction.on_commit(lambda: _dispatch(record.pk))
    return record


def _dispatch(job_id: int, delay_seconds: float | None = None) -> None:
    try:
        if delay_seconds:
            run_job_task.schedule((job_id,), delay=delay_seconds)
        else:
            run_job_task(job_id)
    except Exception:  # the queue is down: the row stays queued and the sweeper retries
        logger.exception("job.dispatch_failed", extra={"job_id": job_id})


@db_task()
def run_job_task(job_id: int) -> None:
    run_job(job_id)


def run_job(job_id: int, *, now: datetime | None = None) -> Job | None:
    """Claim and run one job. Returns None when another worker has it or it is done."""
    now = now or timezone.now()
    claimed = Job.objects.filter(
        Q(run_after__isnull=True) | Q(run_after__lte=now), pk=job_id, status=Job.Status.QUEUED
    ).update(status=Job.Status.RUNNING, attempts=F("attempts") + 1, started_at=now, heartbeat_at=now)
    if not claimed:
        return None
    record = Job.objects.get(pk=job_id)
    spec = _REGISTRY.get(record.name)
    token = _current_job.set(record.pk)
    with _running_here_lock:
        _running_here.add(record.pk)
    with log_context(job_id=record.pk, job=record.name):
        try:
            if spec is None:
                raise LookupError(f"Trabajo desconocido: {record.name}")
            spec.function(**record.kwargs)
        except Exception as exc:
            record.last_error = "".join(traceback.format_exception_only(exc)).strip()[:4000]
            finished = timezone.now()
            if record.attempts < record.max_attempts:
                delay = 30 * 2 ** (record.attempts - 1)
                record.status = Job.Status.QUEUED
                record.run_after = finished + timedelta(seconds=delay)
                record.save(update_fields=["status", "run_after", "last_error"])
                _dispatch(record.pk, delay_seconds=delay)
            else:
                record.status = Job.Status.FAILED
                record.finished_at = finished
                record.save(update_fields=["status", "finished_at", "last_error"])
            # A job out of attempts is an error the administrators hear of (AdminOutboxHandler); a retry is not.
            log = logger.error if record.status == Job.Status.FAILED else logger.warning
            log("job.failed", exc_info=exc, extra={"attempt": record.attempts})
        else:
            record.status = Job.Status.SUCCEEDED
            record.finished_at = timezone.now()
            record.progress = 100
            record.save(update_fields=["status", "finished_at", "progress"])
        finally:
            _current_job.reset(token)
            with _running_here_lock:
                _running_here.discard(record.pk)
    return record


def heartbeat(progress: int | None = None) -> None:
    """Tell the sweeper the current job is alive and renew the leases it holds; long work calls this as it goes."""
    renew_current_leases()
    job_id = _current_job.get()
    if job_id is None:
        return
    values: dict[str, object] = {"heartbeat_at": timezone.now()}
    if progress is not None:
        values["progress"] = max(0, min(100, progress))
    Job.objects.filter(pk=job_id).update(**values)


@signal(SIGNAL_INTERRUPTED)
def hand_back_interrupted_work(signal_name: str, task: object, *args: object, **kwargs: object) -> None:
    """The worker is stopping before its tasks finished: requeue their jobs and free their leases now.

    Without this the jobs would wait for the sweeper's heartbeat timeout and the
    periodic steps for their leases to run out.
    """
    with _running_here_lock:
        running = list(_running_here)
        _running_here.clear()
    if running:
        Job.objects.filter(pk__in=running, status=Job.Status.RUNNING).update(
            status=Job.Status.QUEUED,
            run_after=None,
            last_error="El proceso que ejecutaba este trabajo se detuvo; se reintenta.",
        )
    release_leases_of_this_process()


def jobs_sweep(*, now: datetime | None = None) -> int:
    """Re-enqueue jobs a dead worker dropped; returns how many were handed back."""
    now = now or timezone.now()
    timeout = timedelta(seconds=settings.HERALDO_JOB_HEARTBEAT_TIMEOUT)
    stale_running = list(
        Job.objects.filter(status=Job.Status.RUNNING, heartbeat_at__lt=now - timeout).values_list("pk", flat=True)
    )
    for job_id in stale_running:
        record = Job.objects.get(pk=job_id)
        if record.attempts >= record.max_attempts:
            Job.objects.filter(pk=job_id, status=Job.Status.RUNNING).update(
                status=Job.Status.FAILED,
                finished_at=now,
                last_error="El proceso que ejecutaba este trabajo dejó de responder.",
            )
        else:
            Job.objects.filter(pk=job_id, status=Job.Status.RUNNING).update(
                status=Job.Status.QUEUED,
                run_after=None,
                last_error="El proceso que ejecutaba este trabajo dejó de responder; se reintenta.",
            )
    forgotten = list(
        Job.objects.filter(status=Job.Status.QUEUED)
        .filter(Q(run_after__isnull=True, created_at__lt=now - QUEUED_GRACE) | Q(run_after__lt=now - QUEUED_GRACE))
        .values_list("pk", flat=True)
    )
    for job_id in {*stale_running, *forgotten}:
        _dispatch(job_id)
    return len({*stale_running, *forgotten})


def job_retry(*, record: Job, actor: object) -> Job:
    """Put a failed job back in the queue (from the jobs page)."""
    from heraldo.core.audit import audit_record

    with transaction.atomic():
        Job.objects.filter(pk=record.pk, status=Job.Status.FAILED).update(
            status=Job.Status.QUEUED, run_after=None, max_attempts=F("attempts") + 1
        )
        audit_record(actor=actor, action="core.job.retried", target=record)
        transaction.on_commit(lambda: _dispatch(record.pk))
    record.refresh_from_db()
    return record
