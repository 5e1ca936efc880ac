"""Text search declared once: searchable models, the word filter and the full-text indexes behind it.

A model that people search by typing words inherits `SearchableModel`, names the fields its search text is
made of, and declares a `FullTextIndex` over that text (a migration installs it). Every list, picker and
search box then narrows with `words_filter(queryset, query)`:

    class Person(SearchableModel):
        search_fields = ("given_names", "surnames")
        search_index = FullTextIndex("directory_person")

    words_filter(Person.objects.all(), "Nunez")  # finds Núñez

On SQLite the index is an FTS5 table over the folded text (`remove_diacritics 2`) kept in step by triggers;
on PostgreSQL a GIN index over its `simple` tsvector (the text is folded in Python before it is stored, so
no `unaccent` is needed). Each query word matches the beginning of a word of the text ("Nun" finds Núñez);
a model without an index matches the words anywhere in its search text.

On SQLite, Django rebuilds a table to add a NOT NULL column or change one, and the rebuild drops every
trigger it does not know about: each migration that alters an indexed table must end with
`FullTextIndex.reinstall`, or new and edited rows silently leave the index (core's tests fail when a
trigger is missing).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

from django.db import connection, models
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import RawSQL

from heraldo.core.text import fold, search_words

_INDEX_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class FullTextIndex:
    """A full-text index over one text column of a table whose primary key is `id`."""

    table: str
    column: str = "search_text"

    @property
    def fts_table(self) -> str:
        suffix = "fts" if self.column == "search_text" else f"{self.column}_fts"
        return f"{self.table}_{suffix}"

    @property
    def trigger_names(self) -> list[str]:
        return [f"{self.fts_table}_{event}" for event in ("ai", "ad", "au")]

    @property
    def postgres_index(self) -> str:
        return f"{self.table}_{self.column}_tsv"

    # The tsvector PostgreSQL indexes: words split on anything but letters and digits, as FTS5 does, so
    # "prensa@muni.gob.pe" is found by "muni" on both engines.
    @property
    def postgres_document(self) -> str:
        return f"to_tsvector('simple'::regconfig, regexp_replace({self.column}, '[^[:alnum:]]+', ' ', 'g'))"

    def sqlite_triggers(self) -> list[str]:
        fts, table, column = self.fts_table, self.table, self.column
        # Only names declared in code are put together here, never a user's words.
        remove_old = f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "  # noqa: S608
        add_new = f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column}); "  # noqa: S608
        return [
            f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN {add_new}END",
            f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN {remove_old}END",
            f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN {remove_old}{add_new}END",
        ]

    def create_sqlite_table(self) -> str:
        return (
            f"CREATE VIRTUAL TABLE {self.fts_table} USING fts5({self.column}, content='{self.table}', "
            "content_rowid='id', tokenize=\"unicode61 remove_diacritics 2\")"
        )

    def install(self, schema_editor) -> None:
        """Create the index and fill it from the rows already there (a migration's forward step)."""
        vendor = schema_editor.connection.vendor
        if vendor == "sqlite":
            schema_editor.execute(self.create_sqlite_table())
            self.reinstall(schema_editor)
            schema_editor.execute(f"INSERT INTO {self.fts_table}({self.fts_table}) VALUES ('rebuild')")  # noqa: S608
        elif vendor == "postgresql":
            schema_editor.execute(
                f"CREATE INDEX {self.postgres_index} ON {self.table} USING gin ({self.postgres_document})"
            )

    def uninstall(self, schema_editor) -> None:
        vendor = schema_editor.connection.vendor
        if vendor == "sqlite":
            for name in reversed(self.trigger_names):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
            schema_editor.execute(f"DROP TABLE IF EXISTS {self.fts_table}")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX IF EXISTS {self.postgres_index}")

    def reinstall(self, schema_editor) -> None:
        """Put back the SQLite triggers a table rebuild dropped (nothing to do on PostgreSQL)."""
        if schema_editor.connection.vendor == "sqlite":
            for statement in self.sqlite_triggers():
                schema_editor.execute(statement)

    def matching_ids(self, words: Iterable[str]) -> RawSQL:
        """The ids of the rows whose text has every word, each as the beginning of one of its words.
        Each word must hold a letter or a digit."""
        tokens = [_INDEX_WORD.findall(word) for word in words]
        if connection.vendor == "sqlite":
            match = " AND ".join('"' + " ".join(word_tokens) + '"*' for word_tokens in tokens)
            return RawSQL(f"SELECT rowid FROM {self.fts_table} WHERE {self.fts_table} MATCH %s", [match])  # noqa: S608, S611
        # a word typed with a dot or a hyphen is a phrase of the words it joins, its last one a prefix
        query = " & ".join(" <-> ".join([*word_tokens[:-1], f"{word_tokens[-1]}:*"]) for word_tokens in tokens)
        return RawSQL(  # noqa: S611  the words go as a parameter
            f"SELECT id FROM {self.table} WHERE {self.postgres_document} @@ to_tsquery('simple'::regconfig, %s)",  # noqa: S608
            [query],
        )


class SearchableModel(models.Model):
    """A model found by typing words: its search text is folded from `search_fields` on every save.

    Override `search_parts()` to add text that is not a field (related names, HTML as plain text).
    `bulk_create` skips `save()`: call `refresh_search_text()` on each row first.
    """

    search_text = models.TextField(editable=False, default="")

    search_fields: ClassVar[tuple[str, ...]] = ()
    search_index: ClassVar[FullTextIndex | None] = None

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.refresh_search_text()
        elif "search_text" in update_fields or not set(update_fields).isdisjoint(self.search_fields):
            self.refresh_search_text()
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def search_parts(self) -> list[str]:
        return [str(getattr(self, name) or "") for name in self.search_fields]

    def refresh_search_text(self) -> None:
        self.search_text = fold(" ".join(part for part in self.search_parts() if part))


def words_filter(
    queryset: QuerySet,
    query: str | None,
    *,
    limit: int = 8,
    also: Iterable[str | Callable[[str], Q]] = (),
    first_in_order: bool = False,
) -> QuerySet:
    """The rows of a searchable model's queryset that have every word of the query (accents, ñ and case
    ignored); `also` names other text lookups (`icontains`) any of which may hold a word instead, or
    functions that give the condition for a (folded) word.

    `first_in_order`: the caller keeps only the first few rows of an order an index serves (a search box's
    latest eight). SQLite, which cannot tell how many rows a word matches, otherwise fetches every match and
    sorts them all: 135 ms for a word in each of 20,000 press releases. Comparing `id + 0` lets it walk the
    order's index instead and stop at the last row wanted, checking each id against the list of matches.
    PostgreSQL estimates the matches and picks between the two plans by itself."""
    words = search_words(query, limit=limit)
    index = getattr(queryset.model, "search_index", None)
    if index is not None:  # the index knows only letters and digits: a lone "-" or "@" narrows nothing
        words = [word for word in words if _INDEX_WORD.search(word)]
    also = tuple(also)
    if not words:
        return queryset
    if index is not None and not also:
        if first_in_order and connection.vendor == "sqlite":
            return queryset.alias(unindexed_id=F("pk") + 0).filter(unindexed_id__in=index.matching_ids(words))
        return queryset.filter(pk__in=index.matching_ids(words))
    for word in words:
        condition = Q(pk__in=index.matching_ids([word])) if index is not None else Q(search_text__contains=word)
        for lookup in also:
            condition |= lookup(word) if callable(lookup) else Q(**{lookup: word})
        queryset = queryset.filter(condition)
    return queryset
