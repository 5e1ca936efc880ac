"""The editorial calendar: pieces, campaigns and releases on one month, filters, and moving a piece (drag or date
field) with the publicity checks read again for its new dates."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from heraldo.campaigns.models import CampaignStatus, PieceStatus
from heraldo.campaigns.tests.factories import CampaignFactory, PieceFactory
from heraldo.core.audit import history_for
from heraldo.press.models import Bulletin, PressRelease, ReleaseStatus
from heraldo.publicity.models import ElectoralProcess
from heraldo.publicity.tests.factories import ElectoralProcessFactory

pytestmark = pytest.mark.django_db

LIMA = ZoneInfo("America/Lima")
CALENDAR = reverse("campaigns:calendar")


@pytest.fixture
def ban_in_march():
    """The 2026 processes concluded; a complementary election whose ban on state publicity starts 01/03/2027."""
    ElectoralProcess.objects.update(end_date=date(2026, 12, 31))
    return ElectoralProcessFactory(name="Complementarias 2027", convocation_date=date(2027, 3, 1))


def release(author, headline, **fields) -> PressRelease:
    return PressRelease.objects.create(author=author, headline=headline, lead="Entradilla.", **fields)


def test_the_month_shows_pieces_campaigns_and_releases_with_their_channel(client_as, persona):
    campaign = CampaignFactory(title="Amnistía tributaria", starts_on=date(2027, 1, 15), ends_on=date(2027, 2, 28))
    PieceFactory(campaign=campaign, title="Spot de la amnistía", kind="SPOT_RADIO", channel="RADIO")
    PieceFactory(campaign=campaign, title="Volante de la amnistía", exposure_starts=date(2027, 1, 22))
    PieceFactory(campaign=campaign, title="Pieza de marzo", exposure_starts=date(2027, 3, 2))
    release(
        persona("press_officer"),
        "Vecinos se ponen al día",
        status=ReleaseStatus.PUBLISHED,
        published_at=datetime(2027, 1, 25, 10, tzinfo=LIMA),
    )

    Bulletin.objects.create(
        title="Candelaria informa",
        number=7,
        period_label="Enero de 2027",
        status=Bulletin.Status.PUBLISHED,
        published_at=datetime(2027, 1, 30, 9, tzinfo=LIMA),
        created_by=persona("press_officer"),
    )
    Bulletin.objects.create(title="Borrador", number=8, period_label="Febrero", created_by=persona("press_officer"))

    page = client_as("press_officer").get(CALENDAR, {"mes": "2027-01"}).content.decode()

    assert "Candelaria informa n.º 7" in page and "Borrador n.º 8" not in page
    assert "Spot de la amnistía" in page and "Volante de la amnistía" in page
    assert "Pieza de marzo" not in page
    assert "Amnistía tributaria" in page and "Inicia la campaña" in page
    assert "Vecinos se ponen al día" in page
    assert 'data-drop-day="2027-01-22"' in page  # the days a piece can be dropped on
    assert "style=" not in page.split("<main", 1)[-1]  # the CSP allows no inline style


def test_the_mayors_activities_are_on_the_month_for_who_reads_the_agenda(client_as, persona):
    """An act at 23:30 Lima on 31 January is January's; with a person chosen, only the acts that person staffs."""
    from heraldo.ceremonial.models import EventStaff, StaffRole
    from heraldo.ceremonial.tests.factories import EventFactory, lima

    EventFactory(title="Serenata por el aniversario", starts_at=lima(2027, 1, 31, 23, 30), place="Plaza")
    EventFactory(title="Izamiento de febrero", starts_at=lima(2027, 2, 1, 8))
    staffed = EventFactory(title="Entrega de títulos", starts_at=lima(2027, 1, 12, 10))
    EventStaff.objects.create(event=staffed, user=persona("press_officer"), role=StaffRole.PRESS)

    page = client_as("press_officer").get(CALENDAR, {"mes": "2027-01"}).content.decode()
    assert "Serenata por el aniversario" in page and "23:30 · Plaza" in page
    assert "Izamiento de febrero" not in page and "Entrega de títulos" in page

    mine = client_as("press_officer").get(CALENDAR, {"mes": "2027-01", "persona": persona("press_officer").pk})
    assert "Entrega de títulos" in mine.content.decode() and "Serenata" not in mine.content.decode()
    by_channel = client_as("press_officer").get(CALENDAR, {"mes": "2027-01", "canal": "RADIO"}).content.decode()
    assert "Serenata" not in by_channel

    # Diseño works on campaigns but does not read the Mayor's agenda.
    assert "Serenata" not in client_as("designer").get(CALENDAR, {"mes": "2027-01"}).content.decode()


def test_filters_by_channel_campaign_and_person(client_as, persona):
    designer = persona("designer")
    radio = PieceFactory(title="Spot", kind="SPOT_RADIO", channel="RADIO", designer=designer)
    PieceFactory(title="Volante", campaign=radio.campaign)
    other = PieceFactory(
        title="Afiche de salud", kind="AFICHE", campaign=CampaignFactory(plan_line=radio.campaign.plan_line)
    )
    client = client_as("press_officer")

    by_channel = client.get(CALENDAR, {"mes": "2027-01", "canal": "RADIO"}).content.decode()
    assert "Spot" in by_channel and "Volante" not in by_channel

    by_campaign = client.get(CALENDAR, {"mes": "2027-01", "campana": other.campaign.pk}).content.decode()
    assert "Afiche de salud" in by_campaign and "Volante" not in by_campaign

    by_person = client.get(CALENDAR, {"mes": "2027-01", "persona": designer.pk}).content.decode()
    assert "Spot" in by_person and "Afiche de salud" not in by_person


def test_an_unknown_filter_is_dropped_and_said(client_as):
    PieceFactory(title="Volante")
    page = client_as("press_officer").get(
        CALENDAR, {"mes": "2027-01", "canal": "PALOMAS", "campana": "9999", "persona": "x"}
    )
    assert page.status_code == 200
    text = page.content.decode()
    assert "Se ignoró un filtro que no existe" in text and "canal" in text and "Volante" in text


def test_a_bad_month_shows_the_current_one(client_as):
    assert client_as("press_officer").get(CALENDAR, {"mes": "2027-13"}).status_code == 200
    assert client_as("press_officer").get(CALENDAR, {"mes": "abc"}).status_code == 200


def test_only_the_office_opens_the_calendar(client_as, rentas):
    assert client_as("requester").get(CALENDAR).status_code == 403
    assert client_as("outsider").get(CALENDAR).status_code == 403


def test_the_mayor_sees_the_calendar_but_moves_nothing(client_as, persona):
    """Reading Campañas is not managing it: no drop targets, no «Reprogramar», and the move itself is a 404."""
    piece = PieceFactory()
    page = client_as("mayor").get(CALENDAR, {"mes": "2027-01"})
    assert page.status_code == 200 and piece.title in page.content.decode()
    text = page.content.decode()
    assert 'data-drop-day="' not in text and "data-reschedule" not in text and "/reprogramar/" not in text
    response = client_as("mayor").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]), {"starts_on": "2027-01-25"}
    )
    assert response.status_code == 404


def test_the_query_count_does_not_grow_with_the_pieces(client_as, django_assert_max_num_queries):
    campaign = CampaignFactory()
    for n in range(3):
        PieceFactory(campaign=campaign, exposure_starts=date(2027, 1, 10 + n))
    client = client_as("press_officer")
    client.get(CALENDAR, {"mes": "2027-01"})
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(CALENDAR, {"mes": "2027-01"})
    for n in range(30):
        other = CampaignFactory(plan_line=campaign.plan_line, title=f"Campaña {n}", owner=campaign.owner)
        PieceFactory(campaign=other, exposure_starts=date(2027, 1, 1 + n))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(CALENDAR, {"mes": "2027-01"})


# ------------------------------------------------------------------ moving a piece


def test_dropping_a_piece_on_another_day_moves_it_and_keeps_its_length(client_as, ban_in_march):
    piece = PieceFactory(exposure_starts=date(2027, 1, 20), exposure_ends=date(2027, 2, 10))
    back = f"{CALENDAR}?mes=2027-01"
    response = client_as("press_officer").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]),
        {"starts_on": "2027-01-27", "next": back, "dragged": "1"},
        follow=True,
    )
    piece.refresh_from_db()
    assert (piece.exposure_starts, piece.exposure_ends) == (date(2027, 1, 27), date(2027, 2, 17))
    assert response.redirect_chain[-1][0] == back
    assert "sale ahora el 27/01/2027" in response.content.decode()
    entry = next(entry for entry in history_for(piece) if entry.action == "campaigns.piece.rescheduled")
    assert entry.changes["exposure_starts"] == ["2027-01-20", "2027-01-27"]


def test_the_date_field_does_the_same_without_a_script(client_as, ban_in_march):
    piece = PieceFactory()
    url = reverse("campaigns:piece_reschedule", args=[piece.pk])
    form = client_as("press_officer").get(url)
    assert 'type="date"' in form.content.decode() and 'value="2027-01-20"' in form.content.decode()
    response = client_as("press_officer").post(url, {"starts_on": "2027-02-01"})
    piece.refresh_from_db()
    assert response.url == piece.get_absolute_url() and piece.exposure_starts == date(2027, 2, 1)


@pytest.mark.parametrize("value", ["", "31/02/2027", "mañana"])
def test_a_bad_date_changes_nothing_and_says_so(client_as, value):
    piece = PieceFactory()
    response = client_as("press_officer").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]), {"starts_on": value}
    )
    assert response.status_code == 200 and response.context["form"].errors["starts_on"]
    piece.refresh_from_db()
    assert piece.exposure_starts == date(2027, 1, 20)


def test_a_bad_drop_goes_back_to_the_calendar_with_the_reason(client_as):
    piece = PieceFactory()
    back = f"{CALENDAR}?mes=2027-01"
    response = client_as("press_officer").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]),
        {"starts_on": "2027-01-20", "next": back, "dragged": "1"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == back
    assert "La pieza ya sale ese día." in response.content.decode()


def test_an_outside_next_address_is_not_followed(client_as, ban_in_march):
    piece = PieceFactory()
    response = client_as("press_officer").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]),
        {"starts_on": "2027-01-25", "next": "https://example.com/", "dragged": "1"},
    )
    assert response.url == piece.get_absolute_url()


def test_moving_a_draft_into_a_ban_moves_it_and_says_what_the_checks_find(client_as, ban_in_march):
    piece = PieceFactory(text="Nuestro alcalde te invita a vacunarte.", exposure_ends=None)
    response = client_as("press_officer").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]), {"starts_on": "2027-03-05"}, follow=True
    )
    piece.refresh_from_db()
    assert piece.exposure_starts == date(2027, 3, 5)
    page = response.content.decode()
    assert "Normas de publicidad en la nueva fecha" in page and "[E2]" in page


def test_an_approved_piece_is_not_moved_into_a_ban_that_would_block_it(client_as, ban_in_march):
    piece = PieceFactory(
        text="Nuestro alcalde te invita a vacunarte.",
        status=PieceStatus.APPROVED,
        exposure_ends=date(2027, 2, 20),
    )
    response = client_as("press_officer").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]), {"starts_on": "2027-03-05"}
    )
    assert response.status_code == 200
    assert "No se movió" in " ".join(response.context["form"].errors["starts_on"])
    piece.refresh_from_db()
    assert (piece.exposure_starts, piece.status) == (date(2027, 1, 20), PieceStatus.APPROVED)


def test_an_approved_piece_moves_within_the_ordinary_regime(client_as, ban_in_march):
    piece = PieceFactory(status=PieceStatus.APPROVED)
    client_as("press_officer").post(reverse("campaigns:piece_reschedule", args=[piece.pk]), {"starts_on": "2027-01-25"})
    piece.refresh_from_db()
    assert piece.exposure_starts == date(2027, 1, 25)


def test_a_closed_campaign_s_pieces_do_not_move(client_as):
    piece = PieceFactory(campaign=CampaignFactory(status=CampaignStatus.CLOSED))
    response = client_as("press_officer").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]), {"starts_on": "2027-01-25"}
    )
    assert "La campaña está cerrada." in response.content.decode()
    piece.refresh_from_db()
    assert piece.exposure_starts == date(2027, 1, 20)


def test_a_requesting_unit_cannot_move_its_pieces(client_as, rentas):
    piece = PieceFactory()
    response = client_as("requester").post(
        reverse("campaigns:piece_reschedule", args=[piece.pk]), {"starts_on": "2027-01-25"}
    )
    assert response.status_code == 404
