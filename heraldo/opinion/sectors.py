"""Which sector of the district a text speaks of, and what a sector's outline may hold.

Pure functions over names and GeoJSON, so the public form, the message inbox and media signals place a text
the same way."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from heraldo.core.text import fold

MAX_OUTLINE_POINTS = 5000


class Named(Protocol):
    pk: int | None

    def names(self) -> list[str]: ...


def sector_named_in(text: str, sectors: Iterable[Named]) -> Named | None:
    """The sector whose name or nickname appears in the text as whole words; the longest name wins, so
    "Villa Mercedes Alta" is not read as "Villa Mercedes"."""
    folded = f" {' '.join(re.findall(r'[a-z0-9]+', fold(text)))} "
    best: tuple[int, Named] | None = None
    for sector in sectors:
        for name in sector.names():
            words = " ".join(re.findall(r"[a-z0-9]+", fold(name)))
            if len(words) >= 3 and f" {words} " in folded and (best is None or len(words) > best[0]):
                best = (len(words), sector)
    return best[1] if best else None


def checked_outline(data: object) -> dict:
    """A GeoJSON Polygon or MultiPolygon (bare, or in a Feature) with longitude/latitude pairs; anything else is
    refused with a sentence the office understands."""
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = data.get("geometry")
    if not isinstance(data, dict) or data.get("type") not in ("Polygon", "MultiPolygon"):
        raise ValidationError(_("El contorno debe ser un polígono GeoJSON (Polygon o MultiPolygon)."))
    polygons = [data.get("coordinates")] if data["type"] == "Polygon" else data.get("coordinates")
    if not isinstance(polygons, list) or not polygons:
        raise ValidationError(_("El contorno no tiene coordenadas."))
    points = 0
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            raise ValidationError(_("El contorno no tiene coordenadas."))
        for ring in polygon:
            if not isinstance(ring, list) or len(ring) < 4:
                raise ValidationError(_("Cada anillo del contorno necesita al menos cuatro puntos."))
            for point in ring:
                if not (
                    isinstance(point, list)
                    and len(point) >= 2
                    and all(isinstance(v, int | float) and not isinstance(v, bool) for v in point[:2])
                    and -180 <= point[0] <= 180
                    and -90 <= point[1] <= 90
                ):
                    raise ValidationError(_("Hay un punto del contorno que no es longitud y latitud válidas."))
                points += 1
    if points > MAX_OUTLINE_POINTS:
        raise ValidationError(
            _("El contorno tiene %(points)s puntos; simplifíquelo a %(limit)s como máximo.")
            % {"points": points, "limit": MAX_OUTLINE_POINTS}
        )
    return {"type": data["type"], "coordinates": data["coordinates"]}
