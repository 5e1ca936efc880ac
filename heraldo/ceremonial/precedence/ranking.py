"""Where each attendee stands in this act: the row he ranks by (his own office, or the
represented one, PR-04), the rank of an encargado (PR-03) and the missing data warned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from heraldo.ceremonial.precedence.explanations import ExplanationLog, gettext_noop
from heraldo.ceremonial.precedence.inputs import Attendee, RepresentationMode, Status
from heraldo.ceremonial.precedence.table import OfficeClass, PrecedenceRow, PrecedenceTable
from heraldo.ceremonial.precedence.tiebreakers import sort_key, tiebreak_rule


@dataclass(frozen=True, eq=False)
class Standing:
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
        own = self.own_row.label_for(a.sex) if self.own_row else (a.office_label or "cargo sin nombre")
        if a.status is Status.ENCARGADO:
            return f"{own} (e)"
        if a.represents is None:
            return own
        row = self.represented_row
        represented = row.label if row else (a.represents.office_label or "cargo sin nombre")
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


def standing_of(
    attendee: Attendee,
    table: PrecedenceTable,
    day: date,
    venue: str,
    mode: RepresentationMode,
    log: ExplanationLog,
) -> Standing:
    name = attendee.display_name
    own_row = table.row_for(attendee.office_code, day)
    if own_row is None:
        log.warn(
            "precedence.unknown_office",
            "PR-01",
            gettext_noop("El cargo de %(name)s (%(office)s) no figura en el cuadro vigente: se ubica al final."),
            attendee.id,
            office=attendee.office_label or "—",
            name=name,
        )
    elif own_row.territorial and attendee.jurisdiction is None:
        log.warn(
            "precedence.jurisdiction_missing",
            "PR-05",
            gettext_noop("Falta la jurisdicción de %(name)s: se asume la del acto."),
            attendee.id,
            name=name,
        )
    _warn_missing_class_data(attendee, own_row, log)
    own_key = sort_key(
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
            gettext_noop("%(name)s, encargado(a), tiene el rango pleno del cargo."),
            attendee.id,
            name=name,
        )

    represented = attendee.represents
    if represented is None:
        return Standing(attendee, own_row, None, own_row, own_key, own_key)
    represented_row = table.row_for(represented.office_code, day)
    if represented_row is None:
        log.warn(
            "precedence.unknown_represented_office",
            "PR-04",
            gettext_noop(
                "%(name)s representa un cargo (%(office)s) que no figura en el cuadro: se ubica por su propio cargo."
            ),
            attendee.id,
            name=name,
            office=represented.office_label or "—",
        )
    if mode is RepresentationMode.OWN_RANK or represented_row is None:
        log.apply(
            "PR-04",
            gettext_noop("%(name)s, representante, se ubica por su propio cargo."),
            attendee.id,
            name=name,
        )
        return Standing(attendee, own_row, represented_row, own_row, own_key, own_key)
    after_level = mode is RepresentationMode.END_OF_REPRESENTED_LEVEL
    key = sort_key(
        attendee,
        represented_row,
        holds_row=False,
        after_level=after_level,
        venue=venue,
        jurisdiction=represented.jurisdiction,
    )
    template = (
        gettext_noop("%(name)s representa a otra autoridad: se ubica tras los titulares de ese nivel.")
        if after_level
        else gettext_noop("%(name)s representa a otra autoridad: se ubica en ese rango.")
    )
    log.apply("PR-04", template, attendee.id, name=name)
    return Standing(attendee, own_row, represented_row, represented_row, key, own_key)


def trace_tiebreaks(ranked: list[Standing], log: ExplanationLog) -> None:
    for first, second in zip(ranked, ranked[1:], strict=False):
        rule = tiebreak_rule(first.key, first.row, second.key, second.row)
        if rule is not None:
            log.apply(
                rule,
                gettext_noop("%(first)s precede a %(second)s."),
                first.id,
                second.id,
                first=first.name,
                second=second.name,
            )


def _warn_missing_class_data(attendee: Attendee, row: PrecedenceRow | None, log: ExplanationLog) -> None:
    if row is None:
        return
    if row.office_class is OfficeClass.COUNCIL and attendee.list_order is None:
        missing = gettext_noop("Falta el orden en la lista proclamada por el JEE de %(name)s: se ubica tras sus pares.")
    elif row.office_class is OfficeClass.ARMED_FORCES and attendee.military_grade is None:
        missing = gettext_noop("Falta el grado de %(name)s: se ubica tras sus pares.")
    else:
        return
    log.warn(
        "precedence.class_data_missing",
        "PR-06.2",
        missing,
        attendee.id,
        name=attendee.display_name,
    )
