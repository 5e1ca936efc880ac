"""Pages that create and change agenda events."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.ceremonial.forms import EventForm, OccurrenceForm, OutcomeForm, StatusForm
from heraldo.ceremonial.permissions import access_event, access_event_for_reading, can_manage_agenda
from heraldo.ceremonial.recurrence import expand, parse_occurrence_key
from heraldo.ceremonial.recurrence_words import describe_rule
from heraldo.ceremonial.services.events import (
    ConflictsNotConfirmed,
    StaffClashesNotConfirmed,
    event_change_status,
    event_create,
    event_record_outcome,
    event_update,
    occurrence_cancel,
    occurrence_move,
    occurrence_restore,
)
from heraldo.core.audit import describe, history_for
from heraldo.core.permissions import capability_required
from heraldo.core.writes import refusals_on


def _initial_for_new(request) -> dict:
    day = request.GET.get("fecha")
    initial = {}
    if day:
        initial["starts_at"] = f"{day}T09:00"
        initial["ends_at"] = f"{day}T10:00"
    return initial


def _save_event(request, form, event=None):
    """Run the service; a clash not yet confirmed (the Mayor's, the venue's, or the staff's) comes back to show."""
    allow = {
        "allow_conflicts": form.cleaned_data.get("confirm_conflicts", False),
        "allow_staff_clashes": form.cleaned_data.get("confirm_staff_clashes", False),
    }
    with refusals_on(form):
        try:
            if event is None:
                saved = event_create(actor=request.user, data=form.event_data(), staff=form.staff_data(), **allow)
            else:
                saved = event_update(
                    actor=request.user, event=event, data=form.event_data(), staff=form.staff_data(), **allow
                )
            return saved, [], []
        except ConflictsNotConfirmed as exc:
            return None, exc.conflicts, []
        except StaffClashesNotConfirmed as exc:
            return None, [], exc.clashes
    return None, [], []


@login_required
@capability_required("manage_agenda")
def event_create_view(request):
    form = EventForm(request.POST or None, initial=_initial_for_new(request))
    conflicts, staff_clashes = [], []
    if request.method == "POST" and form.is_valid():
        event, conflicts, staff_clashes = _save_event(request, form)
        if event:
            messages.success(request, _("Actividad registrada."))
            return redirect("ceremonial:event_detail", event.pk)
    return render(
        request,
        "ceremonial/event_form.html",
        {"form": form, "conflicts": conflicts, "staff_clashes": staff_clashes, "event": None},
    )


@login_required
def event_edit_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    form = EventForm(request.POST or None, instance=event)
    conflicts, staff_clashes = [], []
    if request.method == "POST" and form.is_valid():
        saved, conflicts, staff_clashes = _save_event(request, form, event=event)
        if saved:
            messages.success(request, _("Cambios guardados."))
            return redirect("ceremonial:event_detail", saved.pk)
    return render(
        request,
        "ceremonial/event_form.html",
        {"form": form, "conflicts": conflicts, "staff_clashes": staff_clashes, "event": event},
    )


def _press_releases(user, event) -> list[dict]:
    """The press releases that report on this event (Prensa links them here): the press office
    opens the release itself; other readers see only published ones, on the public newsroom."""
    from heraldo.core.permissions import has_capability

    releases = getattr(event, "press_releases", None)
    if releases is None:
        return []
    staff = has_capability(user, "access_press")
    shown = []
    for release in releases.order_by("-pk")[:10]:
        if staff:
            shown.append(
                {"title": release.headline, "url": release.get_absolute_url(), "status": release.get_status_display()}
            )
        elif release.is_public:
            shown.append({"title": release.headline, "url": release.get_public_url(), "status": ""})
    return shown


@login_required
def event_detail_view(request, pk: int):
    event, staff_only = access_event_for_reading(request.user, pk)
    now = timezone.now()
    upcoming = []
    exceptions = list(event.exceptions.order_by("original_start"))
    if event.rrule:
        upcoming = expand(
            event, window_start=now - timedelta(days=1), window_end=now + timedelta(days=120), exceptions=exceptions
        )[:12]
    history = [(entry, describe(entry)) for entry in history_for(event)[:30]]
    context = {
        "event": event,
        "staff": event.staff.select_related("user").order_by("role"),
        "upcoming": upcoming,
        "exceptions": exceptions,
        "history": [] if staff_only else history,
        "staff_only": staff_only,
        "can_manage": can_manage_agenda(request.user),
        "status_form": StatusForm(event=event) if event.next_statuses() else None,
        "outcome_form": OutcomeForm(instance=event) if can_manage_agenda(request.user) else None,
        "press_releases": [] if staff_only else _press_releases(request.user, event),
        "repeats": describe_rule(event.rrule, starts_at=event.starts_at),
        "attendance": event.guests.aggregate(
            invited=Count("pk"), arrived=Count("pk", filter=Q(checked_in_at__isnull=False))
        ),
    }
    return render(request, "ceremonial/event_detail.html", context)


@login_required
@require_POST
def event_outcome_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    form = OutcomeForm(request.POST, instance=event)
    if form.is_valid():
        event_record_outcome(actor=request.user, event=event, data=form.cleaned_data)
        messages.success(request, _("Se guardó lo ocurrido en la actividad."))
    else:
        messages.error(request, " ".join(form.errors.get("outcome_links", [])) or _("Revise los datos."))
    return redirect("ceremonial:event_detail", event.pk)


@login_required
def event_status_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    form = StatusForm(request.POST or None, event=event)
    conflicts, staff_clashes = [], []
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            try:
                event_change_status(
                    actor=request.user,
                    event=event,
                    status=form.cleaned_data["status"],
                    starts_at=form.cleaned_data.get("starts_at"),
                    ends_at=form.cleaned_data.get("ends_at"),
                    allow_conflicts=form.cleaned_data.get("confirm_conflicts", False),
                    allow_staff_clashes=form.cleaned_data.get("confirm_staff_clashes", False),
                )
                messages.success(request, _("Estado actualizado."))
                return redirect("ceremonial:event_detail", event.pk)
            except ConflictsNotConfirmed as exc:
                conflicts = exc.conflicts
            except StaffClashesNotConfirmed as exc:
                staff_clashes = exc.clashes
    return render(
        request,
        "ceremonial/event_status.html",
        {"event": event, "form": form, "conflicts": conflicts, "staff_clashes": staff_clashes},
    )


@login_required
def occurrence_view(request, pk: int, key: str):
    event = access_event(request.user, pk, write=True)
    try:
        original_start = parse_occurrence_key(key)
    except ValueError as exc:
        raise Http404 from exc
    form = OccurrenceForm(request.POST or None)
    conflicts = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with refusals_on(form):
            try:
                if data["action"] == "cancel":
                    occurrence_cancel(actor=request.user, event=event, original_start=original_start, note=data["note"])
                elif data["action"] == "move":
                    occurrence_move(
                        actor=request.user,
                        event=event,
                        original_start=original_start,
                        starts_at=data["starts_at"],
                        ends_at=data["ends_at"],
                        note=data["note"],
                        allow_conflicts=data["confirm_conflicts"],
                    )
                else:
                    occurrence_restore(actor=request.user, event=event, original_start=original_start)
                messages.success(request, _("La fecha se actualizó."))
                return redirect("ceremonial:event_detail", event.pk)
            except ConflictsNotConfirmed as exc:
                conflicts = exc.conflicts
    return render(
        request,
        "ceremonial/occurrence_form.html",
        {"event": event, "form": form, "original_start": original_start, "conflicts": conflicts, "key": key},
    )
