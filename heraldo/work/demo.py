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
