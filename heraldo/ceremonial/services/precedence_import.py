"""Import of an official precedence table from a spreadsheet: every row or none.

The file lists offices by name (never by internal code) with their level. Each office
already in the table gets a new version valid from the chosen date, its current row
closing the day before; a new name becomes a new office. Offices the file does not
name keep their current row. `precedence_import_check` says what each row will do and
why a rejected row is wrong; `precedence_import_apply` checks again and writes it all
in one transaction, which the engine's consistency check can still undo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from heraldo.ceremonial.models import PrecedenceTableRow
from heraldo.ceremonial.models.precedence import OFFICE_CLASS_LABELS
from heraldo.ceremonial.services.precedence import precedence_row_new_version
from heraldo.core.audit import audit_record
from heraldo.core.text import fold
from heraldo.core.writes import Refused

TABLE_COLUMNS = (
    "nivel",
    "orden",
    "cargo",
    "cargo_femenino",
    "clase",
    "territorial",
    "mesa_de_honor",
    "base_legal",
)
REQUIRED_COLUMNS = ("nivel", "cargo")
_YES = {"si", "s", "x", "1", "true", "verdadero", "yes"}
_NO = {"no", "n", "0", "false", "falso", ""}


class RowAction:
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass
class TableRowCheck:
    line: int
    values: dict[str, str]
    messages: list[str] = field(default_factory=list)
    action: str = ""
    previous_rank: int | None = None
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def rejected(self) -> bool:
        return bool(self.messages)


@dataclass
class TableImportCheck:
    rows: list[TableRowCheck]
    missing_columns: list[str] = field(default_factory=list)
    untouched: int = 0  # offices in force the file does not name: they keep their row

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def rejected(self) -> list[TableRowCheck]:
        return [row for row in self.rows if row.rejected]

    @property
    def changes(self) -> int:
        return sum(1 for row in self.rows if row.action in (RowAction.NEW, RowAction.CHANGED))

    @property
    def ok(self) -> bool:
        return not self.missing_columns and not self.rejected and self.changes > 0


def rows_in_force(day: date):
    return PrecedenceTableRow.objects.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day)
    )


def office_code_for(label: str, taken: set[str]) -> str:
    """An internal code for a new office, from its name; users never see it."""
    base = re.sub(r"[^A-Z0-9]+", "_", fold(label).upper()).strip("_")[:50] or "CARGO"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def _flag(value: str, default: bool, label: str, messages: list[str]) -> bool:
    folded = fold(value).strip()
    if not value.strip():
        return default
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    messages.append(_("%(field)s se responde «sí» o «no», no «%(value)s».") % {"field": label, "value": value})
    return default


def _number(value: str, *, label: str, minimum: int, required: bool, messages: list[str]) -> int | None:
    text = value.strip()
    if not text:
        if required:
            messages.append(_("Falta %(field)s.") % {"field": label})
        return None
    try:
        number = int(float(text)) if re.fullmatch(r"\d+(\.0+)?", text) else int(text)
    except ValueError:
        number = None
    if number is None or number < minimum:
        messages.append(
            _("%(field)s debe ser un número entero desde %(min)s, no «%(value)s».")
            % {"field": label, "min": minimum, "value": value}
        )
        return None
    return number


def _office_class(value: str, default: str, messages: list[str]) -> str:
    if not value.strip():
        return default
    wanted = fold(value)
    for code, label in OFFICE_CLASS_LABELS.items():
        if wanted in (fold(str(label)), fold(code.value)) or fold(str(label)).startswith(wanted):
            return code.value
    messages.append(
        _("Clase desconocida «%(value)s». Use una de: %(choices)s.")
        % {"value": value, "choices": ", ".join(str(label) for label in OFFICE_CLASS_LABELS.values())}
    )
    return default


def precedence_import_check(rows: list[dict[str, str]], *, valid_from: date, legal_source: str) -> TableImportCheck:
    present = set(rows[0]) if rows else set()
    missing = [column for column in REQUIRED_COLUMNS if column not in present]
    if missing:
        return TableImportCheck(rows=[], missing_columns=missing)
    current = list(rows_in_force(valid_from))
    by_label: dict[str, PrecedenceTableRow] = {}
    for row in current:
        by_label.setdefault(fold(row.label), row)
        if row.label_feminine:
            by_label.setdefault(fold(row.label_feminine), row)
    taken = set(PrecedenceTableRow.objects.values_list("office_code", flat=True))
    seen: dict[str, int] = {}
    checked = []
    named = set()
    for index, values in enumerate(rows, start=2):  # line 1 is the header
        result = TableRowCheck(line=index, values={column: values.get(column, "") for column in TABLE_COLUMNS})
        problems = result.messages
        label = values.get("cargo", "").strip()
        if not label:
            problems.append(_("Falta el nombre del cargo."))
        elif len(label) > 150:
            problems.append(_("El nombre del cargo pasa de 150 caracteres."))
        key = fold(label)
        if label and key in seen:
            problems.append(_("El cargo ya figura en la fila %(line)s.") % {"line": seen[key]})
        seen.setdefault(key, index)
        existing = by_label.get(key) if label else None
        rank = _number(values.get("nivel", ""), label=_("El nivel"), minimum=1, required=True, messages=problems)
        suborder = _number(values.get("orden", ""), label=_("El orden"), minimum=0, required=False, messages=problems)
        source = values.get("base_legal", "").strip() or legal_source
        if not source:
            problems.append(_("Falta la base legal: escríbala en la fila o en el formulario."))
        data = {
            "office_code": existing.office_code if existing else "",
            "rank": rank,
            "suborder": suborder if suborder is not None else (existing.suborder if existing else 0),
            "label": label,
            "label_feminine": values.get("cargo_femenino", "").strip()
            or (existing.label_feminine if existing and fold(existing.label) == key else ""),
            "office_class": _office_class(
                values.get("clase", ""), existing.office_class if existing else "GENERAL", problems
            ),
            "territorial": _flag(
                values.get("territorial", ""), existing.territorial if existing else False, _("Territorial"), problems
            ),
            "head_table_eligible": _flag(
                values.get("mesa_de_honor", ""),
                existing.head_table_eligible if existing else True,
                _("Mesa de honor"),
                problems,
            ),
            "legal_source": source[:250],
            "valid_from": valid_from,
        }
        if existing is not None:
            named.add(existing.pk)
            result.previous_rank = existing.rank
            if existing.valid_from and existing.valid_from >= valid_from:
                problems.append(
                    _("La fila vigente de este cargo empieza el %(day)s: la nueva debe empezar después.")
                    % {"day": existing.valid_from.strftime("%d/%m/%Y")}
                )
            same = all(getattr(existing, name) == value for name, value in data.items() if name != "valid_from")
            result.action = RowAction.UNCHANGED if same else RowAction.CHANGED
        elif label:
            data["office_code"] = office_code_for(label, taken)
            taken.add(data["office_code"])
            result.action = RowAction.NEW
        result.data = data
        checked.append(result)
    return TableImportCheck(rows=checked, untouched=sum(1 for row in current if row.pk not in named))


@transaction.atomic
def precedence_import_apply(
    *, actor, rows: list[dict[str, str]], valid_from: date, legal_source: str, file_name: str
) -> int:
    """Write every changed or new office as a version valid from `valid_from`; nothing if any row fails."""
    check = precedence_import_check(rows, valid_from=valid_from, legal_source=legal_source)
    if not check.ok:
        raise Refused(_("El archivo tiene errores o no cambia nada; no se importó nada."))
    changed = [row for row in check.rows if row.action in (RowAction.NEW, RowAction.CHANGED)]
    for row in changed:
        precedence_row_new_version(actor=actor, data=row.data)
    audit_record(
        actor=actor,
        action="ceremonial.precedence.imported",
        target_label=file_name,
        changes={"rows": [None, len(changed)], "valid_from": [None, valid_from], "legal_source": [None, legal_source]},
    )
    return len(changed)
