"""The demo municipality: invented names only, no real person or place.

Each module extends the demo through `register_demo_loader` so that a new
install always shows a living office.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from heraldo.core import roles
from heraldo.core.audit import audit_record
from heraldo.core.dashboards import figures_backfill
from heraldo.core.models import User

# The days of figures the demo counts for the dashboards (its data spans a few months around today).
DEMO_FIGURE_DAYS = 400
DEMO_PASSWORD = "Heraldo.Demo.2026"  # noqa: S105  printed for the newcomer; refused in production


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: str
    job_title: str
    requesting_unit: str = ""


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("jefatura", "Lucía", "Paredes Quispe", roles.HEAD_OF_UNIT, "Jefa de la Unidad de Imagen Institucional"),
    DemoUser("prensa", "Diego", "Salazar Huamán", roles.PRESS, "Redactor de prensa"),
    DemoUser("protocolo", "Rosa", "Villanueva Ccori", roles.PROTOCOL, "Especialista en protocolo"),
    DemoUser("diseno", "Andrés", "Mendoza Tello", roles.DESIGN, "Diseñador gráfico"),
    DemoUser("monitoreo", "Carla", "Ñahui Rojas", roles.MONITORING, "Analista de medios"),
    DemoUser("alcalde", "Jorge", "Cárdenas Vilca", roles.AUTHORITIES, "Alcalde"),
    DemoUser("gerente", "Patricia", "Llanos Ríos", roles.AUTHORITIES, "Gerente Municipal"),
    DemoUser(
        "rentas",
        "Miguel",
        "Torres Apaza",
        roles.REQUESTING_UNIT,
        "Subgerente de Recaudación",
        "Gerencia de Administración Tributaria",
    ),
    DemoUser("admin", "Soporte", "Informático", roles.SYSTEM_ADMIN, "Administrador del sistema"),
)


def demo_logins() -> list[str]:
    """The lines that tell a newcomer how to sign in to the demo office (and whether a second factor is asked)."""
    return [
        f"Contraseña de todas las cuentas de demostración: {DEMO_PASSWORD}",
        *(f"  {spec.username:<10} {spec.role:<26} {spec.first_name} {spec.last_name}" for spec in DEMO_USERS),
        _second_factor_note(),
    ]


def _second_factor_note() -> str:
    from django.conf import settings

    required = [spec.username for spec in DEMO_USERS if spec.role in settings.HERALDO_MFA_REQUIRED_ROLES]
    if required:
        return (
            f"Verificación en dos pasos obligatoria para: {', '.join(required)}. Al ingresar, Heraldo pide la "
            "contraseña otra vez y el código de una aplicación autenticadora (FreeOTP, Aegis, Google "
            "Authenticator…) tras escanear el código QR que muestra."
        )
    return (
        "Verificación en dos pasos: no se exige en esta demostración (DJANGO_DEBUG=true), para entrar solo con la "
        f"contraseña. En producción la exigen los roles {', '.join(roles.MFA_REQUIRED_BY_DEFAULT)} "
        "(HERALDO_MFA_REQUIRED_ROLES). Para probarla aquí: HERALDO_MFA_REQUIRED_ROLES='Jefatura de Imagen' "
        "make run; cualquier cuenta puede activarla en Preferencias."
    )


def demo_last_month(today: date | None = None) -> tuple[date, date]:
    """The previous calendar month in Lima: the month the demo's monthly report gives account of.

    Module loaders put part of their data there, so the report a newcomer opens is a full month's work.
    """
    today = today or timezone.localdate()
    last_day = today.replace(day=1) - timedelta(days=1)
    return last_day.replace(day=1), last_day


def demo_day_in_last_month(day: int, today: date | None = None) -> date:
    """The given day of last month, kept inside it (day 31 of a 30-day month is its day 30)."""
    first, last_day = demo_last_month(today)
    return min(first + timedelta(days=max(day, 1) - 1), last_day)


DemoLoader = Callable[[User], None]
_LOADERS: list[DemoLoader] = []


def register_demo_loader(loader: DemoLoader) -> DemoLoader:
    _LOADERS.append(loader)
    return loader


def demo_load() -> list[DemoUser]:
    """Create the demo office; running it again changes nothing that exists."""
    with transaction.atomic():
        created_any = False
        for spec in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=spec.username,
                defaults={
                    "first_name": spec.first_name,
                    "last_name": spec.last_name,
                    "email": f"{spec.username}@candelaria.example.pe",
                    "job_title": spec.job_title,
                    "requesting_unit": spec.requesting_unit,
                    # the administrator manages accounts, the audit log and jobs through the role, and reaches the
                    # Django admin (when enabled) with the same permissions; never a superuser who sees everything
                    "is_staff": spec.role == roles.SYSTEM_ADMIN,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
                user.groups.add(Group.objects.get(name=spec.role))
                created_any = True
            # Invented addresses no one can open: taken as verified, so the second factor can be switched on.
            EmailAddress.objects.update_or_create(
                user=user, email__iexact=user.email, defaults={"email": user.email, "verified": True, "primary": True}
            )
        head = User.objects.get(username="jefatura")
        for loader in _LOADERS:
            loader(head)
        # The dashboards read figures a periodic job keeps; the demo's are counted now, so they show at once.
        today = timezone.localdate()
        figures_backfill(today - timedelta(days=DEMO_FIGURE_DAYS - 1), today)
        if created_any:
            audit_record(actor=None, action="core.demo.loaded", target_label="")
    return list(DEMO_USERS)
