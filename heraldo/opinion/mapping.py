"""The semáforo map: each sector's GeoJSON outline drawn as an SVG path on the server.

No tile server and no script: the outlines are projected onto a flat plane (longitude scaled by the cosine of
the district's latitude, which is exact enough for a few kilometres) and fitted to the drawing's box."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

WIDTH = 1000.0
MARGIN = 10.0


@dataclass
class Shape:
    sector_id: int
    name: str
    path: str
    label_x: float
    label_y: float


def _rings(outline: dict) -> list[list[list[float]]]:
    polygons = [outline["coordinates"]] if outline["type"] == "Polygon" else outline["coordinates"]
    return [ring for polygon in polygons for ring in polygon]


def draw(sectors: Iterable) -> tuple[list[Shape], float]:
    """The shapes of the sectors that have an outline, and the drawing's height for a width of 1000."""
    outlined = [s for s in sectors if s.outline]
    points = [p for s in outlined for ring in _rings(s.outline) for p in ring]
    if not points:
        return [], 0.0
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    squeeze = math.cos(math.radians((north + south) / 2))
    span_x = max((east - west) * squeeze, 1e-9)
    span_y = max(north - south, 1e-9)
    scale = (WIDTH - 2 * MARGIN) / span_x
    height = span_y * scale + 2 * MARGIN

    def xy(point) -> tuple[float, float]:
        return MARGIN + (point[0] - west) * squeeze * scale, MARGIN + (north - point[1]) * scale

    shapes = []
    for sector in outlined:
        parts, xs, ys = [], [], []
        for ring in _rings(sector.outline):
            projected = [xy(p) for p in ring]
            xs += [x for x, _ in projected]
            ys += [y for _, y in projected]
            parts.append("M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in projected) + " Z")
        shapes.append(Shape(sector.pk, sector.name, " ".join(parts), sum(xs) / len(xs), sum(ys) / len(ys)))
    return shapes, round(height, 1)
