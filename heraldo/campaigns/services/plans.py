"""The annual plan de estrategia publicitaria: lines with budgets per channel, approval by the head and the Alcaldía."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from heraldo.campaigns.models import AdvertisingPlan, PlanLine, PlanLineChannel, PlanStatus
from heraldo.campaigns.services.notices import tell
from heraldo.core import roles
from heraldo.core.audit import audit_record
from heraldo.core.models import User
from heraldo.core.writes import AuditedWrite, Refused, StateConflict, write_audited

PLAN_FIELDS = ("year", "title", "objectives", "audiences", "key_messages", "total_budget")
LINE_FIELDS = ("name", "objective", "kpis", "budget")


def _refuse_if_approved(plan: AdvertisingPlan) -> None:
    if plan.status != PlanStatus.DRAFT:
        raise StateConflict(_("El plan ya tiene aprobaciones: registre una nueva versión para cambiarlo."))


def plan_create(*, actor, data: Mapping[str, Any]) -> AdvertisingPlan:
    year = data.get("year")
    version = (AdvertisingPlan.objects.filter(year=year).aggregate(v=Max("version"))["v"] or 0) + 1
    return write_audited(
        actor=actor,
        action="campaigns.plan.created",
        instance=AdvertisingPlan(created_by=actor, version=version),
        data=data,
        fields=PLAN_FIELDS,
    )


def plan_update(*, actor, plan: AdvertisingPlan, data: Mapping[str, Any]) -> AdvertisingPlan:
    _refuse_if_approved(plan)
    lines_total = plan.lines.aggregate(s=Sum("budget"))["s"] or Decimal("0")
    total = data.get("total_budget")
    if total is not None and total < lines_total:
        raise Refused(
            _("Las líneas ya suman S/ %(total)s: el presupuesto del plan no puede ser menor.") % {"total": lines_total},
            field="total_budget",
        )
    return write_audited(actor=actor, action="campaigns.plan.updated", instance=plan, data=data, fields=PLAN_FIELDS)


def line_add(
    *, actor, plan: AdvertisingPlan, data: Mapping[str, Any], channel_budgets: Mapping[str, Decimal]
) -> PlanLine:
    """A line and what it plans per channel; the channels must add up to the line's budget."""
    _refuse_if_approved(plan)
    by_channel = {code: amount for code, amount in channel_budgets.items() if amount}
    total = sum(by_channel.values(), Decimal("0"))
    budget = data.get("budget")
    if budget is not None and total != budget:
        raise Refused(
            _("Los canales suman S/ %(total)s y la línea S/ %(budget)s: deben coincidir.")
            % {"total": total, "budget": budget},
            field="budget",
        )
    with transaction.atomic():
        position = plan.lines.count()
        write = AuditedWrite(PlanLine(plan=plan, position=position), data=data, fields=LINE_FIELDS)
        line = write.save()
        for code, amount in by_channel.items():
            row = PlanLineChannel(line=line, channel=code, budget=amount)
            row.full_clean()
            row.save()
        write.extra["channel_budgets"] = [None, {code: str(amount) for code, amount in by_channel.items()}]
        write.record(actor=actor, action="campaigns.plan.line_added", target=plan, target_label=f"{plan} · {line.name}")
    return line


def plan_approve(*, actor, plan: AdvertisingPlan, as_head: bool) -> AdvertisingPlan:
    """The head of unit approves first, then the Alcaldía; the gate decides who may press which button."""
    with transaction.atomic():
        plan = AdvertisingPlan.objects.select_for_update().get(pk=plan.pk)
        before = plan.status
        if as_head:
            if plan.status != PlanStatus.DRAFT:
                raise StateConflict(_("La Jefatura ya aprobó este plan."))
            if not plan.lines.exists():
                raise Refused(_("El plan no tiene líneas."))
            plan.status, plan.head_approved_by, plan.head_approved_at = PlanStatus.HEAD_APPROVED, actor, timezone.now()
            action = "campaigns.plan.approved_head"
        else:
            if plan.status != PlanStatus.HEAD_APPROVED:
                raise StateConflict(_("Primero lo aprueba la Jefatura de Imagen."))
            plan.status, plan.mayor_approved_by, plan.mayor_approved_at = PlanStatus.APPROVED, actor, timezone.now()
            action = "campaigns.plan.approved_mayor"
        plan.save()
        audit_record(actor=actor, action=action, target=plan, changes={"status": [before, plan.status]})
        if as_head:
            tell(
                User.objects.filter(is_active=True, groups__name=roles.AUTHORITIES),
                actor=actor,
                title=gettext_noop("Apruebe el plan de estrategia publicitaria %(year)s"),
                params={"year": plan.year},
                url=plan.get_absolute_url(),
            )
    return plan
