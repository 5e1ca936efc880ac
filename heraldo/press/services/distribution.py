"""Sending a published release to the media: one personalised e-mail per journalist, through the outbox.

Recipients come from the release's mailing list in the Registro (institutional
addresses of the current holders) or, when none is chosen, from every person
holding a current position in a media outlet (Entity of kind MEDIO). Addresses
that unsubscribed are skipped; sending twice sends nothing new (one outbox key
per release and address).
"""

from __future__ import annotations

import hashlib
from datetime import date

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue, job
from heraldo.core.mailing import MassMailing, Recipient
from heraldo.core.outbox import outbox_enqueue_templated
from heraldo.core.sanitize import html_to_text
from heraldo.core.writes import StateConflict
from heraldo.press.models import MediaOptOut, PressRelease, ReleaseDelivery

OPT_OUT_SALT = "press.media-optout"


def journalists(*, on: date | None = None) -> list[tuple[str, str, str]]:
    """(name, e-mail, outlet) of everyone holding a current position in an active media outlet."""
    from heraldo.directory.models import Term

    day = on or timezone.localdate()
    terms = (
        Term.objects.filter(
            position__entity__kind="MEDIO",
            position__entity__is_active=True,
            position__is_active=True,
            person__is_active=True,
            starts_on__lte=day,
            status__in=["TITULAR", "ENCARGADO"],
        )
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day))
        .select_related("person", "position__entity")
        .order_by("position__entity__name", "person__surnames")
    )
    return [
        (t.person.full_name, t.person.institutional_email or t.position.entity.email, t.position.entity.name)
        for t in terms
        if t.person.institutional_email or t.position.entity.email
    ]


def media_recipients(release: PressRelease) -> list[tuple[str, str, str]]:
    """Who gets this release: (name, e-mail, outlet), one row per address, unsubscribed addresses left out."""
    if release.media_list_id:
        from heraldo.directory.selectors import mailing_list_recipients

        rows = [
            (person.full_name if person else "", email, "")
            for person, email in mailing_list_recipients(release.media_list)
        ]
    else:
        rows = journalists()
    opted_out = {e.lower() for e in MediaOptOut.objects.values_list("email", flat=True)}
    seen: set[str] = set()
    result = []
    for name, email, outlet in rows:
        key = email.strip().lower()
        if key and key not in seen and key not in opted_out:
            seen.add(key)
            result.append((name, email.strip(), outlet))
    return result


def opt_out_token(email: str) -> str:
    return signing.dumps(email.strip().lower(), salt=OPT_OUT_SALT, compress=True)


def opt_out_email(token: str) -> str | None:
    try:
        return signing.loads(token, salt=OPT_OUT_SALT)
    except signing.BadSignature:
        return None


def media_opt_out(*, email: str) -> MediaOptOut:
    with transaction.atomic():
        record, created = MediaOptOut.objects.get_or_create(email=email.strip().lower())
        if created:
            audit_record(actor=None, action="press.media_contact.unsubscribed", target=record)
    return record


def _absolute(path: str) -> str:
    return settings.HERALDO_SITE_URL.rstrip("/") + path


def release_mailing(release: PressRelease) -> MassMailing:
    """The release's e-mail to each journalist on its list who has not received it yet."""
    photos = [
        {
            "url": _absolute(reverse("newsroom:photo", args=[p.asset_id, "web"])),
            "caption": p.asset.caption,
            "credit": p.asset.credit,
        }
        for p in release.photos.select_related("asset")
    ]
    already = set(release.deliveries.values_list("email", flat=True))
    body_text = html_to_text(release.body)
    public_url = _absolute(release.get_public_url())

    def context_for(recipient: Recipient) -> dict:
        return {
            "release": release,
            "name": recipient.name,
            "body_text": body_text,
            "public_url": public_url,
            "photos": photos,
            "unsubscribe_url": _absolute(reverse("newsroom:media_opt_out", args=[opt_out_token(recipient.email)])),
        }

    return MassMailing(
        scope=f"press.release.{release.pk}.media",
        what=_("La nota de prensa «%(headline)s», a los medios") % {"headline": release.headline},
        template="press/email/release",
        recipients=[
            Recipient(name=name, email=email, record=outlet)
            for name, email, outlet in media_recipients(release)
            if email not in already
        ],
        context_for=context_for,
    )


def release_distribute(*, release: PressRelease, actor=None, mailing: MassMailing | None = None) -> int:
    """Queue the release for every recipient not yet sent it; returns how many new e-mails were queued."""
    if not release.is_public:
        raise StateConflict(_("Solo se envían a los medios las notas publicadas."))
    mailing = mailing or release_mailing(release)
    already = set(release.deliveries.values_list("email", flat=True))
    queued = 0
    with transaction.atomic():
        for recipient in mailing.recipients:
            if recipient.email in already:
                continue
            key = f"press.release.{release.pk}.to.{hashlib.sha256(recipient.email.lower().encode()).hexdigest()[:24]}"
            outbox_enqueue_templated(
                key=key, to=[recipient.email], template=mailing.template, context=mailing.context_for(recipient)
            )
            ReleaseDelivery.objects.create(
                release=release, email=recipient.email, name=recipient.name, outlet=recipient.record, outbox_key=key
            )
            queued += 1
        PressRelease.objects.filter(pk=release.pk).update(distributed_at=timezone.now())
        audit_record(actor=actor, action="press.release.distributed", target=release, changes={"recipients": queued})
    return queued


def distribution_on_publish(release: PressRelease) -> MassMailing | None:
    """The mailing that publishing this release will start (None when publishing sends nothing)."""
    if not release.distribute_to_media or release.distributed_at is not None:
        return None
    mailing = release_mailing(release)
    return mailing if mailing.count else None


@job("press.distribute_release")
def distribute_release_job(*, release_id: int) -> None:
    release = PressRelease.objects.get(pk=release_id)
    if release.is_public:
        release_distribute(release=release)


def distribution_enqueue_on_publish(release: PressRelease) -> None:
    """Called by the publishing transaction: the mailing to the media runs as its own job once it commits."""
    if release.distribute_to_media and release.distributed_at is None:
        enqueue("press.distribute_release", release_id=release.pk)
