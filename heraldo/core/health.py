"""The staff's health page: is the office's system working, and if not, where.

Core checks what it owns (database, queue, storage, outbox, backups); an app adds its own section
from its integrations module with `register_health_section` (monitoring: the last successful poll
of each source), so core names no app. `/healthz` stays the load balancer's one-line check.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.core.backup import latest_backup
from heraldo.core.models import Job, OutboxEmail

OK, WARNING, ERROR = "ok", "warning", "error"
_SEVERITY = {OK: 0, WARNING: 1, ERROR: 2}


@dataclass
class HealthCheck:
    label: str
    status: str  # OK, WARNING or ERROR
    detail: str


@dataclass
class HealthSection:
    key: str
    title: Promise | str
    checks: list[HealthCheck] = field(default_factory=list)

    @property
    def status(self) -> str:
        return max((check.status for check in self.checks), key=_SEVERITY.__getitem__, default=OK)


SectionBuilder = Callable[[datetime], HealthSection]
_SECTIONS: dict[str, tuple[int, SectionBuilder]] = {}


def register_health_section(key: str, *, position: int) -> Callable[[SectionBuilder], SectionBuilder]:
    """Add a section to the health page; sections show in ascending `position` (core's take 10–50)."""

    def register(builder: SectionBuilder) -> SectionBuilder:
        if key in _SECTIONS:
            raise ValueError(f"The health section {key!r} is registered twice")
        _SECTIONS[key] = (position, builder)
        return builder

    return register


def health_report(now: datetime | None = None) -> list[HealthSection]:
    now = now or timezone.now()
    return [builder(now) for _position, builder in sorted(_SECTIONS.values(), key=lambda entry: entry[0])]


def overall_status(sections: list[HealthSection]) -> str:
    return max((section.status for section in sections), key=_SEVERITY.__getitem__, default=OK)


def age_text(moment: datetime, now: datetime) -> str:
    return _("hace %(age)s") % {"age": timesince(moment, now, depth=1)}


def graded(age: timedelta, *, warning: timedelta, error: timedelta) -> str:
    return ERROR if age >= error else WARNING if age >= warning else OK


@register_health_section("database", position=10)
def database_section(now: datetime) -> HealthSection:
    section = HealthSection("database", gettext_lazy("Base de datos"))
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:
        section.checks.append(HealthCheck(_("Conexión"), ERROR, _("No responde: %(error)s") % {"error": exc}))
        return section
    elapsed = (time.monotonic() - started) * 1000
    engine = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"
    section.checks.append(
        HealthCheck(
            _("Conexión"),
            WARNING if elapsed > 500 else OK,
            _("%(engine)s responde en %(ms)s ms.") % {"engine": engine, "ms": f"{elapsed:.0f}"},
        )
    )
    return section


@register_health_section("queue", position=20)
def queue_section(now: datetime) -> HealthSection:
    section = HealthSection("queue", gettext_lazy("Trabajos en segundo plano"))
    waiting = Job.objects.filter(Q(run_after__isnull=True) | Q(run_after__lte=now), status=Job.Status.QUEUED)
    summary = waiting.aggregate(count=Count("pk"), oldest=Min("created_at"))
    count, oldest = summary["count"], summary["oldest"]
    if not count:
        section.checks.append(HealthCheck(_("Cola"), OK, _("Ningún trabajo espera.")))
    else:
        age = now - oldest
        section.checks.append(
            HealthCheck(
                _("Cola"),
                graded(age, warning=timedelta(minutes=10), error=timedelta(hours=1)),
                ngettext(
                    "%(count)s trabajo espera; el más antiguo desde %(age)s.",
                    "%(count)s trabajos esperan; el más antiguo desde %(age)s.",
                    count,
                )
                % {"count": count, "age": age_text(oldest, now)},
            )
        )
    failed = Job.objects.filter(status=Job.Status.FAILED, finished_at__gte=now - timedelta(days=1)).count()
    section.checks.append(
        HealthCheck(
            _("Fallidos en 24 horas"),
            WARNING if failed else OK,
            ngettext("%(count)s trabajo fallido.", "%(count)s trabajos fallidos.", failed) % {"count": failed},
        )
    )
    return section


def _disk_check(label: str, path: Path) -> HealthCheck:
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    usage = shutil.disk_usage(existing)
    free_share = usage.free / usage.total if usage.total else 0
    status = ERROR if free_share < 0.02 else WARNING if free_share < 0.10 else OK
    detail = _("%(free)s GB libres de %(total)s GB (%(share)s %%).") % {
        "free": f"{usage.free / 1e9:.1f}",
        "total": f"{usage.total / 1e9:.1f}",
        "share": f"{free_share * 100:.0f}",
    }
    return HealthCheck(label, status, detail)


@register_health_section("storage", position=30)
def storage_section(now: datetime) -> HealthSection:
    section = HealthSection("storage", gettext_lazy("Almacenamiento"))
    section.checks.append(_disk_check(_("Archivos subidos"), Path(settings.MEDIA_ROOT)))
    if connection.vendor == "sqlite":
        section.checks.append(_disk_check(_("Base de datos"), Path(connection.settings_dict["NAME"]).parent))
    section.checks.append(_disk_check(_("Copias de seguridad"), Path(settings.HERALDO_BACKUP_DIR)))
    return section


@register_health_section("outbox", position=40)
def outbox_section(now: datetime) -> HealthSection:
    section = HealthSection("outbox", gettext_lazy("Correo saliente"))
    waiting = OutboxEmail.objects.filter(status__in=(OutboxEmail.Status.PENDING, OutboxEmail.Status.SENDING))
    summary = waiting.aggregate(count=Count("pk"), oldest=Min("created_at"))
    count, oldest = summary["count"], summary["oldest"]
    if not count:
        section.checks.append(HealthCheck(_("Por enviar"), OK, _("No hay correos pendientes.")))
    else:
        section.checks.append(
            HealthCheck(
                _("Por enviar"),
                graded(now - oldest, warning=timedelta(minutes=15), error=timedelta(hours=2)),
                ngettext(
                    "%(count)s correo pendiente; el más antiguo desde %(age)s.",
                    "%(count)s correos pendientes; el más antiguo desde %(age)s.",
                    count,
                )
                % {"count": count, "age": age_text(oldest, now)},
            )
        )
    failed = OutboxEmail.objects.filter(status=OutboxEmail.Status.FAILED).count()
    section.checks.append(
        HealthCheck(
            _("Fallidos"),
            WARNING if failed else OK,
            ngettext("%(count)s correo no se pudo enviar.", "%(count)s correos no se pudieron enviar.", failed)
            % {"count": failed},
        )
    )
    return section


@register_health_section("backup", position=50)
def backup_section(now: datetime) -> HealthSection:
    section = HealthSection("backup", gettext_lazy("Copias de seguridad"))
    latest = latest_backup()
    if latest is None:
        section.checks.append(
            HealthCheck(
                _("Última copia"), ERROR, _("No hay ninguna copia en %(dir)s.") % {"dir": settings.HERALDO_BACKUP_DIR}
            )
        )
        return section
    taken = datetime.fromtimestamp(latest.stat().st_mtime, tz=timezone.get_current_timezone())
    section.checks.append(
        HealthCheck(
            _("Última copia"),
            graded(now - taken, warning=timedelta(hours=26), error=timedelta(days=3)),
            _("%(name)s, %(age)s (%(size)s MB).")
            % {"name": latest.name, "age": age_text(taken, now), "size": f"{latest.stat().st_size / 1e6:.1f}"},
        )
    )
    return section
