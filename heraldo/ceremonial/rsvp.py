"""Personal RSVP links: signed, bound to one guest, voided by re-issuing.

The token carries the guest's id and a nonce stored on the guest; the signature
(Django's signing, keyed by SECRET_KEY) stops anyone from changing the id to
answer for someone else, and a new nonce voids a link that went astray.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

from heraldo.ceremonial.models import Guest

_SALT = "heraldo.ceremonial.rsvp"
MAX_AGE_SECONDS = 180 * 24 * 3600


def rsvp_token(guest: Guest) -> str:
    return signing.dumps({"g": guest.pk, "n": guest.rsvp_nonce}, salt=_SALT, compress=True)


def rsvp_url(guest: Guest) -> str:
    return settings.HERALDO_SITE_URL.rstrip("/") + reverse("ceremonial:rsvp", args=[rsvp_token(guest)])


def guest_from_token(token: str) -> Guest | None:
    try:
        data = signing.loads(token, salt=_SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    guest = (
        Guest.objects.select_related("event", "person", "position", "position__entity").filter(pk=data.get("g")).first()
    )
    if guest is None or guest.rsvp_nonce != data.get("n"):
        return None
    return guest
