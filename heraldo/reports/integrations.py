"""What Reportes offers the core: its menu entry."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from heraldo.core.navigation import Module, register_module

register_module(
    Module(
        "reportes",
        _("Reportes"),
        "file-earmark-bar-graph",
        ("access_reports",),
        "reports:report_list",
        _("El informe mensual a la Alcaldía, compilado de lo que hizo la oficina, y las metas del POI."),
        position=90,
    )
)
