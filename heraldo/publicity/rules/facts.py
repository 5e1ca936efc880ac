"""The piece as the caller describes it (domain note 5.3), and its reading from plain JSON-like data.

`parse_facts` accepts what a person would type: codes in upper or lower case, with or without accents or spaces
("Servicio público impostergable"), Spanish channel names ("televisión", "afiche"), dates as 2026-02-15 or
15/02/2026. Whatever it cannot read stops it with a `FactsError` naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from heraldo.core.text import fold
from heraldo.publicity.rules.verdict import gettext_noop

CHANNELS = ("RADIO", "TV", "PRESS", "SOCIAL", "WEB", "OUTDOOR", "PRINT", "SMS")
BROADCAST = frozenset({"RADIO", "TV"})
CHANNEL_ALIASES = {
    "television": "TV",
    "tele": "TV",
    "prensa": "PRESS",
    "diario": "PRESS",
    "periodico": "PRESS",
    "redes": "SOCIAL",
    "redes sociales": "SOCIAL",
    "facebook": "SOCIAL",
    "instagram": "SOCIAL",
    "tiktok": "SOCIAL",
    "x": "SOCIAL",
    "twitter": "SOCIAL",
    "youtube": "SOCIAL",
    "whatsapp": "SOCIAL",
    "pagina web": "WEB",
    "sitio web": "WEB",
    "exterior": "OUTDOOR",
    "paneles": "OUTDOOR",
    "panel": "OUTDOOR",
    "banderola": "OUTDOOR",
    "valla": "OUTDOOR",
    "impreso": "PRINT",
    "afiche": "PRINT",
    "volante": "PRINT",
    "flyer": "PRINT",
    "mensaje de texto": "SMS",
}

# The exceptions of Res. 0844-2025-JNE art. 18 (education, health, security or similar, and notices of
# "impostergable necesidad o utilidad pública", LOE art. 192).
EXCEPTION_TOPICS = ("EDUCACION", "SALUD", "SEGURIDAD", "EMERGENCIA", "SERVICIO_PUBLICO_IMPOSTERGABLE")
# Purposes the ordinary regime looks at: promoting the administration (P3), commercial publicity (P4).
PROMOTIONAL_TOPICS = frozenset({"PROMOCION_GESTION", "OBRAS"})
COMMERCIAL_TOPICS = frozenset({"COMERCIAL"})
TOPICS = (
    *EXCEPTION_TOPICS,
    "TRIBUTOS",
    "SERVICIOS",
    "CULTURA",
    "TURISMO",
    "OBRAS",
    "PROMOCION_GESTION",
    "INSTITUCIONAL",
    "COMERCIAL",
    "OTRO",
)

KINDS = ("PUBLICIDAD", "INFORMATIVO")
FIELDS = (
    "id",
    "kind",
    "channel",
    "paid",
    "exposure_window",
    "ubigeo",
    "topic",
    "justification",
    "texts",
    "detected_people",
    "detected_names",
    "detected_posts",
    "voice_of",
    "palette",
    "logos",
    "jee_authorization_no",
    "plan_id",
)
_TRUE = {"true", "si", "yes", "1", "pagada", "pagado", "paid"}
_FALSE = {"false", "no", "0", "organica", "organico", "organic", ""}
_HEX = re.compile(r"^#?([0-9a-f]{6}|[0-9a-f]{3})$")
_UBIGEO = re.compile(r"^(\d{2}|\d{4}|\d{6})$")
_OPEN_END = {"", "inf", "infinito", "infinity", "∞", "none", "null", "sin fin", "abierto"}


class FactsError(ValueError):
    """The input cannot be read; `field` names the part at fault (e.g. "exposure_window" or "texts[2]")."""

    def __init__(self, field: str, template: str, **params: object):
        self.field = field
        self.template = template
        self.params = {"field": field, **{key: str(value) for key, value in params.items()}}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template % self.params


@dataclass(frozen=True)
class PieceFacts:
    channel: str
    start: date
    end: date | None = None  # None: exposed until someone takes it down
    paid: bool = False
    ubigeo: str = ""
    topic: str = ""
    justification: str = ""  # the written justification
    justification_category: str = ""  # an exception named in the justification itself, if any
    media_justification: str = ""  # the technical justification of the media chosen (Ley 28874 art. 3.c)
    texts: tuple[str, ...] = ()
    detected_people: tuple[str | int, ...] = ()  # names, or ids of the Registro's people tagged in its images
    detected_names: tuple[str, ...] = ()
    detected_posts: tuple[str, ...] = ()
    voice_of: tuple[str | int, ...] = ()
    palette: tuple[str, ...] = ()  # "#rrggbb"
    logos: tuple[str, ...] = ()
    jee_authorization_no: str = ""
    plan_id: str = ""
    id: str = ""
    # PUBLICIDAD (default): a piece that promotes; INFORMATIVO: a press note or organic news post, which the ban
    # reaches only through what it shows (officials, party symbols, appeals), not as publicity itself.
    kind: str = "PUBLICIDAD"

    @property
    def category(self) -> str:
        """The exception the piece claims: the justification's own category, else the topic."""
        return self.justification_category or self.topic

    @property
    def informative(self) -> bool:
        return self.kind == "INFORMATIVO"

    @property
    def broadcast(self) -> bool:
        return self.channel in BROADCAST


def code(value: str) -> str:
    """ "Servicio público impostergable" → "SERVICIO_PUBLICO_IMPOSTERGABLE"."""
    return re.sub(r"[\s\-]+", "_", fold(value).strip()).upper()


def parse_facts(data: object) -> PieceFacts:
    if not isinstance(data, Mapping):
        raise FactsError("piece", gettext_noop("La pieza debe ser un objeto JSON con los campos de la sección 5.3."))
    for name in data:
        if name not in FIELDS:
            raise FactsError(
                str(name),
                gettext_noop("Campo desconocido «%(field)s». Los campos son: %(fields)s."),
                fields=", ".join(FIELDS[1:]),
            )
    if "channel" not in data or data["channel"] in (None, ""):
        raise FactsError("channel", gettext_noop("Falta el canal (%(field)s): %(channels)s."), channels=_channels())
    if "exposure_window" not in data or data["exposure_window"] in (None, "", []):
        raise FactsError(
            "exposure_window",
            gettext_noop("Falta el periodo de exposición (%(field)s): [inicio, fin], fin vacío si no tiene."),
        )
    start, end = _window(data["exposure_window"])
    category, text, media = _justification(data.get("justification"))
    return PieceFacts(
        id=_scalar(data, "id"),
        kind=_kind(data.get("kind")),
        channel=_channel(data["channel"]),
        paid=_bool(data, "paid"),
        start=start,
        end=end,
        ubigeo=_ubigeo(data.get("ubigeo")),
        topic=_topic("topic", data.get("topic")),
        justification=text,
        justification_category=category,
        media_justification=media,
        texts=_strings(data, "texts"),
        detected_people=_people(data, "detected_people"),
        detected_names=_strings(data, "detected_names"),
        detected_posts=_strings(data, "detected_posts"),
        voice_of=_people(data, "voice_of"),
        palette=_palette(data),
        logos=_strings(data, "logos"),
        jee_authorization_no=_scalar(data, "jee_authorization_no"),
        plan_id=_scalar(data, "plan_id"),
    )


def _channels() -> str:
    return ", ".join(CHANNELS)


def _channel(value: object) -> str:
    if not isinstance(value, str):
        raise FactsError(
            "channel", gettext_noop("El canal (%(field)s) es un texto: %(channels)s."), channels=_channels()
        )
    folded = fold(value).strip()
    if folded.upper() in CHANNELS:
        return folded.upper()
    if folded in CHANNEL_ALIASES:
        return CHANNEL_ALIASES[folded]
    raise FactsError(
        "channel", gettext_noop("Canal desconocido «%(value)s»: use %(channels)s."), value=value, channels=_channels()
    )


def _kind(value: object) -> str:
    if value in (None, ""):
        return "PUBLICIDAD"
    if not isinstance(value, str) or code(value) not in KINDS:
        raise FactsError("kind", gettext_noop("«%(field)s» es PUBLICIDAD o INFORMATIVO, no «%(value)s»."), value=value)
    return code(value)


def _bool(data: Mapping, name: str) -> bool:
    value = data.get(name, False)
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    folded = fold(str(value)).strip()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise FactsError(name, gettext_noop("«%(field)s» es verdadero o falso (true/false), no «%(value)s»."), value=value)


def parse_day(value: object, name: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text):
                return datetime.strptime(text, "%d/%m/%Y").date()
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise FactsError(
        name, gettext_noop("Fecha no válida en %(field)s: «%(value)s» (use 2026-02-15 o 15/02/2026)."), value=value
    )


def _window(value: object) -> tuple[date, date | None]:
    name = "exposure_window"
    if isinstance(value, Mapping):
        unknown = set(value) - {"start", "end"}
        if unknown:
            raise FactsError(
                f"{name}.{sorted(unknown)[0]}", gettext_noop("El periodo de exposición solo tiene «start» y «end».")
            )
        raw_start, raw_end = value.get("start"), value.get("end")
    elif isinstance(value, list | tuple) and 1 <= len(value) <= 2:
        raw_start, raw_end = value[0], (value[1] if len(value) == 2 else None)
    elif isinstance(value, str):
        raw_start, raw_end = value, None
    else:
        raise FactsError(name, gettext_noop("El periodo de exposición (%(field)s) es [inicio, fin]."))
    if raw_start in (None, ""):
        raise FactsError(f"{name}.start", gettext_noop("Falta la fecha de inicio de la exposición (%(field)s)."))
    start = parse_day(raw_start, f"{name}.start")
    if raw_end is None or (isinstance(raw_end, str) and fold(raw_end).strip() in _OPEN_END):
        return start, None
    end = parse_day(raw_end, f"{name}.end")
    if end < start:
        raise FactsError(
            f"{name}.end",
            gettext_noop("El fin de la exposición (%(end)s) es anterior a su inicio (%(start)s)."),
            start=start.strftime("%d/%m/%Y"),
            end=end.strftime("%d/%m/%Y"),
        )
    return start, end


def _ubigeo(value: object) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
        value = text.zfill(len(text) + len(text) % 2)
    if not isinstance(value, str) or not _UBIGEO.match(value.strip()):
        raise FactsError(
            "ubigeo",
            gettext_noop("El ubigeo (%(field)s) tiene 2 (departamento), 4 (provincia) o 6 dígitos (distrito)."),
        )
    return value.strip()


def _topic(name: str, value: object) -> str:
    if value in (None, ""):
        return ""
    if not isinstance(value, str) or code(value) not in TOPICS:
        raise FactsError(
            name,
            gettext_noop("Tema desconocido «%(value)s» en %(field)s: use %(topics)s."),
            value=value,
            topics=", ".join(TOPICS),
        )
    return code(value)


def _justification(value: object) -> tuple[str, str, str]:
    """(category, written text, media justification) from a text or {"category", "text", "media"}."""
    if value in (None, ""):
        return "", "", ""
    if isinstance(value, str):
        if code(value) in EXCEPTION_TOPICS:
            return code(value), "", ""
        return "", value.strip(), ""
    if isinstance(value, Mapping):
        unknown = set(value) - {"category", "text", "media"}
        if unknown:
            raise FactsError(
                f"justification.{sorted(unknown)[0]}",
                gettext_noop("La justificación solo tiene «category», «text» y «media»."),
            )
        category = _topic("justification.category", value.get("category"))
        text, media = value.get("text") or "", value.get("media") or ""
        for key, item in (("text", text), ("media", media)):
            if not isinstance(item, str):
                raise FactsError(f"justification.{key}", gettext_noop("«%(field)s» es un texto."))
        return category, text.strip(), media.strip()
    raise FactsError("justification", gettext_noop("La justificación (%(field)s) es un texto o un objeto."))


def _scalar(data: Mapping, name: str) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise FactsError(name, gettext_noop("«%(field)s» es un texto o un número."))
    return str(value).strip()


def _items(data: Mapping, name: str) -> list:
    value = data.get(name)
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list | tuple):
        raise FactsError(name, gettext_noop("«%(field)s» es una lista."))
    return list(value)


def _strings(data: Mapping, name: str) -> tuple[str, ...]:
    items = []
    for index, item in enumerate(_items(data, name)):
        if not isinstance(item, str):
            raise FactsError(f"{name}[{index}]", gettext_noop("Cada elemento de la lista es un texto (%(field)s)."))
        if item.strip():
            items.append(item.strip())
    return tuple(items)


def _people(data: Mapping, name: str) -> tuple[str | int, ...]:
    """People by name, or by the id of the Registro's person ({"id": 12, "name": "…"} or 12)."""
    people: list[str | int] = []
    for index, item in enumerate(_items(data, name)):
        if isinstance(item, Mapping):
            item = item.get("id") if item.get("id") not in (None, "") else item.get("name")
        if isinstance(item, bool) or not isinstance(item, str | int):
            raise FactsError(
                f"{name}[{index}]", gettext_noop("Cada persona es un nombre o el número de la persona (%(field)s).")
            )
        if isinstance(item, str) and not item.strip():
            continue
        people.append(item.strip() if isinstance(item, str) else item)
    return tuple(people)


def _palette(data: Mapping) -> tuple[str, ...]:
    colours = []
    for index, item in enumerate(_items(data, "palette")):
        match = _HEX.match(item.strip().lower()) if isinstance(item, str) else None
        if not match:
            raise FactsError(
                f"palette[{index}]",
                gettext_noop("Color no válido en %(field)s: «%(value)s» (use #RRGGBB)."),
                value=item,
            )
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(char * 2 for char in digits)
        colours.append(f"#{digits}")
    return tuple(colours)
