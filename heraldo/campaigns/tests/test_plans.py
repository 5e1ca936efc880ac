"""The annual plan: lines whose channels add up, approval by the head then the Alcaldía, executed against planned."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from heraldo.campaigns.models import AdvertisingPlan, MediaPlanEntry, PlanStatus
from heraldo.campaigns.selectors import plan_execution
from heraldo.campaigns.tests.factories import CampaignFactory, LineFactory, PlanFactory

pytestmark = pytest.mark.django_db


def line_data(**change):
    return {
        "name": "Cultura tributaria",
        "objective": "",
        "kpis": "",
        "budget": "10000",
        "channel_RADIO": "6000",
        "channel_PRINT": "4000",
        **change,
    }


def test_a_plan_is_registered_with_lines_whose_channels_add_up(client_as):
    client = client_as("press_officer")
    client.post(
        reverse("campaigns:plan_create"),
        {
            "year": "2027",
            "title": "Plan 2027",
            "objectives": "Informar",
            "audiences": "",
            "key_messages": "",
            "total_budget": "30000",
        },
    )
    plan = AdvertisingPlan.objects.get()
    assert plan.status == PlanStatus.DRAFT and plan.version == 1

    response = client.post(reverse("campaigns:plan_line_add", args=[plan.pk]), line_data(channel_PRINT="3000"))
    assert "deben coincidir" in " ".join(response.context["form"].errors["budget"])
    response = client.post(
        reverse("campaigns:plan_line_add", args=[plan.pk]),
        line_data(budget="40000", channel_RADIO="40000", channel_PRINT=""),
    )
    assert "el plan tiene S/ 30000" in " ".join(response.context["form"].errors["budget"])
    assert not plan.lines.exists()

    client.post(reverse("campaigns:plan_line_add", args=[plan.pk]), line_data())
    line = plan.lines.get()
    assert {(row.channel, row.budget) for row in line.channel_budgets.all()} == {
        ("RADIO", Decimal("6000")),
        ("PRINT", Decimal("4000")),
    }


def test_the_head_approves_first_then_the_alcaldia(client_as):
    plan = PlanFactory(status=PlanStatus.DRAFT)
    LineFactory(plan=plan)
    client_as("mayor").post(reverse("campaigns:plan_approve", args=[plan.pk]))
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT
    assert client_as("press_officer").post(reverse("campaigns:plan_approve", args=[plan.pk])).status_code == 404

    client_as("head_of_unit").post(reverse("campaigns:plan_approve", args=[plan.pk]))
    plan.refresh_from_db()
    assert plan.status == PlanStatus.HEAD_APPROVED
    client_as("mayor").post(reverse("campaigns:plan_approve", args=[plan.pk]))
    plan.refresh_from_db()
    assert plan.status == PlanStatus.APPROVED and plan.mayor_approved_by.username == "mayor"

    # an approved plan is not edited in place
    client_as("press_officer").post(
        reverse("campaigns:plan_line_add", args=[plan.pk]),
        line_data(budget="100", channel_RADIO="100", channel_PRINT=""),
    )
    assert plan.lines.count() == 1


def test_executed_against_planned_per_line_and_channel(client_as):
    line = LineFactory(name="Cultura tributaria")
    campaign = CampaignFactory(plan_line=line)
    common = {
        "outlet": "x",
        "target_public": "x",
        "purpose": "x",
        "coverage": "x",
        "local_reach": "x",
        "justification": "x",
        "starts_on": campaign.starts_on,
        "ends_on": campaign.ends_on,
    }
    MediaPlanEntry.objects.create(
        campaign=campaign, channel="RADIO", mtc_licence="RD 1", cost=Decimal("3000"), spent=Decimal("2500"), **common
    )
    MediaPlanEntry.objects.create(
        campaign=campaign, channel="PRINT", cost=Decimal("1000"), spent=Decimal("900"), **common
    )

    [row] = plan_execution(line.plan)
    assert (row.label, row.planned, row.executed) == ("Cultura tributaria", Decimal("20000"), Decimal("3400"))
    assert row.channels == [
        ("Radio", Decimal("12000"), Decimal("2500")),
        ("Redes sociales", Decimal("8000"), Decimal("0")),
        ("Impresos (volantes, afiches)", Decimal("0"), Decimal("900")),
    ]
    html = client_as("mayor").get(line.plan.get_absolute_url()).content.decode()
    assert "S/ 3,400.00" in html and "style=" not in html
