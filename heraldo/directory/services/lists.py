from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from heraldo.core.audit import audit_record
from heraldo.core.writes import write_audited
from heraldo.directory.models import MailingList

MAILING_LIST_FIELDS = ("name", "description", "purpose", "filters", "scope")


def mailing_list_save(*, actor, data: Mapping[str, Any], mailing_list: MailingList | None = None) -> MailingList:
    creating = mailing_list is None
    return write_audited(
        actor=actor,
        action="directory.mailing_list.created" if creating else "directory.mailing_list.updated",
        instance=mailing_list or MailingList(created_by=actor if getattr(actor, "is_authenticated", False) else None),
        data=data,
        fields=MAILING_LIST_FIELDS,
    )


def mailing_list_delete(*, actor, mailing_list: MailingList) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="directory.mailing_list.deleted", target=mailing_list)
        mailing_list.delete()
