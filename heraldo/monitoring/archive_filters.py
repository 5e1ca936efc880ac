"""The archive's filters by source, outlet, topic and watched authority, looked up by what the analyst types.

A year of monitoring names hundreds of sources and outlets and thousands of people: the filter form cannot
send them all as `<option>`s on every search. Each filter is a text box instead. Without JavaScript the analyst
types a name (or part of one) or a number; with it, `monitoring/archive_filters.js` offers the matches from
`suggestions()` as they type, written as "Nombre (id)" so the choice is exact even when two names are alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Model, Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from heraldo.core.text import fold
from heraldo.directory.models import Entity, EntityKind, Person
from heraldo.monitoring.models import Source, Topic, WatchTerm

SUGGESTIONS = 20
# "Radio Sol (12)": a suggestion as the browser writes it into the box.
_WITH_ID = re.compile(r"^(?P<name>.*?)\s*\((?P<pk>\d{1,18})\)$")


@dataclass(frozen=True)
class ArchiveFilter:
    """One filter of the archive: which records it offers, how they are named and searched."""

    slug: str  # in the suggestions' URL
    records: Callable[[], QuerySet]
    label: Callable[[Any], str]  # the record as the analyst knows it
    matching: Callable[[str], Q]  # records whose name holds the folded words
    not_found: Promise
    ambiguous: Promise

    def label_with_id(self, record: Model) -> str:
        return f"{self.label(record)} ({record.pk})"


def _watched_persons() -> QuerySet:
    return Person.objects.filter(pk__in=WatchTerm.objects.filter(person__isnull=False).values("person_id"))


def _words_in_search_text(folded: str) -> Q:
    condition = Q()
    for word in folded.split():
        condition &= Q(search_text__contains=word)
    return condition


def _words_in_name(folded: str) -> Q:
    # Source and topic names carry no folded search text; icontains finds them unless the accents differ.
    condition = Q()
    for word in folded.split():
        condition &= Q(name__icontains=word)
    return condition


FILTERS = {
    "source": ArchiveFilter(
        slug="fuente",
        records=lambda: Source.objects.order_by("name", "pk"),
        label=lambda source: source.name,
        matching=_words_in_name,
        not_found=_("Ninguna fuente se llama «%(text)s». Escriba parte del nombre o el número de la fuente."),
        ambiguous=_("Varias fuentes coinciden con «%(text)s». Elija una de la lista o escriba su número."),
    ),
    "outlet": ArchiveFilter(
        slug="medio",
        records=lambda: Entity.objects.filter(kind=EntityKind.MEDIA).order_by("name", "pk"),
        label=lambda outlet: outlet.name,
        matching=_words_in_search_text,
        not_found=_("Ningún medio se llama «%(text)s». Escriba parte del nombre o el número del medio."),
        ambiguous=_("Varios medios coinciden con «%(text)s». Elija uno de la lista o escriba su número."),
    ),
    "topic": ArchiveFilter(
        slug="tema",
        records=lambda: Topic.objects.order_by("name", "pk"),
        label=lambda topic: topic.name,
        matching=_words_in_name,
        not_found=_("Ningún tema se llama «%(text)s». Escriba parte del nombre o el número del tema."),
        ambiguous=_("Varios temas coinciden con «%(text)s». Elija uno de la lista o escriba su número."),
    ),
    "person": ArchiveFilter(
        slug="autoridad",
        records=lambda: _watched_persons().order_by("sort_key", "pk"),
        label=lambda person: person.full_name,
        matching=_words_in_search_text,
        not_found=_(
            "Ninguna autoridad vigilada se llama «%(text)s». Escriba parte del nombre o el número de la persona."
        ),
        ambiguous=_("Varias autoridades coinciden con «%(text)s». Elija una de la lista o escriba su número."),
    ),
}
BY_SLUG = {archive_filter.slug: archive_filter for archive_filter in FILTERS.values()}


def suggestions(archive_filter: ArchiveFilter, text: str) -> list[dict[str, object]]:
    """The first records whose name holds every typed word (the first ones by name when nothing is typed)."""
    records = archive_filter.records()
    folded = fold(" ".join(text.split()))
    if folded.isdigit():
        records = records.filter(Q(pk=int(folded)) | archive_filter.matching(folded))
    elif folded:
        records = records.filter(archive_filter.matching(folded))
    return [
        {"id": record.pk, "label": archive_filter.label(record), "value": archive_filter.label_with_id(record)}
        for record in records[:SUGGESTIONS]
    ]


class NotFound(Exception):
    pass


class Ambiguous(Exception):
    pass


def resolve(archive_filter: ArchiveFilter, text: str) -> Model:
    """The one record the analyst meant by a number, "Nombre (id)" or a name (whole or a unique part of it).

    Raises NotFound or Ambiguous; the form turns them into the filter's sentence.
    """
    records = archive_filter.records()
    text = " ".join(text.split())
    if text.isdigit():
        found = records.filter(pk=int(text)).first()
        if found is None:
            raise NotFound
        return found
    with_id = _WITH_ID.match(text)
    if with_id:
        found = records.filter(pk=int(with_id["pk"])).first()
        # The number counts only beside its own name: "Canal (2020)" typed by hand is a name, not record 2020.
        if found is not None and fold(archive_filter.label(found)) == fold(with_id["name"]):
            return found
    folded = fold(text)
    candidates = list(records.filter(archive_filter.matching(folded))[: SUGGESTIONS + 1])
    exact = [record for record in candidates if fold(archive_filter.label(record)) == folded]
    if len(exact) == 1:
        return exact[0]
    if len(candidates) == 1:
        return candidates[0]
    raise Ambiguous if candidates else NotFound
