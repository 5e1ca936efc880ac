from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from heraldo.core.audit import audit_record
from heraldo.press.models import BrandKitVersion


def brand_kit_current() -> BrandKitVersion | None:
    return BrandKitVersion.objects.order_by("-number").first()


def brand_kit_save(*, actor, **values) -> BrandKitVersion:
    """A new version of the manual (the old ones stay, so what was approved under each can be read)."""
    with transaction.atomic():
        number = (BrandKitVersion.objects.aggregate(n=Max("number"))["n"] or 0) + 1
        version = BrandKitVersion.objects.create(number=number, created_by=actor, **values)
        audit_record(actor=actor, action="press.brand.versioned", target=version, changes={"version": number})
    return version
