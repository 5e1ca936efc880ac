"""A release in shapes other sites take: gob.pe (paste-ready), the public JSON feed."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from heraldo.core.sanitize import html_to_text


def gobpe_package(release, request) -> dict:
    """gob.pe's news editor accepts a title, a summary (max. 300 characters), plain paragraphs and images.

    Its editor strips classes and most tags, so the body is reduced to <p>,
    <strong>, <em>, <ul>/<li> and links; photos are listed to upload with their
    captions, credits and alt texts.
    """
    import re

    body = re.sub(r"<(/?)(h[2-4])>", r"<\1p>", release.body)
    body = re.sub(r"</?(figure|figcaption|table|thead|tbody|tr|th|td|caption|abbr|cite|q|sub|sup|u|s)[^>]*>", "", body)
    quotes = "".join(
        f"<p>«{_escape(text)}»{' — ' + _escape(speaker) if speaker else ''}</p>"
        for text, speaker in release.quote_list()
    )
    summary = " ".join(release.lead.split())
    if len(summary) > 300:
        summary = summary[:297].rsplit(" ", 1)[0] + "…"
    photos = [
        {
            "url": request.build_absolute_uri(reverse("press:asset_file", args=[photo.asset_id, "web"])),
            "caption": photo.asset.caption,
            "credit": photo.asset.credit,
            "alt": photo.asset.alt_text,
        }
        for photo in release.photos.all()
    ]
    html = f"<p><strong>{_escape(release.lead)}</strong></p>{body}{quotes}"
    return {
        "title": release.headline,
        "summary": summary,
        "html": html,
        "text": "\n\n".join([release.headline, release.lead, html_to_text(release.body), html_to_text(quotes)]).strip(),
        "photos": photos,
        "date": timezone.localtime(release.published_at or timezone.now()).strftime("%d/%m/%Y"),
    }


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
