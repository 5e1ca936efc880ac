"""Changes to the precedence table and to an act's protocol options, audited."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils.translation import gettext as _

from heraldo.ceremonial.models import CeremonyScript, PrecedenceTableRow, ProtocolSettings
from heraldo.ceremonial.precedence import precedence_table_from_rows
from heraldo.core.audit import audit_record
from heraldo.core.writes import AuditedWrite, Refused

SETTINGS_FIELDS = (
    "head_table_size",
    "representation_mode",
    "courtesy_host_position",
    "even_table_mode",
    "courtesy_cession_to",
    "orator",
    "reader",
    "welcome_by_council",
)
ROW_VERSION_FIELDS = (
    "office_code",
    "rank",
    "suborder",
    "label",
    "label_feminine",
    "office_class",
    "territorial",
    "head_table_eligible",
    "legal_source",
    "valid_from",
)


@transaction.atomic
def precedence_row_new_version(*, actor, data: dict) -> PrecedenceTableRow:
    """Add a row valid from `valid_from`; the office's open row (if any) closes the day before.

    The whole table is checked by the engine afterwards: two rows of one office
    valid on the same day undo the change."""
    valid_from = data["valid_from"]
    open_rows = PrecedenceTableRow.objects.select_for_update().filter(
        office_code=data["office_code"], valid_to__isnull=True
    )
    closed = []
    for row in open_rows:
        if row.valid_from and row.valid_from >= valid_from:
            raise Refused(
                _("La nueva versión debe empezar después del %(day)s, inicio de la vigente.")
                % {"day": row.valid_from.strftime("%d/%m/%Y")},
                field="valid_from",
            )
        row.valid_to = valid_from - timedelta(days=1)
        row.save(update_fields=["valid_to", "updated_at"])
        closed.append(row)
    new_row = PrecedenceTableRow.objects.create(updated_by=actor, **data)
    try:
        precedence_table_from_rows([row.as_engine_row() for row in PrecedenceTableRow.objects.all()])
    except ValueError as exc:
        raise Refused(_("El cuadro quedaría inconsistente: %(error)s") % {"error": exc}) from exc
    audit_record(
        actor=actor,
        action="ceremonial.precedence.row_versioned",
        target=new_row,
        changes={
            "office_code": [None, new_row.office_code],
            "rank": [closed[0].rank if closed else None, new_row.rank],
            "valid_from": [None, valid_from],
            "legal_source": [None, new_row.legal_source],
        },
    )
    return new_row


@transaction.atomic
def protocol_settings_update(*, actor, settings: ProtocolSettings, data: dict) -> ProtocolSettings:
    if settings._state.adding:
        # The page showed the defaults unsaved; the row is made now, so the trail shows what changed from them.
        settings = ProtocolSettings.objects.get_or_create(event=settings.event)[0]
    write = AuditedWrite(settings, data=data, fields=SETTINGS_FIELDS)
    settings = write.save(clean_exclude=["event"])
    write.record(actor=actor, action="ceremonial.protocol.updated", target=settings.event)
    return settings


@transaction.atomic
def script_generate(*, actor, event) -> CeremonyScript:
    """Write (or rewrite) the script from the current run-of-show and plan."""
    from django.utils import timezone

    from heraldo.ceremonial.script import generate_script

    script, _created = CeremonyScript.objects.update_or_create(
        event=event,
        defaults={"text": generate_script(event), "generated_at": timezone.now(), "edited_at": None, "edited_by": None},
    )
    audit_record(actor=actor, action="ceremonial.script.generated", target=event)
    return script


@transaction.atomic
def script_edit(*, actor, script, text: str):
    from django.utils import timezone

    before = script.text
    script.text, script.edited_at, script.edited_by = text, timezone.now(), actor
    script.save(update_fields=["text", "edited_at", "edited_by"])
    if before != text:
        audit_record(
            actor=actor,
            action="ceremonial.script.edited",
            target=script.event,
            changes={"length": [len(before), len(text)]},
        )
    return script
