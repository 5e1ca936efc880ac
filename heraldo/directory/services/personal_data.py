"""Personal data (Ley 29733 and D.S. 016-2024-JUS): access log, legal basis per field, ARCO."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.directory.models import (
    AccessChannel,
    ArcoRequest,
    ArcoRight,
    ContactLegalBasis,
    Person,
    PersonalDataAccess,
)
from heraldo.directory.services.registry import PERSONAL_FIELDS


def personal_data_viewed(*, user, person: Person, channel: str) -> None:
    """Log that `user` was shown the personal fields of `person` (traceability of the treatment)."""
    PersonalDataAccess.objects.create(
        person=person,
        user=user if getattr(user, "is_authenticated", False) else None,
        user_label=str(user)[:200],
        channel=channel,
    )


def legal_basis_set(
    *,
    actor,
    person: Person,
    field: str,
    basis: str,
    purpose: str,
    evidence: str = "",
    obtained_on: date | None = None,
    retain_until: date | None = None,
) -> ContactLegalBasis:
    with transaction.atomic():
        record, _created = ContactLegalBasis.objects.update_or_create(
            person=person,
            field=field,
            defaults={
                "basis": basis,
                "purpose": purpose,
                "evidence": evidence,
                "obtained_on": obtained_on,
                "retain_until": retain_until,
                "recorded_by": actor if getattr(actor, "is_authenticated", False) else None,
            },
        )
        audit_record(
            actor=actor,
            action="directory.person.legal_basis_set",
            target=person,
            changes={record.get_field_display(): [None, f"{record.get_basis_display()} · {purpose}"]},
        )
    return record


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def personal_data_export(*, actor, person: Person, received_on: date, reference: str = "") -> dict:
    """Everything the office holds about a person, for a right-of-access request; the act is recorded."""
    with transaction.atomic():
        data = {
            "persona": {
                "nombres": person.given_names,
                "apellidos": person.surnames,
                "tratamiento": person.honorific,
                "titulo_academico": person.academic_title,
                "sexo": person.get_sex_display(),
                "correo_institucional": person.institutional_email,
                "telefono_institucional": person.institutional_phone,
                "correo_personal": person.personal_email,
                "telefono_personal": person.personal_phone,
                "fecha_de_nacimiento": _iso(person.birth_date),
                "foto": person.photo.name if person.photo else "",
                "temas": person.beats,
                "notas": person.notes,
                "etiquetas": [tag.name for tag in person.tags.all()],
            },
            "cargos": [
                {
                    "cargo": term.position.title_for(person.sex),
                    "entidad": term.position.entity.name,
                    "condicion": term.get_status_display(),
                    "desde": _iso(term.starts_on),
                    "hasta": _iso(term.ends_on),
                }
                for term in person.terms.select_related("position__entity").order_by("starts_on")
            ],
            "bases_legales": [
                {
                    "dato": basis.get_field_display(),
                    "base_legal": basis.get_basis_display(),
                    "finalidad": basis.purpose,
                    "sustento": basis.evidence,
                    "obtenido_el": _iso(basis.obtained_on),
                    "conservar_hasta": _iso(basis.retain_until),
                }
                for basis in person.legal_bases.all()
            ],
            "accesos": [
                {"usuario": access.user_label, "medio": access.get_channel_display(), "fecha": _iso(access.accessed_at)}
                for access in person.personal_data_accesses.all()[:500]
            ],
            "exportado_el": _iso(timezone.now()),
        }
        ArcoRequest.objects.create(
            person=person,
            person_label=person.full_name,
            right=ArcoRight.ACCESS,
            received_on=received_on,
            reference=reference,
            outcome="Se entregó la exportación completa de sus datos.",
            recorded_by=actor,
        )
        personal_data_viewed(user=actor, person=person, channel=AccessChannel.EXPORT)
        audit_record(actor=actor, action="directory.person.personal_data_exported", target=person)
    return data


def personal_data_erase(*, actor, person: Person, received_on: date, reference: str = "") -> ArcoRequest:
    """Cancellation: erase the personal fields; the public, institutional record of the cargo stays.

    The name and the terms are data of a public function (the office must know who
    was Mayor); the personal e-mail, phone, birthday and photo go, with their legal bases.
    """
    with transaction.atomic():
        erased = [name for name in PERSONAL_FIELDS if getattr(person, name)]
        if person.photo:
            person.photo.delete(save=False)
        person.personal_email = ""
        person.personal_phone = ""
        person.birth_date = None
        person.photo = ""
        person.save()
        ContactLegalBasis.objects.filter(person=person, field__in=PERSONAL_FIELDS).delete()
        act = ArcoRequest.objects.create(
            person=person,
            person_label=person.full_name,
            right=ArcoRight.CANCELLATION,
            received_on=received_on,
            reference=reference,
            outcome="Datos personales suprimidos: " + (", ".join(erased) or "no había datos personales") + ".",
            recorded_by=actor,
        )
        audit_record(
            actor=actor,
            action="directory.person.personal_data_erased",
            target=person,
            changes={name: ["…", None] for name in erased},
        )
    return act


# What an expired field becomes: the empty value of each Person field a legal basis can cover.
_EMPTY_VALUES = {
    "institutional_email": "",
    "institutional_phone": "",
    "personal_email": "",
    "personal_phone": "",
    "birth_date": None,
    "photo": "",
}


def personal_data_expire(*, today: date | None = None) -> int:
    """The daily step: a field whose retention period ended is erased with its legal basis. Returns how many."""
    today = today or timezone.localdate()
    expired = list(ContactLegalBasis.objects.filter(retain_until__lt=today).order_by("pk").values_list("pk", flat=True))
    for basis_id in expired:
        with transaction.atomic():
            basis = ContactLegalBasis.objects.filter(pk=basis_id).select_related("person").first()
            if basis is None:  # another worker got there first
                continue
            person = basis.person
            had_value = bool(getattr(person, basis.field))
            if basis.field == "photo" and person.photo:
                person.photo.delete(save=False)
            setattr(person, basis.field, _EMPTY_VALUES[basis.field])
            person.save()
            basis.delete()
            audit_record(
                actor="Heraldo",
                action="directory.person.personal_data_expired",
                target=person,
                changes={
                    basis.field: ["…" if had_value else None, None],
                    "retain_until": [_iso(basis.retain_until), None],
                },
            )
    return len(expired)
