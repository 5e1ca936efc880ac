"""One-at-a-time tasks across workers and machines, with locks that expire.

Huey's `lock_task` keeps its lock in the queue storage until the task ends: a
worker stopped with SIGTERM or killed mid-task left it there, and every later
run was refused forever. A lease lives in the database with an expiry instead;
its holder renews it with `heartbeat()` (heraldo.core.jobs) while it works, so
the lease of a dead worker runs out and the next run goes ahead.
"""

from __future__ import annotations

import contextvars
import logging
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from huey.exceptions import TaskLockedException

from heraldo.core.models import TaskLease

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Held:
    name: str
    holder: str
    duration: timedelta


_current: contextvars.ContextVar[tuple[_Held, ...]] = contextvars.ContextVar("heraldo_leases", default=())
# Every lease this process holds, so a worker shutting down can hand them all back.
_held_here: dict[str, _Held] = {}
_held_here_lock = threading.Lock()


def lease_duration() -> timedelta:
    """A worker silent this long is taken for dead, for leases as for jobs."""
    return timedelta(seconds=settings.HERALDO_JOB_HEARTBEAT_TIMEOUT)


def acquire_lease(name: str, holder: str, *, duration: timedelta, now: datetime | None = None) -> bool:
    """Take the lease if it is free or has expired; False while someone else holds it."""
    now = now or timezone.now()
    expires_at = now + duration
    taken = TaskLease.objects.filter(name=name, expires_at__lte=now).update(
        holder=holder, acquired_at=now, expires_at=expires_at
    )
    if taken:
        return True
    try:
        with transaction.atomic():
            TaskLease.objects.create(name=name, holder=holder, acquired_at=now, expires_at=expires_at)
    except IntegrityError:
        return False
    return True


def release_lease(name: str, holder: str) -> None:
    TaskLease.objects.filter(name=name, holder=holder).delete()


@contextmanager
def lease(name: str, *, duration: timedelta | None = None) -> Iterator[None]:
    """Run the block only if no live holder has `name`; otherwise raise Huey's TaskLockedException.

    Huey logs a refused run ("unable to acquire lock") and does not retry it,
    as it did for `lock_task`.
    """
    held = _Held(name, f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}", duration or lease_duration())
    if not acquire_lease(held.name, held.holder, duration=held.duration):
        raise TaskLockedException(f"unable to acquire lock {name}")
    token = _current.set((*_current.get(), held))
    with _held_here_lock:
        _held_here[held.holder] = held
    try:
        yield
    finally:
        _current.reset(token)
        with _held_here_lock:
            _held_here.pop(held.holder, None)
        release_lease(held.name, held.holder)


def renew_current_leases(*, now: datetime | None = None) -> None:
    """Push back the expiry of the leases the running task holds."""
    now = now or timezone.now()
    for held in _current.get():
        TaskLease.objects.filter(name=held.name, holder=held.holder).update(expires_at=now + held.duration)


def release_leases_of_this_process() -> None:
    """Hand back every lease this process holds: its tasks are being stopped."""
    with _held_here_lock:
        held = list(_held_here.values())
        _held_here.clear()
    for lease_held in held:
        release_lease(lease_held.name, lease_held.holder)
        logger.info("lease.released_on_shutdown", extra={"lease": lease_held.name})
