"""The daily digest: one message a day per person, at the hour they chose, of what is overdue or falls due soon."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override

from heraldo.core.models import User
from heraldo.core.notifications import notify
from heraldo.core.outbox import outbox_enqueue_templated
from heraldo.work.models import ReminderPreference, Task
from heraldo.work.selectors import open_tasks_of

PREFERENCE_FIELDS = ("digest_hour", "days_ahead", "by_email")


def preference_for(user: User) -> ReminderPreference:
    """The person's saved choice, or the defaults unsaved: reading the page must not write."""
    return ReminderPreference.objects.filter(user=user).first() or ReminderPreference(user=user)


def reminders_send(*, now: datetime | None = None) -> int:
    """The hourly step: send the digest to everyone whose hour it is and who has not had today's. Returns how many.

    Who has open work and everyone's preferences are read in two queries, whatever the size of the
    office; only the people whose digest is due cost more (their claim, their tasks, their message).
    """
    local = timezone.localtime(now or timezone.now())
    today = local.date()
    owners = Task.objects.filter(status__in=Task.OPEN_STATUSES, owner__isnull=False).values("owner_id")
    helpers = Task.collaborators.through.objects.filter(task__status__in=Task.OPEN_STATUSES).values("user_id")
    people = list(User.objects.filter(is_active=True).filter(Q(pk__in=owners) | Q(pk__in=helpers)))
    preferences = {p.user_id: p for p in ReminderPreference.objects.filter(user__in=[person.pk for person in people])}
    due = []
    for person in people:
        preference = preferences.get(person.pk) or ReminderPreference(user=person)
        if preference.digest_hour <= local.hour and preference.last_digest_on != today:
            due.append((person, preference))
    sent = 0
    for person, preference in due:
        with transaction.atomic():
            if preference.pk is None:
                # A person who never chose gets the defaults, saved now so the claim below has a row to mark.
                preference, _created = ReminderPreference.objects.get_or_create(user=person)
            # Claimed with a conditional update, so two workers never send the same digest twice.
            claimed = (
                ReminderPreference.objects.filter(pk=preference.pk)
                .exclude(last_digest_on=today)
                .update(last_digest_on=today)
            )
            if claimed and _send_digest(person, preference, today=today):
                sent += 1
    return sent


def _send_digest(person: User, preference: ReminderPreference, *, today) -> bool:
    horizon = today + timedelta(days=preference.days_ahead)
    due = list(open_tasks_of(person).filter(due_on__lte=horizon)[:50])
    if not due:
        return False
    overdue = [task for task in due if task.due_on < today]
    url = reverse("work:my_work")
    with override(person.language or "es"):
        title = ngettext(
            "Tiene %(n)s tarea por vencer o vencida", "Tiene %(n)s tareas por vencer o vencidas", len(due)
        ) % {"n": len(due)}
        body = "; ".join(f"{task.title} ({task.due_on:%d/%m/%Y})" for task in due[:5])
    notify(users=[person], title=title, body=body, url=url, level="warning" if overdue else "info")
    if preference.by_email and person.email:
        outbox_enqueue_templated(
            key=f"work-digest-{person.pk}-{today.isoformat()}",
            to=[person.email],
            template="work/email/digest",
            context={"person": person, "tasks": due, "today": today, "my_work_url": url},
            language=person.language or "es",
        )
    return True


def reminder_preference_update(*, actor: User, data) -> ReminderPreference:
    from heraldo.core.writes import write_audited

    return write_audited(
        actor=actor,
        action="work.reminders.updated",
        instance=ReminderPreference.objects.get_or_create(user=actor)[0],
        data=data,
        fields=PREFERENCE_FIELDS,
    )


def digest_preview_sentence(preference: ReminderPreference) -> str:
    return _("Recibirá un resumen diario a las %(hour)02d:00 con lo que vence en los próximos %(days)s días.") % {
        "hour": preference.digest_hour,
        "days": preference.days_ahead,
    }
