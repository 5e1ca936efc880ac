"""Writing Opinión pública: residents' messages (received, classified, answered), sectors, and the signals and
daily aggregates every message, clipping or answer becomes."""

from __future__ import annotations

import secrets
import statistics
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Case, Count, F, FloatField, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from heraldo.core import roles
from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue, job
from heraldo.core.models import User
from heraldo.core.notifications import notice_key, notify, resolve_action
from heraldo.core.outbox import outbox_enqueue_templated
from heraldo.core.writes import Refused, StateConflict, write_audited
from heraldo.opinion.models import (
    OpinionIssue,
    PlaybookAction,
    Recommendation,
    ResidentMessage,
    Sector,
    Signal,
    SignalDay,
    Tone,
)
from heraldo.opinion.sectors import sector_named_in
from heraldo.work.services.tasks import task_create

# No 0/O, 1/I/L: a code read over the phone is not misheard.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SECTOR_FIELDS = ("name", "kind", "nicknames", "outline", "is_active")
CLASSIFY_FIELDS = ("kind", "topic", "sector")


def tracking_code_new() -> str:
    """A code like VC-7KQ2M-XH4PD: 50 random bits, so codes cannot be guessed one from another."""
    while True:
        chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))
        code = f"VC-{chars[:5]}-{chars[5:]}"
        if not ResidentMessage.objects.filter(tracking_code=code).exists():
            return code


def _tone_of(kind: str) -> str:
    return Tone.NEGATIVE if kind == ResidentMessage.Kind.COMPLAINT else Tone.NEUTRAL


def resident_message_submit(
    *, kind: str, text: str, place: str = "", topic=None, sector=None, email: str = "", language: str = "es"
) -> ResidentMessage:
    """Receive a resident's message: it gets its tracking code, is placed in a sector when the resident named
    one, becomes a signal, and the resident is told the code by e-mail when an address was given."""
    if sector is None:
        sector = sector_named_in(f"{place} {text}", Sector.objects.filter(is_active=True))
    with transaction.atomic():
        message = ResidentMessage.objects.create(
            tracking_code=tracking_code_new(),
            kind=kind,
            text=text,
            place=place,
            topic=topic,
            sector=sector,
            email=email,
        )
        audit_record(actor=None, action="opinion.message.received", target=message)
        _signal_for_message(message)
        if email:
            outbox_enqueue_templated(
                key=f"opinion-message-received-{message.tracking_code}",
                to=[email],
                template="opinion/email/received",
                context={"message": message},
                language=language,
            )
    return message


def _signal_for_message(message: ResidentMessage, *, tone: str | None = None) -> Signal:
    evidence_type = ContentType.objects.get_for_model(ResidentMessage)
    signal, created = Signal.objects.get_or_create(
        evidence_type=evidence_type,
        evidence_id=message.pk,
        defaults={
            "origin": Signal.Origin.RESIDENT,
            "occurred_on": timezone.localdate(message.created_at),
            "topic": message.topic,
            "sector": message.sector,
            "tone": tone or _tone_of(message.kind),
            "summary": message.text[:300],
        },
    )
    before = signal.occurred_on
    if not created:
        signal.topic, signal.sector = message.topic, message.sector
        signal.tone = tone or signal.tone
        signal.save(update_fields=["topic", "sector", "tone"])
    signal_days_refresh_later({before, signal.occurred_on})
    return signal


def resident_message_classify(*, actor, message: ResidentMessage, data: dict, tone: str) -> ResidentMessage:
    """The analyst corrects the kind, topic and sector of a message and the tone of its signal."""
    with transaction.atomic():
        message = write_audited(
            actor=actor, action="opinion.message.classified", instance=message, data=data, fields=CLASSIFY_FIELDS
        )
        if message.status == ResidentMessage.Status.RECEIVED:
            ResidentMessage.objects.filter(pk=message.pk).update(status=ResidentMessage.Status.IN_PROGRESS)
            message.status = ResidentMessage.Status.IN_PROGRESS
        _signal_for_message(message, tone=tone)
    return message


def resident_message_answer(*, actor, message: ResidentMessage, answer: str, language: str = "es") -> ResidentMessage:
    """The office answers: the resident reads it with the tracking code, and by e-mail if an address was given."""
    with transaction.atomic():
        message = ResidentMessage.objects.select_for_update().get(pk=message.pk)
        message.answer = answer
        message.answered_at = timezone.now()
        message.answered_by = actor
        message.status = ResidentMessage.Status.ANSWERED
        message.save(update_fields=["answer", "answered_at", "answered_by", "status", "updated_at"])
        audit_record(actor=actor, action="opinion.message.answered", target=message, changes={"answer": [None, answer]})
        if message.email:
            outbox_enqueue_templated(
                key=f"opinion-message-answered-{message.tracking_code}-{int(message.answered_at.timestamp())}",
                to=[message.email],
                template="opinion/email/answered",
                context={"message": message},
                language=language,
            )
    return message


def resident_message_archive(*, actor, message: ResidentMessage) -> ResidentMessage:
    with transaction.atomic():
        ResidentMessage.objects.filter(pk=message.pk).update(
            status=ResidentMessage.Status.ARCHIVED, updated_at=timezone.now()
        )
        message.status = ResidentMessage.Status.ARCHIVED
        audit_record(actor=actor, action="opinion.message.archived", target=message)
    return message


def sector_save(*, actor, sector: Sector, data: dict) -> Sector:
    creating = sector.pk is None
    return write_audited(
        actor=actor,
        action="opinion.sector.created" if creating else "opinion.sector.updated",
        instance=sector,
        data=data,
        fields=SECTOR_FIELDS,
    )


# --- the analyst's correction of topic and sector -------------------------------------------------------------

# A bulk correction writes one audit entry naming every signal it changed; beyond this many the filter is too
# wide to be a considered correction.
MAX_CORRECTED = 500


def signals_correct(*, actor, signals, topic=None, sector=None) -> int:
    """Set the topic and/or the sector of these signals (a queryset), as the analyst says. Days' aggregates are
    rewritten after commit, the correction is audited with each signal's previous values, and corrected
    signals keep it when the media sync runs again. A resident's message follows its signal. Returns how many
    changed."""
    if topic is None and sector is None:
        raise Refused(_("Elija el tema o el sector que deben tener."))
    changes: dict[str, object] = {}
    wanted: dict[str, int] = {}
    if topic is not None:
        changes["topic"], wanted["topic_id"] = topic, topic.pk
    if sector is not None:
        changes["sector"], wanted["sector_id"] = sector, sector.pk
    with transaction.atomic():
        rows: list[dict[str, Any]] = list(
            Signal.objects.select_for_update()
            .filter(pk__in=signals.order_by().values("pk"))
            .order_by("pk")
            .values("pk", "topic_id", "sector_id", "occurred_on", "evidence_type_id", "evidence_id")[
                : MAX_CORRECTED + 1
            ]
        )
        if len(rows) > MAX_CORRECTED:
            raise Refused(
                _("Son más de %(n)s señales: afine los filtros para corregir menos a la vez.") % {"n": MAX_CORRECTED}
            )
        rows = [r for r in rows if any(r[key] != pk for key, pk in wanted.items())]
        if not rows:
            return 0
        ids = [r["pk"] for r in rows]
        Signal.objects.filter(pk__in=ids).update(**changes, corrected_at=timezone.now(), corrected_by=actor)
        message_type = ContentType.objects.get_for_model(ResidentMessage)
        message_ids = [r["evidence_id"] for r in rows if r["evidence_type_id"] == message_type.pk]
        if message_ids:
            ResidentMessage.objects.filter(pk__in=message_ids).update(**changes, updated_at=timezone.now())
        audit_record(
            actor=actor,
            action="opinion.signals.corrected",
            target=Signal(pk=ids[0], summary="") if len(ids) == 1 else None,
            target_label=ngettext("%(n)s señal", "%(n)s señales", len(ids)) % {"n": len(ids)},
            changes={
                **{key: [None, pk] for key, pk in wanted.items()},
                "before": {str(r["pk"]): [r["topic_id"], r["sector_id"]] for r in rows},
            },
        )
        signal_days_refresh_later({r["occurred_on"] for r in rows})
    return len(ids)


# --- the daily aggregates the semáforo reads ------------------------------------------------------------------


def signal_days_refresh_later(days: Iterable[date]) -> None:
    """Recount these days once the surrounding transaction commits, in the worker."""
    wanted = sorted({day.isoformat() for day in days if day})
    if wanted:
        enqueue("opinion.signal_days_refresh", days=wanted)


@job("opinion.signal_days_refresh")
def signal_days_refresh_job(*, days: list[str]) -> int:
    return signal_days_refresh([date.fromisoformat(day) for day in days])


def signal_days_refresh(days: Iterable[date]) -> int:
    """Rewrite the aggregate rows of these days from the signals, in one transaction per call."""
    days = sorted(set(days))
    if not days:
        return 0
    negative = Case(When(tone=Tone.NEGATIVE, then=F("weight")), default=Value(0.0), output_field=FloatField())
    positive = Case(When(tone=Tone.POSITIVE, then=F("weight")), default=Value(0.0), output_field=FloatField())
    rows = (
        Signal.objects.filter(occurred_on__in=days)
        .values("occurred_on", "topic_id", "sector_id")
        .annotate(
            signals=Count("id"),
            weight_sum=Coalesce(Sum("weight"), 0.0),
            negative_sum=Coalesce(Sum(negative), 0.0),
            positive_sum=Coalesce(Sum(positive), 0.0),
        )
        .order_by()
    )
    aggregates = [
        SignalDay(
            day=row["occurred_on"],
            topic_key=row["topic_id"] or 0,
            sector_key=row["sector_id"] or 0,
            count=row["signals"],
            total=row["weight_sum"],
            negative=row["negative_sum"],
            positive=row["positive_sum"],
        )
        for row in rows
    ]
    with transaction.atomic():
        SignalDay.objects.filter(day__in=days).delete()
        SignalDay.objects.bulk_create(aggregates, batch_size=1000)
    return len(aggregates)


# --- issues: a topic and sector whose negative signals rise above their usual level --------------------------

WEEK = 7
BASELINE_WEEKS = 8
# A week opens an issue when its negative weight reaches the usual week's plus two spreads (at least one, so a
# quiet cell is not opened by noise) and at least ISSUE_MIN_NEGATIVE: the method of Monitoreo's surge alerts,
# by week instead of by hours.
ISSUE_SIGMAS = 2.0
ISSUE_MIN_NEGATIVE = 3.0


def opinion_issues_detect(*, today: date | None = None) -> list[OpinionIssue]:
    """Open an issue for each topic and sector whose last seven days are unusually negative, once per episode
    (a cell with an issue still open is not opened again). Reads the daily aggregates only."""
    today = today or timezone.localdate()
    first_day = today - timedelta(days=WEEK * (BASELINE_WEEKS + 1) - 1)
    weekly: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0.0] * (BASELINE_WEEKS + 1))
    # Signals without a topic are counted on the semáforo but open no issue: there is nothing to act on yet.
    rows = SignalDay.objects.filter(day__gte=first_day, day__lte=today, negative__gt=0, topic_key__gt=0).values_list(
        "day", "topic_key", "sector_key", "negative"
    )
    for day, topic_key, sector_key, negative in rows:
        weekly[(topic_key, sector_key)][(today - day).days // WEEK] += negative
    already_open = {
        (topic_id or 0, sector_id or 0)
        for topic_id, sector_id in OpinionIssue.objects.exclude(status=OpinionIssue.Status.CLOSED).values_list(
            "topic_id", "sector_id"
        )
    }
    opened = []
    for (topic_key, sector_key), weeks in sorted(weekly.items()):
        current, baseline = weeks[0], weeks[1:]
        usual, spread = statistics.fmean(baseline), statistics.pstdev(baseline)
        threshold = max(ISSUE_MIN_NEGATIVE, usual + ISSUE_SIGMAS * max(spread, 1.0))
        if current < threshold or (topic_key, sector_key) in already_open:
            continue
        opened.append(
            _issue_open(
                topic_key,
                sector_key,
                today=today,
                figures={
                    "negative": current,
                    "usual": round(usual, 2),
                    "spread": round(spread, 2),
                    "weeks": BASELINE_WEEKS,
                },
            )
        )
    return opened


def _issue_open(topic_key: int, sector_key: int, *, today: date, figures: dict) -> OpinionIssue:
    with transaction.atomic():
        issue = OpinionIssue.objects.create(
            topic_id=topic_key or None, sector_id=sector_key or None, opened_on=today, figures=figures
        )
        audit_record(actor=None, action="opinion.issue.opened", target=issue)
        notify(
            users=User.objects.filter(
                is_active=True, groups__name__in=[roles.HEAD_OF_UNIT, roles.MONITORING]
            ).distinct(),
            title=gettext_noop("Opinión pública: %(issue)s en aumento"),
            title_params={"issue": str(issue)},
            body=gettext_noop("%(negative)s señales negativas esta semana; lo usual es %(usual)s."),
            body_params={"negative": f"{figures['negative']:g}", "usual": f"{figures['usual']:g}"},
            url=issue.get_absolute_url(),
            level="warning",
        )
    return issue


def opinion_issue_act(
    *, actor, issue: OpinionIssue, actions: Iterable[PlaybookAction], owner, recommendation: str
) -> list:
    """The office chooses corrective actions: each becomes a task about the issue, due in the action's usual
    number of days, and the recommendation to the Mayor goes for approval."""
    today = timezone.localdate()
    with transaction.atomic():
        tasks = [
            task_create(
                actor=actor,
                data={
                    "title": f"{action.title} — {issue}"[:200],
                    "description": action.description,
                    "owner": owner,
                    "due_on": today + timedelta(days=action.days_to_do),
                },
                subject=issue,
            )
            for action in actions
        ]
        before = issue.status
        issue.status = OpinionIssue.Status.ACTING
        issue.save(update_fields=["status", "updated_at"])
        audit_record(
            actor=actor,
            action="opinion.issue.acted",
            target=issue,
            changes={"status": [before, issue.status], "tasks": [None, [task.title for task in tasks]]},
        )
        recommendation_submit(actor=actor, issue=issue, text=recommendation)
    return tasks


# --- the recommendation to the Mayor: written by the office, signed by the head of unit, decided by Alcaldía ---

HEAD_KEY = "opinion.recommendation.head"
MAYOR_KEY = "opinion.recommendation.mayor"


def is_in_role(user, role: str) -> bool:
    return bool(user and user.is_authenticated and user.groups.filter(name=role).exists())


def recommendation_refusal(user, issue: OpinionIssue, step: str) -> str | None:
    """Why this person may not take this step now (None: they may). Steps: "head", "mayor", "return"."""
    status = issue.recommendation_status
    if not issue.is_open:
        return _("El asunto está cerrado.")
    if step == "head" or (step == "return" and status == Recommendation.HEAD):
        if status != Recommendation.HEAD:
            return _("La recomendación no espera la aprobación de Jefatura.")
        if not is_in_role(user, roles.HEAD_OF_UNIT):
            return _("La aprueba la Jefatura de Imagen.")
        if issue.recommendation_by_id == user.pk:
            return _("Quien redactó la recomendación no puede aprobarla.")
        return None
    if step in ("mayor", "return"):
        if status != Recommendation.MAYOR:
            return _("La recomendación no espera la decisión de Alcaldía.")
        if not is_in_role(user, roles.AUTHORITIES):
            return _("La decide Alcaldía.")
        return None
    return _("Acción desconocida.")


def _role_members(role: str):
    return User.objects.filter(is_active=True, groups__name=role).distinct()


def _ask(role: str, key: str, issue: OpinionIssue, *, exclude=None) -> None:
    users = _role_members(role)
    if exclude is not None:
        users = users.exclude(pk=exclude.pk)
    notify(
        users=users,
        title=gettext_noop("Recomendación por decidir: %(issue)s"),
        title_params={"issue": str(issue)},
        body=gettext_noop("Opinión pública propone acciones correctivas; léala y decida."),
        url=issue.get_absolute_url(),
        level="warning",
        action=notice_key(key, issue.pk),
    )


def recommendation_submit(*, actor, issue: OpinionIssue, text: str) -> OpinionIssue:
    """Write (or rewrite after it was returned) the recommendation. Written by the head of unit, it is signed by
    them and goes to Alcaldía; by anyone else, it first waits for the head of unit."""
    with transaction.atomic():
        resolve_action(
            [notice_key(HEAD_KEY, issue.pk), notice_key(MAYOR_KEY, issue.pk)],
            by=actor,
            resolution=gettext_noop("Recomendación rehecha"),
        )
        before = {"recommendation": issue.recommendation, "status": issue.recommendation_status}
        by_head = is_in_role(actor, roles.HEAD_OF_UNIT)
        issue.recommendation = text
        issue.recommendation_by = actor
        issue.recommendation_status = Recommendation.MAYOR if by_head else Recommendation.HEAD
        issue.head_approved_by = actor if by_head else None
        issue.head_approved_at = timezone.now() if by_head else None
        issue.mayor_decided_by, issue.mayor_decided_at, issue.decision_note = None, None, ""
        issue.save()
        audit_record(
            actor=actor,
            action="opinion.recommendation.submitted",
            target=issue,
            changes={
                "recommendation": [before["recommendation"], text],
                "recommendation_status": [before["status"], issue.recommendation_status],
            },
        )
        if by_head:
            _ask(roles.AUTHORITIES, MAYOR_KEY, issue)
        else:
            _ask(roles.HEAD_OF_UNIT, HEAD_KEY, issue, exclude=actor)
    return issue


def recommendation_decide(*, actor, issue: OpinionIssue, step: str, note: str = "") -> OpinionIssue:
    """The head of unit approves (it goes on to Alcaldía), Alcaldía approves, or either returns it with a note."""
    with transaction.atomic():
        issue = OpinionIssue.objects.select_for_update(of=("self",)).select_related("topic", "sector").get(pk=issue.pk)
        reason = recommendation_refusal(actor, issue, step)
        if reason:
            raise StateConflict(reason)
        before = issue.recommendation_status
        now = timezone.now()
        if step == "head":
            issue.recommendation_status = Recommendation.MAYOR
            issue.head_approved_by, issue.head_approved_at = actor, now
            resolve_action(notice_key(HEAD_KEY, issue.pk), by=actor, resolution=gettext_noop("Recomendación aprobada"))
        elif step == "mayor":
            issue.recommendation_status = Recommendation.APPROVED
            issue.mayor_decided_by, issue.mayor_decided_at, issue.decision_note = actor, now, note
            resolve_action(notice_key(MAYOR_KEY, issue.pk), by=actor, resolution=gettext_noop("Recomendación aprobada"))
        else:
            if not note.strip():
                raise StateConflict(_("Diga qué hay que cambiar para devolverla."))
            key = HEAD_KEY if before == Recommendation.HEAD else MAYOR_KEY
            issue.recommendation_status = Recommendation.RETURNED
            issue.mayor_decided_by, issue.mayor_decided_at, issue.decision_note = actor, now, note
            resolve_action(notice_key(key, issue.pk), by=actor, resolution=gettext_noop("Recomendación devuelta"))
        issue.save()
        audit_record(
            actor=actor,
            action=f"opinion.recommendation.{'returned' if step == 'return' else 'approved'}",
            target=issue,
            changes={
                "recommendation_status": [before, issue.recommendation_status],
                **({"note": note} if note else {}),
            },
        )
        if step == "head":
            _ask(roles.AUTHORITIES, MAYOR_KEY, issue)
        else:
            writer = [issue.recommendation_by] if issue.recommendation_by and issue.recommendation_by.is_active else []
            notify(
                users=writer,
                title=gettext_noop("Recomendación aprobada: %(issue)s")
                if step == "mayor"
                else gettext_noop("Recomendación devuelta: %(issue)s"),
                title_params={"issue": str(issue)},
                body=note,
                url=issue.get_absolute_url(),
            )
    return issue


def opinion_issue_close(*, actor, issue: OpinionIssue, note: str) -> OpinionIssue:
    with transaction.atomic():
        issue.status = OpinionIssue.Status.CLOSED
        issue.closed_on = timezone.localdate()
        issue.closing_note = note
        issue.save(update_fields=["status", "closed_on", "closing_note", "updated_at"])
        audit_record(actor=actor, action="opinion.issue.closed", target=issue, changes={"closing_note": [None, note]})
    return issue
