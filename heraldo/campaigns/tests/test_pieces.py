"""Creative pieces: planned with a task, versions, the brand-kit checklist, approval by the office and the unit."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from heraldo.campaigns.models import Piece, PieceStatus
from heraldo.campaigns.tests.factories import CampaignFactory, PieceFactory
from heraldo.core.audit import history_for
from heraldo.core.models import Notification
from heraldo.press.models import BrandKitVersion
from heraldo.work.models import Task

pytestmark = pytest.mark.django_db

CHECKLIST = ["Logo con su área de respeto", "Colores de la paleta oficial"]


def png(colour=(27, 79, 140)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(buffer, "PNG")
    return SimpleUploadedFile("volante final.png", buffer.getvalue(), "image/png")


@pytest.fixture
def brand_kit(persona):
    return BrandKitVersion.objects.create(
        number=3, review_checklist="\n".join(CHECKLIST), created_by=persona("designer")
    )


def piece_data(designer, **change):
    return {
        "title": "Volante de la amnistía",
        "kind": "VOLANTE",
        "channel": "",
        "text": "Regulariza tu deuda sin multas hasta el 28 de febrero.",
        "exposure_starts": "2027-01-20",
        "exposure_ends": "2027-02-28",
        "ubigeo": "150101",
        "concerns_unit": "on",
        "due_on": "2027-01-18",
        "designer": designer.pk,
        "palette": "#1b4f8c, #F2C200",
        "people_shown": "",
        **change,
    }


def test_planning_a_piece_gives_the_designer_a_task(client_as, persona):
    campaign, designer = CampaignFactory(), persona("designer")
    response = client_as("press_officer").post(
        reverse("campaigns:piece_create", args=[campaign.pk]), piece_data(designer)
    )
    piece = Piece.objects.get()
    assert response.url == piece.get_absolute_url()
    assert (piece.channel, piece.palette) == ("PRINT", ["#1B4F8C", "#F2C200"])  # channel from the kind
    task = Task.objects.get()
    assert (task.owner, task.subject, task.due_on) == (designer, piece, date(2027, 1, 18))


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"paid": "on", "justification": ""}, "justification", "pagada necesita su justificación"),
        ({"exposure_ends": "2027-01-01"}, "exposure_ends", "antes de publicarse"),
        ({"channel": "PALOMAS"}, "channel", "PALOMAS"),
        ({"palette": "azul"}, "palette", "hexadecimal"),
        ({"ubigeo": "15"}, "ubigeo", "seis dígitos"),
    ],
)
def test_bad_piece_input_is_refused_on_its_field(client_as, persona, change, field, message):
    campaign = CampaignFactory()
    response = client_as("press_officer").post(
        reverse("campaigns:piece_create", args=[campaign.pk]), piece_data(persona("designer"), **change)
    )
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not Piece.objects.exists()


def test_a_piece_goes_through_versions_brand_check_office_and_unit(
    client_as, persona, rentas, brand_kit, django_capture_on_commit_callbacks
):
    piece = PieceFactory(title="Volante de la amnistía")
    office = client_as("designer")

    # no approval without a version, nor with the brand checklist unrecorded
    office.post(reverse("campaigns:piece_approve", args=[piece.pk]))
    piece.refresh_from_db()
    assert piece.status == PieceStatus.DRAFT
    office.post(reverse("campaigns:piece_version", args=[piece.pk]), {"file": png(), "note": "Primera"})
    version = piece.versions.get()
    assert version.number == 1 and "volante" not in version.file.name
    office.post(reverse("campaigns:piece_approve", args=[piece.pk]))
    piece.refresh_from_db()
    assert piece.status == PieceStatus.IN_REVIEW

    # the checklist of the brand kit in force, item by item
    office.post(reverse("campaigns:piece_brand", args=[piece.pk]), {"checked": [CHECKLIST[0]]})
    piece.refresh_from_db()
    assert piece.brand_checks == {CHECKLIST[0]: True, CHECKLIST[1]: False} and piece.brand_kit_version == 3
    office.post(reverse("campaigns:piece_brand", args=[piece.pk]), {"checked": CHECKLIST})
    with django_capture_on_commit_callbacks(execute=True):
        office.post(reverse("campaigns:piece_approve", args=[piece.pk]))
    piece.refresh_from_db()
    assert piece.status == PieceStatus.OFFICE_APPROVED and piece.office_approved_by == persona("designer")
    assert Notification.objects.filter(recipient=rentas, url=piece.get_absolute_url()).exists()

    # Rentas approves the piece that concerns it; another unit cannot even open it
    client_as("requester").post(reverse("campaigns:piece_approve", args=[piece.pk]), {"as": "unit"})
    piece.refresh_from_db()
    assert piece.status == PieceStatus.APPROVED and piece.unit_approved_by == rentas
    assert {entry.action for entry in history_for(piece)} >= {
        "campaigns.piece.version_added",
        "campaigns.piece.brand_checked",
        "campaigns.piece.approved_office",
        "campaigns.piece.approved_unit",
    }

    # a new version takes the approvals back
    office.post(reverse("campaigns:piece_version", args=[piece.pk]), {"file": png((200, 0, 0)), "note": "Sin foto"})
    piece.refresh_from_db()
    assert piece.status == PieceStatus.IN_REVIEW and piece.unit_approved_by is None


def test_the_unit_cannot_approve_before_the_office_nor_for_another_unit(client_as, rentas, other_unit):
    piece = PieceFactory()
    client_as("requester").post(reverse("campaigns:piece_approve", args=[piece.pk]), {"as": "unit"})
    piece.refresh_from_db()
    assert piece.status == PieceStatus.DRAFT
    from django.test import Client

    stranger = Client()
    stranger.force_login(other_unit, backend="heraldo.core.access.CachedPermissionsBackend")
    assert stranger.get(piece.get_absolute_url()).status_code == 404
    # the unit does not approve as the office
    client_as("requester").post(reverse("campaigns:piece_approve", args=[piece.pk]))
    piece.refresh_from_db()
    assert piece.office_approved_by is None


def test_a_piece_that_does_not_concern_the_unit_is_approved_by_the_office_alone(client_as, brand_kit):
    piece = PieceFactory(concerns_unit=False, brand_checks=dict.fromkeys(CHECKLIST, True))
    office = client_as("press_officer")
    office.post(reverse("campaigns:piece_version", args=[piece.pk]), {"file": png()})
    office.post(reverse("campaigns:piece_brand", args=[piece.pk]), {"checked": CHECKLIST})
    office.post(reverse("campaigns:piece_approve", args=[piece.pk]))
    piece.refresh_from_db()
    assert piece.status == PieceStatus.APPROVED


def test_review_comments_reach_the_designer(client_as, persona, django_capture_on_commit_callbacks):
    designer = persona("designer")
    piece = PieceFactory(designer=designer)
    with django_capture_on_commit_callbacks(execute=True):
        client_as("press_officer").post(
            reverse("campaigns:piece_comment", args=[piece.pk]), {"body": "Agrandar la fecha."}
        )
    assert piece.comments.get().body == "Agrandar la fecha."
    assert Notification.objects.filter(recipient=designer, url=piece.get_absolute_url()).exists()


def test_version_images_are_shown_only_to_who_may_see_the_piece(client_as, rentas):
    piece = PieceFactory()
    client_as("designer").post(reverse("campaigns:piece_version", args=[piece.pk]), {"file": png()})
    url = piece.versions.get().file.url
    assert client_as("requester").get(url).status_code == 200
    assert client_as("outsider").get(url).status_code in (403, 404)


def test_the_new_piece_form_shows_empty_lists_as_empty_fields(client_as):
    campaign = CampaignFactory()
    html = client_as("press_officer").get(reverse("campaigns:piece_create", args=[campaign.pk])).content.decode()
    assert "[]" not in html


def test_the_publicity_checks_hold_a_flyer_with_the_mayors_photo_and_ask_the_jee_for_the_radio_spot(
    client_as, persona, brand_kit, django_capture_on_commit_callbacks
):
    from heraldo.publicity.tests.factories import municipality_with_mayor
    from heraldo.work.models import Task

    # given the Mayor in the Registro, and a flyer of the tax campaign showing him, in the electoral period
    _municipality, mayor = municipality_with_mayor()
    flyer = PieceFactory(title="Volante de la amnistía", people_shown=[mayor.full_name])
    office, head = client_as("designer"), client_as("head_of_unit")
    office.post(reverse("campaigns:piece_version", args=[flyer.pk]), {"file": png(), "note": "Primera"})
    office.post(reverse("campaigns:piece_brand", args=[flyer.pk]), {"checked": CHECKLIST})

    # when the office tries to approve it, it is held with the rule and the Mayor's name
    office.post(reverse("campaigns:piece_approve", args=[flyer.pk]))
    flyer.refresh_from_db()
    page = office.get(reverse("campaigns:piece_detail", args=[flyer.pk])).content.decode()
    assert flyer.status == PieceStatus.IN_REVIEW
    assert "E2" in page and mayor.full_name in page

    # and a designer cannot write the exception; a too-short reason is refused
    office.post(reverse("campaigns:piece_publicity_override", args=[flyer.pk]), {"reason": "Porque sí, urgente ya"})
    head.post(reverse("campaigns:piece_publicity_override", args=[flyer.pk]), {"reason": "Urgente"})
    flyer.refresh_from_db()
    assert flyer.publicity_override_at is None

    # when the photo is replaced, it passes
    flyer.people_shown = []
    flyer.save(update_fields=["people_shown"])
    with django_capture_on_commit_callbacks(execute=True):
        office.post(reverse("campaigns:piece_approve", args=[flyer.pk]))
    flyer.refresh_from_db()
    assert flyer.status in (PieceStatus.OFFICE_APPROVED, PieceStatus.APPROVED)

    # given a paid radio spot of the same campaign, when the office approves it
    spot = PieceFactory(
        campaign=flyer.campaign,
        title="Spot radial",
        kind="SPOT_RADIO",
        channel="RADIO",
        exposure_starts=date(2027, 2, 1),
    )
    office.post(reverse("campaigns:piece_version", args=[spot.pk]), {"file": png(), "note": "Primera"})
    office.post(reverse("campaigns:piece_brand", args=[spot.pk]), {"checked": CHECKLIST})
    assert "autorización" in office.get(reverse("campaigns:piece_detail", args=[spot.pk])).content.decode().lower()
    with django_capture_on_commit_callbacks(execute=True):
        office.post(reverse("campaigns:piece_approve", args=[spot.pk]))

    # then asking the JEE is a task due before the broadcast starts
    jee = Task.objects.get(title__startswith="Pedir al JEE")
    assert jee.due_on < date(2027, 2, 1)
