"""Writing a press release: create, edit, autosave, photos and attachments. Every change is audited."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.models import AuditEntry
from heraldo.core.writes import AuditedWrite, Refused, StateConflict
from heraldo.press.models import MediaAsset, PressRelease, ReleaseAttachment, ReleasePhoto, ReleaseRevision
from heraldo.press.rich_text import release_body_clean
from heraldo.press.services.media import asset_update, asset_upload

TEXT_FIELDS = ("headline", "lead", "body", "quotes")
EDITABLE_FIELDS = (*TEXT_FIELDS, "category", "is_sensitive", "event", "media_list", "distribute_to_media")
# Autosaves come every few seconds; one audit entry per person per this window is enough to know who edited.
AUTOSAVE_AUDIT_WINDOW = timedelta(minutes=10)


class ReleaseConflict(StateConflict):
    """Someone else saved the release after this editor loaded it."""

    def __init__(self):
        super().__init__(_("Otra persona guardó cambios; recargue la nota."), field="version", code="stale")


class ReleaseNotEditable(StateConflict):
    """Only drafts can be edited."""

    def __init__(self):
        super().__init__(_("Solo se editan los borradores."), code="not_draft")


def _trimmed(values: dict) -> dict:
    """Text inputs lose surrounding spaces; the body is HTML and is sanitised instead."""
    return {
        name: value.strip() if isinstance(value, str) and name != "body" else value for name, value in values.items()
    }


# What changes what the public will read: text, photos, attachments (the audit trail records each one).
CONTENT_ACTIONS = (
    "press.release.created",
    "press.release.updated",
    "press.release.autosaved",
    "press.release.photo_added",
    "press.release.photo_updated",
    "press.release.photo_removed",
    "press.release.attachment_added",
    "press.release.attachment_removed",
)


def last_content_change(release: PressRelease) -> AuditEntry | None:
    """The latest change to the release's content: separation of duties keeps its author from approving it."""
    return (
        AuditEntry.objects.filter(
            target_type=release._meta.label_lower, target_id=str(release.pk), action__in=CONTENT_ACTIONS
        )
        .order_by("-created_at", "-id")
        .first()
    )


def _record_revision(release: PressRelease, actor, note: str) -> ReleaseRevision | None:
    latest = release.revisions.order_by("-number").first()
    if latest and all(getattr(latest, f) == getattr(release, f) for f in TEXT_FIELDS):
        return None
    number = (release.revisions.aggregate(n=Max("number"))["n"] or 0) + 1
    return ReleaseRevision.objects.create(
        release=release, number=number, author=actor, note=note, **{f: getattr(release, f) for f in TEXT_FIELDS}
    )


def release_create(*, actor, headline: str, lead: str, body: str = "", quotes: str = "", tags=(), **options):
    """A new draft; `body` is sanitised here too, whatever the caller did."""
    release = PressRelease(
        author=actor,
        headline=headline.strip(),
        lead=lead.strip(),
        body=release_body_clean(body).html,
        quotes=quotes.strip(),
        **{k: v for k, v in options.items() if k in EDITABLE_FIELDS},
    )
    with transaction.atomic():
        release.save()
        if tags:
            release.tags.set(tags)
            release.save(update_fields=["search_text"])  # the search text holds the tags' names
        _record_revision(release, actor, "Primera versión")
        audit_record(actor=actor, action="press.release.created", target=release)
    return release


def release_update(*, release: PressRelease, actor, expected_version: int | None = None, tags=None, **values):
    """Save the editor's form: a new revision when the text changed."""
    if not release.is_editable:
        raise ReleaseNotEditable
    with transaction.atomic():
        write = AuditedWrite(release, data=_trimmed(values), fields=EDITABLE_FIELDS)
        current = write.instance
        if expected_version is not None and current.version != expected_version:
            raise ReleaseConflict
        current.body = release_body_clean(current.body).html
        if tags is not None:
            before_tags = sorted(current.tags.values_list("name", flat=True))
            current.tags.set(tags)
            after_tags = sorted(t.name for t in tags)
            if after_tags != before_tags:
                write.extra["tags"] = [before_tags, after_tags]
        if write.changes():
            current.version += 1
            current.save()
            _record_revision(current, actor, "Edición")
            write.record(actor=actor, action="press.release.updated")
    release.refresh_from_db()
    return release


def release_autosave(*, release: PressRelease, actor, expected_version: int, **values) -> PressRelease:
    """Keep the text typed so far (no revision: the next explicit save or submission makes one)."""
    if not release.is_editable:
        raise ReleaseNotEditable
    with transaction.atomic():
        write = AuditedWrite(release, data=_trimmed(values), fields=TEXT_FIELDS)
        current = write.instance
        if current.version != expected_version:
            raise ReleaseConflict
        current.body = release_body_clean(current.body).html
        if not write.changes():
            return current
        current.version += 1
        current.save()
        # One entry per stretch of typing: skipped only while the latest content change is this person's own
        # recent autosave, so the trail always names whoever changed the content last (approvals depend on it).
        latest = last_content_change(current)
        recent = (
            latest is not None
            and latest.action == "press.release.autosaved"
            and latest.actor_id == actor.pk
            and latest.created_at >= timezone.now() - AUTOSAVE_AUDIT_WINDOW
        )
        if not recent:
            write.record(actor=actor, action="press.release.autosaved")
    return current


def release_photo_add(*, release: PressRelease, actor, upload, checked=None, **details) -> tuple[ReleasePhoto, bool]:
    """Attach an uploaded photo; a photo already in the library is reused (returned `duplicate` True)."""
    asset, created = asset_upload(actor=actor, upload=upload, checked=checked, **details)
    photo, _linked = _photo_link(release=release, asset=asset, actor=actor)
    return photo, not created


def release_photo_reuse(*, release: PressRelease, actor, asset: MediaAsset) -> ReleasePhoto:
    """Attach a photo already in the media library: the same file, caption and credit, nothing uploaded again."""
    if asset.kind != MediaAsset.Kind.PHOTO:
        raise Refused(_("Solo se pueden agregar fotos de la biblioteca."), field="asset")
    photo, linked = _photo_link(release=release, asset=asset, actor=actor, from_library=True)
    if not linked:
        raise Refused(_("Esa foto ya está en la nota."), field="asset")
    return photo


@transaction.atomic
def _photo_link(*, release: PressRelease, asset: MediaAsset, actor, from_library: bool = False):
    photo, linked = ReleasePhoto.objects.get_or_create(
        release=release,
        asset=asset,
        defaults={"position": (release.photos.aggregate(p=Max("position"))["p"] or 0) + 1},
    )
    if linked:
        changes: dict = {"foto": [None, str(asset)]}
        if from_library:
            changes["biblioteca"] = [None, True]
        audit_record(actor=actor, action="press.release.photo_added", target=release, changes=changes)
    return photo, linked


def release_photo_update(*, photo: ReleasePhoto, actor, position: int | None = None, **details) -> ReleasePhoto:
    asset_update(asset=photo.asset, actor=actor, **details)
    if position is not None and position != photo.position:
        photo.position = position
        photo.save(update_fields=["position"])
        audit_record(actor=actor, action="press.release.photo_updated", target=photo.release)
    return photo


def release_photo_remove(*, photo: ReleasePhoto, actor) -> None:
    release = photo.release
    with transaction.atomic():
        label = str(photo.asset)
        photo.delete()  # the asset stays in the library
        audit_record(actor=actor, action="press.release.photo_removed", target=release, changes={"foto": [label, None]})


def release_attachment_add(*, release: PressRelease, actor, upload, checked, title: str) -> ReleaseAttachment:
    from django.core.files.base import ContentFile

    upload.seek(0)
    attachment = ReleaseAttachment(release=release, title=title.strip(), mime=checked.mime, size_bytes=checked.size)
    attachment.file.save(checked.generated_name(), ContentFile(upload.read()), save=False)
    with transaction.atomic():
        attachment.save()
        audit_record(
            actor=actor,
            action="press.release.attachment_added",
            target=release,
            changes={"adjunto": [None, attachment.title]},
        )
    return attachment


def release_attachment_remove(*, attachment: ReleaseAttachment, actor) -> None:
    release = attachment.release
    with transaction.atomic():
        attachment.file.delete(save=False)
        attachment.delete()
        audit_record(
            actor=actor,
            action="press.release.attachment_removed",
            target=release,
            changes={"adjunto": [attachment.title, None]},
        )
