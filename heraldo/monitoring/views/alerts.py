from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record, changed_fields, snapshot
from heraldo.core.permissions import capability_required, has_capability
from heraldo.monitoring.forms import AlertRuleForm
from heraldo.monitoring.models import Alert, AlertRule
from heraldo.monitoring.permissions import access_alert_rule

RULE_FIELDS = AlertRuleForm.Meta.fields


@login_required
@capability_required("access_monitoring")
def alert_list(request):
    alerts = Alert.objects.select_related("clipping", "clipping__outlet", "rule").order_by("-created_at")
    page = Paginator(alerts, 30).get_page(request.GET.get("page"))
    return render(
        request,
        "monitoring/alert_list.html",
        {
            "page": page,
            "rules": AlertRule.objects.all(),
            "can_manage": has_capability(request.user, "manage_monitoring"),
        },
    )


@login_required
@capability_required("manage_monitoring")
def rule_add(request):
    form = AlertRuleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            rule = form.save()
            audit_record(actor=request.user, action="monitoring.rule.created", target=rule)
        messages.success(request, _("Regla de alerta creada."))
        return redirect("monitoring:alert_list")
    return render(request, "monitoring/rule_form.html", {"form": form})


@login_required
def rule_edit(request, rule_id: int):
    rule = access_alert_rule(request.user, rule_id, write=True)
    before = snapshot(rule, RULE_FIELDS)
    form = AlertRuleForm(request.POST or None, instance=rule)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            rule = form.save()
            audit_record(
                actor=request.user,
                action="monitoring.rule.updated",
                target=rule,
                changes=changed_fields(rule, before, RULE_FIELDS),
            )
        messages.success(request, _("Regla guardada."))
        return redirect("monitoring:alert_list")
    return render(request, "monitoring/rule_form.html", {"form": form, "rule": rule})
