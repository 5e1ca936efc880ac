"""The coordination log per entity, its timeline and the follow-up tasks."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.permissions import capability_required
from heraldo.directory.forms import CoordinationForm, FollowUpForm
from heraldo.directory.models import Coordination
from heraldo.directory.permissions import access_coordination, access_entity, can_manage
from heraldo.directory.services.coordination import (
    coordination_create,
    coordination_update,
    followup_complete,
    followup_create,
)
from heraldo.work.models import Task


@login_required
@capability_required("access_directory")
def entity_timeline(request, entity_id: int):
    entity = access_entity(request.user, entity_id)
    records = entity.coordinations.prefetch_related("participants", "tasks").select_related("created_by")
    page = Paginator(records, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "directory/coordination_list.html",
        {"entity": entity, "page": page, "can_manage": can_manage(request.user), "today": timezone.localdate()},
    )


@login_required
@capability_required("access_directory")
def coordination_create_view(request, entity_id: int):
    entity = access_entity(request.user, entity_id, write=True)
    form = CoordinationForm(request.POST or None, request.FILES or None, entity=entity)
    if request.method == "POST" and form.is_valid():
        data, participants = _record_fields(form)
        record = coordination_create(actor=request.user, entity=entity, data=data, participants=participants)
        messages.success(request, _("Coordinación registrada. Puede añadir tareas de seguimiento."))
        return redirect("directory:coordination_detail", record.pk)
    title = _("Nueva coordinación con %(entity)s") % {"entity": entity.name}
    return _form_page(request, form, title, reverse("directory:entity_timeline", args=[entity.pk]))


@login_required
@capability_required("access_directory")
def coordination_edit(request, coordination_id: int):
    record = access_coordination(request.user, coordination_id, write=True)
    form = CoordinationForm(request.POST or None, request.FILES or None, entity=record.entity, instance=record)
    if request.method == "POST" and form.is_valid():
        data, participants = _record_fields(form)
        coordination_update(actor=request.user, record=record, data=data, participants=participants)
        messages.success(request, _("Coordinación corregida."))
        return redirect("directory:coordination_detail", record.pk)
    title = _("Corregir la coordinación «%(subject)s»") % {"subject": record.subject}
    return _form_page(request, form, title, reverse("directory:coordination_detail", args=[record.pk]))


def _record_fields(form: CoordinationForm) -> tuple[dict, list]:
    """The record's own fields, and the participants the service sets apart."""
    data = {k: v for k, v in form.cleaned_data.items() if k != "participants"}
    return data, form.cleaned_data["participants"]


def _form_page(request, form: CoordinationForm, title: str, back_url: str):
    return render(
        request, "directory/form_page.html", {"form": form, "title": title, "back_url": back_url, "multipart": True}
    )


@login_required
@capability_required("access_directory")
def coordination_detail(request, coordination_id: int):
    record = access_coordination(request.user, coordination_id)
    form = FollowUpForm(request.POST or None, initial={"owner": request.user.pk})
    if request.method == "POST":
        if not can_manage(request.user):
            raise Http404
        if form.is_valid():
            followup_create(actor=request.user, coordination=record, **form.cleaned_data)
            messages.success(request, _("Tarea de seguimiento creada."))
            return redirect("directory:coordination_detail", record.pk)
    return render(
        request,
        "directory/coordination_detail.html",
        {
            "record": record,
            "tasks": record.tasks.select_related("owner", "completed_by").order_by("completed_at", "due_on", "pk"),
            "form": form,
            "can_manage": can_manage(request.user),
            "today": timezone.localdate(),
        },
    )


@login_required
@capability_required("access_directory")
@require_POST
def followup_done(request, task_id: int):
    if not can_manage(request.user):
        raise Http404
    task = get_object_or_404(
        Task, pk=task_id, origin=Task.Origin.FOLLOW_UP, subject_type=ContentType.objects.get_for_model(Coordination)
    )
    followup_complete(actor=request.user, task=task)
    messages.success(request, _("Tarea cumplida."))
    return redirect("directory:coordination_detail", task.subject_id)


@login_required
@capability_required("access_directory")
def my_tasks(request):
    """Follow-ups now live with the rest of one's work."""
    return redirect("work:my_work")
