from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from heraldo.core.audit import audit_record, changed_fields
from heraldo.directory.models import MailingList
from heraldo.directory.services.registry import stored_values

FIELDS = ("name", "description", "purpose", "filters", "scope")


def mailing_list_save(*, actor, data: Mapping[str, Any], mailing_list: MailingList | None = None) -> MailingList:
    with transaction.atomic():
        creating = mailing_list is None
        mailing_list = mailing_list or MailingList(
            created_by=actor if getattr(actor, "is_authenticated", False) else None
        )
        before = {} if creating else stored_values(mailing_list, FIELDS)
        for name in FIELDS:
            if name in data:
                setattr(mailing_list, name, data[name])
        mailing_list.full_clean()
        mailing_list.save()
        if creating:
            audit_record(actor=actor, action="directory.mailing_list.created", target=mailing_list)
        else:
            changes = changed_fields(mailing_list, before, FIELDS)
            if changes:
                audit_record(actor=actor, action="directory.mailing_list.updated", target=mailing_list, changes=changes)
    return mailing_list


def mailing_list_delete(*, actor, mailing_list: MailingList) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="directory.mailing_list.deleted", target=mailing_list)
        mailing_list.delete()
