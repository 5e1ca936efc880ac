"""Campaigns and Prensa: releases (with their social posts) belong to a campaign, pieces use media-library files, and
Prensa's pages show both links for whoever may see the campaign."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from heraldo.campaigns.models import CampaignStatus, PieceStatus
from heraldo.campaigns.publicity import piece_verdict
from heraldo.campaigns.tests.factories import CampaignFactory, PieceFactory
from heraldo.core.audit import history_for
from heraldo.press.models import ReleaseStatus, UsageRights
from heraldo.press.services.media import asset_upload
from heraldo.press.tests.factories import jpeg_upload, make_release
from heraldo.publicity.models import ElectoralProcess
from heraldo.publicity.tests.factories import ElectoralProcessFactory, municipality_with_mayor

pytestmark = pytest.mark.django_db


def asset(actor, name="foto", **details):
    made, _created = asset_upload(actor=actor, upload=jpeg_upload(f"{name}.jpg"), title=name, **details)
    return made


# ------------------------------------------------------------------ releases


def test_a_release_linked_to_a_campaign_shows_on_both_pages(client_as, persona):
    campaign = CampaignFactory(title="Amnistía tributaria")
    note = make_release(persona("press_officer"), headline="Vecinos se ponen al día con la amnistía")
    office = client_as("press_officer")

    response = office.post(reverse("campaigns:release_link", args=[campaign.pk]), {"release": note.pk}, follow=True)

    assert "La nota de prensa pertenece ahora a la campaña." in response.content.decode()
    assert list(campaign.releases.all()) == [note]
    campaign_page = office.get(campaign.get_absolute_url()).content.decode()
    assert "Vecinos se ponen al día con la amnistía" in campaign_page
    release_page = office.get(note.get_absolute_url()).content.decode()
    assert 'data-testid="release-related"' in release_page and "Amnistía tributaria" in release_page
    assert "campaigns.campaign.release_linked" in {entry.action for entry in history_for(campaign)}


def test_a_release_is_linked_once_and_can_be_taken_off(client_as, persona):
    campaign = CampaignFactory()
    note = make_release(persona("press_officer"))
    office = client_as("press_officer")
    office.post(reverse("campaigns:release_link", args=[campaign.pk]), {"release": note.pk})
    again = office.post(reverse("campaigns:release_link", args=[campaign.pk]), {"release": note.pk}, follow=True)
    assert "La nota ya pertenece a esta campaña." in again.content.decode()

    office.post(reverse("campaigns:release_unlink", args=[campaign.pk, note.pk]))
    assert not campaign.releases.exists()
    assert office.post(reverse("campaigns:release_unlink", args=[campaign.pk, note.pk])).status_code == 404


@pytest.mark.parametrize("bad", ["", "abc", "99999"])
def test_linking_a_release_that_does_not_exist_is_refused(client_as, bad):
    campaign = CampaignFactory()
    response = client_as("press_officer").post(
        reverse("campaigns:release_link", args=[campaign.pk]), {"release": bad}, follow=True
    )
    assert "Nota de prensa:" in response.content.decode()
    assert not campaign.releases.exists()


def test_a_withdrawn_release_or_a_closed_campaign_takes_no_link(client_as, persona):
    withdrawn = make_release(persona("press_officer"), status=ReleaseStatus.WITHDRAWN)
    campaign = CampaignFactory()
    response = client_as("press_officer").post(
        reverse("campaigns:release_link", args=[campaign.pk]), {"release": withdrawn.pk}, follow=True
    )
    assert "Esa nota no existe o fue retirada." in response.content.decode()
    closed = CampaignFactory(status=CampaignStatus.CLOSED, plan_line=campaign.plan_line)
    note = make_release(persona("press_officer"))
    response = client_as("press_officer").post(
        reverse("campaigns:release_link", args=[closed.pk]), {"release": note.pk}, follow=True
    )
    assert "La campaña está cerrada." in response.content.decode()
    assert not closed.releases.exists()


def test_the_requesting_unit_sees_its_campaign_but_neither_links_nor_reads_prensa(client_as, persona, rentas):
    campaign = CampaignFactory()
    note = make_release(persona("press_officer"))
    response = client_as("requester").post(reverse("campaigns:release_link", args=[campaign.pk]), {"release": note.pk})
    assert response.status_code == 404
    page = client_as("requester").get(campaign.get_absolute_url()).content.decode()
    assert 'data-testid="campaign-releases"' not in page


def test_prensa_does_not_name_a_campaign_to_who_cannot_see_it(client_as, persona, rentas):
    """The registry asks Campañas' own gate: a unit's campaign is not shown on a release page to another unit."""
    from heraldo.press.related import related_links

    campaign = CampaignFactory()
    note = make_release(persona("press_officer"))
    campaign.releases.add(note)
    assert related_links("release", persona("press_officer"), note)[0].title == campaign.title
    assert related_links("release", persona("outsider"), note) == []


# ------------------------------------------------------------------ the media library


def test_a_piece_uses_a_library_photo_and_the_photo_shows_the_piece(client_as, persona):
    piece = PieceFactory(title="Volante de la amnistía")
    photo = asset(persona("press_officer"), "Feria tributaria")
    office = client_as("press_officer")

    office.post(reverse("campaigns:piece_asset_use", args=[piece.pk]), {"asset": photo.pk})

    assert list(piece.assets.all()) == [photo]
    assert "Feria tributaria" in office.get(piece.get_absolute_url()).content.decode()
    asset_page = office.get(reverse("press:asset_detail", args=[photo.pk])).content.decode()
    assert 'data-testid="asset-related"' in asset_page and "Volante de la amnistía" in asset_page

    office.post(reverse("campaigns:piece_asset_drop", args=[piece.pk, photo.pk]))
    assert not piece.assets.exists()
    actions = {entry.action for entry in history_for(piece)}
    assert {"campaigns.piece.asset_used", "campaigns.piece.asset_dropped"} <= actions


def test_a_restricted_photo_cannot_be_used(client_as, persona):
    piece = PieceFactory()
    private = asset(persona("press_officer"), "Reunión privada", rights=UsageRights.RESTRICTED)
    response = client_as("press_officer").post(
        reverse("campaigns:piece_asset_use", args=[piece.pk]), {"asset": private.pk}, follow=True
    )
    assert "Ese archivo no está en la biblioteca de medios." in response.content.decode()
    assert not piece.assets.exists()


def test_the_mayor_tagged_in_a_used_photo_blocks_the_piece_in_a_ban(client_as, persona):
    """The library says who is in the photo: the checks read the piece as showing the Mayor (E2)."""
    ElectoralProcess.objects.update(end_date=date(2026, 12, 31))
    ElectoralProcessFactory(name="Complementarias 2027", convocation_date=date(2027, 1, 1))
    _municipality, mayor = municipality_with_mayor()
    photo = asset(persona("press_officer"), "Alcalde en la feria")
    photo.people.add(mayor)
    piece = PieceFactory(status=PieceStatus.OFFICE_APPROVED)
    assert piece_verdict(piece).verdict != "block"

    client_as("press_officer").post(reverse("campaigns:piece_asset_use", args=[piece.pk]), {"asset": photo.pk})

    piece.refresh_from_db()
    verdict = piece_verdict(piece)
    assert verdict.verdict == "block" and "E2" in {finding.rule for finding in verdict.blocking}
    assert piece.status == PieceStatus.IN_REVIEW  # what it shows changed: it is reviewed again


def test_a_unit_cannot_attach_library_files(client_as, persona, rentas):
    piece = PieceFactory()
    photo = asset(persona("press_officer"))
    assert (
        client_as("requester")
        .post(reverse("campaigns:piece_asset_use", args=[piece.pk]), {"asset": photo.pk})
        .status_code
        == 404
    )


def approved_piece_with_artwork(actor, **fields):
    from heraldo.campaigns.models import Piece
    from heraldo.campaigns.services.pieces import version_add

    piece = PieceFactory(**fields)
    version_add(actor=actor, piece=piece, upload=jpeg_upload("volante-final.jpg"))
    Piece.objects.filter(pk=piece.pk).update(status=PieceStatus.APPROVED)
    piece.refresh_from_db()
    return piece


def test_an_approved_piece_goes_into_the_library_once_and_keeps_its_approval(client_as, persona):
    from heraldo.press.models import MediaAsset

    piece = approved_piece_with_artwork(persona("press_officer"), title="Volante final de la amnistía")
    office = client_as("press_officer")
    assert 'data-testid="piece-to-library"' in office.get(piece.get_absolute_url()).content.decode()

    page = office.post(reverse("campaigns:piece_to_library", args=[piece.pk]), follow=True).content.decode()

    saved = MediaAsset.objects.get()
    assert saved.title == "Volante final de la amnistía" and piece.campaign.title in saved.caption
    assert "está ahora en la biblioteca de medios" in page
    piece.refresh_from_db()
    assert piece.status == PieceStatus.APPROVED and list(piece.assets.all()) == [saved]
    asset_page = office.get(reverse("press:asset_detail", args=[saved.pk])).content.decode()
    assert "Volante final de la amnistía" in asset_page
    assert "campaigns.piece.saved_to_library" in {entry.action for entry in history_for(piece)}

    again = office.post(reverse("campaigns:piece_to_library", args=[piece.pk]), follow=True).content.decode()
    assert MediaAsset.objects.count() == 1 and "no se duplicó" in again


def test_a_piece_not_yet_approved_stays_out_of_the_library(client_as, persona):
    from heraldo.campaigns.models import Piece
    from heraldo.press.models import MediaAsset

    piece = approved_piece_with_artwork(persona("press_officer"))
    Piece.objects.filter(pk=piece.pk).update(status=PieceStatus.IN_REVIEW)
    office = client_as("press_officer")
    assert 'data-testid="piece-to-library"' not in office.get(piece.get_absolute_url()).content.decode()

    page = office.post(reverse("campaigns:piece_to_library", args=[piece.pk]), follow=True).content.decode()

    assert "Solo una pieza aprobada pasa a la biblioteca de medios." in page
    assert not MediaAsset.objects.exists()


def test_only_who_adds_to_prensas_library_saves_a_piece_there(client_as, persona, rentas):
    from heraldo.press.models import MediaAsset

    piece = approved_piece_with_artwork(persona("press_officer"))
    for role in ("designer", "requester", "mayor"):
        response = client_as(role).post(reverse("campaigns:piece_to_library", args=[piece.pk]))
        assert response.status_code in (403, 404), role
    assert not MediaAsset.objects.exists()
