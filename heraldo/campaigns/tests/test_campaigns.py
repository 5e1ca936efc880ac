"""Campaigns: budgets that add up, dates in order, actions as office tasks, board, timeline, media plan, closing."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from heraldo.campaigns.models import Campaign, CampaignStatus, MediaPlanEntry
from heraldo.campaigns.tests.factories import CampaignFactory, LineFactory, PieceFactory
from heraldo.core.audit import history_for
from heraldo.core.models import Notification
from heraldo.work.models import Task

pytestmark = pytest.mark.django_db


def campaign_data(line, owner, **change):
    return {
        "title": "Vacunación antirrábica",
        "plan_line": line.pk,
        "objectives": "Vacunar a 5 000 perros y gatos.",
        "audiences": "Familias con mascotas",
        "key_dates": "",
        "mandatory_content": "",
        "channels": ["RADIO", "SOCIAL"],
        "budget": "5000",
        "owner": owner.pk,
        "starts_on": "2027-03-01",
        "ends_on": "2027-03-31",
        **change,
    }


def test_the_office_creates_a_campaign_and_the_change_is_audited(client_as, persona):
    line, press = LineFactory(), persona("press_officer")
    response = client_as("press_officer").post(reverse("campaigns:campaign_create"), campaign_data(line, press))
    campaign = Campaign.objects.get()
    assert response.url == campaign.get_absolute_url()
    assert campaign.budget == Decimal("5000") and campaign.channels == ["RADIO", "SOCIAL"]
    assert history_for(campaign).filter(action="campaigns.campaign.created", actor=press).exists()


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"ends_on": "2027-02-01"}, "ends_on", "termina antes de empezar"),
        ({"budget": "25000"}, "budget", "la línea tiene S/ 20000"),
        ({"channels": ["RADIO", "TELEPATIA"]}, "channels", "TELEPATIA"),
        ({"budget": "-1"}, "budget", "negativo"),
    ],
)
def test_bad_campaign_input_is_refused_on_its_field(client_as, persona, change, field, message):
    line = LineFactory()
    response = client_as("press_officer").post(
        reverse("campaigns:campaign_create"), campaign_data(line, persona("press_officer"), **change)
    )
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not Campaign.objects.exists()


def test_campaigns_of_a_line_cannot_add_up_to_more_than_the_line(client_as, persona):
    existing = CampaignFactory(budget=Decimal("15000"))
    response = client_as("press_officer").post(
        reverse("campaigns:campaign_create"), campaign_data(existing.plan_line, persona("press_officer"), budget="6000")
    )
    assert "sumarían S/ 21000" in " ".join(response.context["form"].errors["budget"])


def test_only_managers_create_campaigns(client_as):
    assert client_as("mayor").get(reverse("campaigns:campaign_create")).status_code == 403
    assert client_as("protocol_officer").get(reverse("campaigns:home")).status_code == 403
    assert client_as("mayor").get(reverse("campaigns:home")).status_code == 200


def test_an_action_is_an_office_task_on_the_board_and_in_my_work(client_as, persona):
    campaign, press = CampaignFactory(), persona("press_officer")
    client = client_as("head_of_unit")
    client.post(
        reverse("campaigns:action_add", args=[campaign.pk]),
        {"title": "Coordinar la pauta radial", "owner": press.pk, "due_on": "2027-01-20", "priority": 3},
    )
    task = Task.objects.get()
    assert (task.subject, task.owner, task.due_on) == (campaign, press, date(2027, 1, 20))
    board = client.get(reverse("campaigns:campaign_board", args=[campaign.pk])).content.decode()
    assert "Coordinar la pauta radial" in board
    assert "Coordinar la pauta radial" in client_as("press_officer").get(reverse("work:my_work")).content.decode()


def test_an_action_due_after_the_campaign_is_refused(client_as, persona):
    campaign = CampaignFactory()
    response = client_as("head_of_unit").post(
        reverse("campaigns:action_add", args=[campaign.pk]),
        {"title": "Tarde", "owner": persona("press_officer").pk, "due_on": "2027-06-01", "priority": 2},
    )
    assert "después del fin" in " ".join(response.context["form"].errors["due_on"])
    assert not Task.objects.exists()


def test_the_timeline_draws_bars_with_classes_and_no_inline_style(client_as):
    campaign = CampaignFactory(starts_on=date(2027, 1, 1), ends_on=date(2027, 1, 31))
    PieceFactory(
        campaign=campaign, title="Volante de enero", exposure_starts=date(2027, 1, 16), exposure_ends=date(2027, 1, 31)
    )
    html = client_as("designer").get(reverse("campaigns:campaign_timeline", args=[campaign.pk])).content.decode()
    assert "Volante de enero" in html and "style=" not in html
    bars = re.findall(r'class="tl-bar tl-(\w+)[^"]* tl-s-(\d+) tl-w-(\d+)"', html)
    assert ("campaign", "0", "100") in bars
    assert ("piece", "48", "52") in bars  # the second half of January


def media_data(**change):
    return {
        "channel": "RADIO",
        "outlet": "Radio Candelaria",
        "target_public": "Adultos mayores",
        "purpose": "Recordar la fecha",
        "coverage": "Todo el distrito",
        "starts_on": "2027-01-15",
        "ends_on": "2027-02-15",
        "local_reach": "Emisora local",
        "mtc_licence": "RD 0452-2022-MTC/28",
        "justification": "La más escuchada por los adultos mayores.",
        "cost": "3000",
        **change,
    }


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"mtc_licence": ""}, "mtc_licence", "MTC"),
        ({"cost": "7000"}, "cost", "presupuesto de la campaña es S/ 6000"),
        ({"ends_on": "2027-01-01"}, "ends_on", "anterior"),
        ({"channel": "PALOMAS"}, "channel", "PALOMAS"),
        ({"justification": ""}, "justification", "requerido"),
    ],
)
def test_the_media_plan_refuses_what_the_law_or_the_budget_forbid(client_as, change, field, message):
    campaign = CampaignFactory()
    response = client_as("press_officer").post(reverse("campaigns:media_add", args=[campaign.pk]), media_data(**change))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not MediaPlanEntry.objects.exists()


def test_results_per_channel_and_closing_report(client_as, rentas, django_capture_on_commit_callbacks):
    from pypdf import PdfReader

    campaign = CampaignFactory(status=CampaignStatus.RUNNING)
    client = client_as("press_officer")
    client.post(reverse("campaigns:media_add", args=[campaign.pk]), media_data())
    entry = MediaPlanEntry.objects.get()
    client.post(reverse("campaigns:media_results", args=[campaign.pk, entry.pk]), {"spent": "2800", "reach": "15000"})
    client.post(
        reverse("campaigns:kpi_add", args=[campaign.pk]),
        {"kpi-name": "Deuda regularizada", "kpi-metric": "RECAUDACION", "kpi-channel": "", "kpi-target": "200000"},
    )
    kpi = campaign.kpis.get()
    client.post(reverse("campaigns:kpi_record", args=[campaign.pk, kpi.pk]), {"achieved": "230000"})
    kpi.refresh_from_db()
    assert kpi.percent == 115

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("campaigns:campaign_status", args=[campaign.pk]), {"status": "CERRADA", "notes": "Meta superada."}
        )
    campaign.refresh_from_db()
    assert campaign.status == CampaignStatus.CLOSED
    assert Notification.objects.filter(recipient=rentas, url=campaign.get_absolute_url()).exists()

    # Rentas sees the results and downloads the closing report
    page = client_as("requester").get(campaign.get_absolute_url()).content.decode()
    assert "Meta superada." in page and "230,000" in page
    response = client_as("requester").get(reverse("campaigns:campaign_report", args=[campaign.pk]))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages).split())
    assert "Amnistía tributaria 2027" in text and "Radio Candelaria" in text and "2,800.00" in text


def test_a_closed_campaign_takes_no_new_actions(client_as, persona):
    campaign = CampaignFactory(status=CampaignStatus.CLOSED)
    client_as("head_of_unit").post(
        reverse("campaigns:action_add", args=[campaign.pk]),
        {"title": "Tarde", "owner": persona("press_officer").pk, "due_on": "2027-02-01", "priority": 2},
    )
    assert not Task.objects.exists()
