"""Dashboards: daily figures a job keeps current, and the cards of figures and charts that read them.

Each module registers, from its own `dashboard.py` imported in its AppConfig.ready():

- metrics, with `register_metric("monitoring.clippings")`: a function that counts, for a range of Lima days,
  what happened on each day (split by a dimension such as the tone). The periodic step `dashboard-figures`
  recounts the last days into `DailyFigure`; `manage.py dashboard_backfill` recounts the past.
- cards, with `register_card("coverage", places=("home", "monitoring"), ...)`: a builder that turns the
  stored figures (and at most a few small indexed queries) into a strip of figures and one chart.

A page reads every figure its visible cards need in one query, whatever the size of the database; a card is
shown only to those its `visible` check lets see the module's data, and its chart's numbers can be downloaded
as CSV or Excel by the same people (heraldo.core.views.pages.dashboard_export).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, QuerySet
from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from heraldo.core.models import DailyFigure

# The last days the periodic step recounts: late clippings, corrected tones and closed tasks move figures of
# the past few days, seldom of older ones (the backfill command recounts those).
RECENT_DAYS = 8
# The trend charts show this many days up to today.
TREND_DAYS = 30
# How long a dashboard's rendered cards are reused by everyone who sees the same cards. The stored figures
# change every ten minutes at most; the few live counts on the cards (releases in review, open issues, the
# team's load) may lag by this much, the live lists beside them (agenda, approvals, alerts) never do.
CARDS_SECONDS = 60

MetricRows = Iterable[tuple[date, str, int]]
MetricCounter = Callable[[date, date], MetricRows]


@dataclass(frozen=True)
class Metric:
    code: str
    counter: MetricCounter
    # Days after today the periodic step also counts: the agenda's figures are about the days to come.
    ahead_days: int = 0


_METRICS: dict[str, Metric] = {}


def register_metric(code: str, *, ahead_days: int = 0) -> Callable[[MetricCounter], MetricCounter]:
    """Register how a daily figure is counted: `counter(first, last)` yields (Lima day, dimension, value)."""

    def register(counter: MetricCounter) -> MetricCounter:
        if code in _METRICS:
            raise ValueError(f"The metric {code!r} is registered twice")
        _METRICS[code] = Metric(code, counter, ahead_days)
        return counter

    return register


def metric_codes() -> list[str]:
    return sorted(_METRICS)


def lima_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """From Lima midnight of `first` to Lima midnight after `last`, as aware moments."""
    zone = timezone.get_default_timezone()
    return (
        datetime.combine(first, time.min, tzinfo=zone),
        datetime.combine(last + timedelta(days=1), time.min, tzinfo=zone),
    )


def count_by_lima_day(
    queryset: QuerySet, moment_field: str, first: date, last: date, *, dimension: str = ""
) -> list[tuple[date, str, int]]:
    """Rows of `queryset` whose `moment_field` falls on each Lima day from `first` to `last`, per `dimension`.

    One grouped query over the date range (served by the field's index); 23:30 in Lima counts on that day,
    though it is the next day in UTC."""
    start, end = lima_bounds(first, last)
    keys = ["figure_day", dimension] if dimension else ["figure_day"]
    rows = (
        queryset.filter(**{f"{moment_field}__gte": start, f"{moment_field}__lt": end})
        .annotate(figure_day=TruncDate(moment_field, tzinfo=timezone.get_default_timezone()))
        .order_by()
        .values(*keys)
        .annotate(n=Count("pk"))
    )
    return [(row["figure_day"], str(row[dimension] or "") if dimension else "", row["n"]) for row in rows]


def figures_recompute(first: date, last: date, *, metrics: Iterable[str] | None = None) -> int:
    """Count again each metric over the days from `first` to `last` and replace what was stored; returns rows."""
    stored = 0
    for code in sorted(metrics if metrics is not None else _METRICS):
        totals: dict[tuple[date, str], int] = defaultdict(int)
        for day, dimension, value in _METRICS[code].counter(first, last):
            if first <= day <= last:
                totals[(day, dimension)] += value
        with transaction.atomic():
            DailyFigure.objects.filter(metric=code, day__gte=first, day__lte=last).delete()
            DailyFigure.objects.bulk_create(
                [
                    DailyFigure(metric=code, day=day, dimension=dimension[:60], value=value)
                    for (day, dimension), value in sorted(totals.items())
                    if value
                ],
                batch_size=1_000,
            )
        stored += sum(1 for value in totals.values() if value)
    return stored


def figures_refresh_recent(*, today: date | None = None) -> int:
    """The periodic step: the last RECENT_DAYS Lima days of every metric, today included."""
    today = today or timezone.localdate()
    first = today - timedelta(days=RECENT_DAYS - 1)
    return sum(
        figures_recompute(first, today + timedelta(days=metric.ahead_days), metrics=[metric.code])
        for metric in _METRICS.values()
    )


def figures_backfill(first: date, last: date, *, metrics: Iterable[str] | None = None) -> int:
    """Recount a long period a month at a time, so no transaction holds the database for long; each metric
    also counts its days ahead of `last`."""
    stored = 0
    for code in sorted(metrics if metrics is not None else _METRICS):
        start, end_of_all = first, last + timedelta(days=_METRICS[code].ahead_days)
        while start <= end_of_all:
            end = min(start + timedelta(days=30), end_of_all)
            stored += figures_recompute(start, end, metrics=[code])
            start = end + timedelta(days=1)
    return stored


# ----------------------------------------------------------------------------------------------- reading


@dataclass
class FigureBook:
    """The stored figures of some metrics over a range of days, read in one query."""

    first: date
    last: date
    values: dict[str, dict[date, dict[str, int]]] = field(default_factory=dict)
    updated_at: datetime | None = None

    def _days(self, metric: str, first: date, last: date):
        for day, by_dimension in self.values.get(metric, {}).items():
            if first <= day <= last:
                yield day, by_dimension

    def total(self, metric: str, first: date, last: date, *, dimension: str | None = None) -> int:
        return sum(
            sum(by_dimension.values()) if dimension is None else by_dimension.get(dimension, 0)
            for _day, by_dimension in self._days(metric, first, last)
        )

    def by_dimension(self, metric: str, first: date, last: date) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for _day, by_dimension in self._days(metric, first, last):
            for dimension, value in by_dimension.items():
                totals[dimension] += value
        return dict(totals)

    def daily(self, metric: str, first: date, last: date, *, dimension: str | None = None) -> list[int]:
        """One value per day from `first` to `last` (zero on days with nothing)."""
        days = self.values.get(metric, {})
        values = []
        day = first
        while day <= last:
            by_dimension = days.get(day, {})
            values.append(sum(by_dimension.values()) if dimension is None else by_dimension.get(dimension, 0))
            day += timedelta(days=1)
        return values


def read_figures(metrics: Iterable[str], first: date, last: date) -> FigureBook:
    book = FigureBook(first, last)
    codes = sorted(set(metrics))
    if not codes:
        return book
    rows = DailyFigure.objects.filter(metric__in=codes, day__gte=first, day__lte=last).values_list(
        "metric", "day", "dimension", "value", "computed_at"
    )
    for metric, day, dimension, value, computed_at in rows:
        book.values.setdefault(metric, {}).setdefault(day, {})[dimension] = value
        if book.updated_at is None or computed_at > book.updated_at:
            book.updated_at = computed_at
    return book


# ------------------------------------------------------------------------------------------------- cards


@dataclass(frozen=True)
class Figure:
    label: Promise | str
    value: int | str
    url: str = ""
    # A Bootstrap text colour for the value: "success", "danger", "warning-emphasis" or "" for the body colour.
    emphasis: str = ""
    note: Promise | str = ""

    @property
    def is_text(self) -> bool:
        """A name (the main topic) rather than a number: shown smaller, so a long one fits a phone."""
        return isinstance(self.value, str) and not self.value.lstrip("+-").isdigit()


@dataclass(frozen=True)
class Series:
    label: Promise | str
    values: list[int]
    # A name the chart script turns into a colour: positive, negative, neutral, accent, warning, muted.
    color: str = "accent"


@dataclass
class Chart:
    kind: str  # "bar", "line" or "doughnut"
    label_header: Promise | str  # the table's first column: "Día", "Tema", "Persona"…
    labels: list[str]
    series: list[Series]
    stacked: bool = False
    horizontal: bool = False

    def header(self) -> list[str]:
        return [str(self.label_header), *(str(series.label) for series in self.series)]

    def rows(self) -> list[list[object]]:
        return [[label, *(series.values[i] for series in self.series)] for i, label in enumerate(self.labels)]

    def json(self) -> str:
        """What the chart script reads, from the canvas's data-chart attribute (the CSP allows no inline code)."""
        import json

        return json.dumps(self.data(), ensure_ascii=False)

    def data(self) -> dict:
        return {
            "kind": self.kind,
            "labels": [str(label) for label in self.labels],
            "series": [
                {"label": str(series.label), "values": series.values, "color": series.color} for series in self.series
            ],
            "stacked": self.stacked,
            "horizontal": self.horizontal,
        }


@dataclass
class Card:
    key: str
    title: Promise | str
    icon: str
    figures: list[Figure] = field(default_factory=list)
    chart: Chart | None = None
    chart_title: Promise | str = ""
    action_url: str = ""
    action_label: Promise | str = ""
    empty_text: Promise | str = ""
    # The wide cards take a whole row on large screens (a chart of people or days needs the width).
    wide: bool = False


@dataclass(frozen=True)
class DashboardDay:
    """What a card builder works from: the moment, the Lima days that frame the figures and the figures."""

    now: datetime
    today: date
    month_first: date
    month_last: date
    trend_first: date
    book: FigureBook
    user: object

    @classmethod
    def at(cls, now: datetime, user, metrics: Iterable[str]) -> DashboardDay:
        today = timezone.localtime(now).date()
        month_first = today.replace(day=1)
        month_last = (month_first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        trend_first = today - timedelta(days=TREND_DAYS - 1)
        book = read_figures(metrics, min(month_first, trend_first), month_last)
        return cls(now, today, month_first, month_last, trend_first, book, user)

    def month_days(self) -> list[date]:
        return [self.month_first + timedelta(days=n) for n in range((self.month_last - self.month_first).days + 1)]

    def trend_days(self) -> list[date]:
        return [self.trend_first + timedelta(days=n) for n in range(TREND_DAYS)]


CardBuilder = Callable[[DashboardDay], Card | None]


@dataclass(frozen=True)
class CardSpec:
    key: str
    places: tuple[str, ...]
    position: int
    metrics: tuple[str, ...]
    visible: Callable[[object], bool]
    builder: CardBuilder


_CARDS: dict[str, CardSpec] = {}

# Where cards show: the home page and each module's home.
HOME = "home"


def register_card(
    key: str,
    *,
    places: tuple[str, ...],
    position: int,
    visible: Callable[[object], bool],
    metrics: tuple[str, ...] = (),
) -> Callable[[CardBuilder], CardBuilder]:
    """Add a card to the dashboards of `places`, in ascending `position`, for the users `visible` accepts.

    `metrics` are the stored figures the builder reads; they are read for all the page's cards at once."""

    def register(builder: CardBuilder) -> CardBuilder:
        if key in _CARDS:
            raise ValueError(f"The dashboard card {key!r} is registered twice")
        _CARDS[key] = CardSpec(key, places, position, metrics, visible, builder)
        return builder

    return register


def _visible_specs(user, place: str) -> list[CardSpec]:
    return sorted(
        (spec for spec in _CARDS.values() if place in spec.places and spec.visible(user)),
        key=lambda spec: (spec.position, spec.key),
    )


def dashboard_cards(user, place: str, now: datetime | None = None) -> list[Card]:
    """The cards of `place` this user may see, built from one read of the stored figures."""
    specs = _visible_specs(user, place)
    if not specs:
        return []
    day = DashboardDay.at(now or timezone.now(), user, [metric for spec in specs for metric in spec.metrics])
    cards = [spec.builder(day) for spec in specs]
    return [card for card in cards if card is not None]


def dashboard_html(user, place: str, *, card_columns: str = "") -> SafeString:
    """The cards of `place` as HTML, shared for CARDS_SECONDS by everyone who may see the same cards.

    No card depends on who looks beyond which cards they may see, so the key is that set (with the language
    and the Lima day); a page view then costs one cache read instead of the figures' query and the charts'
    tables."""
    from django.template.loader import render_to_string

    keys = [spec.key for spec in _visible_specs(user, place)]
    if not keys:
        return mark_safe("")  # noqa: S308  nothing to show
    cache_key = f"heraldo:dashboard:{place}:{card_columns}:{get_language()}:{timezone.localdate()}:{'.'.join(keys)}"
    html = cache.get(cache_key)
    if html is None:
        cards = dashboard_cards(user, place)
        # A module's own home needs no link to open that module: the cards' links are for the home page.
        context = {"cards": cards, "card_columns": card_columns, "with_actions": place == HOME}
        html = render_to_string("core/_dashboard.html", context)
        cache.set(cache_key, html, CARDS_SECONDS)
    return mark_safe(html)  # noqa: S308  rendered by the template engine, which escaped every value


def card_for_export(user, key: str, now: datetime | None = None) -> Card:
    """One card with a chart, for downloading its numbers: 404 if there is no such chart, 403 if not allowed."""
    spec = _CARDS.get(key)
    if spec is None:
        raise Http404
    if not spec.visible(user):
        raise PermissionDenied
    card = spec.builder(DashboardDay.at(now or timezone.now(), user, spec.metrics))
    if card is None or card.chart is None:
        raise Http404
    return card


def percent(part: int, whole: int) -> int:
    """A whole percentage, 0 when there is nothing to divide."""
    return round(100 * part / whole) if whole else 0


def short_days(days: Iterable[date]) -> list[str]:
    """Chart labels for days: 05/12 (the year is in the card's title)."""
    return [f"{day:%d/%m}" for day in days]


def daily_stacked_chart(book: FigureBook, metric: str, days: list[date], parts) -> Chart:
    """One bar a day, split by the metric's dimension: `parts` are (dimension, label, colour) in stacking order."""
    return Chart(
        "bar",
        _("Día"),
        short_days(days),
        [
            Series(label, book.daily(metric, days[0], days[-1], dimension=dimension), colour)
            for dimension, label, colour in parts
        ],
        stacked=True,
    )
