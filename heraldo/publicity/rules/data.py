"""What the office keeps that the rules read: electoral processes, authorities, political palettes, settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


def covers(jurisdictions: tuple[str, ...], ubigeo: str) -> bool:
    """Whether a territory given as ubigeo prefixes (empty: the whole country) reaches a piece seen in `ubigeo`.

    A piece shown in a whole province ("1501") is seen in each of its districts, so a district process ("150101")
    reaches it; a piece of a district is reached by its province's and department's processes. A piece whose place
    is unknown ("") is reached by every process: a warning tool errs on the side of the ban.
    """
    if not jurisdictions or not ubigeo:
        return True
    return any(ubigeo.startswith(prefix) or prefix.startswith(ubigeo) for prefix in jurisdictions)


@dataclass(frozen=True)
class Process:
    """An electoral process: the publicity ban runs from `ban_start` until `end` (None: not concluded yet)."""

    name: str
    ban_start: date
    end: date | None = None
    jurisdictions: tuple[str, ...] = ()  # ubigeo prefixes; empty: national
    kind: str = ""

    def in_force_over(self, start: date, end: date | None, ubigeo: str) -> bool:
        """Whether the ban is on at some moment of an exposure window [start, end] (end None: open) in `ubigeo`."""
        if end is not None and self.ban_start > end:
            return False
        if self.end is not None and start > self.end:
            return False
        return covers(self.jurisdictions, ubigeo)


@dataclass(frozen=True)
class Authority:
    """An official or servant of the municipality (or a candidate) who must not be identifiable in publicity."""

    full_name: str
    given_names: str = ""
    surnames: str = ""
    nicknames: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()  # "Alcalde", "Alcaldesa", "Gerente Municipal"
    person_id: int | None = None
    is_mayor: bool = False


@dataclass(frozen=True)
class Palette:
    """A political organisation: its colours (hex), and the names, acronyms, slogans and logos that identify it."""

    organisation: str
    colours: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # name, acronym, slogans, logo names
    jurisdictions: tuple[str, ...] = ()  # where it runs; empty: everywhere
    is_mayors: bool = False  # the organisation the sitting mayor belongs to


@dataclass(frozen=True)
class Settings:
    """The figures of the regulation in force (domain note 5.1; to be re-checked against Res. 0844-2025-JNE)."""

    jee_lead_days: int = 7  # radio/TV: authorisation requested up to 7 calendar days before broadcasting
    report_working_days: int = 7  # other media: reporte posterior within 7 working days of the start
    colour_threshold: float = 12.0  # ΔE 1976 under which two colours are taken for the same
    municipality_ubigeo: str = ""  # where a piece is seen when it does not say
