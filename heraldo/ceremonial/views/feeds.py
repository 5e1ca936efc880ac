"""Calendar subscriptions: the page to manage one's secret link and the two iCalendar feeds."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db.models import Count, Max, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from heraldo.ceremonial.ical import build_calendar, feed_name
from heraldo.ceremonial.models import Event
from heraldo.ceremonial.permissions import can_read_agenda
from heraldo.ceremonial.selectors import feed_events
from heraldo.core.feeds import active_feed_token, feed_token_issue, feed_token_revoke, feed_token_user
from heraldo.core.permissions import capability_required, public_page

# The agenda's private links (heraldo.core.feeds): audited as ceremonial.feed.issued / .revoked.
PURPOSE = "ceremonial"


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


@login_required
@capability_required("access_agenda")
def feeds_page(request):
    active = active_feed_token(user=request.user, purpose=PURPOSE)
    return render(
        request,
        "ceremonial/feeds.html",
        {"active": active, "public_url": _absolute(request, reverse("ceremonial:feed_public")), "new_url": None},
    )


@login_required
@capability_required("access_agenda")
@require_POST
def feed_issue(request):
    token = feed_token_issue(user=request.user, purpose=PURPOSE)
    # The secret is shown in this response only; it is not kept anywhere but in the hash.
    active = active_feed_token(user=request.user, purpose=PURPOSE)
    response = render(
        request,
        "ceremonial/feeds.html",
        {
            "active": active,
            "public_url": _absolute(request, reverse("ceremonial:feed_public")),
            "new_url": _absolute(request, reverse("ceremonial:feed_private", args=[token])),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
@capability_required("access_agenda")
@require_POST
def feed_revoke(request):
    if feed_token_revoke(user=request.user, purpose=PURPOSE):
        messages.success(
            request, _("El enlace privado quedó revocado: los calendarios suscritos dejarán de actualizarse.")
        )
    return redirect("ceremonial:feeds")


def _calendar_response(body: bytes, *, filename: str, private: bool) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store" if private else "public, max-age=300"
    return response


def _feed_body(*, public: bool) -> bytes:
    """The feed's bytes, rebuilt only when an event changed: calendar clients poll often.

    Every service that changes an event moves its updated_at or its sequence, so the
    stamp below changes with any edit, status change or exception."""
    now = timezone.now()
    stamp = Event.objects.aggregate(n=Count("pk"), last=Max("updated_at"), seq=Sum("sequence"))
    # isoformat keeps the key free of spaces, which memcached would refuse.
    last = stamp["last"].isoformat() if stamp["last"] else "-"
    key = f"ceremonial.feed.{int(public)}.{get_language()}.{now:%Y%m%d}.{stamp['n']}.{last}.{stamp['seq']}"
    body = cache.get(key)
    if body is None:
        body = build_calendar(feed_events(public=public, now=now), name=feed_name(public), public=public)
        cache.set(key, body, 3600)
    return body


@public_page
@require_GET
def feed_private(request, token: str):
    user = feed_token_user(token, purpose=PURPOSE)
    # A revoked link, a deactivated account or a lost permission all end the feed.
    if user is None or not can_read_agenda(user):
        raise Http404
    return _calendar_response(_feed_body(public=False), filename="agenda-privada.ics", private=True)


@public_page
@require_GET
def feed_public(request):
    return _calendar_response(_feed_body(public=True), filename="agenda-oficial.ics", private=False)
