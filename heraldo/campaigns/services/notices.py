"""Who hears about what in Campañas: the office's coordinators, or the people of the requesting unit."""

from __future__ import annotations

from collections.abc import Iterable

from heraldo.core import roles
from heraldo.core.models import User
from heraldo.core.notifications import notify

# The office reads incoming briefs: the head of unit and the press team, who coordinate campaigns.
OFFICE_COORDINATORS = (roles.HEAD_OF_UNIT, roles.PRESS)


def office_coordinators() -> list[User]:
    return list(User.objects.filter(is_active=True, groups__name__in=OFFICE_COORDINATORS).distinct())


def unit_people(unit: str) -> list[User]:
    if not unit:
        return []
    return list(
        User.objects.filter(is_active=True, requesting_unit=unit, groups__name=roles.REQUESTING_UNIT).distinct()
    )


def tell(people: Iterable[User], *, actor, title: str, params: dict, url: str, body: str = "") -> None:
    recipients = {person for person in people if person is not None and person != actor}
    if recipients:
        notify(users=recipients, title=title, title_params=params, body=body[:300], url=url)
