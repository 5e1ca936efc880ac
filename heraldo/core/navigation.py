"""The modules of Heraldo as the office sees them, and who may open each."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Module:
    slug: str
    title: Promise
    icon: str
    capabilities: tuple[str, ...]
    url_name: str
    summary: Promise
    functions: tuple[int, ...] = ()

    @property
    def url(self) -> str:
        """The module's own home once it has one; until then the core landing page."""
        if self.url_name == "core:module":
            return reverse(self.url_name, args=[self.slug])
        return reverse(self.url_name)


MODULES: tuple[Module, ...] = (
    Module(
        "agenda",
        _("Agenda y Protocolo"),
        "calendar-event",
        ("access_agenda",),
        "ceremonial:home",
        _(
            "Agenda oficial del Alcalde, ceremonias y actos protocolares, invitados, "
            "precedencia, mesa de honor y guion del maestro de ceremonias."
        ),
        (1, 9, 16),
    ),
    Module(
        "registro",
        _("Registro"),
        "person-vcard",
        ("access_directory",),
        "directory:home",
        _("Entidades oficiales, autoridades y personas representativas, cargos, coordinaciones y aniversarios."),
        (3, 5, 10),
    ),
    Module(
        "prensa",
        _("Prensa y Publicaciones"),
        "newspaper",
        ("access_press",),
        "press:home",
        _("Notas de prensa con aprobación, sala de prensa pública, biblioteca de medios, boletines y revistas."),
        (2, 4, 11),
    ),
    Module(
        "campanas",
        _("Campañas"),
        "megaphone",
        ("access_campaigns", "request_campaigns"),
        "core:module",
        _("Plan de comunicación, solicitudes de las unidades, acciones, piezas y control de publicidad estatal."),
        (6, 8, 12),
    ),
    Module(
        "monitoreo",
        _("Monitoreo"),
        "broadcast",
        ("access_monitoring",),
        "monitoring:home",
        _("Seguimiento de medios, menciones, tono, alertas al Alcalde, síntesis informativa y archivo de prensa."),
        (7, 13, 14, 15),
    ),
    Module(
        "reportes",
        _("Reportes"),
        "bar-chart-line",
        ("access_reports",),
        "core:module",
        _("Informe mensual a la Alcaldía sobre proyectos, programas y actividades de la unidad."),
        (17,),
    ),
    Module(
        "encargos",
        _("Encargos"),
        "clipboard-check",
        ("access_assignments",),
        "work:assignment_list",
        _("Encargos de la Secretaría General y la Alcaldía, con responsables y plazos."),
        (18,),
    ),
)

MODULES_BY_SLUG = {module.slug: module for module in MODULES}


def modules_for(user) -> list[Module]:
    from heraldo.core.permissions import has_capability

    return [m for m in MODULES if any(has_capability(user, c) for c in m.capabilities)]
