"""Invitations received (requests for the Mayor's attendance): register, answer, track."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.ceremonial.forms import AnswerForm, AttendanceRequestForm, RequestFilterForm
from heraldo.ceremonial.models import AttendanceRequest, RequestStatus
from heraldo.ceremonial.permissions import _gate, can_manage_agenda
from heraldo.ceremonial.services.events import ConflictsNotConfirmed
from heraldo.ceremonial.services.requests import request_answer, request_register
from heraldo.core.audit import describe, history_for
from heraldo.core.permissions import capability_required
from heraldo.core.writes import refusals_on


def access_request(user, request_id, *, write: bool = False) -> AttendanceRequest:
    _gate(user, write)
    try:
        return AttendanceRequest.objects.select_related("inviting_entity", "delegate", "event").get(pk=request_id)
    except AttendanceRequest.DoesNotExist as exc:
        raise Http404 from exc


@login_required
@capability_required("access_agenda")
def request_list(request):
    form = RequestFilterForm(request.GET or None, initial={"status": RequestStatus.PENDING})
    requests = AttendanceRequest.objects.select_related("inviting_entity", "delegate", "event")
    status = RequestStatus.PENDING if not request.GET else ""
    if form.is_valid():
        status = form.cleaned_data["status"]
        if form.cleaned_data["q"]:
            query = form.cleaned_data["q"]
            requests = requests.filter(
                Q(title__icontains=query)
                | Q(inviting_name__icontains=query)
                | Q(inviting_entity__name__icontains=query)
            )
    if status:
        requests = requests.filter(status=status)
    page = Paginator(requests.order_by("starts_at", "pk"), 25).get_page(request.GET.get("page"))
    querystring = request.GET.copy()
    querystring.pop("page", None)
    pending = AttendanceRequest.objects.filter(status=RequestStatus.PENDING).count()
    return render(
        request,
        "ceremonial/request_list.html",
        {
            "form": form,
            "page": page,
            "querystring": querystring.urlencode(),
            "today": timezone.localdate(),
            "pending": pending,
            "can_manage": can_manage_agenda(request.user),
            "status": status,
        },
    )


@login_required
@capability_required("manage_agenda")
def request_create(request):
    form = AttendanceRequestForm(request.POST or None, initial={"received_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            saved = request_register(actor=request.user, data=form.cleaned_data)
            messages.success(request, _("Invitación registrada. Ahora puede responderla."))
            return redirect("ceremonial:request_detail", saved.pk)
    return render(request, "ceremonial/request_form.html", {"form": form})


@login_required
def request_detail(request, pk: int):
    invitation = access_request(request.user, pk)
    can_manage = can_manage_agenda(request.user)
    form = None
    conflicts = []
    if can_manage:
        initial = {"decision": invitation.status} if invitation.status != RequestStatus.PENDING else {}
        form = AnswerForm(
            request.POST or None,
            initial=initial | {"delegate": invitation.delegate_id, "delegate_role": invitation.delegate_role},
        )
    if request.method == "POST":
        if not can_manage:
            raise Http404
        if form.is_valid():
            data = form.cleaned_data
            with refusals_on(form):
                try:
                    request_answer(
                        actor=request.user,
                        request=invitation,
                        decision=data["decision"],
                        delegate=data["delegate"],
                        delegate_role=data["delegate_role"],
                        note=data["note"],
                        allow_conflicts=data["confirm_conflicts"],
                    )
                    messages.success(request, _("Respuesta registrada."))
                    return redirect("ceremonial:request_detail", invitation.pk)
                except ConflictsNotConfirmed as exc:
                    conflicts = exc.conflicts
    history = [(entry, describe(entry)) for entry in history_for(invitation)[:20]]
    return render(
        request,
        "ceremonial/request_detail.html",
        {"invitation": invitation, "form": form, "conflicts": conflicts, "history": history, "can_manage": can_manage},
    )
