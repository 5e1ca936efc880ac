"""Publicidad estatal in the demo office: two political organisations running in the district, one of them the
mayor's, and the mayor's nickname (the 2026 processes come from the migration)."""

from __future__ import annotations

from django.utils import timezone

from heraldo.core.demo import register_demo_loader
from heraldo.core.models import User
from heraldo.directory.models import Entity
from heraldo.directory.selectors import current_terms
from heraldo.publicity.models import Nickname, PoliticalPalette

DEMO_PALETTES = (
    # organisation, colours, keywords, logos, the mayor's
    ("Fuerza Candelaria", "#E30613, #FFD100", "FC\nCon la fuerza del pueblo", "puño en alto", True),
    ("Alianza Verde del Mar", "#00843D", "AVM\nEl mar es de todos", "ola verde", False),
)


@register_demo_loader
def load_publicity_demo(actor: User) -> None:
    if PoliticalPalette.objects.exists():
        return
    for organisation, colours, keywords, logos, is_mayors in DEMO_PALETTES:
        PoliticalPalette.objects.create(
            organisation=organisation, colours=colours, keywords=keywords, logos=logos, is_mayors=is_mayors
        )
    municipality = Entity.objects.filter(is_own_municipality=True).first()
    if municipality is None:
        return
    mayor = (
        current_terms(on=timezone.localdate())
        .filter(position__entity=municipality, position__office_code__startswith="ALCALDE")
        .first()
    )
    if mayor is not None:
        Nickname.objects.get_or_create(person=mayor.person, nickname=f"el Profe {mayor.person.surnames.split()[0]}")
