"""Writing a press release: create, edit, autosave, photos and attachments. Every change is audited."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from heraldo.core.audit import audit_record, changed_fields, snapshot
from heraldo.core.models import AuditEntry
from heraldo.core.sanitize import sanitize_html
from heraldo.press.models import PressRelease, ReleaseAttachment, ReleasePhoto, ReleaseRevision
from heraldo.press.services.media import asset_update, asset_upload

TEXT_FIELDS = ("headline", "lead", "body", "quotes")
EDITABLE_FIELDS = (*TEXT_FIELDS, "category", "is_sensitive", "event", "media_list", "distribute_to_media")
# Autosaves come every few seconds; one audit entry per person per this window is enough to know who edited.
AUTOSAVE_AUDIT_WINDOW = timedelta(minutes=10)


class ReleaseConflict(Exception):
    """Someone else saved the release after this editor loaded it."""


class ReleaseNotEditable(Exception):
    """Only drafts can be edited."""


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
        body=sanitize_html(body).html,
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
        current = PressRelease.objects.select_for_update().get(pk=release.pk)
        if expected_version is not None and current.version != expected_version:
            raise ReleaseConflict
        before = snapshot(current, EDITABLE_FIELDS)
        before_tags = sorted(current.tags.values_list("name", flat=True))
        for name, value in values.items():
            if name in EDITABLE_FIELDS:
                setattr(current, name, value.strip() if isinstance(value, str) and name != "body" else value)
        current.body = sanitize_html(current.body).html
        changes = changed_fields(current, before, EDITABLE_FIELDS)
        if tags is not None:
            current.tags.set(tags)
            after_tags = sorted(t.name for t in tags)
            if after_tags != before_tags:
                changes["tags"] = [before_tags, after_tags]
        if changes:
            current.version += 1
            current.save()
            _record_revision(current, actor, "Edición")
            audit_record(actor=actor, action="press.release.updated", target=current, changes=changes)
    release.refresh_from_db()
    return release


def release_autosave(*, release: PressRelease, actor, expected_version: int, **values) -> PressRelease:
    """Keep the text typed so far (no revision: the next explicit save or submission makes one)."""
    if not release.is_editable:
        raise ReleaseNotEditable
    with transaction.atomic():
        current = PressRelease.objects.select_for_update().get(pk=release.pk)
        if current.version != expected_version:
            raise ReleaseConflict
        before = snapshot(current, TEXT_FIELDS)
        for name in TEXT_FIELDS:
            if name in values:
                setattr(current, name, values[name] if name == "body" else values[name].strip())
        current.body = sanitize_html(current.body).html
        changes = changed_fields(current, before, TEXT_FIELDS)
        if not changes:
            return current
        current.version += 1
        current.save()
        recent = AuditEntry.objects.filter(
            target_type=current._meta.label_lower,
            target_id=str(current.pk),
            actor=actor,
            action="press.release.autosaved",
            created_at__gte=timezone.now() - AUTOSAVE_AUDIT_WINDOW,
        ).exists()
        if not recent:
            audit_record(actor=actor, action="press.release.autosaved", target=current, changes=changes)
    return current


def release_photo_add(*, release: PressRelease, actor, upload, checked=None, **details) -> tuple[ReleasePhoto, bool]:
    """Attach an uploaded photo; a photo already in the library is reused (returned `duplicate` True)."""
    asset, created = asset_upload(actor=actor, upload=upload, checked=checked, **details)
    with transaction.atomic():
        photo, linked = ReleasePhoto.objects.get_or_create(
            release=release,
            asset=asset,
            defaults={"position": (release.photos.aggregate(p=Max("position"))["p"] or 0) + 1},
        )
        if linked:
            audit_record(
                actor=actor, action="press.release.photo_added", target=release, changes={"foto": [None, str(asset)]}
            )
    return photo, not created


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
