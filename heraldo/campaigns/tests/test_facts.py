"""A piece described with the facts of section 5.3 of the domain note, ready for the publicity rules."""

from __future__ import annotations

from datetime import date

import pytest

from heraldo.campaigns.facts import piece_facts
from heraldo.campaigns.models import PlanStatus
from heraldo.campaigns.tests.factories import CampaignFactory, LineFactory, PieceFactory, PlanFactory
from heraldo.publicity.checks import validate_facts

pytestmark = pytest.mark.django_db

KEYS = {
    "id",
    "channel",
    "paid",
    "exposure_window",
    "ubigeo",
    "topic",
    "justification",
    "texts",
    "detected_people",
    "detected_names",
    "detected_posts",
    "voice_of",
    "palette",
    "logos",
    "jee_authorization_no",
    "plan_id",
}


def test_a_flyer_with_the_mayors_photo_is_described_for_the_rules():
    campaign = CampaignFactory(mandatory_content="Ordenanza N.° 512-2026-MDSC")
    piece = PieceFactory(
        campaign=campaign,
        title="Volante de la amnistía",
        text="Regulariza tu deuda",
        people_shown=["Jorge Cárdenas Vilca"],
        posts_mentioned=["el Alcalde"],
        palette=["#1B4F8C"],
        justification_kind="SERVICIO_PUBLICO_IMPOSTERGABLE",
        exposure_starts=date(2026, 2, 15),
        exposure_ends=None,
    )
    facts = piece_facts(piece)
    assert set(facts) == KEYS
    assert facts["channel"] == "PRINT" and facts["paid"] is False
    assert facts["exposure_window"] == ["2026-02-15", None]
    assert facts["texts"] == ["Volante de la amnistía", "Regulariza tu deuda", "Ordenanza N.° 512-2026-MDSC"]
    assert facts["detected_people"] == ["Jorge Cárdenas Vilca"] and facts["detected_posts"] == ["el Alcalde"]
    assert facts["justification"]["category"] == "SERVICIO_PUBLICO_IMPOSTERGABLE"
    assert facts["plan_id"] == campaign.plan_line.plan_id
    assert facts["topic"] == "SERVICIO_PUBLICO_IMPOSTERGABLE"
    # and the rules take the description as it is
    assert validate_facts(facts).channel == "PRINT"


def test_a_topic_the_rules_do_not_know_is_other_and_a_known_one_is_its_code():
    campaign = CampaignFactory()
    assert piece_facts(PieceFactory(campaign=campaign, topic="Tributos", justification_kind=""))["topic"] == "TRIBUTOS"
    assert (
        piece_facts(PieceFactory(campaign=campaign, topic="Amnistía de deudas", justification_kind=""))["topic"]
        == "OTRO"
    )


def test_only_an_approved_plan_counts():
    line = LineFactory(plan=PlanFactory(status=PlanStatus.HEAD_APPROVED))
    piece = PieceFactory(
        campaign=CampaignFactory(plan_line=line), kind="SPOT_RADIO", channel="RADIO", paid=True, justification="x"
    )
    facts = piece_facts(piece)
    assert facts["plan_id"] is None and facts["channel"] == "RADIO" and facts["paid"] is True
