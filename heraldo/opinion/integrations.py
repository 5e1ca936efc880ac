"""What Opinión pública offers the core: its menu entry."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from heraldo.core.navigation import Module, register_module

register_module(
    Module(
        "opinion",
        _("Opinión pública"),
        "stoplights",
        ("access_opinion",),
        "opinion:dashboard",
        _("Lo que dicen medios y vecinos por tema y sector, el semáforo y los mensajes de los vecinos."),
        position=70,
    )
)
