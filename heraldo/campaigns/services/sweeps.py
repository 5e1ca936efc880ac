"""The ban-start sweep (rule E7): when an electoral process's ban on state publicity starts, or is about to, every
campaign piece and every release still exposed on that day is read under the electoral regime, and what must be
withdrawn or adapted becomes a task of whoever is in charge of it, due the day before the ban (or today, when the
ban has already started). Once only per piece (or release) and process: a second run, or a second worker, adds
nothing. Runs daily (`heraldo/campaigns/schedule.py`) and is a plain function a test calls."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from heraldo.campaigns.facts import many_pieces_facts
from heraldo.campaigns.models import BanSweepTask, Campaign, Piece, SweepAction
from heraldo.core import roles
from heraldo.core.dates import shown_date
from heraldo.core.writes import Refused
from heraldo.press.models import PressRelease, ReleasePhoto, ReleaseStatus
from heraldo.press.publicity import release_facts
from heraldo.publicity.checks import SweepItem, sweep, translated
from heraldo.publicity.models import ElectoralProcess
from heraldo.work.models import Task
from heraldo.work.services.tasks import task_create

TITLES = {
    SweepAction.WITHDRAW: gettext_noop("Retirar «%(title)s»: empieza la veda de %(process)s"),
    SweepAction.ADAPT: gettext_noop("Adecuar «%(title)s»: empieza la veda de %(process)s"),
}


@dataclass(frozen=True)
class SweepResult:
    process: str
    exposed: int
    tasks: int


def processes_to_sweep(today: date) -> list[ElectoralProcess]:
    """Processes whose ban starts within the lead days, or has started and the process is not concluded."""
    lead = timedelta(days=settings.HERALDO_PUBLICITY_SWEEP_LEAD_DAYS)
    return [
        process
        for process in ElectoralProcess.objects.filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        if process.ban_start - lead <= today
    ]


def ban_start_sweep_due(*, today: date | None = None) -> list[SweepResult]:
    today = today or timezone.localdate()
    return [ban_start_sweep_run(process=process, today=today) for process in processes_to_sweep(today)]


def ban_start_sweep_run(*, process: ElectoralProcess, today: date) -> SweepResult:
    due = max(process.ban_start - timedelta(days=1), today)
    pieces, releases = exposed_items(process)
    created = 0
    for piece, item in pieces:
        owners = [piece.designer, piece.campaign.owner] if item.action in SweepAction.values else []
        created += _task_once(process, item, due, owners, piece=piece, subject=piece, title=piece.title)
    for release, item in releases:
        created += _task_once(
            process,
            item,
            due,
            [release.author] if item.action in SweepAction.values else [],
            release=release,
            subject=release,
            title=release.headline,
        )
    return SweepResult(process.name, len(pieces) + len(releases), created)


def exposed_items(
    process: ElectoralProcess,
) -> tuple[list[tuple[Piece, SweepItem]], list[tuple[PressRelease, SweepItem]]]:
    """The pieces and releases out on the ban's first day and not swept yet for this process, each with what the
    rules say of it then (read in a fixed number of queries, checked on the rules' data loaded once)."""
    ban = process.ban_start
    pieces = {piece.pk: piece for piece in _exposed_pieces(process)}
    releases = {release.pk: release for release in _exposed_releases(process)}
    piece_items = sweep(many_pieces_facts(pieces.values()), process=process, today=ban)
    tagged: dict[int, set[int]] = defaultdict(set)
    photos = ReleasePhoto.objects.filter(release_id__in=list(releases), asset__people__isnull=False)
    for release_id, person_id in photos.values_list("release_id", "asset__people"):
        tagged[release_id].add(person_id)
    release_items = sweep(
        [
            _release_out_since(release, release_facts(release, people=sorted(tagged[release.pk])))
            for release in releases.values()
        ],
        process=process,
        today=ban,
    )
    return (
        [(pieces[int(item.facts.id)], item) for item in piece_items],
        [(releases[int(item.facts.id)], item) for item in release_items],
    )


# What the rules read of a piece (heraldo.campaigns.facts) and who is in charge of it: a sweep reads thousands.
FACT_FIELDS = (
    "campaign_id",
    "designer_id",
    "title",
    "text",
    "channel",
    "paid",
    "topic",
    "justification_kind",
    "justification",
    "exposure_starts",
    "exposure_ends",
    "ubigeo",
    "people_shown",
    "names_mentioned",
    "posts_mentioned",
    "voice_of",
    "palette",
    "logos",
    "jee_authorization_no",
)


def _exposed_pieces(process: ElectoralProcess) -> list[Piece]:
    """Pieces out on the ban's first day that this process has not swept yet. Each campaign (with its plan) is read
    once and shared by its pieces; who is in charge is read only for the pieces that get a task."""
    ban = process.ban_start
    pieces = list(
        Piece.objects.filter(exposure_starts__lte=ban)
        .filter(Q(exposure_ends__isnull=True) | Q(exposure_ends__gte=ban))
        .exclude(ban_sweeps__process=process)
        .only(*FACT_FIELDS)
        .order_by("pk")
    )
    campaigns = Campaign.objects.select_related("plan_line__plan").in_bulk({piece.campaign_id for piece in pieces})
    for piece in pieces:
        piece.campaign = campaigns[piece.campaign_id]
    return pieces


def _release_out_since(release: PressRelease, facts: dict) -> dict:
    """A published release has been out since it was published (the facts of Prensa's hook start at its scheduled
    day, or today): a sweep run after the ban started must still find it."""
    if release.published_at:
        facts["exposure_window"] = [timezone.localtime(release.published_at).date().isoformat(), None]
    return facts


def _exposed_releases(process: ElectoralProcess) -> list[PressRelease]:
    """Releases published (or scheduled) by the ban's first day: the newsroom keeps them online."""
    end_of_ban_day = timezone.make_aware(datetime.combine(process.ban_start, time.max))
    swept = BanSweepTask.objects.filter(process=process, release__isnull=False).values("release_id")
    return list(
        PressRelease.objects.filter(
            Q(status=ReleaseStatus.PUBLISHED, published_at__lte=end_of_ban_day)
            | Q(status=ReleaseStatus.SCHEDULED, scheduled_for__lte=end_of_ban_day)
        )
        .exclude(pk__in=swept)
        .order_by("pk")
    )


def _task_once(process, item, due: date, owners, *, subject, title: str, piece=None, release=None) -> int:
    """One task for what the sweep found, recorded so that it is never made twice; 1 if made, else 0."""
    if item.action not in SweepAction.values:
        return 0  # nothing to withdraw or adapt: its follow-ups come with its approval
    action = SweepAction(item.action)
    findings = " ".join(
        f"[{finding.rule}] {translated(finding.template, finding.params)}" for finding in item.verdict.findings
    )
    data = {
        "title": (_(TITLES[action]) % {"title": title, "process": process.name})[:200],
        "description": _("La prohibición empieza el %(day)s. %(findings)s")
        % {"day": shown_date(process.ban_start), "findings": findings},
        "due_on": due,
        "priority": Task.Priority.HIGH,
    }
    try:
        with transaction.atomic():
            record = BanSweepTask.objects.create(process=process, piece=piece, release=release, action=action)
            record.task = _task_for_first_who_can(data, owners, subject)
            record.save(update_fields=["task"])
    except IntegrityError:
        return 0  # another run recorded it first
    return 1


def _task_for_first_who_can(data, owners, subject) -> Task:
    """The first person in charge who can open the record gets the task; else it waits in the office's queue."""
    for owner in [person for person in owners if person is not None and person.is_active]:
        try:
            return task_create(actor=None, data={**data, "owner": owner}, subject=subject)
        except Refused:
            continue
    return task_create(actor=None, data={**data, "queue_role": roles.HEAD_OF_UNIT}, subject=subject)
