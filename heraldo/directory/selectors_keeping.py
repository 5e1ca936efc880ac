"""Reads that keep the registry true: records to verify, anniversaries, birthdays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Q, QuerySet

from heraldo.directory.models import Entity, Person

STALE_AFTER = timedelta(days=182)  # six months


def _stale(model, now: datetime) -> QuerySet:
    limit = now - STALE_AFTER
    return model.objects.filter(is_active=True).filter(Q(verified_at__isnull=True) | Q(verified_at__lt=limit))


def stale_entities(*, now: datetime) -> QuerySet[Entity]:
    return _stale(Entity, now).select_related("verified_by").order_by("verified_at", "name")


def stale_persons(*, now: datetime) -> QuerySet[Person]:
    return _stale(Person, now).select_related("verified_by").order_by("verified_at", "surnames")


def _stale_count(model, now: datetime) -> int:
    """Two ranges of the (is_active, verified_at) index, never verified and verified too long ago: counted
    as one OR, SQLite walked 50,000 persons in surname order (260 ms on every load of Hoy)."""
    active = model.objects.filter(is_active=True)
    return active.filter(verified_at__isnull=True).count() + active.filter(verified_at__lt=now - STALE_AFTER).count()


def stale_counts(*, now: datetime) -> dict[str, int]:
    return {"entities": _stale_count(Entity, now), "persons": _stale_count(Person, now)}


# Counting 50,000 persons and 10,000 entities (active, by kind, to verify) took 30 ms on every load of Hoy
# and of the Registro, for figures that move slowly: they are cached under this change stamp, which the
# registry's own writes (creating, editing, verifying, merging a record) raise, so every process sees them at
# once; a bulk import shows within the cache's minute.
REGISTRY_STAMP = "directory.registry"


@dataclass(frozen=True)
class RegistryFigures:
    entities: int
    persons: int
    entities_by_kind: list[tuple[str, int]]  # most numerous kind first
    stale: dict[str, int]  # "entities", "persons": not verified in six months


def registry_figures(*, now: datetime) -> RegistryFigures:
    from django.db.models import Count

    from heraldo.core.stamps import cached_figure, stamp_values

    def count() -> RegistryFigures:
        active_entities = Entity.objects.filter(is_active=True)
        return RegistryFigures(
            entities=active_entities.count(),
            persons=Person.objects.filter(is_active=True).count(),
            entities_by_kind=list(
                active_entities.values("kind").annotate(n=Count("pk")).order_by("-n").values_list("kind", "n")
            ),
            stale=stale_counts(now=now),
        )

    return cached_figure("registry", stamp_values([REGISTRY_STAMP]), count)


def active_record_count(model: type[Entity] | type[Person]) -> int:
    """How many entities or persons are active (what their unfiltered lists count), cached under the same stamp:
    counting 50,000 persons took 2 ms on SQLite on every load of the list."""
    from heraldo.core.stamps import cached_figure, stamp_values

    return cached_figure(
        f"registry-active:{model._meta.model_name}",
        stamp_values([REGISTRY_STAMP]),
        lambda: model.objects.filter(is_active=True).count(),
    )


def forget_registry_figures() -> None:
    """After a write of the registry (never before it: a reader could cache the old figures under the new stamp)."""
    from heraldo.core.stamps import raise_stamps

    raise_stamps(REGISTRY_STAMP)


# --------------------------------------------------------------------------- anniversaries and birthdays


@dataclass
class Occasion:
    on: date
    kind: str  # "anniversary" | "birthday"
    title: str
    detail: str
    url: str
    badge: str
    years: int | None
    target_id: int  # the entity's (anniversary) or the person's (birthday)
    sent: bool = False


def _month_days(start: date, end: date) -> list[int]:
    """The days of [start, end] as month-day numbers (`month_day`), looked up through their indexes."""
    days, day = [], start
    while day <= end:
        days.append(day.month * 100 + day.day)
        day += timedelta(days=1)
    return days


def _occurrence(original: date, start: date) -> date:
    """This year's (or next year's, across new year) occurrence of a date within [start, …]; 29/02 → 28/02."""
    for year in (start.year, start.year + 1):
        try:
            candidate = original.replace(year=year)
        except ValueError:
            candidate = date(year, 2, 28)
        if candidate >= start:
            return candidate
    return original.replace(year=start.year + 1)


def occasions_between(start: date, end: date, *, include_birthdays: bool = False) -> list[Occasion]:
    """Institutional anniversaries (and, for roles that may see them, birthdays of current holders).

    At most 62 days: the calendar asks month by month.
    """
    from django.urls import reverse
    from django.utils.translation import gettext as _

    if (end - start).days > 62:
        end = start + timedelta(days=62)
    # A month of a large Registro holds hundreds of dates: read as the few values shown, each label translated
    # once and each link made from one reversed prefix, not as whole records.
    found: list[Occasion] = []
    wanted = _month_days(start, end)
    entity_url = reverse("directory:entity_detail", args=[0]).removesuffix("0/")
    anniversary, nth_anniversary = _("Aniversario"), _("%(years)s.º aniversario")
    entities = Entity.objects.filter(is_active=True, anniversary_month_day__in=wanted)
    for entity_id, name, founded in entities.values_list("pk", "name", "anniversary"):
        on = _occurrence(founded, start)
        years = on.year - founded.year
        detail = nth_anniversary % {"years": years} if years > 0 else anniversary
        found.append(
            Occasion(on, "anniversary", name, detail, f"{entity_url}{entity_id}/", anniversary, years, entity_id)
        )
    if include_birthdays:
        from heraldo.directory.selectors import current_terms

        person_url = reverse("directory:person_detail", args=[0]).removesuffix("0/")
        birthday = _("Cumpleaños")
        holders = current_terms(on=start).values_list("person_id", flat=True)
        persons = Person.objects.filter(is_active=True, birth_month_day__in=wanted, pk__in=holders)
        for person_id, given_names, surnames, born in persons.values_list(
            "pk", "given_names", "surnames", "birth_date"
        ):
            on = _occurrence(born, start)
            full_name = f"{given_names} {surnames}".strip()  # Person.full_name
            found.append(
                Occasion(on, "birthday", full_name, birthday, f"{person_url}{person_id}/", birthday, None, person_id)
            )
    return sorted(found, key=lambda occasion: (occasion.on, occasion.kind, occasion.title))
