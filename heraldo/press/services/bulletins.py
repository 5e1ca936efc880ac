"""Bulletins: compose an edition from published releases, print it (WeasyPrint), publish it, e-mail it.

Subscribers confirm by e-mail before they receive anything (double opt-in) and
leave with one click from any bulletin. Tokens are signed, so no token table.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max, Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.branding import municipality_name
from heraldo.core.mailing import MassMailing, Recipient
from heraldo.core.models import OutboxEmail
from heraldo.core.outbox import outbox_enqueue_templated
from heraldo.core.pdf import render_pdf
from heraldo.core.sanitize import html_to_text
from heraldo.press.models import Bulletin, BulletinItem, PressRelease, ReleasePhoto, Subscriber

CONFIRM_SALT = "press.bulletin.confirm"
UNSUBSCRIBE_SALT = "press.bulletin.unsubscribe"
# One pending confirmation per address in this time: the public form cannot be used to flood someone's inbox.
CONFIRMATION_INTERVAL = timedelta(hours=24)
CONFIRM_MAX_AGE = 7 * 24 * 3600


def _absolute(path: str) -> str:
    return settings.HERALDO_SITE_URL.rstrip("/") + path


def next_bulletin_number() -> int:
    return (Bulletin.objects.aggregate(n=Max("number"))["n"] or 0) + 1


def _set_items(bulletin: Bulletin, releases) -> None:
    bulletin.items.all().delete()
    BulletinItem.objects.bulk_create(
        [BulletinItem(bulletin=bulletin, release=r, position=i) for i, r in enumerate(releases)]
    )


def bulletin_save(*, actor, bulletin: Bulletin | None = None, releases=(), **values) -> Bulletin:
    with transaction.atomic():
        if bulletin is None:
            bulletin = Bulletin.objects.create(created_by=actor, **values)
            action = "press.bulletin.created"
        else:
            for name, value in values.items():
                setattr(bulletin, name, value)
            bulletin.save()
            action = "press.bulletin.updated"
        _set_items(bulletin, releases)
        audit_record(actor=actor, action=action, target=bulletin, changes={"notas": len(releases)})
    return bulletin


def bulletin_releases(bulletin: Bulletin) -> list[PressRelease]:
    ids = list(bulletin.items.values_list("release_id", flat=True))
    by_id = PressRelease.objects.filter(pk__in=ids).prefetch_related(
        Prefetch("photos", queryset=ReleasePhoto.objects.select_related("asset").order_by("position", "pk"))
    )
    found = {r.pk: r for r in by_id}
    return [found[i] for i in ids if i in found]


def bulletin_context(bulletin: Bulletin) -> dict:
    from heraldo.press.services.brand import crest

    found = crest()
    return {
        "bulletin": bulletin,
        "releases": bulletin_releases(bulletin),
        "municipality": municipality_name(),
        "crest_file": found.file.url if found else "",
    }


def bulletin_render_pdf(*, bulletin: Bulletin, actor) -> Bulletin:
    """A4 print edition: cover, table of contents, one section per release with its photos, page numbers."""
    data = render_pdf("press/bulletin/pdf.html", bulletin_context(bulletin))
    # Files are not part of the transaction: the previous PDF is removed only once the row points to the new one,
    # and a build that does not commit removes its own file, so the bulletin never points to a missing PDF.
    previous = bulletin.pdf.name if bulletin.pdf else ""
    storage = bulletin.pdf.storage
    bulletin.pdf.save(f"boletin-{bulletin.number}.pdf", ContentFile(data), save=False)
    try:
        with transaction.atomic():
            bulletin.pdf_rendered_at = timezone.now()
            bulletin.save(update_fields=["pdf", "pdf_rendered_at", "updated_at"])
            audit_record(actor=actor, action="press.bulletin.rendered", target=bulletin, changes={"bytes": len(data)})
            if previous:
                transaction.on_commit(lambda: storage.delete(previous))
    except BaseException:
        storage.delete(bulletin.pdf.name)
        bulletin.pdf.name = previous
        raise
    return bulletin


def bulletin_publish(*, bulletin: Bulletin, actor) -> Bulletin:
    with transaction.atomic():
        bulletin.status = Bulletin.Status.PUBLISHED
        bulletin.published_at = bulletin.published_at or timezone.now()
        bulletin.save(update_fields=["status", "published_at", "updated_at"])
        audit_record(actor=actor, action="press.bulletin.updated", target=bulletin, changes={"status": "publicado"})
    return bulletin


def unsubscribe_token(subscriber: Subscriber) -> str:
    return signing.dumps(subscriber.pk, salt=UNSUBSCRIBE_SALT)


def bulletin_mailing(bulletin: Bulletin) -> MassMailing:
    """The edition's e-mail to every confirmed subscriber: what the confirmation page shows and the send sends."""
    context = bulletin_context(bulletin)
    context["public_url"] = _absolute(bulletin.get_public_url())
    context["release_texts"] = [(r, html_to_text(r.body)) for r in context["releases"]]
    subscribers = Subscriber.objects.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True).order_by("email")

    def context_for(recipient: Recipient) -> dict:
        subscriber = recipient.record
        unsubscribe = (
            reverse("newsroom:bulletin_unsubscribe", args=[unsubscribe_token(subscriber)])
            if isinstance(subscriber, Subscriber)
            else reverse("newsroom:bulletins")
        )
        return {**context, "unsubscribe_url": _absolute(unsubscribe)}

    return MassMailing(
        scope=f"press.bulletin.{bulletin.pk}",
        what=_("%(title)s n.º %(number)s, a los suscriptores del boletín")
        % {"title": bulletin.title, "number": bulletin.number},
        template="press/email/bulletin",
        recipients=[Recipient(name="", email=s.email, record=s) for s in subscribers],
        context_for=context_for,
    )


def bulletin_send(*, bulletin: Bulletin, actor, mailing: MassMailing | None = None) -> int:
    """E-mail the edition to every active subscriber (once each: the outbox key names edition and reader)."""
    mailing = mailing or bulletin_mailing(bulletin)
    with transaction.atomic():
        for recipient in mailing.recipients:
            outbox_enqueue_templated(
                key=f"press.bulletin.{bulletin.pk}.to.{recipient.record.pk}",
                to=[recipient.email],
                template=mailing.template,
                context=mailing.context_for(recipient),
            )
        bulletin.sent_at = timezone.now()
        bulletin.save(update_fields=["sent_at", "updated_at"])
        audit_record(actor=actor, action="press.bulletin.sent", target=bulletin, changes={"subscribers": mailing.count})
    return mailing.count


def subscriber_request(*, email: str) -> Subscriber:
    """Ask for a subscription: store the address unconfirmed and send the confirmation link.

    The answer is the same whether or not the address was already there, so the
    form does not reveal who is subscribed.
    """
    email = email.strip().lower()
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(email=email)
        if subscriber.is_active:
            return subscriber
        if subscriber.unsubscribed_at:
            subscriber.unsubscribed_at = None
            subscriber.confirmed_at = None
            subscriber.save(update_fields=["unsubscribed_at", "confirmed_at"])
        confirmation_key = f"press.subscriber.{subscriber.pk}.confirm."
        if OutboxEmail.objects.filter(
            key__startswith=confirmation_key, created_at__gte=timezone.now() - CONFIRMATION_INTERVAL
        ).exists():
            return subscriber
        token = signing.dumps(subscriber.pk, salt=CONFIRM_SALT)
        attempt = hashlib.sha256(token.encode()).hexdigest()[:12]
        outbox_enqueue_templated(
            key=f"{confirmation_key}{attempt}",
            to=[email],
            template="press/email/subscribe_confirm",
            context={"confirm_url": _absolute(reverse("newsroom:bulletin_confirm", args=[token]))},
        )
    return subscriber


def subscriber_confirm(*, token: str) -> Subscriber | None:
    try:
        subscriber_id = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return None
    with transaction.atomic():
        subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
        if subscriber and subscriber.confirmed_at is None:
            subscriber.confirmed_at = timezone.now()
            subscriber.save(update_fields=["confirmed_at"])
            audit_record(actor=None, action="press.subscriber.confirmed", target=subscriber)
    return subscriber


def subscriber_from_unsubscribe_token(token: str) -> Subscriber | None:
    try:
        return Subscriber.objects.filter(pk=signing.loads(token, salt=UNSUBSCRIBE_SALT)).first()
    except signing.BadSignature:
        return None


def subscriber_unsubscribe(*, subscriber: Subscriber) -> Subscriber:
    with transaction.atomic():
        if subscriber.unsubscribed_at is None:
            subscriber.unsubscribed_at = timezone.now()
            subscriber.save(update_fields=["unsubscribed_at"])
            audit_record(actor=None, action="press.subscriber.unsubscribed", target=subscriber)
    return subscriber
