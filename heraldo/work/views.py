"""Pages of Encargos: Mi trabajo, the register of encargos, tasks and the calendar of days off."""

from __future__ import annotations

import calendar as pycalendar
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from heraldo.core.feeds import active_feed_token, feed_token_issue, feed_token_revoke, feed_token_user
from heraldo.core.kept_input import kept_input, login_required_keeping_input
from heraldo.core.permissions import capability_required, public_page
from heraldo.core.writes import refusals_as_messages, refusals_on
from heraldo.work import ical as work_ical
from heraldo.work import selectors
from heraldo.work.calendar_sources import CalendarEntry, calendar_entries
from heraldo.work.forms import (
    AssignForm,
    AssignmentForm,
    AttachmentForm,
    ChecklistItemForm,
    CommentForm,
    FulfilForm,
    NonWorkingDayForm,
    ReminderPreferenceForm,
    TaskForm,
)
from heraldo.work.models import Assignment, ChecklistItem, NonWorkingDay, Task
from heraldo.work.permissions import access_assignment, access_task, can_manage_work, has_a_role, require_a_role
from heraldo.work.services import assignments as assignment_services
from heraldo.work.services import calendar as calendar_services
from heraldo.work.services import reminders as reminder_services
from heraldo.work.services import tasks as task_services
from heraldo.work.work_sources import work_sections

# The task just marked done, offered once for undo on the next page that shows work.
UNDO_KEY = "work_undo"


def _undo_task(request) -> Task | None:
    task_id = request.session.pop(UNDO_KEY, None)
    return Task.objects.filter(pk=task_id, status=Task.Status.DONE).first() if task_id else None


@login_required
def my_work(request):
    require_a_role(request.user)
    today = timezone.localdate()
    whole_group = selectors.my_work_group(request.user, today=today, key=request.GET.get("grupo", ""))
    if whole_group:
        group, tasks = whole_group
        return render(
            request,
            "work/my_work_group.html",
            {"group": group, "page": Paginator(tasks, 25).get_page(request.GET.get("page")), "today": today},
        )
    return render(
        request,
        "work/my_work.html",
        {
            "groups": selectors.my_work(request.user, today=today),
            "queue": selectors.queue_for(request.user)[:20],
            "sections": work_sections(request.user, timezone.now()),
            "today": today,
            "can_manage": can_manage_work(request.user),
            "undo_task": _undo_task(request),
        },
    )


@login_required
def reminder_preferences(request):
    require_a_role(request.user)
    form = ReminderPreferenceForm(request.POST or None, instance=reminder_services.preference_for(request.user))
    if request.method == "POST" and form.is_valid():
        preference = reminder_services.reminder_preference_update(actor=request.user, data=form.cleaned_data)
        messages.success(request, reminder_services.digest_preview_sentence(preference))
        return redirect("work:my_work")
    return render(
        request,
        "work/form_page.html",
        {
            "form": form,
            "title": _("Mis recordatorios"),
            "back_url": reverse("work:my_work"),
            "intro": _(
                "Un solo resumen al día con lo vencido y lo que vence pronto, en la campana y por correo. "
                "Los encargos urgentes se avisan en el momento."
            ),
        },
    )


@login_required
@require_POST
def task_status(request, task_id: int):
    """One-click state change (done, in progress, undo) from Mi trabajo or the task page."""
    task = access_task(request.user, task_id)
    status = request.POST.get("status", "")
    with refusals_as_messages(request):
        task_services.task_set_status(actor=request.user, task=task, status=status)
        if status == Task.Status.DONE:
            request.session[UNDO_KEY] = task.pk
        else:
            messages.success(
                request, _("«%(title)s»: %(status)s.") % {"title": task.title, "status": Task.Status(status).label}
            )
    return _back(request, reverse("work:task_detail", args=[task.pk]))


@login_required
@require_POST
def task_take(request, task_id: int):
    task = access_task(request.user, task_id)
    with refusals_as_messages(request):
        task_services.task_take(actor=request.user, task=task)
        messages.success(request, _("Tomó la tarea «%(title)s».") % {"title": task.title})
    return _back(request, reverse("work:task_detail", args=[task.pk]))


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


@login_required
def task_detail(request, task_id: int):
    task = access_task(request.user, task_id)
    assignment = getattr(task, "assignment", None) if task.origin == Task.Origin.ASSIGNMENT else None
    return render(
        request,
        "work/task_detail.html",
        {
            "task": task,
            "assignment": assignment,
            "checklist": task.checklist.all(),
            "comments": task.comments.select_related("author"),
            "attachments": task.attachments.select_related("uploaded_by"),
            "comment_form": CommentForm(),
            "checklist_form": ChecklistItemForm(),
            "attachment_form": AttachmentForm(),
            "fulfil_form": FulfilForm(initial={"reply_on": timezone.localdate()}) if assignment else None,
            "assign_form": AssignForm(initial={"owner": task.owner_id})
            if assignment and can_manage_work(request.user)
            else None,
            "next_states": [status for status in Task.Status if task_services.refusal_reason(task, status) is None],
            "can_manage": can_manage_work(request.user),
            "undo_task": _undo_task(request),
            "today": timezone.localdate(),
        },
    )


@login_required_keeping_input
def task_create(request):
    require_a_role(request.user)
    form = TaskForm(
        request.POST or kept_input(request), initial={"owner": request.user.pk, "due_on": timezone.localdate()}
    )
    if not can_manage_work(request.user):
        # Staff give themselves work; handing it to others is the head of unit's call.
        form.fields["owner"].queryset = form.fields["owner"].queryset.filter(pk=request.user.pk)
        form.fields["owner"].required = True
        del form.fields["queue_role"]
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        refusal = assignment_services.deadline_refusal(
            due_on=data["due_on"], confirmed=data.pop("confirm_non_working_day")
        )
        collaborators = data.pop("collaborators")
        if refusal:
            form.add_error("due_on", refusal.messages)
        else:
            with refusals_on(form):
                task = task_services.task_create(actor=request.user, data=data, collaborators=collaborators)
                messages.success(request, _("Tarea creada."))
                return redirect("work:task_detail", task.pk)
    return render(
        request, "work/form_page.html", {"form": form, "title": _("Nueva tarea"), "back_url": reverse("work:my_work")}
    )


@login_required
@require_POST
def task_comment(request, task_id: int):
    task = access_task(request.user, task_id)
    form = CommentForm(request.POST)
    if form.is_valid():
        task_services.comment_add(actor=request.user, task=task, body=form.cleaned_data["body"])
        messages.success(request, _("Comentario publicado."))
    else:
        messages.error(request, _("Escriba el comentario antes de publicarlo."))
    return redirect("work:task_detail", task.pk)


@login_required
@require_POST
def task_checklist_add(request, task_id: int):
    task = access_task(request.user, task_id)
    form = ChecklistItemForm(request.POST)
    if form.is_valid():
        task_services.checklist_add(actor=request.user, task=task, text=form.cleaned_data["text"])
    else:
        messages.error(request, _("Escriba el paso antes de añadirlo."))
    return redirect("work:task_detail", task.pk)


@login_required
@require_POST
def task_checklist_toggle(request, task_id: int, item_id: int):
    task = access_task(request.user, task_id)
    item = get_object_or_404(ChecklistItem, pk=item_id, task=task)
    task_services.checklist_toggle(actor=request.user, item=item)
    return redirect("work:task_detail", task.pk)


@login_required
@require_POST
def task_attach(request, task_id: int):
    task = access_task(request.user, task_id)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        task_services.attachment_add(
            actor=request.user, task=task, title=form.cleaned_data["title"], upload=form.cleaned_data["file"]
        )
        messages.success(request, _("Archivo adjuntado."))
    else:
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
    return redirect("work:task_detail", task.pk)


@login_required
@capability_required("access_assignments")
def assignment_list(request):
    records = selectors.assignment_register(request.GET)
    page = Paginator(records, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "work/assignment_list.html",
        {
            "page": page,
            "today": timezone.localdate(),
            "senders": Assignment.Sender.choices,
            "params": request.GET,
            "can_manage": can_manage_work(request.user),
        },
    )


@login_required_keeping_input
@capability_required("manage_assignments")
def assignment_create(request):
    form = AssignmentForm(
        request.POST or kept_input(request), request.FILES or None, initial={"received_on": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        owner, priority, due_on = data.pop("owner"), data.pop("priority"), data.pop("due_on")
        with refusals_on(form):
            assignment = assignment_services.assignment_register(
                actor=request.user, data=data, owner=owner, priority=priority, due_on=due_on
            )
            messages.success(
                request,
                _("Encargo registrado. Vence el %(day)s.") % {"day": assignment.task.due_on.strftime("%d/%m/%Y")},
            )
            return redirect("work:task_detail", assignment.task_id)
    return render(
        request,
        "work/form_page.html",
        {
            "form": form,
            "title": _("Registrar un encargo"),
            "back_url": reverse("work:assignment_list"),
            "multipart": True,
            "intro": _(
                "El plazo se cuenta en días hábiles desde el día siguiente a la recepción, "
                "sin sábados, domingos, feriados ni días no laborables."
            ),
        },
    )


@login_required
@require_POST
def assignment_assign(request, assignment_id: int):
    assignment = access_assignment(request.user, assignment_id, write=True)
    form = AssignForm(request.POST)
    if form.is_valid():
        with refusals_as_messages(request):
            assignment_services.assignment_assign(
                actor=request.user, assignment=assignment, owner=form.cleaned_data["owner"]
            )
            messages.success(request, _("Encargo asignado a %(person)s.") % {"person": form.cleaned_data["owner"]})
    else:
        messages.error(request, _("Elija a quién asignar el encargo."))
    return redirect("work:task_detail", assignment.task_id)


@login_required
@require_POST
def assignment_fulfil(request, assignment_id: int):
    assignment = access_assignment(request.user, assignment_id)
    access_task(request.user, assignment.task_id)
    form = FulfilForm(request.POST)
    if form.is_valid():
        with refusals_as_messages(request):
            assignment_services.assignment_fulfil(actor=request.user, assignment=assignment, **form.cleaned_data)
            messages.success(request, _("Encargo cumplido y respondido."))
    else:
        messages.error(request, _("Indique el documento y la fecha de la respuesta."))
    return redirect("work:task_detail", assignment.task_id)


@login_required
@capability_required("access_assignments")
def non_working_days(request):
    year = _year(request.GET.get("anio"))
    form = NonWorkingDayForm(request.POST or None) if can_manage_work(request.user) else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            with refusals_on(form):
                record = calendar_services.non_working_day_add(actor=request.user, data=form.cleaned_data)
                messages.success(
                    request, _("Día no laborable registrado: %(day)s.") % {"day": record.day.strftime("%d/%m/%Y")}
                )
                return redirect(f"{reverse('work:non_working_days')}?anio={record.day.year}")
    return render(
        request,
        "work/non_working_days.html",
        {
            "days": NonWorkingDay.objects.filter(day__year=year),
            "year": year,
            "form": form,
            "can_manage": can_manage_work(request.user),
        },
    )


def _year(raw: str | None) -> int:
    today = timezone.localdate()
    try:
        year = int(raw or today.year)
    except ValueError:
        return today.year
    return year if 2000 <= year <= 2100 else today.year


@login_required
@capability_required("manage_assignments")
def team(request):
    today = timezone.localdate()
    return render(
        request,
        "work/team.html",
        {
            "section": "team",
            "loads": selectors.team_load(selectors.office_staff_people(), today=today),
            "columns": selectors.status_board(),
            "today": today,
        },
    )


@login_required
def team_calendar(request):
    """A month of deadlines (and of the Mayor's activities for those who read the agenda); a list on phones."""
    require_a_role(request.user)
    first = _month(request.GET.get("mes"))
    last = first.replace(day=pycalendar.monthrange(first.year, first.month)[1])
    owner = None if can_manage_work(request.user) else request.user
    # A busy office has dozens of deadlines on some days: a cell shows the first few and a link to the day, so
    # only those (and the whole of the day asked for) become entries; the rest are only counted.
    shown_day = _day(request.GET.get("dia"), first, last)
    days: dict[date, list[CalendarEntry]] = {}
    totals: Counter[date] = Counter()
    task_url = reverse("work:task_detail", args=[0]).removesuffix("0/")
    due = _("Vence")
    for task_id, title, due_on in selectors.deadlines_between(first, last, owner=owner):
        entries = days.setdefault(due_on, [])
        if len(entries) < ENTRIES_PER_DAY or due_on == shown_day:
            entries.append(CalendarEntry(due_on, title, f"{task_url}{task_id}/", due))
        totals[due_on] += 1
    for entry in sorted(calendar_entries(request.user, first, last), key=lambda e: (e.starts_at is None, e.starts_at)):
        days.setdefault(entry.day, []).append(entry)
        totals[entry.day] += 1
    cells = {
        day: CalendarDay(day, entries[:ENTRIES_PER_DAY], totals[day], f"?mes={first:%Y-%m}&dia={day:%Y-%m-%d}#dia")
        for day, entries in days.items()
    }
    weeks = [
        [cells.get(day, CalendarDay(day, [], 0)) for day in week]
        for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    return render(
        request,
        "work/calendar.html",
        {
            "section": "calendar",
            "first": first,
            "weeks": weeks,
            "agenda_days": [cells[day] for day in sorted(cells)],
            "shown_day": CalendarDay(shown_day, days.get(shown_day, []), totals[shown_day]) if shown_day else None,
            "previous": (first - timedelta(days=1)).replace(day=1),
            "next": last + timedelta(days=1),
            "today": timezone.localdate(),
            "can_manage": can_manage_work(request.user),
        },
    )


ENTRIES_PER_DAY = 4


@dataclass(frozen=True)
class CalendarDay:
    day: date
    entries: list[CalendarEntry]
    total: int
    whole_day_url: str = ""  # where the entries a cell leaves out are listed

    @property
    def more(self) -> int:
        return self.total - len(self.entries)

    @property
    def more_text(self) -> str:
        return ngettext("y %(n)s más", "y %(n)s más", self.more) % {"n": self.more}

    # A month holds a hundred or more entries, drawn twice (grid and phone list): written here in one pass,
    # not node by node by the template engine, which made most of the page's time.
    @property
    def grid_links(self) -> str:
        links = []
        for entry in self.entries:
            title = escape(entry.title)
            if entry.starts_at:
                mark = f'<i class="bi bi-calendar-event" aria-hidden="true"></i> {_local_time(entry.starts_at)}'
            else:
                mark = '<i class="bi bi-flag" aria-hidden="true"></i>'
            links.append(
                f'<a class="d-block" href="{escape(entry.url)}" title="{title}">{mark} {title}'
                f'<span class="visually-hidden"> ({escape(entry.kind)})</span></a>'
            )
        return mark_safe("".join(links))  # noqa: S308  every value above is escaped

    @property
    def list_items(self) -> str:
        items = []
        for entry in self.entries:
            when = f" · {_local_time(entry.starts_at)}" if entry.starts_at else ""
            items.append(
                f'<li class="list-group-item"><a href="{escape(entry.url)}">{escape(entry.title)}</a>'
                f'<div class="small text-body-secondary">{escape(entry.kind)}{when}</div></li>'
            )
        return mark_safe("".join(items))  # noqa: S308  every value above is escaped


def _local_time(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%H:%M")


def _day(raw: str | None, first: date, last: date) -> date | None:
    try:
        day = date.fromisoformat(raw or "")
    except ValueError:
        return None
    return day if first <= day <= last else None


def _month(raw: str | None) -> date:
    today = timezone.localdate()
    try:
        year, month = (int(part) for part in (raw or "").split("-"))
        return date(year, month, 1)
    except ValueError:
        return today.replace(day=1)


# The private iCalendar link to a person's deadlines (heraldo.core.feeds), audited as work.feed.issued / .revoked.
FEED_PURPOSE = "work"


def _feed_page(request, *, new_url: str | None = None):
    response = render(
        request,
        "work/feed.html",
        {"active": active_feed_token(user=request.user, purpose=FEED_PURPOSE), "new_url": new_url},
    )
    if new_url:
        # The secret is shown in this response only; it is not kept anywhere but in the hash.
        response["Cache-Control"] = "no-store"
    return response


@login_required
def feed_settings(request):
    require_a_role(request.user)
    return _feed_page(request)


@login_required
@require_POST
def feed_issue(request):
    require_a_role(request.user)
    token = feed_token_issue(user=request.user, purpose=FEED_PURPOSE)
    return _feed_page(request, new_url=request.build_absolute_uri(reverse("work:feed", args=[token])))


@login_required
@require_POST
def feed_revoke(request):
    require_a_role(request.user)
    if feed_token_revoke(user=request.user, purpose=FEED_PURPOSE):
        messages.success(request, _("El enlace quedó revocado: los calendarios suscritos dejarán de actualizarse."))
    return redirect("work:feed_settings")


@public_page
@require_GET
def feed(request, token: str):
    """The owner's open tasks and encargos with their due dates; a revoked link or a lost role ends it."""
    user = feed_token_user(token, purpose=FEED_PURPOSE)
    if user is None or not has_a_role(user):
        raise Http404
    tasks = selectors.open_tasks_of(user).select_related("assignment")[: work_ical.FEED_LIMIT]
    with translation.override(user.language or "es"):
        name = _("Mis plazos — %(person)s") % {"person": user.get_full_name() or user.username}
        body = work_ical.build_deadlines_calendar(
            tasks,
            name=name,
            url_for=lambda task: request.build_absolute_uri(reverse("work:task_detail", args=[task.pk])),
        )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="mis-plazos.ics"'
    response["Cache-Control"] = "private, no-store"
    return response
