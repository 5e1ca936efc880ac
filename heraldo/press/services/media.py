"""The media library: upload (checked by content, de-duplicated by hash), describe, prepare for publication."""

from __future__ import annotations

import hashlib

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.core.uploads import (
    CheckedUpload,
    check_upload,
    image_has_location,
    reencode_without_metadata,
    strip_location,
)
from heraldo.core.writes import AuditedWrite
from heraldo.press.models import MediaAsset

WEB_SIDE = 1600
THUMB_SIDE = 480
# What the photo shows and who took it: everything a caption needs.
CAPTION_FIELDS = ("title", "caption", "credit", "alt_text", "event_name", "taken_on")
DESCRIPTIVE_FIELDS = (*CAPTION_FIELDS, "rights", "consent_notes")


def asset_upload(*, actor, upload, checked: CheckedUpload | None = None, **details) -> tuple[MediaAsset, bool]:
    """Store an uploaded photo or video. Returns (asset, created); the same bytes twice give the first asset."""
    checked = checked or check_upload(upload, kinds={"image", "video"})
    upload.seek(0)
    data = upload.read()
    digest = hashlib.sha256(data).hexdigest()
    existing = MediaAsset.objects.filter(sha256=digest).first()
    if existing is not None:
        return existing, False
    kind = MediaAsset.Kind.PHOTO if checked.kind == "image" else MediaAsset.Kind.VIDEO
    asset = MediaAsset(
        kind=kind,
        sha256=digest,
        mime=checked.mime,
        size_bytes=len(data),
        width=checked.width,
        height=checked.height,
        uploaded_by=actor,
        **{k: v for k, v in details.items() if k in DESCRIPTIVE_FIELDS and v not in (None,)},
    )
    if kind == MediaAsset.Kind.PHOTO:
        asset.has_location = image_has_location(data)
        web, web_ext = reencode_without_metadata(data, max_side=WEB_SIDE)
        thumb, thumb_ext = reencode_without_metadata(data, max_side=THUMB_SIDE, quality=80)
        stem = checked.generated_name().rsplit(".", 1)[0]
        asset.web.save(f"{stem}.{web_ext}", ContentFile(web), save=False)
        asset.thumb.save(f"{stem}.{thumb_ext}", ContentFile(thumb), save=False)
    asset.original.save(checked.generated_name(), ContentFile(data), save=False)
    with transaction.atomic():
        asset.save()
        audit_record(actor=actor, action="press.asset.uploaded", target=asset)
    return asset, True


def asset_update(*, asset: MediaAsset, actor, people=None, **details) -> MediaAsset:
    with transaction.atomic():
        write = AuditedWrite(asset, data=details, fields=DESCRIPTIVE_FIELDS)
        asset = write.instance
        if people is not None:
            before_people = sorted(str(p) for p in asset.people.all())
            after_people = sorted(str(p) for p in people)
            if before_people != after_people:
                asset.people.set(people)
                write.extra["people"] = [before_people, after_people]
        if write.changes():
            asset.save()
            write.record(actor=actor, action="press.asset.updated")
    return asset


def asset_strip_location(*, asset: MediaAsset) -> bool:
    """Rewrite the original without its GPS position (done when a photo is first published)."""
    if asset.kind != MediaAsset.Kind.PHOTO or not asset.has_location:
        return False
    with asset.original.open("rb") as handle:
        data = handle.read()
    cleaned = strip_location(data)
    name = asset.original.name.rsplit("/", 1)[-1]
    asset.original.delete(save=False)
    asset.original.save(name, ContentFile(cleaned), save=False)
    asset.has_location = False
    asset.location_stripped_at = timezone.now()
    asset.save(update_fields=["original", "has_location", "location_stripped_at"])
    audit_record(actor=None, action="press.asset.location_stripped", target=asset)
    return True
