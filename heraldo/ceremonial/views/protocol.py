"""Precedence: the engine's plan for an act, its printouts, and the versioned table."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.ceremonial.forms import PrecedenceRowVersionForm, ProtocolSettingsForm
from heraldo.ceremonial.models import PrecedenceTableRow, ProtocolSettings
from heraldo.ceremonial.permissions import access_event, can_edit_precedence, can_manage_agenda
from heraldo.ceremonial.protocol import plan_display, plan_for_event
from heraldo.ceremonial.services.precedence import (
    ROW_VERSION_FIELDS,
    precedence_row_new_version,
    protocol_settings_update,
)
from heraldo.core.branding import letterhead_context
from heraldo.core.pdf import render_pdf
from heraldo.core.permissions import capability_required
from heraldo.core.writes import refusals_on


@login_required
def precedence_view(request, pk: int):
    event = access_event(request.user, pk)
    can_manage = can_manage_agenda(request.user)
    settings, _created = ProtocolSettings.objects.get_or_create(event=event)
    form = ProtocolSettingsForm(request.POST or None, instance=settings) if can_manage else None
    if request.method == "POST":
        if not can_manage:
            raise Http404
        if form.is_valid():
            protocol_settings_update(actor=request.user, settings=settings, data=form.cleaned_data)
            messages.success(request, _("Opciones guardadas; el plan se recalculó."))
            return redirect("ceremonial:precedence", event.pk)
    event_plan = plan_for_event(event)
    return render(
        request,
        "ceremonial/precedence.html",
        {
            "event": event,
            "form": form,
            "can_manage": can_manage,
            "plan": plan_display(event_plan),
            "error": event_plan.error,
            "has_guests": bool(event_plan.guests_by_id),
        },
    )


def _printable_plan(event) -> dict:
    """The plan as displayed; until one can be computed there is nothing to print."""
    plan = plan_display(plan_for_event(event))
    if not plan:
        raise Http404
    return plan


def _pdf_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@login_required
def place_cards_pdf(request, pk: int):
    event = access_event(request.user, pk)
    plan = _printable_plan(event)
    cards = [*plan["head_table"], *plan["front_rows"]]
    body = render_pdf("ceremonial/pdf/place_cards.html", {"event": event, "cards": cards} | letterhead_context())
    return _pdf_response(body, f"tarjetas-{event.pk}.pdf")


@login_required
def seating_pdf(request, pk: int):
    event = access_event(request.user, pk)
    plan = _printable_plan(event)
    body = render_pdf(
        "ceremonial/pdf/seating.html",
        {"event": event, "plan": plan, "starts_at": timezone.localtime(event.starts_at)},
    )
    return _pdf_response(body, f"plano-{event.pk}.pdf")


@login_required
@capability_required("access_agenda")
def precedence_table_view(request):
    show_all = request.GET.get("todas") == "1"
    today = timezone.localdate()
    rows = PrecedenceTableRow.objects.all()
    if not show_all:
        rows = rows.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=today)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=today)
        )
    page = Paginator(rows.order_by("rank", "suborder", "office_code", "valid_from"), 100).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "ceremonial/precedence_table.html",
        {
            "page": page,
            "show_all": show_all,
            "can_edit": can_edit_precedence(request.user),
            "querystring": "todas=1" if show_all else "",
        },
    )


@login_required
def precedence_row_new_view(request, row_id: int | None = None):
    if not can_edit_precedence(request.user):
        raise Http404
    base = None
    if row_id is not None:
        base = PrecedenceTableRow.objects.filter(pk=row_id).first()
        if base is None:
            raise Http404
    initial = {}
    if base is not None:
        initial = {f: getattr(base, f) for f in ROW_VERSION_FIELDS if f != "valid_from"}
    form = PrecedenceRowVersionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            precedence_row_new_version(actor=request.user, data=form.cleaned_data)
            messages.success(request, _("Nueva versión registrada en el cuadro de precedencias."))
            return redirect("ceremonial:precedence_table")
    return render(request, "ceremonial/precedence_row_form.html", {"form": form, "base": base})
