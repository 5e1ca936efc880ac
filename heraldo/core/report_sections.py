"""The sections of the monthly report: each module says what it did in a period.

A module registers a provider from its `report_section.py` (imported in its AppConfig.ready):

    @register_report_section("press", title=_("Prensa"), functions=(4, 11), position=30,
                             figures={"releases": _("Notas de prensa publicadas")})
    def press_section(period_start: date, period_end: date) -> SectionData: ...

The provider answers for the Lima dates [period_start, period_end] (both included) with its figures, charts, the
rows behind each figure (every row with the address of its item) and a first draft of the narrative built from
the figures. The core runs it for the previous period too and puts each figure beside its earlier value, so a
provider never computes comparisons itself. A module that is not installed registers nothing: the report has no
section for it, never an empty one.

`functions` names the office's functions (ROF, 1 to 18) the section gives account of; the declared `figures`
are the ones the POI targets can count from.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The office's functions as its ROF lists them (Unidad de Imagen Institucional).
OFFICE_FUNCTIONS: dict[int, Promise] = {
    1: gettext_lazy("Ceremonias, actos oficiales y protocolares"),
    2: gettext_lazy("Lineamientos de imagen municipal"),
    3: gettext_lazy("Coordinación intermunicipal e intersectorial"),
    4: gettext_lazy("Información a los vecinos por los medios de comunicación"),
    5: gettext_lazy("Coordinación con organismos e instituciones"),
    6: gettext_lazy("Acciones de información, comunicación, publicidad y relaciones públicas"),
    7: gettext_lazy("Información al Alcalde y al Gerente sobre publicaciones"),
    8: gettext_lazy("Estrategias de difusión y publicidad"),
    9: gettext_lazy("Apoyo en normas de protocolo"),
    10: gettext_lazy("Registro de entidades y personas representativas"),
    11: gettext_lazy("Boletines, revistas y otros medios de difusión"),
    12: gettext_lazy("Campañas publicitarias con las unidades orgánicas"),
    13: gettext_lazy("Evaluación de la opinión pública y acciones correctivas"),
    14: gettext_lazy("Seguimiento de la información de los medios"),
    15: gettext_lazy("Archivo de prensa de la Alcaldía"),
    16: gettext_lazy("Asistencia a eventos oficiales del Alcalde"),
    17: gettext_lazy("Informe mensual a la Alcaldía"),
    18: gettext_lazy("Otras funciones encargadas por Secretaría General y Alcaldía"),
}


@dataclass
class ItemRow:
    """One item behind a figure: what it is, when, and where it lives in Heraldo."""

    title: str
    url: str = ""
    when: str = ""  # dd/mm/yyyy (or dd/mm/yyyy HH:MM), already in Lima time
    detail: str = ""


# A table prints at most this many rows; past it, the report says how many there are and links to the module's
# own list (a month of press coverage can hold thousands of clippings).
TABLE_ROW_LIMIT = 200


@dataclass
class ItemTable:
    key: str
    title: str
    rows: list[ItemRow] = field(default_factory=list)
    total: int | None = None  # every item, when `rows` holds only the first TABLE_ROW_LIMIT
    more_url: str = ""  # the module's list of all of them


@dataclass
class Figure:
    key: str  # declared in the registration; its label comes from there
    value: int | float
    table: str = ""  # the ItemTable whose rows make this figure up
    label: str = ""
    previous: int | float | None = None


@dataclass
class Chart:
    key: str
    title: str
    labels: list[str]
    values: list[int | float]
    previous: list[int | float] | None = None  # the same categories in the previous period, when compared


@dataclass
class SectionData:
    figures: list[Figure] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    tables: list[ItemTable] = field(default_factory=list)
    draft: str = ""
    # Filled in by the core from the registration.
    key: str = ""
    title: str = ""
    functions: tuple[int, ...] = ()

    def as_dict(self) -> dict:
        return asdict(self)


SectionProvider = Callable[[date, date], SectionData]


@dataclass(frozen=True)
class SectionRegistration:
    key: str
    title: Promise | str
    functions: tuple[int, ...]
    position: int
    figures: Mapping[str, Promise | str]
    provider: SectionProvider


_SECTIONS: dict[str, SectionRegistration] = {}


def register_report_section(
    key: str,
    *,
    title: Promise | str,
    functions: tuple[int, ...],
    position: int,
    figures: Mapping[str, Promise | str],
) -> Callable[[SectionProvider], SectionProvider]:
    """Add a module's section to the monthly report; sections print in ascending `position`."""
    unknown = [number for number in functions if number not in OFFICE_FUNCTIONS]
    if unknown:
        raise ValueError(f"Report section {key!r} names functions the office does not have: {unknown}")

    def register(provider: SectionProvider) -> SectionProvider:
        if key in _SECTIONS:
            raise ValueError(f"The report section {key!r} is registered twice")
        _SECTIONS[key] = SectionRegistration(key, title, tuple(functions), position, dict(figures), provider)
        return provider

    return register


def registered_sections() -> list[SectionRegistration]:
    return sorted(_SECTIONS.values(), key=lambda registration: registration.position)


def countable_figures() -> list[tuple[str, str]]:
    """Every figure a POI activity may count from, as (`section.figure`, "Section: label")."""
    return [
        (f"{registration.key}.{figure_key}", f"{registration.title}: {label}")
        for registration in registered_sections()
        for figure_key, label in registration.figures.items()
    ]


# Periods ---------------------------------------------------------------------------------------------------------


def office_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def local_bounds(period_start: date, period_end: date) -> tuple[datetime, datetime]:
    """The instants [from, until) of the Lima days period_start..period_end: 23:30 on the last day is inside."""
    zone = office_zone()
    return (
        datetime.combine(period_start, time.min, tzinfo=zone),
        datetime.combine(period_end + timedelta(days=1), time.min, tzinfo=zone),
    )


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def is_whole_month(period_start: date, period_end: date) -> bool:
    return (
        period_start.day == 1
        and (period_start.year, period_start.month) == (period_end.year, period_end.month)
        and (period_end == month_bounds(period_start.year, period_start.month)[1])
    )


def previous_period(period_start: date, period_end: date) -> tuple[date, date]:
    """The month before a whole month; otherwise the same number of days just before."""
    if is_whole_month(period_start, period_end):
        last = period_start - timedelta(days=1)
        return month_bounds(last.year, last.month)
    length = (period_end - period_start).days + 1
    return period_start - timedelta(days=length), period_start - timedelta(days=1)


def next_period(period_start: date, period_end: date) -> tuple[date, date]:
    """The month after a whole month (for «next month's agenda»); otherwise the same number of days just after."""
    if is_whole_month(period_start, period_end):
        first = period_end + timedelta(days=1)
        return month_bounds(first.year, first.month)
    length = (period_end - period_start).days + 1
    return period_end + timedelta(days=1), period_end + timedelta(days=length)


# Compiling -------------------------------------------------------------------------------------------------------


def _number(value) -> int | float:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def compile_section(registration: SectionRegistration, period_start: date, period_end: date) -> SectionData:
    current = registration.provider(period_start, period_end)
    earlier = registration.provider(*previous_period(period_start, period_end))
    before = {figure.key: figure.value for figure in earlier.figures}
    for figure in current.figures:
        if figure.key not in registration.figures:
            raise ValueError(f"Report section {registration.key!r} answered an undeclared figure {figure.key!r}")
        figure.label = str(registration.figures[figure.key])
        figure.value = _number(figure.value)
        figure.previous = _number(before.get(figure.key, 0))
    for table in current.tables:
        if table.total is None:
            table.total = len(table.rows)
        del table.rows[TABLE_ROW_LIMIT:]
    current.key = registration.key
    current.title = str(registration.title)
    current.functions = registration.functions
    comparison = comparison_sentence(current.figures)
    current.draft = " ".join(part for part in (current.draft.strip(), comparison) if part)
    return current


def compile_sections(period_start: date, period_end: date) -> list[SectionData]:
    return [compile_section(registration, period_start, period_end) for registration in registered_sections()]


def change_label(value: int | float, previous: int | float | None) -> str:
    """«+3 (+25 %)», «sin cambio», «+4 (antes 0)»: how a figure moved against the previous period."""
    if previous is None:
        return ""
    difference = value - previous
    if difference == 0:
        return _("sin cambio")
    sign = "+" if difference > 0 else "−"
    amount = f"{sign}{_plain(abs(difference))}"
    if previous:
        return f"{amount} ({sign}{round(abs(difference) * 100 / previous)} %)"
    return _("%(amount)s (antes 0)") % {"amount": amount}


def _plain(value: int | float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def comparison_sentence(figures: list[Figure]) -> str:
    moved = [figure for figure in figures if figure.previous is not None and figure.value != figure.previous]
    if not figures:
        return ""
    if not moved:
        return _("Las cifras no cambian respecto del periodo anterior.")
    parts = [
        _("%(label)s: %(value)s frente a %(previous)s")
        % {
            "label": figure.label[:1].lower() + figure.label[1:],
            "value": _plain(figure.value),
            "previous": _plain(figure.previous or 0),
        }
        for figure in moved
    ]
    return _("Respecto del periodo anterior: %(parts)s.") % {"parts": "; ".join(parts)}
