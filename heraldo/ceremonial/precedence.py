"""The precedence engine: who presides an official act, where every authority sits,
who speaks when, who raises which flag.

Pure Python (no Django): the protocol office's rules as functions of frozen inputs.
The rule codes (PR-xx presidency, PL-xx placement, SP-xx speeches, SY-xx symbols)
are those of the domain note `peru-protocol-and-law.md`, section 3; JU-01/JU-02
are this module's names for the swearing-in sequence of section 4, example 20
(Ley 26997 art. 6). Every decision is recorded in the plan as an `AppliedRule` or
a `ProtocolWarning`, so the office can see why a seat was given.

The precedence table is data: the provisional table P (`PROVISIONAL_TABLE_ROWS`)
is an interpretation to be replaced by the official *Cuadro de Precedencias*
(D.S. 100-2005-RE) once transcribed. Whether the General or the Regional *cuadro*
applies to an act is the caller's choice of `table`.

Ranking (one sort key, compared group by group):

1. level: the office's rank in the table valid on the event date (PR-01);
   offices missing from the table go last;
2. representatives after the holders of the represented level (PR-04, only in
   `END_OF_REPRESENTED_LEVEL` mode);
3. holders outside their jurisdiction after those inside it (PR-05 for
   territorial offices; PR-06.1 for other offices whose seat is known);
4. the table's internal order within a level, e.g. the ministries (PR-02);
5. holders before those ranked by a represented office (PR-04);
6. the office-class order: regidores by list order, armed forces and police by
   grade, branch and seniority, congress members, mayors (PR-06.2);
7. earlier assumption of office (PR-06.3), older age (PR-06.4), surname (PR-06.5).

Sex never enters the key (PR-03); it only chooses the grammatical form of titles.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from heraldo.ceremonial.placement import (
    EvenTableMode,
    Side,
    front_row_place,
    orders_by_seat,
)

# --------------------------------------------------------------------------- inputs


class Status(StrEnum):
    """How an attendee holds the office (*condición*)."""

    TITULAR = "TITULAR"
    ENCARGADO = "ENCARGADO"  # interim holder formally in charge: full rank (PR-03)
    REPRESENTANTE = "REPRESENTANTE"  # stands in for another authority (PR-04)


class Sex(StrEnum):
    """Only used to choose the grammatical form of a title."""

    FEMALE = "FEMALE"
    MALE = "MALE"
    UNSPECIFIED = "UNSPECIFIED"


class OfficeClass(StrEnum):
    """Family of offices, which decides the class-specific tiebreak (PR-06.2).

    Declaration order also orders the classes where one level of the table mixes
    them (in table P only level 21: judges and fiscales before the police and
    military chiefs, as the note lists them).
    """

    HEAD_OF_STATE = "HEAD_OF_STATE"  # presides every act (PR-08)
    GENERAL = "GENERAL"
    CONGRESS = "CONGRESS"
    MAYOR = "MAYOR"
    COUNCIL = "COUNCIL"  # Teniente Alcalde and regidores
    ARMED_FORCES = "ARMED_FORCES"  # FF.AA. and PNP


class Branch(StrEnum):
    """At equal grade the FF.AA. precede the PNP, in this order (PR-06.2)."""

    EJERCITO = "EJERCITO"
    MARINA = "MARINA"
    FUERZA_AEREA = "FUERZA_AEREA"
    PNP = "PNP"


class RepresentationMode(StrEnum):
    """Where a representative ranks (PR-04)."""

    OWN_RANK = "OWN_RANK"
    END_OF_REPRESENTED_LEVEL = "END_OF_REPRESENTED_LEVEL"
    REPRESENTED_RANK = "REPRESENTED_RANK"


class EventClass(StrEnum):
    SESION_SOLEMNE = "SESION_SOLEMNE"
    CEREMONIA_CIVICA = "CEREMONIA_CIVICA"
    IZAMIENTO = "IZAMIENTO"
    INAUGURACION = "INAUGURACION"
    ACTO_OFICIAL = "ACTO_OFICIAL"
    TE_DEUM = "TE_DEUM"
    JURAMENTACION = "JURAMENTACION"


class Emblem(StrEnum):
    """A flag or anthem, in hierarchical order: national, regional, the host's."""

    NATIONAL = "NATIONAL"
    REGIONAL = "REGIONAL"
    MUNICIPAL = "MUNICIPAL"


@dataclass(frozen=True)
class PrecedenceRow:
    """One office of a precedence table, valid from `valid_from` to `valid_to`
    inclusive (None: open-ended)."""

    office_code: str
    rank: int  # lower is higher precedence; equal ranks form one level
    label: str
    legal_source: str
    label_feminine: str = ""
    suborder: int = 0  # official order inside the level (PR-02)
    office_class: OfficeClass = OfficeClass.GENERAL
    territorial: bool = False  # preeminent only inside its jurisdiction (PR-05)
    head_table_eligible: bool = True  # PL-04
    valid_from: date | None = None
    valid_to: date | None = None

    def __post_init__(self) -> None:
        if not self.office_code or not self.label:
            raise ValueError("A precedence row needs an office code and a label.")
        if self.rank < 1:
            raise ValueError(f"{self.office_code}: rank must be 1 or more.")
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise ValueError(f"{self.office_code}: valid_from is after valid_to.")

    def is_valid_on(self, day: date) -> bool:
        starts = self.valid_from is None or self.valid_from <= day
        return starts and (self.valid_to is None or day <= self.valid_to)

    def label_for(self, sex: Sex) -> str:
        if sex is Sex.FEMALE and self.label_feminine:
            return self.label_feminine
        return self.label


@dataclass(frozen=True)
class PrecedenceTable:
    """A versioned precedence table: an office has at most one row valid a day."""

    rows: tuple[PrecedenceRow, ...]
    _by_code: dict[str, tuple[PrecedenceRow, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_code: dict[str, list[PrecedenceRow]] = {}
        for row in self.rows:
            by_code.setdefault(row.office_code, []).append(row)
        for code, rows in by_code.items():
            rows.sort(key=lambda row: row.valid_from or date.min)
            for earlier, later in zip(rows, rows[1:], strict=False):
                later_start = later.valid_from or date.min
                if earlier.valid_to is None or later_start <= earlier.valid_to:
                    raise ValueError(f"{code}: two rows are valid on the same day.")
        frozen = {code: tuple(rows) for code, rows in by_code.items()}
        object.__setattr__(self, "_by_code", frozen)

    def row_for(self, office_code: str, day: date) -> PrecedenceRow | None:
        rows = self._by_code.get(office_code, ())
        return next((row for row in rows if row.is_valid_on(day)), None)

    def rows_on(self, day: date) -> tuple[PrecedenceRow, ...]:
        return tuple(row for row in self.rows if row.is_valid_on(day))


def precedence_table_from_rows(
    rows: Iterable[Mapping[str, Any] | PrecedenceRow],
) -> PrecedenceTable:
    """Build a table from `PrecedenceRow`s or plain mappings (field names as keys,
    `office_class` as its string value), e.g. `PROVISIONAL_TABLE_ROWS` or rows
    read from the database."""
    built = []
    for row in rows:
        if isinstance(row, PrecedenceRow):
            built.append(row)
            continue
        values = dict(row)
        values["office_class"] = OfficeClass(values.get("office_class", OfficeClass.GENERAL))
        built.append(PrecedenceRow(**values))
    return PrecedenceTable(rows=tuple(built))


@dataclass(frozen=True)
class Representation:
    """The authority a representative stands in for (PR-04)."""

    office_code: str
    entity: str
    jurisdiction: str | None = None  # ubigeo prefix of the represented office
    person_name: str = ""


@dataclass(frozen=True)
class Attendee:
    """An authority attending the act (domain note 3.1).

    `jurisdiction` is the ubigeo prefix of the office's territory or seat: two
    digits for a region, four for a province, six for a district; for congress
    members, their electoral region. `military_grade` is one scale shared by the
    FF.AA. and the PNP, higher meaning more senior (the registry maps grade names
    onto it). `sort_name` (surname first) defaults to `display_name`.
    """

    id: str
    display_name: str
    office_code: str
    entity: str = ""
    status: Status = Status.TITULAR
    represents: Representation | None = None
    sex: Sex = Sex.UNSPECIFIED
    jurisdiction: str | None = None
    list_order: int | None = None  # regidores: order in the JEE proclamation
    mesa_directiva: bool = False  # congress members
    military_branch: Branch | None = None
    military_grade: int | None = None
    date_of_grade: date | None = None
    date_assumed_office: date | None = None
    birth_date: date | None = None
    jurisdiction_population: int | None = None  # mayors of the same level
    jurisdiction_created: date | None = None
    sort_name: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("An attendee needs an id.")
        if (self.status is Status.REPRESENTANTE) != (self.represents is not None):
            raise ValueError(f"{self.id}: exactly the representatives say whom they represent.")
        for ubigeo in (
            self.jurisdiction,
            getattr(self.represents, "jurisdiction", None),
        ):
            if ubigeo is not None:
                _check_ubigeo(ubigeo)


@dataclass(frozen=True)
class Organiser:
    """An organising entity and the office code of its head (e.g. its mayor)."""

    entity: str
    head_office: str


@dataclass(frozen=True)
class Host:
    """Who organises the act and where it takes place."""

    organiser: Organiser
    venue_ubigeo: str  # six-digit ubigeo of the venue's district
    co_organiser: Organiser | None = None  # PR-11

    def __post_init__(self) -> None:
        _check_ubigeo(self.venue_ubigeo)


@dataclass(frozen=True)
class ProtocolOptions:
    """The act's protocol choices and the office's configuration.

    `head_table_size` None: the act has no head table nor standing line (e.g. a
    swearing-in) and everybody goes to the front rows. `speakers`, `protagonists`,
    `orator` (*discurso de orden*), `reader` (*lectura*), `courtesy_cession_to`
    and `welcome_speaker` are attendee ids. Officials not normally eligible for
    the head table become eligible as speakers or protagonists (PL-04).
    `welcome_by_council` applies only when the host presides (SP-04), and
    `welcome_speaker` overrides its default, the first regidor in precedence.
    `flag_raising` adds flag bearers to acts other than an *izamiento*, which
    always has them.
    """

    event_class: EventClass = EventClass.ACTO_OFICIAL
    head_table_size: int | None = 5
    speakers: tuple[str, ...] = ()
    protagonists: tuple[str, ...] = ()
    orator: str | None = None
    reader: str | None = None
    courtesy_cession_to: str | None = None
    welcome_by_council: bool = False
    welcome_speaker: str | None = None
    representation_mode: RepresentationMode = RepresentationMode.OWN_RANK
    courtesy_host_position: int = 2
    even_table_mode: EvenTableMode = EvenTableMode.SHARED_CENTRE
    front_row_seats_per_side: int = 8
    flags: tuple[Emblem, ...] = (Emblem.NATIONAL, Emblem.REGIONAL, Emblem.MUNICIPAL)
    flag_raising: bool = False
    local_anthems: tuple[Emblem, ...] = ()
    local_anthems_at_end: bool = False
    national_mourning: bool = False

    def __post_init__(self) -> None:
        if self.head_table_size is not None and self.head_table_size < 1:
            raise ValueError("head_table_size must be at least 1.")
        if self.courtesy_host_position not in (2, 3):
            raise ValueError("courtesy_host_position must be 2 or 3.")
        if self.front_row_seats_per_side < 1:
            raise ValueError("front_row_seats_per_side must be at least 1.")
        if self.welcome_speaker is not None and not self.welcome_by_council:
            raise ValueError("welcome_speaker needs welcome_by_council.")
        for emblems in (self.flags, self.local_anthems):
            if len(set(emblems)) != len(emblems):
                raise ValueError("flags and local_anthems must not repeat an emblem.")
        if Emblem.NATIONAL in self.local_anthems:
            raise ValueError("The national anthem is always sung: list local ones.")


# -------------------------------------------------------------------------- outputs


class SpeechKind(StrEnum):
    WELCOME = "WELCOME"
    READING = "READING"
    ORATION = "ORATION"  # discurso de orden
    SPEECH = "SPEECH"
    CLOSING = "CLOSING"


class Formation(StrEnum):
    SEATED = "SEATED"
    STANDING = "STANDING"  # a line facing the audience (PL-05)


class AnthemMoment(StrEnum):
    AFTER_PRESIDENCY = "AFTER_PRESIDENCY"  # once the presidency is installed
    CLOSING = "CLOSING"


@dataclass(frozen=True)
class Seat:
    """A place at the head table.

    `seat` counts from the audience's left (PL-01); `offset` is relative to the
    presider's seat, negative towards the presider's right; `order` is the
    precedence order at the table, 1 being the presider.
    """

    seat: int
    offset: int
    order: int
    attendee_id: str
    title: str


@dataclass(frozen=True)
class FrontRowSeat:
    order: int
    side: Side
    row: int
    seat_from_aisle: int
    attendee_id: str
    title: str


@dataclass(frozen=True)
class SpeechSlot:
    kind: SpeechKind
    attendee_id: str | None  # None: still to be designated
    title: str


@dataclass(frozen=True)
class Oath:
    sworn_id: str
    administered_by_id: str


@dataclass(frozen=True)
class FlagPosition:
    emblem: Emblem
    position: int  # from the audience's left


@dataclass(frozen=True)
class FlagAssignment:
    emblem: Emblem
    attendee_id: str | None
    half_mast: bool


@dataclass(frozen=True)
class Anthem:
    emblem: Emblem
    moment: AnthemMoment


@dataclass(frozen=True)
class AppliedRule:
    rule: str
    message: str
    attendee_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProtocolWarning:
    code: str  # stable and dotted, e.g. "presidency.cession_suggested"
    rule: str
    message: str
    attendee_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProtocolPlan:
    presider_id: str
    presidency_rule: str
    precedence: tuple[str, ...]  # every attendee, in this act's order of precedence
    head_table: tuple[Seat, ...]  # from the audience's left to right
    formation: Formation
    lectern: Side | None
    front_rows: tuple[FrontRowSeat, ...]
    speeches: tuple[SpeechSlot, ...]
    greeting_order: tuple[str, ...]
    oaths: tuple[Oath, ...]
    flags: tuple[FlagPosition, ...]
    flag_raising: tuple[FlagAssignment, ...]
    anthems: tuple[Anthem, ...]
    marcha_de_banderas_for: str | None
    applied: tuple[AppliedRule, ...]
    warnings: tuple[ProtocolWarning, ...]

    @property
    def rule_codes(self) -> frozenset[str]:
        return frozenset(item.rule for item in (*self.applied, *self.warnings))

    @property
    def warning_codes(self) -> frozenset[str]:
        return frozenset(warning.code for warning in self.warnings)


# ----------------------------------------------------------------------- the engine


def compute_protocol(
    *,
    attendees: Sequence[Attendee],
    host: Host,
    event_date: date,
    table: PrecedenceTable,
    options: ProtocolOptions,
) -> ProtocolPlan:
    """Compute the protocol plan of one act. Raises ValueError on bad input."""
    _check_references(attendees, options)
    log = _Log()
    log.apply(
        "PR-01",
        f"Cuadro de precedencias vigente al {event_date:%d/%m/%Y}: {len(table.rows_on(event_date))} cargos.",
    )
    venue, mode = host.venue_ubigeo, options.representation_mode
    # Attendees are taken in id order so the plan, traces included, does not
    # depend on the order the caller listed them in.
    standings = [_standing(a, table, event_date, venue, mode, log) for a in sorted(attendees, key=lambda a: a.id)]
    ranked = sorted(standings, key=lambda s: s.key)
    _trace_tiebreaks(ranked, log)

    presidency = _presidency(ranked, host, options, log)
    members = _head_table_members(ranked, presidency, options, log)
    head_table = _seats(members, presidency, options, log)
    presider = presidency.presider
    audience = [presider, *(s for s in ranked if s is not presider)]
    front_rows = _front_rows([s for s in audience if s not in members], options, log)
    formation = Formation.SEATED
    if options.event_class is EventClass.IZAMIENTO and members:
        formation = Formation.STANDING
        log.apply(
            "PL-05",
            "Formación de pie frente al público, con la alternancia de la mesa.",
        )
    lectern = Side.AUDIENCE_RIGHT if members else None
    if lectern:
        log.apply("PL-07", "Atril a la izquierda de la presidencia (derecha del público).")
    speeches = _speeches(ranked, host, presidency, options, log)
    greeting = (
        presider.id,
        *(s.id for s in members[1:]),
        *(r.attendee_id for r in front_rows if r.attendee_id != presider.id),
    )
    log.apply("SP-07", "Saludo protocolar en el orden calculado, la presidencia primero.")
    oaths = _oaths(ranked, host, presidency, options, log)
    flags = _flag_positions(options, log)
    flag_raising = _flag_raising(standings, host, options, log)
    anthems = _anthems(options, log)
    marcha = _marcha_de_banderas(ranked, log)
    _check_symbols(ranked, host, event_date, options, log)

    return ProtocolPlan(
        presider_id=presider.id,
        presidency_rule=presidency.rule,
        precedence=tuple(s.id for s in ranked),
        head_table=head_table,
        formation=formation,
        lectern=lectern,
        front_rows=front_rows,
        speeches=speeches,
        greeting_order=greeting,
        oaths=oaths,
        flags=flags,
        flag_raising=flag_raising,
        anthems=anthems,
        marcha_de_banderas_for=marcha,
        applied=tuple(log.applied),
        warnings=tuple(log.warnings),
    )


class _Log:
    def __init__(self) -> None:
        self.applied: list[AppliedRule] = []
        self.warnings: list[ProtocolWarning] = []

    def apply(self, rule: str, message: str, *attendee_ids: str) -> None:
        self.applied.append(AppliedRule(rule, message, attendee_ids))

    def warn(self, code: str, rule: str, message: str, *attendee_ids: str) -> None:
        self.warnings.append(ProtocolWarning(code, rule, message, attendee_ids))


@dataclass(frozen=True, eq=False)
class _Standing:
    """An attendee with the rows and sort keys this act gives him."""

    attendee: Attendee
    own_row: PrecedenceRow | None
    represented_row: PrecedenceRow | None
    row: PrecedenceRow | None  # the row he ranks by in this act
    key: tuple[Any, ...]
    own_key: tuple[Any, ...]  # by his own office, whatever the representation mode

    @property
    def id(self) -> str:
        return self.attendee.id

    @property
    def name(self) -> str:
        return self.attendee.display_name

    @property
    def title(self) -> str:
        a = self.attendee
        own = self.own_row.label_for(a.sex) if self.own_row else a.office_code
        if a.status is Status.ENCARGADO:
            return f"{own} (e)"
        if a.represents is None:
            return own
        row = self.represented_row
        represented = row.label if row else a.represents.office_code
        person = f", {a.represents.person_name}" if a.represents.person_name else ""
        return f"{own}, en representación del {represented}{person}"

    def is_head_of_state(self) -> bool:
        row = self.own_row
        return self.attendee.represents is None and row is not None and row.office_class is OfficeClass.HEAD_OF_STATE

    def represents_head_of_state(self) -> bool:
        row = self.represented_row
        return row is not None and row.office_class is OfficeClass.HEAD_OF_STATE

    def belongs_to(self, entity: str, office_class: OfficeClass | None = None) -> bool:
        if self.attendee.entity != entity:
            return False
        return office_class is None or (self.own_row is not None and self.own_row.office_class is office_class)


def _standing(
    attendee: Attendee,
    table: PrecedenceTable,
    day: date,
    venue: str,
    mode: RepresentationMode,
    log: _Log,
) -> _Standing:
    name = attendee.display_name
    own_row = table.row_for(attendee.office_code, day)
    if own_row is None:
        log.warn(
            "precedence.unknown_office",
            "PR-01",
            f"El cargo {attendee.office_code} de {name} no figura en el cuadro vigente: se ubica al final.",
            attendee.id,
        )
    elif own_row.territorial and attendee.jurisdiction is None:
        log.warn(
            "precedence.jurisdiction_missing",
            "PR-05",
            f"Falta la jurisdicción de {name}: se asume la del acto.",
            attendee.id,
        )
    _warn_missing_class_data(attendee, own_row, log)
    own_key = _key(
        attendee,
        own_row,
        holds_row=True,
        after_level=False,
        venue=venue,
        jurisdiction=attendee.jurisdiction,
    )
    if attendee.status is Status.ENCARGADO and own_row:
        log.apply(
            "PR-03",
            f"{name}, encargado(a), tiene el rango pleno del cargo.",
            attendee.id,
        )

    represented = attendee.represents
    if represented is None:
        return _Standing(attendee, own_row, None, own_row, own_key, own_key)
    represented_row = table.row_for(represented.office_code, day)
    if represented_row is None:
        log.warn(
            "precedence.unknown_represented_office",
            "PR-04",
            f"{name} representa un cargo ({represented.office_code}) que no figura "
            "en el cuadro: se ubica por su propio cargo.",
            attendee.id,
        )
    if mode is RepresentationMode.OWN_RANK or represented_row is None:
        log.apply(
            "PR-04",
            f"{name}, representante, se ubica por su propio cargo.",
            attendee.id,
        )
        return _Standing(attendee, own_row, represented_row, own_row, own_key, own_key)
    after_level = mode is RepresentationMode.END_OF_REPRESENTED_LEVEL
    key = _key(
        attendee,
        represented_row,
        holds_row=False,
        after_level=after_level,
        venue=venue,
        jurisdiction=represented.jurisdiction,
    )
    where = "tras los titulares de ese nivel" if after_level else "en ese rango"
    log.apply("PR-04", f"{name} representa a otra autoridad: se ubica {where}.", attendee.id)
    return _Standing(attendee, own_row, represented_row, represented_row, key, own_key)


def _warn_missing_class_data(attendee: Attendee, row: PrecedenceRow | None, log: _Log) -> None:
    if row is None:
        return
    if row.office_class is OfficeClass.COUNCIL and attendee.list_order is None:
        missing = "el orden en la lista proclamada por el JEE"
    elif row.office_class is OfficeClass.ARMED_FORCES and attendee.military_grade is None:
        missing = "el grado"
    else:
        return
    log.warn(
        "precedence.class_data_missing",
        "PR-06.2",
        f"Falta {missing} de {attendee.display_name}: se ubica tras sus pares.",
        attendee.id,
    )


# The sort key is a tuple of groups, each answering to one rule: the group that
# separates two neighbours in the ranking names the rule that decided between them.
_GROUP_RULES = (
    "PR-01",  # level
    "PR-04",  # representative after the represented level
    "PR-05",  # outside the jurisdiction (PR-06.1 for non-territorial offices)
    "PR-02",  # internal order of the level
    "PR-04",  # holder before whoever ranks by a represented office
    "PR-06.2",  # office class
    "PR-06.3",  # date of assuming office
    "PR-06.4",  # age
    "PR-06.5",  # surname
    "PR-06.5",  # id, the determinism of last resort
)
_OUTSIDE_GROUP = 2
_CLASS_ORDER = {office_class: position for position, office_class in enumerate(OfficeClass)}
_BRANCH_ORDER = {branch: position for position, branch in enumerate(Branch)}


def _key(
    attendee: Attendee,
    row: PrecedenceRow | None,
    *,
    holds_row: bool,
    after_level: bool,
    venue: str,
    jurisdiction: str | None,
) -> tuple[Any, ...]:
    if row is None:
        level, outside, suborder, office_class = (1, 0), 0, 0, (0, ())
    else:
        level = (0, row.rank)
        outside = int(_is_outside(row, jurisdiction, venue))
        suborder = row.suborder
        specific = _class_tiebreak(attendee, row.office_class, venue) if holds_row else ()
        office_class = (_CLASS_ORDER[row.office_class], specific)
    return (
        level,
        (int(after_level),),
        (outside,),
        (suborder,),
        (int(not holds_row),),
        office_class,
        _optional_date(attendee.date_assumed_office),
        _optional_date(attendee.birth_date),
        (_collation_key(attendee.sort_name or attendee.display_name),),
        (attendee.id,),
    )


def _is_outside(row: PrecedenceRow, jurisdiction: str | None, venue: str) -> bool:
    # Congress members are national offices: their electoral region only counts
    # inside their class order (PR-06.2), after the Mesa Directiva.
    if row.office_class is OfficeClass.CONGRESS or jurisdiction is None:
        return False
    return not venue.startswith(jurisdiction)


def _class_tiebreak(attendee: Attendee, office_class: OfficeClass, venue: str) -> tuple[int, ...]:
    a = attendee
    if office_class is OfficeClass.COUNCIL:
        return _optional(a.list_order)
    if office_class is OfficeClass.ARMED_FORCES:
        grade = None if a.military_grade is None else -a.military_grade
        branch = None if a.military_branch is None else _BRANCH_ORDER[a.military_branch]
        return (*_optional(grade), *_optional(branch), *_optional_date(a.date_of_grade))
    if office_class is OfficeClass.CONGRESS:
        in_region = a.jurisdiction is not None and venue.startswith(a.jurisdiction)
        return (int(not a.mesa_directiva), int(not in_region))
    if office_class is OfficeClass.MAYOR:
        population = a.jurisdiction_population
        larger_first = None if population is None else -population
        return (*_optional(larger_first), *_optional_date(a.jurisdiction_created))
    return ()


def _optional(value: int | None) -> tuple[int, int]:
    return (1, 0) if value is None else (0, value)


def _optional_date(value: date | None) -> tuple[int, int]:
    return _optional(None if value is None else value.toordinal())


def _collation_key(name: str) -> str:
    """Spanish alphabetical order: accents ignored, ñ after n."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    kept = [
        char
        for i, char in enumerate(decomposed)
        if not unicodedata.combining(char) or (char == "\N{COMBINING TILDE}" and i > 0 and decomposed[i - 1] == "n")
    ]
    return "".join(kept)


def _trace_tiebreaks(ranked: list[_Standing], log: _Log) -> None:
    for first, second in zip(ranked, ranked[1:], strict=False):
        pairs = zip(first.key, second.key, strict=True)
        group = next(i for i, (a, b) in enumerate(pairs) if a != b)
        if group == 0:
            continue
        rule = _GROUP_RULES[group]
        if group == _OUTSIDE_GROUP:
            outsider = second.row if second.key[group] > first.key[group] else first.row
            rule = "PR-05" if outsider and outsider.territorial else "PR-06.1"
        log.apply(rule, f"{first.name} precede a {second.name}.", first.id, second.id)


# ------------------------------------------------------------------------ presidency


@dataclass(frozen=True)
class _Presidency:
    presider: _Standing
    rule: str
    hosts_after: tuple[_Standing, ...]  # pinned right after the presider
    guests_before_hosts: int  # 1 when the host yields the presider's right (PR-09)
    host_parties: tuple[_Standing, ...]  # organisers' heads or their representatives

    @property
    def host_presides(self) -> bool:
        return self.presider in self.host_parties


def _host_party(organiser: Organiser, ranked: list[_Standing]) -> _Standing | None:
    """The organiser's head (titular or encargado), else his representative."""
    holders = [
        s
        for s in ranked
        if s.attendee.entity == organiser.entity
        and s.attendee.office_code == organiser.head_office
        and s.attendee.represents is None
    ]
    representatives = [
        s
        for s in ranked
        if s.attendee.represents is not None
        and s.attendee.represents.office_code == organiser.head_office
        and s.attendee.represents.entity == organiser.entity
    ]
    return next(iter(holders or representatives), None)


def _presidency(ranked: list[_Standing], host: Host, options: ProtocolOptions, log: _Log) -> _Presidency:
    organisers = [host.organiser, *filter(None, [host.co_organiser])]
    found = (_host_party(organiser, ranked) for organiser in organisers)
    parties = tuple(dict.fromkeys(party for party in found if party is not None))
    hosts = tuple(sorted(parties, key=lambda s: s.key))

    head_of_state = next((s for s in ranked if s.is_head_of_state()), None) or next(
        (s for s in ranked if s.represents_head_of_state()), None
    )
    if head_of_state is not None:
        if options.courtesy_cession_to is not None:
            log.warn(
                "presidency.cession_ignored",
                "PR-09",
                "Solo cabe una cesión por acto y preside el Presidente de la República (cesión obligatoria).",
            )
        if head_of_state.attendee.represents is not None:
            log.apply(
                "PR-04",
                f"{head_of_state.name} representa al Presidente de la República.",
                head_of_state.id,
            )
        yielding = tuple(s for s in hosts if s is not head_of_state)
        log.apply(
            "PR-08",
            f"Cesión obligatoria: preside {head_of_state.name}; el anfitrión toma el puesto 2.",
            head_of_state.id,
            *(s.id for s in yielding),
        )
        return _Presidency(head_of_state, "PR-08", yielding, 0, parties)

    if options.courtesy_cession_to is not None:
        target = next(s for s in ranked if s.id == options.courtesy_cession_to)
        refusal = _cession_refusal(target, hosts)
        if refusal is None:
            position = options.courtesy_host_position
            log.apply(
                "PR-09",
                f"Cesión de cortesía: preside {target.name}; el anfitrión ocupa el puesto {position}.",
                target.id,
                *(s.id for s in hosts),
            )
            return _Presidency(target, "PR-09", hosts, position - 2, parties)
        log.warn("presidency.cession_refused", "PR-09", refusal, target.id)

    if not hosts:
        presider = ranked[0]
        log.warn(
            "presidency.host_absent",
            "PR-07",
            f"No asiste el anfitrión ni su representante: preside la autoridad de mayor precedencia, {presider.name}.",
            presider.id,
        )
        return _Presidency(presider, "PR-07", (), 0, parties)

    presider, *others = hosts
    if others:
        rule = "PR-11"
        message = f"Acto coorganizado: preside {presider.name}, anfitrión de mayor rango."
    elif presider.attendee.represents is not None:
        rule = "PR-10"
        message = f"Preside {presider.name} en representación del anfitrión."
    else:
        rule = "PR-07"
        message = f"Preside el anfitrión, {presider.name}."
    log.apply(rule, message, presider.id, *(s.id for s in others))
    _suggest_cession(presider, ranked, parties, rule, log)
    return _Presidency(presider, rule, tuple(others), 0, parties)


def _cession_refusal(target: _Standing, hosts: tuple[_Standing, ...]) -> str | None:
    if not hosts:
        return "Sin anfitrión presente no hay presidencia que ceder."
    if target in hosts:
        return "La presidencia no se cede a un anfitrión."
    if target.key >= hosts[0].key:
        return f"{target.name} no precede al anfitrión: no cabe cederle la presidencia."
    return None


def _suggest_cession(
    presider: _Standing,
    ranked: list[_Standing],
    parties: tuple[_Standing, ...],
    rule: str,
    log: _Log,
) -> None:
    # A representative who presides is weighed by his own office (PR-10).
    host_row = presider.own_row if rule == "PR-10" else presider.row
    if host_row is None:
        return
    outranking = [s.id for s in ranked if s not in parties and s.row is not None and s.row.rank < host_row.rank]
    if outranking:
        log.warn(
            "presidency.cession_suggested",
            "PR-10" if rule == "PR-10" else "PR-09",
            "Asisten autoridades de mayor rango que el anfitrión: considere una cesión de cortesía.",
            *outranking,
        )


# ------------------------------------------------------------------------- placement


def _head_table_members(
    ranked: list[_Standing],
    presidency: _Presidency,
    options: ProtocolOptions,
    log: _Log,
) -> list[_Standing]:
    wanted = options.head_table_size
    if wanted is None:
        return []
    fixed = [presidency.presider, *presidency.hosts_after]
    marked = {*options.speakers, *options.protagonists, *filter(None, [options.orator])}
    candidates = []
    for s in ranked:
        if s in fixed:
            continue
        if (s.row is not None and s.row.head_table_eligible) or s.id in marked:
            candidates.append(s)
    size = min(wanted, len(fixed) + len(candidates))
    if size < wanted:
        log.warn(
            "placement.table_reduced",
            "PL-04",
            f"Solo hay {size} personas para una mesa de {wanted}: la mesa se reduce.",
        )
    if len(fixed) > size:
        log.warn(
            "placement.host_excluded",
            "PL-04",
            "La mesa es demasiado pequeña para sentar al anfitrión.",
            *(s.id for s in fixed[size:]),
        )
        fixed = fixed[:size]
    guests = candidates[: size - len(fixed)]
    for s in guests:
        if s.row is None or not s.row.head_table_eligible:
            log.apply(
                "PL-04",
                f"{s.name} integra la mesa como orador(a) o protagonista.",
                s.id,
            )
    lead = min(presidency.guests_before_hosts, len(guests))
    log.apply(
        "PL-04",
        "Mesa de honor: presidencia, anfitrión y autoridades elegibles de mayor precedencia.",
    )
    return [fixed[0], *guests[:lead], *fixed[1:], *guests[lead:]]


def _seats(
    members: list[_Standing],
    presidency: _Presidency,
    options: ProtocolOptions,
    log: _Log,
) -> tuple[Seat, ...]:
    if not members:
        return ()
    size = len(members)
    orders = orders_by_seat(size, options.even_table_mode)
    centre = orders.index(1) + 1
    log.apply("PL-01", "Puestos numerados desde la izquierda del público.")
    shared = options.even_table_mode is EvenTableMode.SHARED_CENTRE
    if size % 2 == 1:
        log.apply("PL-02", f"Mesa impar de {size}: presidencia al centro, luego alternando.")
    elif presidency.rule == "PR-11" and shared:
        log.apply("PR-11", "Presidencia compartida: el anfitrión de mayor rango a la derecha.")
    else:
        log.apply("PL-03", f"Mesa par de {size}, modo {options.even_table_mode}.")
        log.warn(
            "placement.even_table",
            "PL-03",
            "Mesa par: prefiera una presidencia impar para que haya un centro.",
        )
    return tuple(
        Seat(
            seat=seat,
            offset=seat - centre,
            order=order,
            attendee_id=members[order - 1].id,
            title=members[order - 1].title,
        )
        for seat, order in enumerate(orders, start=1)
    )


def _front_rows(rest: list[_Standing], options: ProtocolOptions, log: _Log) -> tuple[FrontRowSeat, ...]:
    if rest:
        log.apply(
            "PL-04",
            "Primeras filas por precedencia, desde el pasillo, derecha primero.",
        )
    places = []
    for order, s in enumerate(rest, start=1):
        side, row, seat = front_row_place(order, options.front_row_seats_per_side)
        places.append(FrontRowSeat(order, side, row, seat, s.id, s.title))
    return tuple(places)


# -------------------------------------------------------------------------- speeches

_MAX_SPEECHES = 4


def _speeches(
    ranked: list[_Standing],
    host: Host,
    presidency: _Presidency,
    options: ProtocolOptions,
    log: _Log,
) -> tuple[SpeechSlot, ...]:
    by_id = {s.id: s for s in ranked}
    presider = presidency.presider
    slots: list[SpeechSlot] = []
    welcome = _welcome_speaker(ranked, host, presidency, options, log)
    if welcome is not None:
        slots.append(SpeechSlot(SpeechKind.WELCOME, welcome.id, welcome.title))
    if options.reader is not None:
        reader = by_id[options.reader]
        slots.append(SpeechSlot(SpeechKind.READING, reader.id, reader.title))
    if options.orator is not None:
        orator = by_id[options.orator]
        slots.append(SpeechSlot(SpeechKind.ORATION, orator.id, orator.title))
    elif options.event_class is EventClass.SESION_SOLEMNE:
        slots.append(SpeechSlot(SpeechKind.ORATION, None, "Orador(a) de orden por designar"))
        log.warn("speeches.orator_missing", "SP-05", "Sesión solemne sin orador(a) de orden.")
    if options.event_class is EventClass.SESION_SOLEMNE:
        log.apply("SP-05", "Lectura y discurso de orden antes del mensaje de la presidencia.")

    taken = {presider.id, options.reader, options.orator, getattr(welcome, "id", None)}
    # SP-06: a representative speaks in the turn of his own office, whatever the mode.
    others = sorted(
        (by_id[i] for i in dict.fromkeys(options.speakers) if i not in taken),
        key=lambda s: s.own_key,
        reverse=True,
    )
    if others:
        log.apply(
            "SP-02",
            "Intervenciones en orden ascendente de precedencia.",
            *(s.id for s in others),
        )
    representatives = [s.id for s in others if s.attendee.represents is not None]
    if representatives:
        log.apply(
            "SP-06",
            "Los representantes hablan en el turno de su cargo.",
            *representatives,
        )
    slots.extend(SpeechSlot(SpeechKind.SPEECH, s.id, s.title) for s in others)

    slots.append(SpeechSlot(SpeechKind.CLOSING, presider.id, presider.title))
    log.apply("SP-01", f"Cierra quien preside, {presider.name}.", presider.id)
    if presider.represents_head_of_state():
        log.apply("SP-06", "El representante del Presidente cierra el acto.", presider.id)
    speaking = [slot for slot in slots if slot.kind is not SpeechKind.READING]
    if len(speaking) > _MAX_SPEECHES:
        log.warn(
            "speeches.too_many",
            "SP-06",
            f"Hay {len(speaking)} intervenciones; mejor un máximo de {_MAX_SPEECHES}.",
        )
    return tuple(slots)


def _welcome_speaker(
    ranked: list[_Standing],
    host: Host,
    presidency: _Presidency,
    options: ProtocolOptions,
    log: _Log,
) -> _Standing | None:
    if not presidency.host_presides:
        if not presidency.hosts_after:
            return None
        opener = presidency.hosts_after[0]
        log.apply(
            "SP-03",
            f"El anfitrión no preside: {opener.name} da la bienvenida.",
            opener.id,
        )
        return opener
    if not options.welcome_by_council:
        return None
    if options.welcome_speaker is not None:
        speaker = next(s for s in ranked if s.id == options.welcome_speaker)
    else:
        council = (
            s
            for s in sorted(ranked, key=lambda s: s.own_key)
            if s is not presidency.presider and s.belongs_to(host.organiser.entity, OfficeClass.COUNCIL)
        )
        speaker = next(council, None)
    if speaker is None:
        log.warn(
            "speeches.no_council_welcome",
            "SP-04",
            "No hay regidor(a) para la bienvenida.",
        )
        return None
    log.apply("SP-04", f"Bienvenida a cargo del concejo: {speaker.name}.", speaker.id)
    return speaker


def _oaths(
    ranked: list[_Standing],
    host: Host,
    presidency: _Presidency,
    options: ProtocolOptions,
    log: _Log,
) -> tuple[Oath, ...]:
    if options.event_class is not EventClass.JURAMENTACION:
        return ()
    mayor = next((s for s in presidency.host_parties if s.attendee.represents is None), None)
    if mayor is None:
        log.warn("oath.mayor_absent", "JU-01", "No asiste el alcalde electo.")
        return ()
    council = sorted(
        (s for s in ranked if s.belongs_to(host.organiser.entity, OfficeClass.COUNCIL)),
        key=lambda s: s.own_key,
    )
    if not council:
        log.warn(
            "oath.no_council",
            "JU-01",
            "No hay regidor que tome el juramento al alcalde.",
        )
        return ()
    first = council[0]
    log.apply(
        "JU-01",
        f"{first.name}, primer regidor presente, juramenta al alcalde.",
        first.id,
    )
    log.apply("JU-02", "El alcalde juramenta a los regidores en orden de lista.", mayor.id)
    return (
        Oath(sworn_id=mayor.id, administered_by_id=first.id),
        *(Oath(sworn_id=s.id, administered_by_id=mayor.id) for s in council),
    )


# --------------------------------------------------------------------------- symbols


def _flag_positions(options: ProtocolOptions, log: _Log) -> tuple[FlagPosition, ...]:
    emblems = _by_hierarchy(options.flags)
    if not emblems:
        return ()
    if Emblem.NATIONAL not in emblems:
        log.warn("symbols.national_flag_missing", "PL-06", "Falta el Pabellón Nacional.")
    # In an even set the place of honour is the presider's right of the centre,
    # which is where the shared-centre layout puts order 1.
    orders = orders_by_seat(len(emblems), EvenTableMode.SHARED_CENTRE)
    log.apply("PL-06", "Pabellón Nacional en el lugar de honor; luego regional y municipal.")
    return tuple(FlagPosition(emblems[order - 1], position) for position, order in enumerate(orders, start=1))


def _flag_raising(
    standings: list[_Standing], host: Host, options: ProtocolOptions, log: _Log
) -> tuple[FlagAssignment, ...]:
    if options.event_class is not EventClass.IZAMIENTO and not options.flag_raising:
        return ()
    by_own_rank = sorted(standings, key=lambda s: s.own_key)
    assignments = []
    taken: set[str] = set()
    # The national and municipal bearers are chosen first (SY-03), so that the
    # regional flag, which the note leaves open, cannot take the host's member.
    for emblem in sorted(options.flags, key=_BEARER_CHOICE_ORDER.index):
        pool = by_own_rank
        if emblem is Emblem.MUNICIPAL:
            pool = [s for s in by_own_rank if s.belongs_to(host.organiser.entity)]
        bearer = next((s for s in pool if s.id not in taken), None)
        if bearer is None:
            log.warn(
                "symbols.no_flag_bearer",
                "SY-03",
                f"Nadie para izar la bandera {emblem}.",
            )
        else:
            taken.add(bearer.id)
            log.apply("SY-03", f"{bearer.name} iza la bandera {emblem}.", bearer.id)
        bearer_id = bearer.id if bearer else None
        assignments.append(FlagAssignment(emblem, bearer_id, options.national_mourning))
    return tuple(sorted(assignments, key=lambda a: _EMBLEM_ORDER[a.emblem]))


_BEARER_CHOICE_ORDER = [Emblem.NATIONAL, Emblem.MUNICIPAL, Emblem.REGIONAL]


def _anthems(options: ProtocolOptions, log: _Log) -> tuple[Anthem, ...]:
    local_moment = AnthemMoment.AFTER_PRESIDENCY
    if options.local_anthems_at_end:
        local_moment = AnthemMoment.CLOSING
    log.apply(
        "SY-01",
        "Himno Nacional instalada la presidencia; los locales, según costumbre.",
    )
    return (
        Anthem(Emblem.NATIONAL, AnthemMoment.AFTER_PRESIDENCY),
        *(Anthem(emblem, local_moment) for emblem in _by_hierarchy(options.local_anthems)),
    )


def _marcha_de_banderas(ranked: list[_Standing], log: _Log) -> str | None:
    head_of_state = next((s for s in ranked if s.is_head_of_state()), None)
    if head_of_state is None:
        log.apply("SY-05", "Sin Marcha de Banderas para la entrada de autoridades locales.")
        return None
    log.apply("SY-05", f"Marcha de Banderas para {head_of_state.name}.", head_of_state.id)
    return head_of_state.id


_MONDAY, _SUNDAY = 0, 6


def _check_symbols(ranked: list[_Standing], host: Host, day: date, options: ProtocolOptions, log: _Log) -> None:
    """SY-02 and SY-04, which only trace and warn."""
    weekly = options.event_class is EventClass.IZAMIENTO and day.weekday() in (
        _MONDAY,
        _SUNDAY,
    )
    if weekly:
        if day.weekday() == _SUNDAY:
            log.apply("SY-02", "Izamiento dominical en la plaza principal.")
        else:
            log.apply("SY-02", "Izamiento del lunes, 08:00, en el local institucional.")
        head = _host_party(host.organiser, ranked)
        if head is None or head.attendee.represents is not None:
            log.warn(
                "symbols.highest_authority_absent",
                "SY-02",
                "El D.S. 127-2025-PCM pide la presencia de la máxima autoridad.",
            )
        log.warn(
            "symbols.check_emergency_decree",
            "SY-02",
            "Verifique que siga vigente el D.S. 127-2025-PCM (estado de emergencia).",
        )
    if options.national_mourning:
        log.apply("SY-04", "Duelo nacional: banderas a media asta; el acto se mantiene.")
        log.warn(
            "symbols.half_mast_procedure",
            "SY-04",
            "Izar al tope y bajar a media asta; al arriar, volver al tope y bajar.",
        )
        log.warn(
            "symbols.festive_review",
            "SY-04",
            "Revise los componentes festivos del programa (música, brindis).",
        )


_EMBLEM_ORDER = {emblem: position for position, emblem in enumerate(Emblem)}


def _by_hierarchy(emblems: Iterable[Emblem]) -> tuple[Emblem, ...]:
    return tuple(sorted(emblems, key=_EMBLEM_ORDER.__getitem__))


def _check_ubigeo(ubigeo: str) -> None:
    if not (ubigeo.isdigit() and len(ubigeo) in (2, 4, 6)):
        raise ValueError(f"{ubigeo!r} is not a ubigeo prefix of 2, 4 or 6 digits.")


def _check_references(attendees: Sequence[Attendee], options: ProtocolOptions) -> None:
    if not attendees:
        raise ValueError("An act needs at least one attendee.")
    ids = [a.id for a in attendees]
    if len(set(ids)) != len(ids):
        raise ValueError("Attendee ids must be unique.")
    single = [
        options.orator,
        options.reader,
        options.courtesy_cession_to,
        options.welcome_speaker,
    ]
    referenced = {*options.speakers, *options.protagonists, *filter(None, single)}
    unknown = sorted(referenced - set(ids))
    if unknown:
        raise ValueError(f"Options refer to unknown attendees: {', '.join(unknown)}.")


# -------------------------------------------------------------- provisional table P

_P = "Tabla provisional P, nota de dominio §3.2 [I]: reemplazar por D.S. 100-2005-RE"
_MINISTRY_ORDER = (
    "D.S. 096-2005-RE art. 9; orden de apcer.pe [V] con nombres actuales; "
    "Cultura y Desarrollo e Inclusión Social al final [I]"
)
_BICAMERAL = "Ley 31988: Congreso bicameral desde el 28/07/2026"
_LAST_UNICAMERAL_DAY = date(2026, 7, 27)
_FIRST_BICAMERAL_DAY = date(2026, 7, 28)
_HEAD_OF_STATE = {"office_class": OfficeClass.HEAD_OF_STATE}
_CONGRESS = {"office_class": OfficeClass.CONGRESS}
_TERRITORIAL = {"territorial": True}
_MAYOR = {"office_class": OfficeClass.MAYOR, "territorial": True}
_COUNCIL = {"office_class": OfficeClass.COUNCIL, "territorial": True}
_ARMED = {"office_class": OfficeClass.ARMED_FORCES, "territorial": True}
_LOCAL_OFFICIAL = {"territorial": True, "head_table_eligible": False}
_NOT_ELIGIBLE = {"head_table_eligible": False}


def _row(
    office_code: str,
    rank: int,
    label: str,
    label_feminine: str = "",
    *,
    suborder: int = 0,
    office_class: OfficeClass = OfficeClass.GENERAL,
    territorial: bool = False,
    head_table_eligible: bool = True,
    legal_source: str = _P,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> dict[str, Any]:
    return {
        "office_code": office_code,
        "rank": rank,
        "label": label,
        "label_feminine": label_feminine or label,
        "suborder": suborder,
        "office_class": office_class.value,
        "territorial": territorial,
        "head_table_eligible": head_table_eligible,
        "legal_source": legal_source,
        "valid_from": valid_from,
        "valid_to": valid_to,
    }


_MINISTRIES = (
    ("RELACIONES_EXTERIORES", "de Relaciones Exteriores"),
    ("DEFENSA", "de Defensa"),
    ("ECONOMIA_FINANZAS", "de Economía y Finanzas"),
    ("INTERIOR", "del Interior"),
    ("JUSTICIA", "de Justicia y Derechos Humanos"),
    ("EDUCACION", "de Educación"),
    ("SALUD", "de Salud"),
    ("DESARROLLO_AGRARIO", "de Desarrollo Agrario y Riego"),
    ("TRABAJO", "de Trabajo y Promoción del Empleo"),
    ("PRODUCCION", "de la Producción"),
    ("COMERCIO_EXTERIOR", "de Comercio Exterior y Turismo"),
    ("ENERGIA_MINAS", "de Energía y Minas"),
    ("TRANSPORTES", "de Transportes y Comunicaciones"),
    ("VIVIENDA", "de Vivienda, Construcción y Saneamiento"),
    ("MUJER", "de la Mujer y Poblaciones Vulnerables"),
    ("AMBIENTE", "del Ambiente"),
    ("CULTURA", "de Cultura"),
    ("DESARROLLO_INCLUSION_SOCIAL", "de Desarrollo e Inclusión Social"),
)

# Table P of the domain note (all [I]) as plain data, for the data migration.
# fmt: off
PROVISIONAL_TABLE_ROWS: tuple[dict[str, Any], ...] = (
    _row("PRESIDENTE_REPUBLICA", 1, "Presidente de la República",
         "Presidenta de la República", **_HEAD_OF_STATE),
    _row("PRIMER_VICEPRESIDENTE", 2, "Primer Vicepresidente de la República",
         "Primera Vicepresidenta de la República", suborder=1),
    _row("SEGUNDO_VICEPRESIDENTE", 2, "Segundo Vicepresidente de la República",
         "Segunda Vicepresidenta de la República", suborder=2),
    _row("PRESIDENTE_CONGRESO", 3, "Presidente del Congreso de la República",
         "Presidenta del Congreso de la República", suborder=1),
    _row("PRESIDENTE_OTRA_CAMARA", 3, "Presidente de Cámara del Congreso",
         "Presidenta de Cámara del Congreso", suborder=2,
         legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY),
    _row("PRESIDENTE_CONSEJO_MINISTROS", 4, "Presidente del Consejo de Ministros",
         "Presidenta del Consejo de Ministros"),
    _row("PRESIDENTE_PODER_JUDICIAL", 5, "Presidente del Poder Judicial",
         "Presidenta del Poder Judicial", suborder=1),
    _row("PRESIDENTE_TRIBUNAL_CONSTITUCIONAL", 5,
         "Presidente del Tribunal Constitucional",
         "Presidenta del Tribunal Constitucional", suborder=2),
    _row("FISCAL_DE_LA_NACION", 5, "Fiscal de la Nación", suborder=3),
    _row("PRESIDENTE_JNE", 5, "Presidente del Jurado Nacional de Elecciones",
         "Presidenta del Jurado Nacional de Elecciones", suborder=4),
    _row("DEFENSOR_DEL_PUEBLO", 5, "Defensor del Pueblo", "Defensora del Pueblo",
         suborder=5),
    _row("CONTRALOR_GENERAL", 5, "Contralor General de la República",
         "Contralora General de la República", suborder=6),
    *(
        _row(f"MINISTRO_{code}", 6, f"Ministro {name}", f"Ministra {name}",
             suborder=position, legal_source=_MINISTRY_ORDER)
        for position, (code, name) in enumerate(_MINISTRIES, start=1)
    ),
    _row("CONGRESISTA", 7, "Congresista de la República",
         valid_to=_LAST_UNICAMERAL_DAY, **_CONGRESS),
    _row("SENADOR", 7, "Senador de la República", "Senadora de la República",
         suborder=1, legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY,
         **_CONGRESS),
    _row("DIPUTADO", 7, "Diputado de la República", "Diputada de la República",
         suborder=2, legal_source=_BICAMERAL, valid_from=_FIRST_BICAMERAL_DAY,
         **_CONGRESS),
    _row("GOBERNADOR_REGIONAL", 8, "Gobernador Regional", "Gobernadora Regional",
         **_TERRITORIAL),
    _row("VICEGOBERNADOR_REGIONAL", 9, "Vicegobernador Regional",
         "Vicegobernadora Regional", **_TERRITORIAL),
    _row("PRESIDENTE_CORTE_SUPERIOR", 10,
         "Presidente de la Corte Superior de Justicia",
         "Presidenta de la Corte Superior de Justicia", **_TERRITORIAL),
    _row("PRESIDENTE_JUNTA_FISCALES_SUPERIORES", 10,
         "Presidente de la Junta de Fiscales Superiores",
         "Presidenta de la Junta de Fiscales Superiores", **_TERRITORIAL),
    _row("PREFECTO_REGIONAL", 11, "Prefecto Regional", "Prefecta Regional",
         **_TERRITORIAL),
    _row("ARZOBISPO", 12, "Arzobispo", **_TERRITORIAL),
    _row("OBISPO", 12, "Obispo", **_TERRITORIAL),
    _row("COMANDANTE_FFAA_REGION", 13,
         "Comandante de las Fuerzas Armadas en la región", **_ARMED),
    _row("JEFE_REGION_POLICIAL", 13, "Jefe de Región o Frente Policial",
         "Jefa de Región o Frente Policial", **_ARMED),
    _row("ALCALDE_PROVINCIAL", 14, "Alcalde Provincial", "Alcaldesa Provincial",
         **_MAYOR),
    _row("CONSEJERO_REGIONAL", 15, "Consejero Regional", "Consejera Regional",
         **_TERRITORIAL),
    _row("RECTOR_UNIVERSIDAD_PUBLICA", 15, "Rector de universidad pública",
         "Rectora de universidad pública"),
    _row("SUBPREFECTO_PROVINCIAL", 16, "Subprefecto Provincial",
         "Subprefecta Provincial", **_TERRITORIAL),
    _row("ALCALDE_DISTRITAL", 17, "Alcalde Distrital", "Alcaldesa Distrital",
         **_MAYOR),
    _row("TENIENTE_ALCALDE_PROVINCIAL", 18, "Teniente Alcalde Provincial",
         "Teniente Alcaldesa Provincial", suborder=1, **_COUNCIL),
    _row("REGIDOR_PROVINCIAL", 18, "Regidor Provincial", "Regidora Provincial",
         suborder=2, **_COUNCIL),
    _row("SUBPREFECTO_DISTRITAL", 19, "Subprefecto Distrital",
         "Subprefecta Distrital", legal_source=f"{_P}; ejemplo de Querecotillo [S]",
         **_TERRITORIAL),
    _row("TENIENTE_ALCALDE_DISTRITAL", 20, "Teniente Alcalde", "Teniente Alcaldesa",
         suborder=1, **_COUNCIL),
    _row("REGIDOR_DISTRITAL", 20, "Regidor Distrital", "Regidora Distrital",
         suborder=2, **_COUNCIL),
    _row("JUEZ_ESPECIALIZADO", 21, "Juez especializado", "Jueza especializada",
         **_TERRITORIAL),
    _row("JUEZ_PAZ_LETRADO", 21, "Juez de paz letrado", "Jueza de paz letrada",
         **_TERRITORIAL),
    _row("FISCAL_PROVINCIAL", 21, "Fiscal provincial", **_TERRITORIAL),
    _row("COMISARIO_PNP", 21, "Comisario PNP", "Comisaria PNP", **_ARMED),
    _row("JEFE_UNIDAD_MILITAR", 21, "Jefe de unidad militar",
         "Jefa de unidad militar", **_ARMED),
    _row("GERENTE_REGIONAL", 22, "Gerente regional", **_TERRITORIAL),
    _row("DIRECTOR_REGIONAL_SECTORIAL", 22, "Director regional sectorial",
         "Directora regional sectorial", **_TERRITORIAL),
    _row("GERENTE_MUNICIPAL", 23, "Gerente Municipal", **_LOCAL_OFFICIAL),
    _row("FUNCIONARIO_MUNICIPAL", 23, "Funcionario municipal",
         "Funcionaria municipal", **_LOCAL_OFFICIAL),
    _row("JUEZ_DE_PAZ", 24, "Juez de paz", "Jueza de paz", **_LOCAL_OFFICIAL),
    _row("TENIENTE_GOBERNADOR", 24, "Teniente gobernador", "Teniente gobernadora",
         **_LOCAL_OFFICIAL),
    _row("AUTORIDAD_COMUNAL", 24, "Autoridad comunal", **_LOCAL_OFFICIAL),
    _row("DIRIGENTE_SOCIEDAD_CIVIL", 24, "Dirigente de la sociedad civil",
         **_NOT_ELIGIBLE),
)
# fmt: on
