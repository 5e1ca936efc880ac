"""A campaign's links to Prensa: the releases (and their social posts) that belong to it, and the media-library
files its pieces use. Audited; a closed campaign takes no new link."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from heraldo.campaigns.models import Campaign, Piece, PieceStatus
from heraldo.campaigns.services.campaigns import refuse_if_closed
from heraldo.campaigns.services.pieces import reopen_if_approved
from heraldo.core.audit import audit_record
from heraldo.core.writes import StateConflict
from heraldo.press.models import MediaAsset, PressRelease, ReleaseStatus
from heraldo.press.services.media import asset_upload


def release_link(*, actor, campaign: Campaign, release: PressRelease) -> Campaign:
    refuse_if_closed(campaign)
    if release.status == ReleaseStatus.WITHDRAWN:
        raise StateConflict(_("La nota «%(title)s» fue retirada.") % {"title": release.headline}, field="release")
    with transaction.atomic():
        if campaign.releases.filter(pk=release.pk).exists():
            raise StateConflict(_("La nota ya pertenece a esta campaña."), field="release")
        campaign.releases.add(release)
        audit_record(
            actor=actor,
            action="campaigns.campaign.release_linked",
            target=campaign,
            changes={"release": [None, release.headline]},
        )
    return campaign


def release_unlink(*, actor, campaign: Campaign, release: PressRelease) -> Campaign:
    with transaction.atomic():
        if not campaign.releases.filter(pk=release.pk).exists():
            raise StateConflict(_("La nota no pertenece a esta campaña."), field="release")
        campaign.releases.remove(release)
        audit_record(
            actor=actor,
            action="campaigns.campaign.release_unlinked",
            target=campaign,
            changes={"release": [release.headline, None]},
        )
    return campaign


def asset_use(*, actor, piece: Piece, asset: MediaAsset) -> Piece:
    """The piece uses the file: the people tagged in it count as shown when the publicity rules read the piece, so a
    change can take back the piece's approval like any other edit of what it shows."""
    refuse_if_closed(piece.campaign)
    if not asset.publishable:
        raise StateConflict(_("El archivo es de uso restringido: no puede usarse en una pieza."), field="asset")
    with transaction.atomic():
        if piece.assets.filter(pk=asset.pk).exists():
            raise StateConflict(_("La pieza ya usa este archivo."), field="asset")
        piece.assets.add(asset)
        audit_record(
            actor=actor, action="campaigns.piece.asset_used", target=piece, changes={"asset": [None, str(asset)]}
        )
        reopen_if_approved(piece)
    return piece


def asset_drop(*, actor, piece: Piece, asset: MediaAsset) -> Piece:
    with transaction.atomic():
        if not piece.assets.filter(pk=asset.pk).exists():
            raise StateConflict(_("La pieza no usa este archivo."), field="asset")
        piece.assets.remove(asset)
        audit_record(
            actor=actor, action="campaigns.piece.asset_dropped", target=piece, changes={"asset": [str(asset), None]}
        )
        reopen_if_approved(piece)
    return piece


def piece_to_library(*, actor, piece: Piece) -> tuple[MediaAsset, bool]:
    """The approved artwork (the piece's last version) goes into the media library, described by the piece, and the
    piece uses it from then on. Nothing new is shown, so the approval stands. Returns (asset, created): the same
    image twice gives the file already there."""
    if piece.status != PieceStatus.APPROVED:
        raise StateConflict(_("Solo una pieza aprobada pasa a la biblioteca de medios."), field="piece")
    version = piece.versions.first()
    if version is None or not version.is_image:
        raise StateConflict(_("La última versión de la pieza no es una imagen."), field="piece")
    with transaction.atomic(), version.file.open("rb") as artwork:
        asset, created = asset_upload(
            actor=actor,
            upload=artwork,
            title=piece.title[:200],
            caption=_("Pieza de la campaña «%(campaign)s», versión %(number)s")
            % {
                "campaign": piece.campaign.title,
                "number": version.number,
            },
            credit=_("Unidad de Imagen Institucional"),
        )
        piece.assets.add(asset)
        audit_record(
            actor=actor,
            action="campaigns.piece.saved_to_library",
            target=piece,
            changes={"asset": [None, str(asset)]},
        )
    return asset, created
