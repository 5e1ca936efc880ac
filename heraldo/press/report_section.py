"""Prensa's section of the monthly report: releases published and bulletins issued (functions 4, 6, 11 and 15)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.core.dates import shown_datetime
from heraldo.core.report_sections import (
    Chart,
    Figure,
    ItemRow,
    ItemTable,
    SectionData,
    local_bounds,
    register_report_section,
)
from heraldo.press.models import Bulletin, PressRelease, ReleaseStatus

# A release withdrawn afterwards was still published in its month: the report says what the office did then.
PUBLISHED_THEN = (ReleaseStatus.PUBLISHED, ReleaseStatus.WITHDRAWN)


@register_report_section(
    "press",
    title=gettext_lazy("Prensa y publicaciones"),
    functions=(4, 6, 11, 15),
    position=30,
    figures={
        "releases": gettext_lazy("Notas de prensa publicadas"),
        "distributed": gettext_lazy("Notas enviadas a los medios"),
        "bulletins": gettext_lazy("Boletines publicados"),
    },
)
def press_section(period_start: date, period_end: date) -> SectionData:
    since, until = local_bounds(period_start, period_end)
    releases = list(
        PressRelease.objects.filter(status__in=PUBLISHED_THEN, published_at__gte=since, published_at__lt=until)
        .select_related("category")
        .order_by("published_at", "pk")
    )
    distributed = [r for r in releases if r.distributed_at is not None]
    bulletins = list(
        Bulletin.objects.filter(
            status=Bulletin.Status.PUBLISHED, published_at__gte=since, published_at__lt=until
        ).order_by("published_at", "pk")
    )
    categories = Counter(r.category.name if r.category_id else _("Sin categoría") for r in releases)

    def release_row(release: PressRelease) -> ItemRow:
        detail = release.category.name if release.category_id else ""
        if release.status == ReleaseStatus.WITHDRAWN:
            detail = " · ".join(part for part in (detail, _("retirada después")) if part)
        return ItemRow(release.headline, release.get_absolute_url(), shown_datetime(release.published_at), detail)

    bulletin_rows = [
        ItemRow(str(b), b.get_absolute_url(), shown_datetime(b.published_at), b.period_label) for b in bulletins
    ]
    return SectionData(
        figures=[
            Figure("releases", len(releases), table="releases"),
            Figure("distributed", len(distributed), table="distributed"),
            Figure("bulletins", len(bulletins), table="bulletins"),
        ],
        charts=[
            Chart(
                "by_category",
                _("Notas por categoría"),
                [name for name, _count in categories.most_common()],
                [count for _name, count in categories.most_common()],
            )
        ],
        tables=[
            ItemTable("releases", _("Notas de prensa publicadas"), [release_row(r) for r in releases]),
            ItemTable("distributed", _("Notas enviadas a los medios"), [release_row(r) for r in distributed]),
            ItemTable("bulletins", _("Boletines publicados"), bulletin_rows),
        ],
        draft=" ".join(
            (
                ngettext(
                    "Se publicó %(releases)s nota de prensa",
                    "Se publicaron %(releases)s notas de prensa",
                    len(releases),
                )
                % {"releases": len(releases)},
                ngettext(
                    "(%(distributed)s enviada a los medios)",
                    "(%(distributed)s enviadas a los medios)",
                    len(distributed),
                )
                % {"distributed": len(distributed)},
                ngettext(
                    "y %(bulletins)s edición del boletín municipal.",
                    "y %(bulletins)s ediciones del boletín municipal.",
                    len(bulletins),
                )
                % {"bulletins": len(bulletins)},
            )
        ),
    )
