"""How close two colours look: CIELAB distance (ΔE 1976) between sRGB hex colours.

A ΔE around 2 is the smallest difference most people notice; under the threshold of `Settings.colour_threshold`
(12 by default, an interpretation to adjust with use) a piece's colour is taken for a party's.
"""

from __future__ import annotations

from functools import lru_cache
from math import sqrt


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _f(t: float) -> float:
    return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29


@lru_cache(maxsize=4096)
def lab(hex_colour: str) -> tuple[float, float, float]:
    digits = hex_colour.lstrip("#")
    r, g, b = (_linear(int(digits[i : i + 2], 16) / 255) for i in (0, 2, 4))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = _f(x), _f(y), _f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(first: str, second: str) -> float:
    (l1, a1, b1), (l2, a2, b2) = lab(first), lab(second)
    return sqrt((l1 - l2) ** 2 + (a1 - a2) ** 2 + (b1 - b2) ** 2)
