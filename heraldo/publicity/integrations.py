"""What the publicity module adds to the whole: its menu entry."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from heraldo.core.navigation import Module, register_module

register_module(
    Module(
        "publicidad",
        _("Publicidad estatal"),
        "megaphone",
        ("access_campaigns",),
        "publicity:process_list",
        _("Procesos electorales, paletas de organizaciones políticas y apodos de autoridades que usa la verificación."),
        position=45,
    )
)
