"""Encargos in the demo office: memoranda from the Gerencia and the Alcaldía, a task waiting in a queue, one overdue."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from heraldo.core import roles
from heraldo.core.demo import register_demo_loader
from heraldo.core.models import User
from heraldo.work.models import Assignment, Task
from heraldo.work.services.assignments import assignment_register
from heraldo.work.services.calendar import national_holidays_ensure
from heraldo.work.services.tasks import checklist_add, comment_add, task_create

# Last month's encargos, for the monthly report: (kind, number, sender, subject, received on day, working days,
# owner, answered on day (0: still open, overdue at the month's close), reply document)
LAST_MONTH_ASSIGNMENTS = (
    (
        "MEMORANDO",
        "Memorando N.° 371-2026-MDSC/GM",
        "GERENCIA",
        "Nota de prensa sobre la obra de la calle Los Pescadores",
        3,
        2,
        "prensa",
        5,
        "Informe N.° 101-2026-MDSC/UII",
    ),
    (
        "PROVEIDO",
        "Proveído N.° 1032-2026-MDSC/A",
        "ALCALDIA",
        "Organizar la inauguración del parque de Villa del Mar",
        7,
        10,
        "protocolo",
        21,
        "Informe N.° 108-2026-MDSC/UII",
    ),
    (
        "OFICIO",
        "Oficio N.° 077-2026-MDSC/SG",
        "SECRETARIA",
        "Relación de medios acreditados para la sesión de concejo",
        10,
        3,
        "prensa",
        13,
        "Informe N.° 104-2026-MDSC/UII",
    ),
    (
        "MEMORANDO",
        "Memorando N.° 389-2026-MDSC/GM",
        "GERENCIA",
        "Campaña de difusión del nuevo horario de recojo",
        17,
        5,
        "diseno",
        24,
        "Informe N.° 112-2026-MDSC/UII",
    ),
    (
        "PROVEIDO",
        "Proveído N.° 1079-2026-MDSC/A",
        "ALCALDIA",
        "Álbum fotográfico de las obras entregadas en el año",
        20,
        3,
        "diseno",
        0,
        "",
    ),
)
DEMO_ASSIGNMENTS = (
    # (document kind, number, sender, subject, received days ago, working days, owner username or "")
    (
        "MEMORANDO",
        "Memorando N.° 412-2026-MDSC/GM",
        "GERENCIA",
        "Difundir el cronograma de pago del impuesto predial",
        6,
        5,
        "prensa",
    ),
    (
        "PROVEIDO",
        "Proveído N.° 1187-2026-MDSC/A",
        "ALCALDIA",
        "Preparar el saludo del Alcalde por el aniversario del distrito",
        2,
        3,
        "protocolo",
    ),
    (
        "OFICIO",
        "Oficio N.° 088-2026-MDSC/SG",
        "SECRETARIA",
        "Informe de actividades de imagen para la sesión de concejo",
        1,
        10,
        "",
    ),
)


@register_demo_loader
def load_work_demo(actor: User) -> None:
    if Assignment.objects.exists():
        return
    today = timezone.localdate()
    national_holidays_ensure(year=today.year)
    national_holidays_ensure(year=today.year + 1)
    staff = {user.username: user for user in User.objects.filter(username__in=["prensa", "protocolo", "diseno"])}
    for kind, number, sender, subject, days_ago, term, owner in DEMO_ASSIGNMENTS:
        assignment_register(
            actor=actor,
            data={
                "document_kind": kind,
                "document_number": number,
                "sender": sender,
                "sender_unit": "",
                "subject": subject,
                "received_on": today - timedelta(days=days_ago),
                "term_working_days": term,
            },
            owner=staff.get(owner),
        )
    _load_last_month(actor, staff)
    designer = staff.get("diseno")
    if designer:
        task = task_create(
            actor=actor,
            data={
                "title": "Arte para el izamiento del domingo",
                "description": "Banner para redes y pantalla del estrado.",
                "owner": designer,
                "due_on": today + timedelta(days=2),
                "priority": Task.Priority.HIGH,
            },
            notify_owner=False,
        )
        checklist_add(actor=actor, task=task, text="Boceto con el escudo y el lema del aniversario")
        checklist_add(actor=actor, task=task, text="Versión para pantalla 16:9")
        comment_add(actor=actor, task=task, body="Usar la paleta del manual de marca, por favor.")
    task_create(
        actor=actor,
        data={
            "title": "Actualizar la lista de medios regionales",
            "queue_role": roles.PRESS,
            "due_on": today + timedelta(days=5),
            "priority": Task.Priority.NORMAL,
        },
        notify_owner=False,
    )


def _load_last_month(actor: User, staff: dict[str, User]) -> None:
    """Encargos received last month: most answered within it, one still open and overdue when it closed."""
    from datetime import datetime, time

    from heraldo.core.demo import demo_day_in_last_month
    from heraldo.work.services.assignments import assignment_fulfil

    for kind, number, sender, subject, day, term, owner, answered, reply in LAST_MONTH_ASSIGNMENTS:
        assignment = assignment_register(
            actor=actor,
            data={
                "document_kind": kind,
                "document_number": number,
                "sender": sender,
                "sender_unit": "",
                "subject": subject,
                "received_on": demo_day_in_last_month(day),
                "term_working_days": term,
            },
            owner=staff.get(owner),
        )
        if not answered:
            continue
        reply_on = demo_day_in_last_month(answered)
        assignment = assignment_fulfil(actor=actor, assignment=assignment, reply_number=reply, reply_on=reply_on)
        # answered on that afternoon, not when the demo was loaded
        Task.objects.filter(pk=assignment.task_id).update(
            completed_at=datetime.combine(reply_on, time(16, 0), tzinfo=timezone.get_current_timezone())
        )
