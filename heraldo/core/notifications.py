"""In-app notifications: written by a background job so a request never waits on fan-out."""

from __future__ import annotations

from collections.abc import Iterable

from heraldo.core.jobs import enqueue, job
from heraldo.core.models import Notification, User


def notify(*, users: Iterable[User], title: str, body: str = "", url: str = "", level: str = "info") -> None:
    """Queue a notification for these users (after the current transaction commits)."""
    enqueue("core.notify", user_ids=sorted(u.pk for u in users), title=title, body=body, url=url, level=level)


@job("core.notify")
def deliver_notifications(*, user_ids: list[int], title: str, body: str, url: str, level: str) -> None:
    active = User.objects.filter(pk__in=user_ids, is_active=True).values_list("pk", flat=True)
    Notification.objects.bulk_create(
        [Notification(recipient_id=pk, title=title, body=body, url=url, level=level) for pk in active]
    )
