"""Social platforms read through their API, beside the export-file adapters of `imports.py`.

An adapter says whether it has credentials and returns the platform's posts as `SocialPost`s; `social_api_sync`
turns them into imported records and signals exactly as a file would (the same topic words, sector names, tone
model and keyed pseudonyms), through `import_apply`, so a post read twice is kept once and an analyst's corrected
topic is never overwritten. Every request goes through `core.fetch` (public addresses only). Each run is recorded
as a `SocialApiRun` that staff read on the import page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.fetch import FetchError, fetch
from heraldo.monitoring.tone import classify
from heraldo.opinion.imports import EARLIEST, MAX_TEXT, _topic_finder, import_apply, pseudonym
from heraldo.opinion.models import ImportedRecord, Sector, SignalImport, SocialApiRun
from heraldo.opinion.sectors import sector_named_in

# A run reads at most this many pages of 100 comments: the newest first, so a long backlog is caught up over runs.
MAX_PAGES = 10
MAX_BODY = 5 * 1024 * 1024


@dataclass(frozen=True)
class SocialPost:
    external_id: str
    day: date
    author: str
    text: str
    channel: str


class SocialAdapter(Protocol):
    """What an API adapter offers: its name, whether it has credentials, and the posts it reads."""

    name: str

    def configured(self) -> bool: ...

    def posts(self) -> list[SocialPost]: ...


class AdapterFailed(Exception):
    """The platform could not be read or answered something else than its documented shape (Spanish message)."""


class GraphPageComments:
    """Comments on the municipality's page through a Graph-API-style endpoint:
    `GET {HERALDO_SOCIAL_GRAPH_URL}/{page id}/comments?fields=id,message,created_time,from&limit=100`, answering
    `{"data": [{"id", "message", "created_time", "from": {"id", "name"}}], "paging": {"next": url}}`.
    Comments by the page itself (the office's replies) are not residents' voice and are skipped."""

    name = "graph-page-comments"
    channel = "Facebook (API)"

    def configured(self) -> bool:
        return bool(settings.HERALDO_SOCIAL_PAGE_ID and settings.HERALDO_SOCIAL_PAGE_TOKEN)

    def _first_url(self) -> str:
        query = urlencode(
            {
                "fields": "id,message,created_time,from",
                "limit": 100,
                "access_token": settings.HERALDO_SOCIAL_PAGE_TOKEN,
            }
        )
        base = settings.HERALDO_SOCIAL_GRAPH_URL.rstrip("/")
        return f"{base}/{quote(settings.HERALDO_SOCIAL_PAGE_ID, safe='')}/comments?{query}"

    def posts(self) -> list[SocialPost]:
        found: list[SocialPost] = []
        url: str | None = self._first_url()
        for _page in range(MAX_PAGES):
            if not url:
                break
            try:
                body = json.loads(fetch(url, accept="application/json", max_bytes=MAX_BODY).body)
                items = body["data"]
                url = (body.get("paging") or {}).get("next")
            except FetchError as exc:
                raise AdapterFailed(str(exc).replace(settings.HERALDO_SOCIAL_PAGE_TOKEN, "…")) from exc
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise AdapterFailed(_("La plataforma respondió algo que no es una lista de comentarios.")) from exc
            found.extend(post for item in items if (post := self._post(item)) is not None)
        return found

    def _post(self, item: dict) -> SocialPost | None:
        author = item.get("from") or {}
        text = str(item.get("message") or "").strip()
        if not item.get("id") or not text or str(author.get("id", "")) == settings.HERALDO_SOCIAL_PAGE_ID:
            return None
        try:
            moment = datetime.strptime(str(item.get("created_time")), "%Y-%m-%dT%H:%M:%S%z")
        except ValueError:
            return None
        day = timezone.localdate(moment)
        if day > timezone.localdate() or day < EARLIEST:
            return None
        name = str(author.get("name") or "").strip()
        return SocialPost(
            external_id=f"graph:{item['id']}"[:120],
            day=day,
            # Residents are never named (Ley 29733): the same person gets the same pseudonym in every run.
            author=pseudonym(name) if name else "",
            text=text[:MAX_TEXT],
            channel=self.channel,
        )


ADAPTERS: list[SocialAdapter] = [GraphPageComments()]


def social_api_sync() -> list[SocialApiRun]:
    """Read every adapter that has credentials; the ones without are not run and leave no record."""
    return [_run(adapter) for adapter in ADAPTERS if adapter.configured()]


def _run(adapter: SocialAdapter) -> SocialApiRun:
    try:
        posts = adapter.posts()
    except AdapterFailed as exc:
        return SocialApiRun.objects.create(adapter=adapter.name, ok=False, error=str(exc)[:300])
    known = set(
        ImportedRecord.objects.filter(
            source=SignalImport.Source.SOCIAL, external_id__in=[p.external_id for p in posts]
        ).values_list("external_id", flat=True)
    )
    fresh = list({p.external_id: p for p in posts if p.external_id not in known}.values())
    added = 0
    if fresh:
        batch = SignalImport.objects.create(
            source=SignalImport.Source.SOCIAL,
            filename=f"API · {adapter.name} · {timezone.localtime():%d/%m/%Y %H:%M}",
            rows=_rows(fresh),
        )
        added = import_apply(actor=None, batch=batch)
    return SocialApiRun.objects.create(adapter=adapter.name, fetched=len(posts), added=added)


def _rows(posts: list[SocialPost]) -> list[dict]:
    """The posts as the rows `import_apply` keeps: topic from Monitoreo's topic words, sector from the names in
    the text, tone from Monitoreo's Spanish tone model."""
    _topics, topic_in_text = _topic_finder()
    sectors = list(Sector.objects.filter(is_active=True))
    return [
        {
            "row": number,
            "id": post.external_id,
            "day": post.day.isoformat(),
            "text": post.text,
            "channel": post.channel,
            "author": post.author,
            "topic": topic_in_text(post.text),
            "sector": getattr(sector_named_in(post.text, sectors), "pk", None),
            "tone": classify(post.text).tone,
        }
        for number, post in enumerate(posts, start=1)
    ]


def latest_runs(limit: int = 5) -> list[SocialApiRun]:
    return list(SocialApiRun.objects.all()[:limit])


def is_configured() -> bool:
    return any(adapter.configured() for adapter in ADAPTERS)
