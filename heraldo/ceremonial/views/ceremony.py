"""The ceremony pages: run-of-show, guests and invitations, check-in at the door, RSVP."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from heraldo.ceremonial.forms import (
    GuestForm,
    ManualAnswerForm,
    PersonSearchForm,
    ProgrammeItemForm,
    ReorderForm,
    RsvpForm,
    WalkInForm,
)
from heraldo.ceremonial.models import Guest, ProgrammeItem, RsvpChannel, RsvpStatus
from heraldo.ceremonial.permissions import access_event, can_manage_agenda
from heraldo.ceremonial.rsvp import guest_from_token
from heraldo.ceremonial.seats import seat_labels
from heraldo.ceremonial.selectors import guests_with_host_flag, invitable_guests
from heraldo.ceremonial.services.ceremony import (
    guest_answer,
    guest_check_in,
    guest_remove,
    guest_renew_link,
    guest_update,
    guest_walk_in,
    guests_add,
    guests_invite,
    guests_remind,
    invitations_mailing,
    programme_apply_template,
    programme_item_add,
    programme_item_delete,
    programme_item_move,
    programme_item_update,
    programme_reorder,
    programme_with_times,
)
from heraldo.core.fulltext import words_filter
from heraldo.core.mailing import mass_send_page
from heraldo.core.permissions import public_page
from heraldo.core.writes import refusals_as_messages
from heraldo.directory.models import Person
from heraldo.directory.selectors import current_terms


def _item(event, item_id) -> ProgrammeItem:
    try:
        return event.programme.get(pk=item_id)
    except (ProgrammeItem.DoesNotExist, ValueError) as exc:
        raise Http404 from exc


def _guest(event, guest_id) -> Guest:
    try:
        return guests_with_host_flag(event).select_related("person", "position", "position__entity").get(pk=guest_id)
    except (Guest.DoesNotExist, ValueError) as exc:
        raise Http404 from exc


# ------------------------------------------------------------------ run-of-show


@login_required
def programme_view(request, pk: int):
    event = access_event(request.user, pk)
    can_manage = can_manage_agenda(request.user)
    form = ProgrammeItemForm(request.POST or None)
    if request.method == "POST":
        event = access_event(request.user, pk, write=True)
        if form.is_valid():
            programme_item_add(actor=request.user, event=event, data=form.cleaned_data)
            messages.success(request, _("Momento añadido al programa."))
            return redirect("ceremonial:programme", event.pk)
    timed = programme_with_times(event)
    return render(
        request,
        "ceremonial/programme.html",
        {
            "event": event,
            "timed": timed,
            "form": form,
            "can_manage": can_manage,
            "order": ",".join(str(item.pk) for item, _start in timed),
        },
    )


@login_required
@require_POST
def programme_template_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    with refusals_as_messages(request):
        programme_apply_template(actor=request.user, event=event)
        messages.success(request, _("Programa armado desde la plantilla. Ajuste tiempos, responsables y textos."))
    return redirect("ceremonial:programme", event.pk)


@login_required
@require_POST
def programme_reorder_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    form = ReorderForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["order"]))
        return redirect("ceremonial:programme", event.pk)
    with refusals_as_messages(request):
        programme_reorder(actor=request.user, event=event, ordered_ids=form.cleaned_data["order"])
    return redirect("ceremonial:programme", event.pk)


@login_required
@require_POST
def programme_move_view(request, pk: int, item_id: int, direction: str):
    event = access_event(request.user, pk, write=True)
    if direction not in ("subir", "bajar"):
        raise Http404
    item = _item(event, item_id)
    programme_item_move(actor=request.user, item=item, direction=-1 if direction == "subir" else 1)
    return redirect(reverse("ceremonial:programme", args=[event.pk]) + f"#momento-{item.pk}")


@login_required
def programme_item_view(request, pk: int, item_id: int):
    event = access_event(request.user, pk, write=True)
    item = _item(event, item_id)
    if request.method == "POST" and request.POST.get("delete"):
        programme_item_delete(actor=request.user, item=item)
        messages.success(request, _("Momento eliminado del programa."))
        return redirect("ceremonial:programme", event.pk)
    form = ProgrammeItemForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        programme_item_update(actor=request.user, item=item, data=form.cleaned_data)
        messages.success(request, _("Cambios guardados."))
        return redirect("ceremonial:programme", event.pk)
    return render(request, "ceremonial/programme_item.html", {"event": event, "item": item, "form": form})


# ----------------------------------------------------------------------- guests


def _registry_matches(query: str, day, exclude_ids):
    """People in the Registro matching the search, each with their cargos that day."""
    persons = words_filter(
        Person.objects.filter(is_active=True).exclude(pk__in=exclude_ids),
        query,
        limit=6,
        also=("terms__position__title__icontains", "terms__position__entity__name__icontains"),
    )
    persons = list(persons.distinct().order_by("surnames", "given_names")[:30])
    cargos: dict[int, list[str]] = {}
    for term in current_terms(on=day).filter(person__in=persons):
        cargos.setdefault(term.person_id, []).append(
            f"{term.position.title_for(term.person.sex)} — {term.position.entity}"
        )
    return [(person, cargos.get(person.pk, [])) for person in persons]


@login_required
def guests_view(request, pk: int):
    event = access_event(request.user, pk)
    can_manage = can_manage_agenda(request.user)
    guests = (
        guests_with_host_flag(event)
        .select_related("person", "position", "position__entity", "represents")
        .order_by("-is_host", "person__sort_key", "pk")
    )
    counts = invitable_guests(event).aggregate(
        total=Count("pk"),
        accepted=Count("pk", filter=Q(rsvp_status=RsvpStatus.ACCEPTED)),
        declined=Count("pk", filter=Q(rsvp_status=RsvpStatus.DECLINED)),
        pending=Count("pk", filter=Q(rsvp_status=RsvpStatus.PENDING)),
        invited=Count("pk", filter=Q(invited_at__isnull=False)),
        arrived=Count("pk", filter=Q(checked_in_at__isnull=False)),
    )
    search = PersonSearchForm(request.GET or None)
    matches = []
    if can_manage and search.is_valid() and search.cleaned_data["buscar"]:
        matches = _registry_matches(
            search.cleaned_data["buscar"],
            timezone.localtime(event.starts_at).date(),
            event.guests.values_list("person_id", flat=True),
        )
    page = Paginator(guests, 50).get_page(request.GET.get("page"))
    host_missing = False
    if can_manage:
        from heraldo.ceremonial.services.ceremony import host_person_for

        found = host_person_for(event)
        host_missing = found is not None and not event.guests.filter(person=found[0]).exists()
    return render(
        request,
        "ceremonial/guests.html",
        {
            "event": event,
            "page": page,
            "counts": counts,
            "search": search,
            "matches": matches,
            "can_manage": can_manage,
            "searched": bool(search.is_bound and search.data.get("buscar")),
            "host_missing": host_missing,
        },
    )


@login_required
@require_POST
def guests_add_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    ids = [int(value) for value in request.POST.getlist("person") if value.isdigit()]
    added = guests_add(actor=request.user, event=event, persons=Person.objects.filter(pk__in=ids, is_active=True))
    if added:
        messages.success(
            request, ngettext("%(n)d invitado añadido.", "%(n)d invitados añadidos.", len(added)) % {"n": len(added)}
        )
    else:
        messages.error(request, _("Marque al menos una persona del Registro para añadirla."))
    return redirect("ceremonial:guests", event.pk)


@login_required
@require_POST
def guests_add_host_view(request, pk: int):
    from heraldo.ceremonial.services.ceremony import guests_add_host

    event = access_event(request.user, pk, write=True)
    with refusals_as_messages(request):
        guest = guests_add_host(actor=request.user, event=event)
        messages.success(request, _("%(name)s está en la lista de invitados.") % {"name": guest.person.full_name})
    return redirect("ceremonial:guests", event.pk)


@login_required
def guests_invite_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    pending = (
        invitable_guests(event)
        .filter(invited_at__isnull=True)
        .select_related("event", "person", "position", "position__entity")
    )
    mailing = invitations_mailing(event=event, guests=pending)
    return mass_send_page(
        request,
        mailing=mailing,
        send=lambda: guests_invite(actor=request.user, event=event, guests=[r.record for r in mailing.recipients])[0],
        done_url=reverse("ceremonial:guests", args=[event.pk]),
        template="ceremonial/guests_invite.html",
        context={"event": event},
        sent_message=lambda sent: (
            ngettext("Se envió %(n)d invitación.", "Se enviaron %(n)d invitaciones.", sent) % {"n": sent}
        ),
    )


@login_required
@require_POST
def guests_remind_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    count = guests_remind(actor=request.user, event=event)
    if count:
        messages.success(
            request, ngettext("Se envió %(n)d recordatorio.", "Se enviaron %(n)d recordatorios.", count) % {"n": count}
        )
    else:
        messages.info(request, _("No hay invitados pendientes de recordar (se recuerda una vez al día como máximo)."))
    return redirect("ceremonial:guests", event.pk)


@login_required
def guest_view(request, pk: int, guest_id: int):
    event = access_event(request.user, pk, write=True)
    guest = _guest(event, guest_id)
    form = GuestForm(request.POST if request.POST.get("form") == "guest" else None, instance=guest)
    answer = ManualAnswerForm(
        request.POST if request.POST.get("form") == "answer" else None, initial={"rsvp_status": guest.rsvp_status}
    )
    if request.method == "POST":
        action = request.POST.get("form")
        if guest.is_host and action in ("answer", "renew"):
            raise Http404  # the host is not invited: no answer, no link
        if action == "guest" and form.is_valid():
            guest_update(actor=request.user, guest=guest, data=form.cleaned_data)
            messages.success(request, _("Cambios guardados."))
            return redirect("ceremonial:guests", event.pk)
        if action == "answer" and answer.is_valid():
            guest_answer(
                actor=request.user,
                guest=guest,
                status=answer.cleaned_data["rsvp_status"],
                channel=answer.cleaned_data["rsvp_channel"],
            )
            messages.success(request, _("Respuesta registrada."))
            return redirect("ceremonial:guests", event.pk)
        if action == "renew":
            guest_renew_link(actor=request.user, guest=guest)
            messages.success(request, _("El enlace anterior dejó de valer. Reenvíe la invitación si hace falta."))
            return redirect("ceremonial:guest", event.pk, guest.pk)
        if action == "remove":
            guest_remove(actor=request.user, guest=guest)
            messages.success(request, _("Invitado quitado de la lista."))
            return redirect("ceremonial:guests", event.pk)
    return render(request, "ceremonial/guest.html", {"event": event, "guest": guest, "form": form, "answer": answer})


def _checkin_counts(event) -> dict:
    return event.guests.aggregate(arrived=Count("pk", filter=Q(checked_in_at__isnull=False)), total=Count("pk"))


@login_required
def checkin_view(request, pk: int):
    """The door list on a phone: search by name, tap to record the arrival. A tap sent by htmx answers
    with the guest's row alone (and the new count), so the list neither reloads nor moves."""
    event = access_event(request.user, pk, write=True)
    query = request.GET.get("q", "").strip()[:100]
    if request.method == "POST":
        guest = _guest(event, request.POST.get("guest", ""))
        guest = guest_check_in(actor=request.user, guest=guest, arrived=request.POST.get("arrived") == "1")
        if request.htmx:
            context = {"event": event, "guest": guest, "seat": seat_labels(event).get(guest.pk, "")}
            return render(request, "ceremonial/_checkin_tap.html", context | _checkin_counts(event))
        target = reverse("ceremonial:checkin", args=[event.pk])
        return redirect(f"{target}?{urlencode({'q': query})}" if query else target)
    guests = event.guests.select_related("person", "position", "position__entity").order_by(
        "person__surnames", "person__given_names", "pk"
    )
    if query:
        guests = guests.filter(person__in=words_filter(Person.objects.all(), query, limit=4))
    seats = seat_labels(event)
    rows = [(guest, seats.get(guest.pk, "")) for guest in guests[:100]]
    not_listed = []
    if query:
        day = timezone.localtime(event.starts_at).date()
        not_listed = _registry_matches(query, day, event.guests.values_list("person_id", flat=True))[:5]
    return render(
        request,
        "ceremonial/checkin.html",
        {"event": event, "rows": rows, "query": query, "not_listed": not_listed, "walk_in": WalkInForm()}
        | _checkin_counts(event),
    )


@login_required
@require_POST
def checkin_walk_in_view(request, pk: int):
    """Someone not on the list arrived: added at the door and marked as arrived (audited)."""
    event = access_event(request.user, pk, write=True)
    form = WalkInForm(request.POST)
    target = reverse("ceremonial:checkin", args=[event.pk])
    if not form.is_valid():
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
        return redirect(target)
    guest = guest_walk_in(actor=request.user, event=event, **form.cleaned_data)
    messages.success(request, _("Llegada de %(name)s registrada.") % {"name": guest.person.full_name})
    return redirect(f"{target}?{urlencode({'q': guest.person.surnames})}")


# ------------------------------------------------------------------------- RSVP


@public_page
def rsvp_view(request, token: str):
    """The invitee's personal page: no account, answers for this guest only."""
    guest = guest_from_token(token)
    if guest is None:
        raise Http404
    form = RsvpForm(
        request.POST or None, initial={"answer": guest.rsvp_status if guest.rsvp_status != RsvpStatus.PENDING else None}
    )
    closed = guest.event.starts_at <= timezone.now()
    if request.method == "POST" and not closed and form.is_valid():
        guest_answer(actor=None, guest=guest, status=form.cleaned_data["answer"], channel=RsvpChannel.LINK)
        messages.success(request, _("Gracias: su respuesta quedó registrada."))
        return redirect(request.path)
    return render(
        request,
        "ceremonial/rsvp.html",
        {
            "guest": guest,
            "event": guest.event,
            "form": form,
            "closed": closed,
            "starts_at": timezone.localtime(guest.event.starts_at),
        },
    )


@login_required
def invitations_pdf(request, pk: int, guest_id: int | None = None):
    """The official letter (oficio) and the card for one guest, or for every guest to invite by letter."""
    from heraldo.ceremonial.services.ceremony import guest_cargo, invitation_address
    from heraldo.core.branding import letterhead_context
    from heraldo.core.pdf import render_pdf
    from heraldo.core.spanish import in_place, to

    event = access_event(request.user, pk, write=True)
    invitable = invitable_guests(event).select_related("person", "position", "position__entity")
    if guest_id is not None:
        guests = list(invitable.filter(pk=guest_id))
    else:
        guests = list(invitable.order_by("person__surnames", "person__given_names"))
        if request.GET.get("sin_correo") == "1":
            guests = [g for g in guests if not g.email]
    if not guests:
        raise Http404
    # An oficio is Spanish correspondence to a Peruvian authority, whatever language the officer reads Heraldo in.
    with translation.override("es"):
        letters = [{"guest": g, "address": invitation_address(g), "cargo": guest_cargo(g)} for g in guests]
        body = render_pdf(
            "ceremonial/pdf/invitations.html",
            {
                "event": event,
                "letters": letters,
                "to_event": to(event.title, article=event.title_article),
                "in_place": in_place(event.place),
                "starts_at": timezone.localtime(event.starts_at),
                "today": timezone.localdate(),
            }
            | letterhead_context(),
        )
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="invitaciones-{event.pk}.pdf"'
    return response
