"""A stored repetition rule (`FREQ=WEEKLY;BYDAY=SU`) said in words for the office:
"cada domingo", "cada 2 semanas los lunes y jueves", "el primer lunes de cada mes".
Nobody reads RFC 5545 at the Unidad de Imagen; the rule stays stored as a rule."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy

from heraldo.ceremonial.recurrence import LIMA

_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY = dict(
    zip(
        _CODES,
        (
            gettext_lazy("lunes"),
            gettext_lazy("martes"),
            gettext_lazy("miércoles"),
            gettext_lazy("jueves"),
            gettext_lazy("viernes"),
            gettext_lazy("sábado"),
            gettext_lazy("domingo"),
        ),
        strict=True,
    )
)
_DAYS = dict(
    zip(
        _CODES,
        (
            pgettext_lazy("weekdays, plural", "lunes"),
            pgettext_lazy("weekdays, plural", "martes"),
            pgettext_lazy("weekdays, plural", "miércoles"),
            pgettext_lazy("weekdays, plural", "jueves"),
            pgettext_lazy("weekdays, plural", "viernes"),
            pgettext_lazy("weekdays, plural", "sábados"),
            pgettext_lazy("weekdays, plural", "domingos"),
        ),
        strict=True,
    )
)
_ORDINAL = {
    1: gettext_lazy("primer"),
    2: gettext_lazy("segundo"),
    3: gettext_lazy("tercer"),
    4: gettext_lazy("cuarto"),
    5: gettext_lazy("quinto"),
    -1: gettext_lazy("último"),
}
_NTH_DAY = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")


def _join(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return _("%(first)s y %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def _weekly(interval: int, days: list[str]) -> str:
    if interval == 1:
        return _("cada %(days)s") % {"days": _join([str(_DAY[d]) for d in days])}
    return _("cada %(n)d semanas los %(days)s") % {"n": interval, "days": _join([str(_DAYS[d]) for d in days])}


def _monthly(interval: int, parts: dict[str, str], start: datetime) -> str:
    every = ngettext("cada mes", "cada %(n)d meses", interval) % {"n": interval}
    nth = _NTH_DAY.match(parts.get("BYDAY", ""))
    position = parts.get("BYSETPOS")
    if nth and (nth.group(1) or position):
        order = int(nth.group(1) or position or 1)
        if order in _ORDINAL:
            return _("el %(nth)s %(day)s de %(every)s") % {
                "nth": _ORDINAL[order],
                "day": _DAY[nth.group(2)],
                "every": every,
            }
    day = parts.get("BYMONTHDAY", str(start.day))
    return _("%(every)s, el día %(day)s") % {"every": every, "day": day}


def _until(parts: dict[str, str]) -> str:
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        return ngettext(", %(n)d vez", ", %(n)d veces", count) % {"n": count}
    if "UNTIL" in parts:
        text = parts["UNTIL"]
        moment = datetime.strptime(text[:8], "%Y%m%d")
        if text.endswith("Z"):  # stored in UTC: the last day is Lima's
            moment = datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone(LIMA)
        return _(", hasta el %(day)s") % {"day": formats.date_format(moment, "d/m/Y")}
    return ""


def describe_rule(rule: str, *, starts_at: datetime) -> str:
    """The rule in words, in the active language; empty for an event that does not repeat."""
    if not rule:
        return ""
    parts = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    start = starts_at.astimezone(LIMA)
    interval = int(parts.get("INTERVAL", "1") or 1)
    frequency = parts.get("FREQ")
    if frequency == "DAILY":
        text = ngettext("cada día", "cada %(n)d días", interval) % {"n": interval}
    elif frequency == "WEEKLY":
        days = [d for d in parts.get("BYDAY", "").split(",") if d in _CODES] or [_CODES[start.weekday()]]
        text = _weekly(interval, days)
    elif frequency == "MONTHLY":
        text = _monthly(interval, parts, start)
    elif frequency == "YEARLY":
        every = ngettext("cada año", "cada %(n)d años", interval) % {"n": interval}
        text = _("%(every)s, el %(day)s") % {"every": every, "day": formats.date_format(start, "d/m")}
    else:
        return _("con una repetición personalizada")
    return text + _until(parts)
