"""Periodic steps: each app declares its own, next to its code, with `periodic`.

A step is a plain function a test calls without a worker. `periodic` hands it
to Huey's scheduler and runs it under a lease, so one step never runs twice at
once and a dead worker cannot keep it locked (heraldo.core.leases). An app
declares its steps in its own `schedule.py`, imported from its AppConfig.ready():

    periodic("monitoring-poll", crontab(minute="*"))(monitoring_poll_due_sources)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from heraldo.core.backup import backup_if_due
from heraldo.core.dashboards import figures_refresh_recent
from heraldo.core.jobs import jobs_sweep
from heraldo.core.leases import lease
from heraldo.core.logging import log_context
from heraldo.core.outbox import outbox_drain

Step = TypeVar("Step", bound=Callable[[], object])

# Huey's task for each declared step, by step name.
_TASKS: dict[str, Callable[..., object]] = {}


def periodic(name: str, schedule: Callable[..., bool]) -> Callable[[Step], Step]:
    """Run the decorated step on `schedule` (a Huey crontab), one at a time under the lease `periodic-<name>`."""

    def declare(step: Step) -> Step:
        if name in _TASKS:
            raise ValueError(f"Periodic step {name!r} is declared twice")

        def run_step() -> None:
            with log_context(task=f"periodic-{name}"), lease(f"periodic-{name}"):
                step()

        run_step.__name__ = run_step.__qualname__ = f"periodic_{name.replace('-', '_')}"
        _TASKS[name] = db_periodic_task(schedule)(run_step)
        return step

    return declare


periodic("outbox-drain", crontab(minute="*"))(outbox_drain)
periodic("jobs-sweep", crontab(minute="*/2"))(jobs_sweep)
# Hourly: the step itself knows the configured Lima hour and takes one archive a day.
periodic("backup", crontab(minute="30"))(backup_if_due)
# The dashboards' figures of the last days, so a page view reads a few stored rows instead of counting.
periodic("dashboard-figures", crontab(minute="*/10"))(figures_refresh_recent)
