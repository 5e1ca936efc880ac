from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.permissions import capability_required, has_capability
from heraldo.monitoring.channels import configured_channels
from heraldo.monitoring.forms import AlertFilterForm, AlertPreferenceForm, AlertRuleForm, AlertsSeenForm
from heraldo.monitoring.models import Alert, AlertChannel, AlertKind, AlertMode, AlertRule, AlertTone
from heraldo.monitoring.permissions import access_alert_rule
from heraldo.monitoring.selectors import alert_lines, alerts_unseen_count
from heraldo.monitoring.services.alert_rules import alert_preference_update, alert_rule_create, alert_rule_update
from heraldo.monitoring.services.alerts import alert_preference_for, alerts_mark_seen, recipient_preferences


@login_required
@capability_required("access_monitoring")
def alert_list(request):
    filters = AlertFilterForm(request.GET or None)
    page = alert_lines(request.user, filters.filters(), page_number=request.GET.get("page"))
    can_manage = has_capability(request.user, "manage_monitoring")
    querystring = request.GET.copy()
    querystring.pop("page", None)
    return render(
        request,
        "monitoring/alert_list.html",
        {
            "page": page,
            "filters": filters,
            "querystring": querystring.urlencode(),
            "unseen_count": alerts_unseen_count(request.user),
            "rules": AlertRule.objects.select_related("topic"),
            "can_manage": can_manage,
            "recipients": recipient_preferences() if can_manage else None,
            "receives_alerts": has_capability(request.user, "receive_alerts"),
        },
    )


@login_required
@capability_required("access_monitoring")
@require_POST
def alerts_seen(request):
    form = AlertsSeenForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(message for errors in form.errors.values() for message in errors))
        return redirect("monitoring:alert_list")
    chosen = (
        Alert.objects.all() if form.cleaned_data["all"] else Alert.objects.filter(pk__in=form.cleaned_data["alert"])
    )
    alerts_mark_seen(actor=request.user, alerts=chosen)
    back = form.back_querystring()
    return redirect(reverse("monitoring:alert_list") + (f"?{back}" if back else ""))


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
