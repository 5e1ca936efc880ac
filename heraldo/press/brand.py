"""Colour contrast (WCAG 2.1) for the brand palette: pure functions, no Django."""

from __future__ import annotations

import re

HEX_RE = re.compile(r"^#?([0-9a-fA-F]{6})$")


def parse_hex(value: str) -> tuple[int, int, int] | None:
    match = HEX_RE.match(value.strip())
    if not match:
        return None
    digits = match.group(1)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def contrast_pairs(palette: list[dict]) -> list[dict]:
    """Every colour against white and black, with the WCAG level it reaches for normal text."""
    rows = []
    for colour in palette:
        rgb = parse_hex(colour["hex"])
        if rgb is None:
            continue
        for label, other in (("blanco", (255, 255, 255)), ("negro", (0, 0, 0))):
            ratio = contrast_ratio(rgb, other)
            level = "AAA" if ratio >= 7 else "AA" if ratio >= 4.5 else "AA texto grande" if ratio >= 3 else "no apto"
            rows.append(
                {
                    "name": colour["name"],
                    "hex": colour["hex"],
                    "against": label,
                    "ratio": round(ratio, 2),
                    "level": level,
                }
            )
    return rows
