"""In-app notifications: written by a background job so a request never waits on fan-out."""

from __future__ import annotations

from collections.abc import Iterable

from heraldo.core.jobs import enqueue, job
from heraldo.core.models import Notification, User


def notify(
    *,
    users: Iterable[User],
    title: str,
    body: str = "",
    url: str = "",
    level: str = "info",
    title_params: dict | None = None,
    body_params: dict | None = None,
) -> None:
    """Queue a notification for these users (after the current transaction commits).

    With `title_params` (or `body_params`), the text is the Spanish source marked with `gettext_noop`, and each
    reader sees it in their own language; without, it is shown as given.
    """
    enqueue(
        "core.notify",
        user_ids=sorted(u.pk for u in users),
        title=title,
        body=body,
        url=url,
        level=level,
        title_params=title_params,
        body_params=body_params,
    )


@job("core.notify")
def deliver_notifications(
    *,
    user_ids: list[int],
    title: str,
    body: str,
    url: str,
    level: str,
    title_params: dict | None = None,
    body_params: dict | None = None,
) -> None:
    active = User.objects.filter(pk__in=user_ids, is_active=True).values_list("pk", flat=True)
    Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=pk,
                title=title,
                body=body,
                url=url,
                level=level,
                title_params=title_params,
                body_params=body_params,
            )
            for pk in active
        ]
    )
