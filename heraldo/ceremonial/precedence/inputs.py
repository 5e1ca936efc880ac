"""What the engine is told about an act: the attendees, the host and the act's options
(domain note 3.1 and the options of 3.3–3.5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from heraldo.ceremonial.placement import EvenTableMode


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
class Representation:
    """The authority a representative stands in for (PR-04)."""

    office_code: str
    entity: str
    jurisdiction: str | None = None  # ubigeo prefix of the represented office
    person_name: str = ""
    office_label: str = ""  # the represented cargo's name, for an office the table does not have


@dataclass(frozen=True)
class Attendee:
    """An authority attending the act (domain note 3.1).

    `jurisdiction` is the ubigeo prefix of the office's territory or seat: two
    digits for a region, four for a province, six for a district; for congress
    members, their electoral region. `office_label` names the cargo when the table
    does not have its office (titles and warnings never show a code). `military_grade` is one scale shared by the
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
    office_label: str = ""  # the cargo's own name, for an office the table does not have

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


def _check_ubigeo(ubigeo: str) -> None:
    if not (ubigeo.isdigit() and len(ubigeo) in (2, 4, 6)):
        raise ValueError(f"{ubigeo!r} is not a ubigeo prefix of 2, 4 or 6 digits.")
