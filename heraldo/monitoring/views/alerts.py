from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record, changed_fields, snapshot
from heraldo.core.permissions import capability_required, has_capability
from heraldo.monitoring.channels import configured_channels
from heraldo.monitoring.forms import AlertPreferenceForm, AlertRuleForm
from heraldo.monitoring.models import Alert, AlertChannel, AlertKind, AlertMode, AlertRule, AlertTone
from heraldo.monitoring.permissions import access_alert_rule
from heraldo.monitoring.services.alerts import alert_preference_for, recipient_preferences

RULE_FIELDS = AlertRuleForm.Meta.fields


@login_required
@capability_required("access_monitoring")
def alert_list(request):
    alerts = Alert.objects.select_related("clipping", "clipping__outlet", "rule").order_by("-created_at")
    page = Paginator(alerts, 30).get_page(request.GET.get("page"))
    can_manage = has_capability(request.user, "manage_monitoring")
    return render(
        request,
        "monitoring/alert_list.html",
        {
            "page": page,
            "rules": AlertRule.objects.select_related("topic"),
            "can_manage": can_manage,
            "recipients": recipient_preferences() if can_manage else None,
            "receives_alerts": has_capability(request.user, "receive_alerts"),
        },
    )


@login_required
@capability_required("manage_monitoring")
def rule_add(request):
    initial = {}
    if request.method == "GET" and request.GET.get("query"):  # "Crear alerta" from a saved archive search
        initial = {
            "kind": AlertKind.QUERY,
            "query": request.GET["query"][:300],
            "tone": AlertTone.ANY,
            "mode": AlertMode.IMMEDIATE,
        }
    form = AlertRuleForm(request.POST or None, initial=initial)
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


@login_required
@capability_required("receive_alerts")
def alert_preferences(request):
    preference = alert_preference_for(request.user)
    fields = [f for f in AlertPreferenceForm.Meta.fields if f != "muted_rules"]
    before = snapshot(preference, fields)
    muted_before = sorted(preference.muted_rules.values_list("pk", flat=True))
    gateway = AlertChannel.GATEWAY in configured_channels()
    form = AlertPreferenceForm(request.POST or None, instance=preference, gateway_available=gateway)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            preference = form.save()
            changes = changed_fields(preference, before, fields)
            muted_after = sorted(preference.muted_rules.values_list("pk", flat=True))
            if muted_after != muted_before:
                changes["muted_rules"] = [muted_before, muted_after]
            audit_record(actor=request.user, action="monitoring.alert_preference.updated", changes=changes)
        messages.success(request, _("Preferencias de alertas guardadas."))
        return redirect("monitoring:alert_preferences")
    return render(request, "monitoring/alert_preferences.html", {"form": form, "gateway": gateway})
