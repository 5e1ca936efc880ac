"""Creative pieces: plan, version, review, the brand-kit checklist, and approval by the office and the unit. Audited."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from heraldo.campaigns.models import Campaign, CampaignStatus, Piece, PieceComment, PieceStatus, PieceVersion
from heraldo.campaigns.publicity import piece_verdict, publicity_refusal
from heraldo.campaigns.services.notices import tell, unit_people
from heraldo.core.audit import audit_record
from heraldo.core.writes import AuditedWrite, Refused, StateConflict
from heraldo.press.models import BrandKitVersion
from heraldo.publicity.checks import Verdict, translated
from heraldo.publicity.exceptions import exception_write
from heraldo.work.models import Task
from heraldo.work.services.tasks import task_create

PIECE_FIELDS = (
    "title",
    "kind",
    "channel",
    "paid",
    "text",
    "topic",
    "justification_kind",
    "justification",
    "exposure_starts",
    "exposure_ends",
    "ubigeo",
    "people_shown",
    "names_mentioned",
    "posts_mentioned",
    "voice_of",
    "palette",
    "logos",
    "jee_authorization_no",
    "concerns_unit",
    "due_on",
    "designer",
)


def piece_create(*, actor, campaign: Campaign, data: Mapping[str, Any]) -> Piece:
    """A planned piece; with someone in charge and a delivery date, it is also a task in their Mi trabajo."""
    with transaction.atomic():
        write = AuditedWrite(Piece(campaign=campaign, created_by=actor), data=data, fields=PIECE_FIELDS)
        piece = write.save()
        write.record(actor=actor, action="campaigns.piece.created")
        if piece.designer_id and piece.due_on:
            task_create(
                actor=actor,
                data={
                    "title": _("Pieza: %(title)s") % {"title": piece.title},
                    "description": f"{campaign.title} · {piece.get_kind_display()}",
                    "owner": piece.designer,
                    "due_on": piece.due_on,
                    "priority": Task.Priority.NORMAL,
                },
                subject=piece,
            )
    return piece


def piece_update(*, actor, piece: Piece, data: Mapping[str, Any]) -> Piece:
    """A change to what the piece says or shows takes back its approvals: it is reviewed again."""
    with transaction.atomic():
        write = AuditedWrite(piece, data=data, fields=PIECE_FIELDS)
        piece = write.save()
        changes = write.record(actor=actor, action="campaigns.piece.updated")
        if changes:
            reopen_if_approved(piece)
    return piece


def reopen_if_approved(piece: Piece) -> None:
    if piece.status in (PieceStatus.OFFICE_APPROVED, PieceStatus.APPROVED):
        _reopen(piece)


def _reopen(piece: Piece) -> None:
    piece.status = PieceStatus.IN_REVIEW
    piece.office_approved_by = piece.unit_approved_by = None
    piece.office_approved_at = piece.unit_approved_at = None
    piece.save(
        update_fields=[
            "status",
            "office_approved_by",
            "office_approved_at",
            "unit_approved_by",
            "unit_approved_at",
            "updated_at",
        ]
    )


def version_add(*, actor, piece: Piece, upload, note: str = "") -> PieceVersion:
    """A new version goes to review; whatever was approved before is approved no more."""
    with transaction.atomic():
        piece = Piece.objects.select_for_update().get(pk=piece.pk)
        number = (piece.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = PieceVersion.objects.create(piece=piece, number=number, file=upload, note=note, uploaded_by=actor)
        before = piece.status
        _reopen(piece)
        audit_record(
            actor=actor,
            action="campaigns.piece.version_added",
            target=piece,
            changes={"version": [number - 1 or None, number], "status": [before, piece.status]},
        )
    return version


def piece_comment(
    *, actor, piece: Piece, body: str, version: PieceVersion | None = None, x=None, y=None
) -> PieceComment:
    """A review comment; with `x` and `y` (percent of the width and height) it is pinned on the version's image."""
    if (x is None) != (y is None):
        raise Refused(_("Marque el punto de la imagen con sus dos coordenadas."), field="x" if x is None else "y")
    if x is not None:
        if version is None or not version.is_image:
            raise Refused(_("Solo se puede marcar un punto sobre una versión que es una imagen."), field="x")
        for name, value in (("x", x), ("y", y)):
            if not 0 <= value <= 100:
                raise Refused(_("El punto debe estar dentro de la imagen (de 0 a 100 %)."), field=name)
    with transaction.atomic():
        comment = PieceComment.objects.create(piece=piece, version=version, author=actor, body=body, x=x, y=y)
        audit_record(actor=actor, action="campaigns.piece.commented", target=piece)
        people = [piece.designer, piece.campaign.owner]
        if not actor.has_perm("core.access_campaigns"):
            people = [piece.campaign.owner, piece.designer]
        elif piece.needs_unit_approval:
            people += unit_people(piece.campaign.unit)
        tell(
            people,
            actor=actor,
            title=gettext_noop("%(person)s comentó la pieza «%(title)s»"),
            params={"person": str(actor), "title": piece.title[:120]},
            url=piece.get_absolute_url(),
            body=body,
        )
    return comment


def current_brand_checklist() -> tuple[int | None, list[str]]:
    kit = BrandKitVersion.objects.order_by("-number").first()
    return (kit.number, kit.checklist()) if kit else (None, [])


def brand_check_record(*, actor, piece: Piece, checked: list[str]) -> Piece:
    """Record, item by item, what the reviewer checked against the brand kit in force."""
    number, items = current_brand_checklist()
    if not items:
        raise Refused(_("El manual de marca no tiene lista de revisión: complétela en Prensa."), field="checked")
    unknown = set(checked) - set(items)
    if unknown:
        raise Refused(_("Punto que no está en el manual: %(item)s.") % {"item": sorted(unknown)[0]}, field="checked")
    with transaction.atomic():
        piece = Piece.objects.select_for_update().get(pk=piece.pk)
        before = dict(piece.brand_checks)
        piece.brand_checks = {item: item in checked for item in items}
        piece.brand_kit_version = number
        piece.brand_checked_by = actor
        piece.brand_checked_at = timezone.now()
        piece.save(
            update_fields=["brand_checks", "brand_kit_version", "brand_checked_by", "brand_checked_at", "updated_at"]
        )
        audit_record(
            actor=actor,
            action="campaigns.piece.brand_checked",
            target=piece,
            changes={"brand_checks": [before or None, piece.brand_checks]},
        )
    return piece


def approval_refusal(piece: Piece, verdict: Verdict | None = None) -> str | None:
    """Why the office cannot approve the piece now (None when it can); buttons and pages read this."""
    if piece.status == PieceStatus.APPROVED or piece.status == PieceStatus.OFFICE_APPROVED:
        return _("La oficina ya aprobó esta pieza.")
    if not piece.versions.exists():
        return _("Suba una versión de la pieza antes de aprobarla.")
    if not piece.brand_complete:
        return _("Complete la lista del manual de marca antes de aprobar.")
    return publicity_refusal(piece, verdict or piece_verdict(piece))


# What each follow-up the law requires is called as a task of the office.
FOLLOW_UP_TITLES = {
    "autorizacion_jee": gettext_noop("Pedir al JEE la autorización de «%(title)s»"),
    "reporte_posterior": gettext_noop("Enviar al JEE el reporte posterior de «%(title)s»"),
    "retiro_o_adecuacion": gettext_noop("Retirar o adecuar «%(title)s» antes de la veda"),
}


def _follow_up_tasks(*, actor, piece: Piece, verdict: Verdict) -> list[Task]:
    """The JEE authorisation, the reporte posterior or the withdrawal the checks require, as tasks of the piece's
    designer (or of who approved it), due on the date the law sets."""
    owner = piece.designer or actor
    return [
        task_create(
            actor=actor,
            data={
                "title": (_(FOLLOW_UP_TITLES.get(follow_up.kind, "%(title)s")) % {"title": piece.title})[:200],
                "description": translated(follow_up.template, follow_up.params),
                "owner": owner,
                "due_on": follow_up.due,
            },
            subject=piece.campaign,
        )
        for follow_up in verdict.tasks
    ]


def piece_publicity_override(*, actor, piece: Piece, reason: str) -> Piece:
    """The head of unit lets the piece be approved despite its blocking findings, for the reason written; a finding
    that appears later (the piece changed) blocks again."""
    return exception_write(
        record=piece,
        actor=actor,
        reason=reason,
        verdict_of=piece_verdict,
        action="campaigns.piece.publicity_overridden",
        too_short=_(
            "Explique por escrito por qué la pieza puede salir pese a las observaciones (al menos %(n)s caracteres)."
        ),
    )


def piece_approve_office(*, actor, piece: Piece) -> Piece:
    with transaction.atomic():
        piece = Piece.objects.select_for_update().select_related("campaign").get(pk=piece.pk)
        verdict = piece_verdict(piece)
        reason = approval_refusal(piece, verdict)
        if reason:
            raise StateConflict(reason)
        _follow_up_tasks(actor=actor, piece=piece, verdict=verdict)
        before = piece.status
        piece.status = PieceStatus.OFFICE_APPROVED if piece.needs_unit_approval else PieceStatus.APPROVED
        piece.office_approved_by = actor
        piece.office_approved_at = timezone.now()
        piece.save(update_fields=["status", "office_approved_by", "office_approved_at", "updated_at"])
        audit_record(
            actor=actor,
            action="campaigns.piece.approved_office",
            target=piece,
            changes={"status": [before, piece.status]},
        )
        if piece.needs_unit_approval:
            tell(
                unit_people(piece.campaign.unit),
                actor=actor,
                title=gettext_noop("Apruebe la pieza «%(title)s» de su campaña"),
                params={"title": piece.title[:120]},
                url=piece.get_absolute_url(),
            )
    return piece


def piece_approve_unit(*, actor, piece: Piece) -> Piece:
    with transaction.atomic():
        piece = Piece.objects.select_for_update().select_related("campaign").get(pk=piece.pk)
        if piece.status != PieceStatus.OFFICE_APPROVED:
            raise StateConflict(_("La pieza todavía no tiene la aprobación de la oficina."))
        piece.status = PieceStatus.APPROVED
        piece.unit_approved_by = actor
        piece.unit_approved_at = timezone.now()
        piece.save(update_fields=["status", "unit_approved_by", "unit_approved_at", "updated_at"])
        audit_record(
            actor=actor,
            action="campaigns.piece.approved_unit",
            target=piece,
            changes={"status": [PieceStatus.OFFICE_APPROVED, PieceStatus.APPROVED]},
        )
        tell(
            [piece.campaign.owner, piece.designer],
            actor=actor,
            title=gettext_noop("%(unit)s aprobó la pieza «%(title)s»"),
            params={"unit": piece.campaign.unit, "title": piece.title[:120]},
            url=piece.get_absolute_url(),
        )
    return piece


def piece_reschedule(*, actor, piece: Piece, starts_on: date) -> tuple[Piece, Verdict]:
    """Move the piece to go out on `starts_on`, keeping how long it stays out, and read it again under the rules of
    its new dates. An approved piece that the new dates would block (it now falls in an electoral ban) is not moved:
    its approval was given under another regime. A piece still in production moves, and the page says what the
    checks now find."""
    if piece.campaign.status == CampaignStatus.CLOSED:
        raise StateConflict(_("La campaña está cerrada."))
    with transaction.atomic():
        piece = Piece.objects.select_for_update().select_related("campaign__plan_line__plan").get(pk=piece.pk)
        before = (piece.exposure_starts, piece.exposure_ends)
        if starts_on == piece.exposure_starts:
            raise Refused(_("La pieza ya sale ese día."), field="starts_on")
        if piece.exposure_ends is not None:
            piece.exposure_ends = starts_on + (piece.exposure_ends - piece.exposure_starts)
        piece.exposure_starts = starts_on
        verdict = piece_verdict(piece)
        if piece.status in (PieceStatus.OFFICE_APPROVED, PieceStatus.APPROVED):
            refusal = publicity_refusal(piece, verdict)
            if refusal:
                raise StateConflict(
                    _("No se movió: en la nueva fecha la pieza aprobada quedaría bloqueada. %(why)s")
                    % {"why": refusal},
                    field="starts_on",
                )
        piece.save(update_fields=["exposure_starts", "exposure_ends", "updated_at"])
        audit_record(
            actor=actor,
            action="campaigns.piece.rescheduled",
            target=piece,
            changes={
                "exposure_starts": [before[0].isoformat(), piece.exposure_starts.isoformat()],
                "exposure_ends": [
                    before[1].isoformat() if before[1] else None,
                    piece.exposure_ends.isoformat() if piece.exposure_ends else None,
                ],
            },
        )
    return piece, verdict
