"""In-app notifications, and what settles them.

A notice that only informs is written by a background job, so a request never waits on fan-out. A notice
tied to something (`subject`: the act it asks for, `action=`, or the thing it reports, `about=`) is
written with the change that calls for it, in the caller's transaction: it goes to the few people concerned,
and settling it can never run before it exists.

When the act is done, by any of them, the app that did it calls `resolve_action(key, by=…)`: every
recipient's notice of that act is marked done in one UPDATE, and leaves the bell's count for good.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import cached_property

from heraldo.core.jobs import enqueue, job
from heraldo.core.models import Notification, User
from heraldo.core.models.notifications import NEEDS_ATTENTION
from heraldo.core.stamps import cached_figure, raise_stamps

# Raised by every change of a notice's state, so the bell's count (cached under it) follows at once.
NOTIFICATIONS_STAMP = "core.notifications"


def notice_key(code: str, pk: object) -> str:
    """What a notice is about: notice_key("press.release.review", 12) → "press.release.review:12"."""
    return f"{code}:{pk}"


def notify(
    *,
    users: Iterable[User],
    title: str,
    body: str = "",
    url: str = "",
    level: str = "info",
    title_params: dict | None = None,
    body_params: dict | None = None,
    action: str = "",
    about: str = "",
) -> None:
    """Notify these users.

    `action` (a `notice_key`) makes it a request to act: it counts in the bell, read or not, until
    `resolve_action` settles it. `about` ties a notice that only informs to what it reports, so it can be
    settled (or marked read) from there too. Either is written now; a plain notice is queued and written
    after the transaction commits.

    With `title_params` (or `body_params`), the text is the Spanish source marked with `gettext_noop`, and each
    reader sees it in their own language; without, it is shown as given.
    """
    user_ids = sorted({u.pk for u in users})
    if not user_ids:
        return
    notice = {
        "user_ids": user_ids,
        "title": title,
        "body": body,
        "url": url,
        "level": level,
        "title_params": title_params,
        "body_params": body_params,
    }
    if action or about:
        deliver_notifications(**notice, subject_key=action or about, asks_action=bool(action))
    else:
        enqueue("core.notify", **notice)


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
    subject_key: str = "",
    asks_action: bool = False,
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
                subject_key=subject_key[:120],
                asks_action=asks_action,
            )
            for pk in active
        ]
    )
    raise_stamps(NOTIFICATIONS_STAMP)


def _keys(keys: str | Iterable[str]) -> list[str]:
    return [keys] if isinstance(keys, str) else [key for key in keys if key]


def resolve_action(
    keys: str | Iterable[str],
    *,
    by: User | None,
    resolution: str = "",
    recipients: Iterable[User] | None = None,
    now: datetime | None = None,
) -> int:
    """It is done: mark the notices of these keys resolved for everyone they were sent to (or only for
    `recipients`, e.g. the person a task was taken from). One UPDATE; returns how many it resolved.

    `resolution` is the Spanish source of how it ended ("Nota aprobada"), marked with gettext_noop by the caller
    and translated when shown. `by` is who did it (None: the system). A notice already resolved keeps its first
    resolution.
    """
    keys = _keys(keys)
    if not keys:
        return 0
    pending = Notification.objects.filter(subject_key__in=keys, resolved_at__isnull=True)
    if recipients is not None:
        pending = pending.filter(recipient__in=[user.pk for user in recipients])
    resolved = pending.update(
        resolved_at=now or timezone.now(),
        resolved_by=by if getattr(by, "is_authenticated", False) else None,
        resolution=resolution[:120],
    )
    if resolved:
        raise_stamps(NOTIFICATIONS_STAMP)
    return resolved


def reopen_action(keys: str | Iterable[str], *, resolution: str) -> int:
    """It was undone (a task reopened, an alert restored): the notices it resolved count again.

    Only those resolved with this `resolution`: one resolved for another reason (the task was taken from
    that person) stays resolved.
    """
    keys = _keys(keys)
    if not keys:
        return 0
    reopened = Notification.objects.filter(
        subject_key__in=keys, resolved_at__isnull=False, resolution=resolution[:120]
    ).update(resolved_at=None, resolved_by=None, resolution="")
    if reopened:
        raise_stamps(NOTIFICATIONS_STAMP)
    return reopened


def mark_read(keys: str | Iterable[str], *, reader: User, now: datetime | None = None) -> int:
    """The reader has seen what these notices report elsewhere (an alert marked seen): they are read."""
    keys = _keys(keys)
    if not keys:
        return 0
    read = Notification.objects.filter(subject_key__in=keys, recipient=reader, read_at__isnull=True).update(
        read_at=now or timezone.now()
    )
    if read:
        raise_stamps(NOTIFICATIONS_STAMP)
    return read


def notification_mark_read(notification: Notification) -> Notification:
    """The recipient opened it."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
        raise_stamps(NOTIFICATIONS_STAMP)
    return notification


def notifications_mark_all_read(user: User) -> int:
    read = user.notifications.filter(read_at__isnull=True).update(read_at=timezone.now())
    if read:
        raise_stamps(NOTIFICATIONS_STAMP)
    return read


def bell_count(user: User, stamps: dict[str, int]) -> int:
    """The bell's figure, cached until a notice changes (`stamps` holds NOTIFICATIONS_STAMP's value)."""
    return cached_figure(
        f"bell:{user.pk}",
        {NOTIFICATIONS_STAMP: stamps[NOTIFICATIONS_STAMP]},
        lambda: pending_notifications(user).count(),
    )


def pending_notifications(user: User) -> QuerySet[Notification]:
    """What the bell counts: acts still to do, and notices that only inform until they are read."""
    return Notification.objects.filter(NEEDS_ATTENTION, recipient=user)


class AttentionFirst:
    """A person's notifications as one sequence a Paginator can page: what the bell counts first, then the rest,
    each newest first. Each part is read through its own index (the bell's partial index, then the list's), so
    a page costs two short reads however many notices the person has kept."""

    def __init__(self, user: User) -> None:
        mine = Notification.objects.filter(recipient=user).select_related("resolved_by")
        self.pending = mine.filter(NEEDS_ATTENTION).order_by("-created_at", "-pk")
        self.rest = mine.exclude(NEEDS_ATTENTION).order_by("-created_at", "-pk")
        self.user = user

    @cached_property
    def pending_count(self) -> int:
        return self.pending.count()

    @cached_property
    def total(self) -> int:
        return Notification.objects.filter(recipient=self.user).count()

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: slice) -> list[Notification]:
        if not isinstance(index, slice) or index.step not in (None, 1):
            raise TypeError("AttentionFirst is read a page (a slice) at a time")
        start, stop = index.start or 0, self.total if index.stop is None else index.stop
        split = self.pending_count
        items: list[Notification] = []
        if start < split:
            items += [_with_attention(n, True) for n in self.pending[start : min(stop, split)]]
        if stop > split:
            items += [_with_attention(n, False) for n in self.rest[max(start - split, 0) : stop - split]]
        return items


def _with_attention(notification: Notification, attention: bool) -> Notification:
    notification.attention = attention  # type: ignore[attr-defined]
    return notification


def notifications_for(user: User) -> AttentionFirst:
    """A person's notifications, what still needs them first (the ones the bell counts), then the rest."""
    return AttentionFirst(user)
