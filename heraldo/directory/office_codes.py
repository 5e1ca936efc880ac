"""The office codes of the precedence engine, offered when a cargo is created.

The engine (Agenda y Protocolo) owns the table; the Registro only reads its codes
so a cargo can be placed at an event without retyping.
"""

from __future__ import annotations

from functools import cache


@cache
def office_code_choices() -> list[tuple[str, str]]:
    from heraldo.ceremonial.precedence.provisional_table import PROVISIONAL_TABLE_ROWS

    seen: dict[str, str] = {}
    for row in PROVISIONAL_TABLE_ROWS:
        seen.setdefault(row["office_code"], f"{row['label']} ({row['office_code']})")
    return sorted(seen.items(), key=lambda item: item[1])
