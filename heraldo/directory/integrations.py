"""What the Registro offers the core: a search provider, a panel on Hoy and its private files."""

from __future__ import annotations

import os
from datetime import datetime

from django.core import checks
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from heraldo.core.branding import forget_municipality_name, register_municipality_name_source
from heraldo.core.media import PrivateFiles, allowed_by_gate, register_private_files
from heraldo.core.navigation import Module, register_module
from heraldo.core.search import SearchGroup, SearchHit, register_search_provider
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.directory.permissions import access_coordination, can_read, can_see_personal_data
from heraldo.directory.selectors import entity_filter, person_filter, sorted_persons
from heraldo.directory.selectors_keeping import REGISTRY_STAMP
from heraldo.work.subjects import register_subject_gate

SEARCH_LIMIT = 8

# A follow-up of a coordination goes to someone who can open the coordination.
register_subject_gate("directory.coordination", lambda user, coordination: can_read(user))


@register_municipality_name_source
def own_municipality_name() -> str | None:
    """The one home of the municipality's name: the Registro's own municipality."""
    from heraldo.directory.models import Entity

    return Entity.objects.filter(is_own_municipality=True).values_list("name", flat=True).first()


def _own_municipality_changed(sender, instance, **kwargs) -> None:
    # Any change to an entity that is (or was) ours: the name is read again on the next page.
    forget_municipality_name()


def _connect_name_refresh() -> None:
    from django.db.models.signals import post_delete, post_save

    from heraldo.directory.models import Entity

    post_save.connect(_own_municipality_changed, sender=Entity, dispatch_uid="directory-own-municipality-saved")
    post_delete.connect(_own_municipality_changed, sender=Entity, dispatch_uid="directory-own-municipality-deleted")


_connect_name_refresh()


@checks.register()
def _old_municipality_setting(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """HERALDO_MUNICIPALITY_NAME is no longer read: say so rather than let an operator think it still counts."""
    if not os.environ.get("HERALDO_MUNICIPALITY_NAME"):
        return []
    return [
        checks.Warning(
            "HERALDO_MUNICIPALITY_NAME is no longer read: the municipality's name is the Registro's own municipality.",
            hint="Remove the variable; edit the name of the entity marked 'es nuestra municipalidad' in the Registro.",
            id="heraldo.W101",
        )
    ]


register_module(
    Module(
        "registro",
        _("Registro"),
        "person-vcard",
        ("access_directory",),
        "directory:home",
        _("Entidades oficiales, autoridades y personas representativas, cargos, coordinaciones y aniversarios."),
        position=20,
    )
)


register_private_files(
    PrivateFiles(
        "directory/coordination/",
        "directory.Coordination",
        "document",
        lambda user, coordination: allowed_by_gate(access_coordination, user, coordination.pk),
    )
)
register_private_files(
    PrivateFiles(
        "directory/people/", "directory.Person", "photo", lambda user, _person: can_see_personal_data(user), inline=True
    )
)


@register_search_provider
def registry_search(user, query: str) -> SearchGroup | None:
    if not can_read(user) or not query.strip():
        return None
    hits = [
        SearchHit(entity.name, reverse("directory:entity_detail", args=[entity.pk]), entity.get_kind_display())
        for entity in entity_filter({"q": query, "active": "all"}).order_by("name")[:SEARCH_LIMIT]
    ]
    hits += [
        SearchHit(person.full_name, reverse("directory:person_detail", args=[person.pk]), person.institutional_email)
        for person in sorted_persons(person_filter({"q": query, "active": "all"}), searching=True)[:SEARCH_LIMIT]
    ]
    return SearchGroup(_("Registro"), hits)


@register_panel("directory", position=40, stamps=(REGISTRY_STAMP,))
def registry_panel(user, now: datetime) -> Panel | None:
    if not can_read(user):
        return None
    from heraldo.directory.selectors_keeping import occasions_between, registry_figures

    today = timezone.localdate(now)  # the Lima day, whatever zone `now` was given in
    items = [
        PanelItem(occasion.title, occasion.url, occasion.detail, str(occasion.badge))
        for occasion in occasions_between(today, today, include_birthdays=can_see_personal_data(user))
    ]
    stale = registry_figures(now=now).stale
    total = stale["entities"] + stale["persons"]
    if total:
        items.append(
            PanelItem(
                str(_("Registros por verificar")),
                reverse("directory:stale_list"),
                ngettext(
                    "%(n)s registro sin verificar en los últimos 6 meses.",
                    "%(n)s registros sin verificar en los últimos 6 meses.",
                    total,
                )
                % {"n": total},
                str(total),
            )
        )
    return Panel(
        "directory",
        _("Aniversarios y cumpleaños de hoy"),
        "gift",
        _("Hoy no hay aniversarios ni cumpleaños en el Registro."),
        items=items,
        action_url=reverse("directory:occasions"),
        action_label=_("Ver el calendario"),
    )
