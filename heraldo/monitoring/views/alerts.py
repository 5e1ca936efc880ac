from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from heraldo.core.permissions import capability_required, has_capability
from heraldo.monitoring.channels import configured_channels
from heraldo.monitoring.forms import AlertPreferenceForm, AlertRuleForm
from heraldo.monitoring.models import Alert, AlertChannel, AlertKind, AlertMode, AlertRule, AlertTone
from heraldo.monitoring.permissions import access_alert_rule
from heraldo.monitoring.services.alert_rules import alert_preference_update, alert_rule_create, alert_rule_update
from heraldo.monitoring.services.alerts import alert_preference_for, recipient_preferences


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
        alert_rule_create(actor=request.user, data=form.cleaned_data)
        messages.success(request, _("Regla de alerta creada."))
        return redirect("monitoring:alert_list")
    return render(request, "monitoring/rule_form.html", {"form": form})


@login_required
def rule_edit(request, rule_id: int):
    rule = access_alert_rule(request.user, rule_id, write=True)
    form = AlertRuleForm(request.POST or None, instance=rule)
    if request.method == "POST" and form.is_valid():
        alert_rule_update(actor=request.user, rule=rule, data=form.cleaned_data)
        messages.success(request, _("Regla guardada."))
        return redirect("monitoring:alert_list")
    return render(request, "monitoring/rule_form.html", {"form": form, "rule": rule})


@login_required
@capability_required("receive_alerts")
def alert_preferences(request):
    preference = alert_preference_for(request.user)
    gateway = AlertChannel.GATEWAY in configured_channels()
    form = AlertPreferenceForm(request.POST or None, instance=preference, gateway_available=gateway)
    if request.method == "POST" and form.is_valid():
        alert_preference_update(
            actor=request.user,
            preference=preference,
            data=form.cleaned_data,
            muted_rules=form.cleaned_data["muted_rules"],
        )
        messages.success(request, _("Preferencias de alertas guardadas."))
        return redirect("monitoring:alert_preferences")
    return render(request, "monitoring/alert_preferences.html", {"form": form, "gateway": gateway})
