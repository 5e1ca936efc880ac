"""Keeping the checks' data: electoral processes, political palettes, authorities' nicknames (head of unit only)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.writes import Refused, write_audited
from heraldo.publicity.models import ElectoralProcess, Nickname, PoliticalPalette
from heraldo.publicity.permissions import can_manage

PROCESS_FIELDS = (
    "name",
    "kind",
    "convocation_date",
    "legal_basis",
    "ban_start_policy",
    "ban_start_date",
    "election_day",
    "end_date",
    "jurisdictions",
    "notes",
)
PALETTE_FIELDS = ("organisation", "colours", "keywords", "logos", "jurisdictions", "is_mayors", "is_active")
NICKNAME_FIELDS = ("person", "nickname")


def _require(actor) -> None:
    if not can_manage(actor):
        raise Refused(_("Solo la Jefatura de Imagen mantiene los datos de la verificación de publicidad."))


def process_save(*, actor, process: ElectoralProcess, data: Mapping[str, Any]) -> ElectoralProcess:
    _require(actor)
    action = "publicity.process.created" if process._state.adding else "publicity.process.updated"
    return write_audited(actor=actor, action=action, instance=process, data=data, fields=PROCESS_FIELDS)


def palette_save(*, actor, palette: PoliticalPalette, data: Mapping[str, Any]) -> PoliticalPalette:
    _require(actor)
    action = "publicity.palette.created" if palette._state.adding else "publicity.palette.updated"
    return write_audited(actor=actor, action=action, instance=palette, data=data, fields=PALETTE_FIELDS)


def nickname_add(*, actor, data: Mapping[str, Any]) -> Nickname:
    _require(actor)
    if Nickname.objects.filter(person=data["person"], nickname__iexact=data["nickname"].strip()).exists():
        raise Refused(_("Esa persona ya tiene ese apodo registrado."), field="nickname")
    return write_audited(
        actor=actor, action="publicity.nickname.added", instance=Nickname(), data=data, fields=NICKNAME_FIELDS
    )


def nickname_remove(*, actor, nickname: Nickname) -> None:
    _require(actor)
    with transaction.atomic():
        audit_record(
            actor=actor,
            action="publicity.nickname.removed",
            target=nickname.person,
            target_label=f"{nickname.nickname} ({nickname.person})",
        )
        nickname.delete()
