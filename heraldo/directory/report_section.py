"""The Registro's section of the monthly report: the coordination held with entities (functions 3, 5 and 10)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.core.dates import shown_date
from heraldo.core.report_sections import Chart, Figure, ItemRow, ItemTable, SectionData, register_report_section
from heraldo.directory.models import Coordination, CoordinationKind


def _row(coordination: Coordination) -> ItemRow:
    return ItemRow(
        title=coordination.subject,
        url=coordination.get_absolute_url(),
        when=shown_date(coordination.occurred_on),
        detail=f"{coordination.get_kind_display()} · {coordination.entity.name}",
    )


@register_report_section(
    "directory",
    title=gettext_lazy("Coordinación con entidades"),
    functions=(3, 5, 10),
    position=20,
    figures={
        "coordinations": gettext_lazy("Coordinaciones registradas"),
        "entities": gettext_lazy("Entidades con las que se coordinó"),
        "agreements": gettext_lazy("Convenios"),
    },
)
def directory_section(period_start: date, period_end: date) -> SectionData:
    coordinations = list(
        Coordination.objects.filter(occurred_on__range=(period_start, period_end))
        .select_related("entity")
        .order_by("occurred_on", "pk")
    )
    agreements = [c for c in coordinations if c.kind == CoordinationKind.AGREEMENT]
    entities = {c.entity_id for c in coordinations}
    kinds = Counter(c.kind for c in coordinations)
    labels = dict(CoordinationKind.choices)
    by_entity: dict[int, list[Coordination]] = {}
    for coordination in coordinations:
        by_entity.setdefault(coordination.entity_id, []).append(coordination)
    entity_rows = [
        ItemRow(
            title=found[0].entity.name,
            url=reverse("directory:entity_detail", args=[found[0].entity_id]),
            when=shown_date(found[-1].occurred_on),
            detail=_("%(count)s coordinaciones") % {"count": len(found)},
        )
        for found in by_entity.values()
    ]
    return SectionData(
        figures=[
            Figure("coordinations", len(coordinations), table="coordinations"),
            Figure("entities", len(entities), table="entities"),
            Figure("agreements", len(agreements), table="agreements"),
        ],
        charts=[
            Chart(
                "by_kind",
                _("Coordinaciones por tipo"),
                [str(labels.get(code, code)) for code, _count in kinds.most_common()],
                [count for _code, count in kinds.most_common()],
            )
        ],
        tables=[
            ItemTable("coordinations", _("Coordinaciones del periodo"), [_row(c) for c in coordinations]),
            ItemTable("entities", _("Entidades"), entity_rows),
            ItemTable("agreements", _("Convenios"), [_row(c) for c in agreements]),
        ],
        draft=" ".join(
            (
                ngettext(
                    "La unidad registró %(count)s coordinación",
                    "La unidad registró %(count)s coordinaciones",
                    len(coordinations),
                )
                % {"count": len(coordinations)},
                ngettext("con %(entities)s entidad.", "con %(entities)s entidades.", len(entities))
                % {"entities": len(entities)},
                # "of which 0 were agreements" is no sentence an officer signs: said only when there were some
                ngettext(
                    "De ellas, %(agreements)s fue un convenio.",
                    "De ellas, %(agreements)s fueron convenios.",
                    len(agreements),
                )
                % {"agreements": len(agreements)}
                if agreements
                else "",
            )
        ).strip(),
    )
