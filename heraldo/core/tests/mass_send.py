"""Test helpers for the confirmation of mass sends (heraldo.core.mailing): read the page's token and confirm."""

from __future__ import annotations

import re


def confirmation_on(response) -> str:
    found = re.search(r'name="confirmation" value="([^"]+)"', response.content.decode())
    assert found, "the page has no confirmation of a mass send"
    return found.group(1)


def confirm_send(client, url: str, data: dict | None = None, *, follow: bool = True):
    """Open the confirmation page as a user would (GET, or POST the button's data), then press «Enviar»."""
    page = client.post(url, data) if data is not None else client.get(url)
    return client.post(url, {**(data or {}), "confirmation": confirmation_on(page), "send": "1"}, follow=follow)
