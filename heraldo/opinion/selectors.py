"""Reading Opinión pública: the semáforo per topic and sector from the daily aggregates, and the evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Q, QuerySet, Sum
from django.utils.translation import gettext_lazy as _

from heraldo.monitoring.models import Topic
from heraldo.opinion.models import OpinionIssue, ResidentMessage, Sector, Signal, SignalDay

# A cell turns red when at least half of what is said is negative, or negative signals grew by half over the
# previous period, in both cases with at least MIN_NEGATIVE negative signals (one angry post is not a crisis).
RED_SHARE, AMBER_SHARE = 0.5, 0.3
RED_GROWTH, AMBER_GROWTH = 0.5, 0.25
MIN_NEGATIVE = 3.0
MIN_NEGATIVE_AMBER = 2.0


@dataclass
class Cell:
    topic_id: int
    sector_id: int
    topic: str
    sector: str
    count: int
    total: float
    negative: float
    previous_negative: float
    colour: str = "green"
    reasons: list[str] = field(default_factory=list)

    @property
    def negative_share(self) -> float:
        return self.negative / self.total if self.total else 0.0

    @property
    def negative_percent(self) -> int:
        return round(100 * self.negative_share)

    @property
    def growth(self) -> float | None:
        """Negative signals against the previous period of the same length; None when there were none."""
        if not self.previous_negative:
            return None
        return (self.negative - self.previous_negative) / self.previous_negative

    @property
    def growth_percent(self) -> int | None:
        growth = self.growth
        return None if growth is None else round(100 * growth)


def _judge(cell: Cell) -> Cell:
    share, growth = cell.negative_share, cell.growth
    enough = cell.negative >= MIN_NEGATIVE
    if enough and share >= RED_SHARE:
        cell.colour = "red"
        cell.reasons.append(str(_("La mitad o más de lo dicho es negativo.")))
    if enough and growth is not None and growth >= RED_GROWTH:
        cell.colour = "red"
        cell.reasons.append(str(_("Lo negativo creció la mitad o más frente al periodo anterior.")))
    if enough and not cell.previous_negative and cell.colour != "red" and share >= AMBER_SHARE:
        cell.reasons.append(str(_("Aparecen señales negativas que antes no había.")))
    if (
        cell.colour != "red"
        and cell.negative >= MIN_NEGATIVE_AMBER
        and (share >= AMBER_SHARE or (growth is not None and growth >= AMBER_GROWTH))
    ):
        cell.colour = "amber"
        if not cell.reasons:
            cell.reasons.append(str(_("Lo negativo es notable o va en aumento.")))
    return cell


_COLOUR_ORDER = {"red": 0, "amber": 1, "green": 2}


def semaforo(*, end: date, days: int = 30, topic_id: int | None = None, sector_id: int | None = None) -> list[Cell]:
    """One cell per topic and sector with signals in the period ending on `end`, judged against the previous
    period of the same length; the worst first. Reads the daily aggregates only."""
    start = end - timedelta(days=days - 1)
    previous_start = start - timedelta(days=days)
    rows = SignalDay.objects.filter(day__gte=previous_start, day__lte=end)
    if topic_id is not None:
        rows = rows.filter(topic_key=topic_id)
    if sector_id is not None:
        rows = rows.filter(sector_key=sector_id)
    current = Q(day__gte=start)
    totals = (
        rows.values("topic_key", "sector_key")
        .annotate(
            period_count=Sum("count", filter=current),
            period_total=Sum("total", filter=current),
            period_negative=Sum("negative", filter=current),
            before_negative=Sum("negative", filter=~current),
        )
        .order_by()
    )
    topics = dict(Topic.objects.values_list("pk", "name"))
    sectors = dict(Sector.objects.values_list("pk", "name"))
    cells = [
        _judge(
            Cell(
                topic_id=row["topic_key"],
                sector_id=row["sector_key"],
                topic=topics.get(row["topic_key"], str(_("Sin tema"))),
                sector=sectors.get(row["sector_key"], str(_("Todo el distrito"))),
                count=row["period_count"] or 0,
                total=row["period_total"] or 0.0,
                negative=row["period_negative"] or 0.0,
                previous_negative=row["before_negative"] or 0.0,
            )
        )
        for row in totals
        if row["period_count"]
    ]
    cells.sort(key=lambda c: (_COLOUR_ORDER[c.colour], -c.negative, c.topic, c.sector))
    return cells


def signals_of_cell(
    *, start: date, end: date, topic_id: int | None = None, sector_id: int | None = None, tone: str = ""
) -> QuerySet[Signal]:
    """The evidence behind a colour: the signals of a topic and sector in the period, newest first.
    An id of 0 means "no topic" or "no sector", as in the aggregates."""
    signals = Signal.objects.filter(occurred_on__gte=start, occurred_on__lte=end).select_related("topic", "sector")
    if topic_id is not None:
        signals = signals.filter(topic__isnull=True) if topic_id == 0 else signals.filter(topic_id=topic_id)
    if sector_id is not None:
        signals = signals.filter(sector__isnull=True) if sector_id == 0 else signals.filter(sector_id=sector_id)
    if tone:
        signals = signals.filter(tone=tone)
    return signals.order_by("-occurred_on", "-pk")


def message_inbox(*, status: str = "", kind: str = "") -> QuerySet[ResidentMessage]:
    messages = ResidentMessage.objects.select_related("topic", "sector")
    if status:
        messages = messages.filter(status=status)
    if kind:
        messages = messages.filter(kind=kind)
    return messages.order_by("-created_at", "-pk")


def message_by_code(code: str) -> ResidentMessage | None:
    """The message a resident follows with its code; spaces and case forgiven."""
    cleaned = "".join(code.split()).upper()
    if not cleaned.startswith("VC-"):
        cleaned = f"VC-{cleaned}" if len(cleaned) == 11 else cleaned
    return ResidentMessage.objects.filter(tracking_code=cleaned).first()


@dataclass
class IssueEffect:
    before: float  # negative weight in the two weeks before the issue opened
    since: float  # in the last two weeks (or the two weeks before it closed)

    @property
    def change_percent(self) -> int | None:
        return None if not self.before else round(100 * (self.since - self.before) / self.before)


EFFECT_DAYS = 14


def issue_effect(issue: OpinionIssue, *, today: date) -> IssueEffect:
    """The signal before and after: what the office shows the Mayor when the actions are done."""
    rows = SignalDay.objects.filter(topic_key=issue.topic_id or 0, sector_key=issue.sector_id or 0)
    end = issue.closed_on or today
    before = rows.filter(day__gte=issue.opened_on - timedelta(days=EFFECT_DAYS), day__lt=issue.opened_on)
    since = rows.filter(day__gt=end - timedelta(days=EFFECT_DAYS), day__lte=end)
    return IssueEffect(
        before=before.aggregate(total=Sum("negative"))["total"] or 0.0,
        since=since.aggregate(total=Sum("negative"))["total"] or 0.0,
    )


def open_issues() -> QuerySet[OpinionIssue]:
    return (
        OpinionIssue.objects.exclude(status=OpinionIssue.Status.CLOSED)
        .select_related("topic", "sector")
        .order_by("-opened_on", "-pk")
    )


@dataclass
class SectorState:
    sector: Sector
    colour: str  # red, amber, green, or "none" when nothing was said of the sector in the period
    worst: Cell | None
    count: int
    negative_percent: int


def sector_states(*, end: date, days: int = 30, topic_id: int | None = None) -> list[SectorState]:
    """Each active sector with the worst colour of its topics in the period (the map and its table)."""
    cells = semaforo(end=end, days=days, topic_id=topic_id)
    by_sector: dict[int, list[Cell]] = {}
    for cell in cells:
        by_sector.setdefault(cell.sector_id, []).append(cell)
    states = []
    for sector in Sector.objects.filter(is_active=True).order_by("name"):
        own = by_sector.get(sector.pk, [])
        worst = min(own, key=lambda c: (_COLOUR_ORDER[c.colour], -c.negative)) if own else None
        total = sum(c.total for c in own)
        states.append(
            SectorState(
                sector=sector,
                colour=worst.colour if worst else "none",
                worst=worst,
                count=sum(c.count for c in own),
                negative_percent=round(100 * sum(c.negative for c in own) / total) if total else 0,
            )
        )
    return states


def recommendations_waiting() -> QuerySet[OpinionIssue]:
    """Recommendations to the Mayor still waiting for the head of unit or Alcaldía."""
    return (
        OpinionIssue.objects.filter(recommendation_status__in=["POR_JEFATURA", "POR_ALCALDIA"])
        .select_related("topic", "sector")
        .order_by("-opened_on", "-pk")
    )
