"""Lists kept as text in a field (ubigeos, colours, lines), read and checked the same way everywhere."""

from __future__ import annotations

import re

_UBIGEO = re.compile(r"^(\d{2}|\d{4}|\d{6})$")
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


def split_ubigeos(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[,;\s]+", text or "") if part.strip())


def split_colours(text: str) -> tuple[str, ...]:
    return tuple("#" + part.strip().lstrip("#").lower() for part in re.split(r"[,;\s]+", text or "") if part.strip())


def split_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def bad_ubigeo(text: str) -> str | None:
    return next((part for part in split_ubigeos(text) if not _UBIGEO.match(part)), None)


def bad_colour(text: str) -> str | None:
    return next((part for part in re.split(r"[,;\s]+", text or "") if part.strip() and not _HEX.match(part)), None)
