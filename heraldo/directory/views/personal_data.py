"""Personal data of a person: legal bases, access log, ARCO export and erasure."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.permissions import capability_required
from heraldo.directory.forms import ArcoActForm, ArcoEraseForm, LegalBasisForm
from heraldo.directory.permissions import access_person, can_manage, can_see_personal_data
from heraldo.directory.services import personal_data as service


def _gate(request, person_id, write=False):
    person = access_person(request.user, person_id, write=write)
    if not can_see_personal_data(request.user):
        raise PermissionDenied
    return person


@login_required
@capability_required("access_directory")
def personal_data_page(request, person_id: int):
    person = _gate(request, person_id)
    service.personal_data_viewed(user=request.user, person=person, channel="web")
    return _render(request, person)


def _render(request, person, basis_form=None, export_form=None, erase_form=None, status=200):
    from django.utils import timezone

    return render(
        request,
        "directory/personal_data.html",
        {
            "person": person,
            "bases": person.legal_bases.select_related("recorded_by").order_by("field"),
            "accesses": person.personal_data_accesses.all()[:50],
            "acts": person.arco_requests.select_related("recorded_by")[:20],
            "basis_form": basis_form or LegalBasisForm(),
            "export_form": export_form or ArcoActForm(initial={"received_on": timezone.localdate()}),
            "erase_form": erase_form or ArcoEraseForm(initial={"received_on": timezone.localdate()}),
            "can_manage": can_manage(request.user),
            "today": timezone.localdate(),
        },
        status=status,
    )


@login_required
@capability_required("access_directory")
@require_POST
def legal_basis_set(request, person_id: int):
    person = _gate(request, person_id, write=True)
    form = LegalBasisForm(request.POST)
    if not form.is_valid():
        return _render(request, person, basis_form=form, status=400)
    service.legal_basis_set(actor=request.user, person=person, **form.cleaned_data)
    messages.success(request, _("Base legal registrada."))
    return redirect("directory:personal_data", person.pk)


@login_required
@capability_required("access_directory")
@require_POST
def personal_data_export(request, person_id: int):
    person = _gate(request, person_id)
    form = ArcoActForm(request.POST)
    if not form.is_valid():
        return _render(request, person, export_form=form, status=400)
    data = service.personal_data_export(actor=request.user, person=person, **form.cleaned_data)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="datos-personales-{person.pk}.json"'
    return response


@login_required
@capability_required("access_directory")
@require_POST
def personal_data_erase(request, person_id: int):
    person = _gate(request, person_id, write=True)
    form = ArcoEraseForm(request.POST)
    if not form.is_valid():
        return _render(request, person, erase_form=form, status=400)
    service.personal_data_erase(
        actor=request.user,
        person=person,
        received_on=form.cleaned_data["received_on"],
        reference=form.cleaned_data["reference"],
    )
    messages.success(request, _("Datos personales suprimidos. El acto quedó registrado."))
    return redirect("directory:personal_data", person.pk)
