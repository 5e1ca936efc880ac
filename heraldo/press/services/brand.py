from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from heraldo.core.audit import audit_record
from heraldo.press.models import BrandKitVersion, BrandTemplate


def brand_kit_current() -> BrandKitVersion | None:
    return BrandKitVersion.objects.order_by("-number").first()


def brand_kit_save(*, actor, **values) -> BrandKitVersion:
    """A new version of the manual (the old ones stay, so what was approved under each can be read)."""
    with transaction.atomic():
        number = (BrandKitVersion.objects.aggregate(n=Max("number"))["n"] or 0) + 1
        version = BrandKitVersion.objects.create(number=number, created_by=actor, **values)
        audit_record(actor=actor, action="press.brand.versioned", target=version, changes={"version": number})
    return version


def brand_template_add(
    *, actor, upload, checked, title: str, description: str = "", is_crest: bool = False
) -> BrandTemplate:
    """Store an approved template; an SVG is stored as the sanitised rebuild, never as uploaded."""
    from django.core.files.base import ContentFile

    if checked.content is not None:
        content = checked.content
    else:
        upload.seek(0)
        content = upload.read()
    template = BrandTemplate(
        title=title.strip(),
        description=description.strip(),
        mime=checked.mime,
        size_bytes=len(content),
        is_crest=is_crest,
        uploaded_by=actor,
    )
    template.file.save(checked.generated_name(), ContentFile(content), save=False)
    with transaction.atomic():
        if is_crest:  # one crest: the new one replaces the old on every page
            BrandTemplate.objects.filter(is_crest=True).update(is_crest=False)
        template.save()
        audit_record(actor=actor, action="press.brand.template_added", target=template, changes={"is_crest": is_crest})
    return template


def brand_template_remove(*, actor, template: BrandTemplate) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="press.brand.template_removed", target=template)
        template.file.delete(save=False)
        template.delete()


def crest() -> BrandTemplate | None:
    """The municipality's crest from the brand kit (an image marked as such), or None."""
    return BrandTemplate.objects.filter(is_crest=True, mime__startswith="image/").order_by("-created_at").first()
