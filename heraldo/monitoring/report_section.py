"""Monitoreo's section of the monthly report: the coverage of the period, its tone, the outlets and topics that
carried it, against the previous period (functions 7, 14 and 15).

Only original stories count (a copy of a story is the same story), and a story's topics are the ones Monitoreo
decided on (ClippingTopic.is_assigned), never raw keyword hits.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from urllib.parse import urlencode

from django.db.models import Count, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.core.dates import shown_datetime
from heraldo.core.report_sections import (
    TABLE_ROW_LIMIT,
    Chart,
    Figure,
    ItemRow,
    ItemTable,
    SectionData,
    local_bounds,
    previous_period,
    register_report_section,
)
from heraldo.monitoring.models import Clipping, ClippingTopic, Tone

TOP = 5


def _originals(period_start: date, period_end: date) -> QuerySet[Clipping]:
    since, until = local_bounds(period_start, period_end)
    return Clipping.objects.filter(duplicate_of__isnull=True, published_at__gte=since, published_at__lt=until)


def _topic_counts(period_start: date, period_end: date) -> Counter:
    since, until = local_bounds(period_start, period_end)
    rows = (
        ClippingTopic.objects.filter(
            is_assigned=True,
            clipping__duplicate_of__isnull=True,
            clipping__published_at__gte=since,
            clipping__published_at__lt=until,
        )
        .values("topic__name")
        .annotate(n=Count("clipping", distinct=True))
    )
    return Counter({row["topic__name"]: row["n"] for row in rows})


def _archive_url(period_start: date, period_end: date, tone: str = "") -> str:
    query = {"date_from": period_start.isoformat(), "date_to": period_end.isoformat()}
    if tone:
        query["tone"] = tone
    return f"{reverse('monitoring:clipping_list')}?{urlencode(query)}"


def _table(key: str, title: str, clippings: QuerySet[Clipping], total: int, more_url: str) -> ItemTable:
    rows = [
        ItemRow(
            c.title,
            reverse("monitoring:clipping_detail", args=[c.pk]),
            shown_datetime(c.published_at),
            f"{c.outlet.name if c.outlet_id else c.outlet_name} · {c.get_tone_display()}",
        )
        for c in clippings.select_related("outlet").order_by("published_at", "pk")[:TABLE_ROW_LIMIT]
    ]
    return ItemTable(key, title, rows, total=total, more_url=more_url)


@register_report_section(
    "monitoring",
    title=gettext_lazy("Cobertura de medios"),
    functions=(7, 14, 15),
    position=40,
    figures={
        "clippings": gettext_lazy("Notas publicadas sobre la Municipalidad"),
        "positive": gettext_lazy("De tono positivo"),
        "neutral": gettext_lazy("De tono neutral"),
        "negative": gettext_lazy("De tono negativo"),
    },
)
def monitoring_section(period_start: date, period_end: date) -> SectionData:
    originals = _originals(period_start, period_end)
    tones = dict(originals.values_list("tone").annotate(n=Count("pk")).order_by())
    total = sum(tones.values())
    outlets = Counter(
        {
            (row["outlet__name"] or row["outlet_name"] or _("Medio sin registrar")): row["n"]
            for row in originals.values("outlet__name", "outlet_name").annotate(n=Count("pk")).order_by()
        }
    )
    topics = _topic_counts(period_start, period_end)
    earlier_topics = _topic_counts(*previous_period(period_start, period_end))
    top_topics = topics.most_common(TOP)
    tone_labels = dict(Tone.choices)
    figures = [Figure("clippings", total, table="clippings")]
    tables = [_table("clippings", _("Notas del periodo"), originals, total, _archive_url(period_start, period_end))]
    for tone in (Tone.POSITIVE, Tone.NEUTRAL, Tone.NEGATIVE):
        figures.append(Figure(tone.value, tones.get(tone, 0), table=tone.value))
        tables.append(
            _table(
                tone.value,
                _("Notas de tono %(tone)s") % {"tone": str(tone_labels[tone]).lower()},
                originals.filter(tone=tone),
                tones.get(tone, 0),
                _archive_url(period_start, period_end, tone),
            )
        )
    negative_share = round(tones.get(Tone.NEGATIVE, 0) * 100 / total) if total else 0
    draft = ngettext(
        "Monitoreo registró %(total)s nota sobre la Municipalidad: %(positive)s positivas, %(neutral)s neutrales "
        "y %(negative)s negativas (%(share)s %% negativas).",
        "Monitoreo registró %(total)s notas sobre la Municipalidad: %(positive)s positivas, %(neutral)s neutrales "
        "y %(negative)s negativas (%(share)s %% negativas).",
        total,
    ) % {
        "total": total,
        "positive": tones.get(Tone.POSITIVE, 0),
        "neutral": tones.get(Tone.NEUTRAL, 0),
        "negative": tones.get(Tone.NEGATIVE, 0),
        "share": negative_share,
    }
    if outlets:
        draft += " " + _("El medio que más informó fue %(outlet)s.") % {"outlet": outlets.most_common(1)[0][0]}
    if top_topics:
        draft += " " + _("Los temas principales fueron: %(topics)s.") % {
            "topics": ", ".join(name for name, _count in top_topics)
        }
    return SectionData(
        figures=figures,
        charts=[
            Chart(
                "tone",
                _("Notas por tono"),
                [str(tone_labels[t]) for t in (Tone.POSITIVE, Tone.NEUTRAL, Tone.NEGATIVE)],
                [tones.get(t, 0) for t in (Tone.POSITIVE, Tone.NEUTRAL, Tone.NEGATIVE)],
            ),
            Chart(
                "outlets",
                _("Medios que más informaron"),
                [name for name, _count in outlets.most_common(TOP)],
                [count for _name, count in outlets.most_common(TOP)],
            ),
            Chart(
                "topics",
                _("Temas principales frente al periodo anterior"),
                [name for name, _count in top_topics],
                [count for _name, count in top_topics],
                previous=[earlier_topics.get(name, 0) for name, _count in top_topics],
            ),
        ],
        tables=tables,
        draft=draft,
    )
