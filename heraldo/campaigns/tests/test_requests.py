"""Briefs from a municipal unit: Rentas writes, autosaves and sends; sees only its own; the office answers."""

from __future__ import annotations

import pytest
from django.urls import reverse

from heraldo.campaigns.models import Campaign, CampaignRequest, RequestStatus
from heraldo.campaigns.tests.factories import RENTAS, LineFactory, RequestFactory
from heraldo.core.models import Notification

pytestmark = pytest.mark.django_db

BRIEF = {
    "title": "Amnistía tributaria 2027",
    "objective": "Que los vecinos regularicen sus deudas sin multas ni intereses.",
    "audience": "Contribuyentes con deudas de predial.",
    "key_dates": "28/02/2027 vence la amnistía",
    "wanted_from": "2027-01-15",
    "wanted_until": "2027-02-28",
    "mandatory_content": "Ordenanza N.° 512-2026-MDSC",
    "suggested_channels": ["RADIO", "SOCIAL"],
}


def test_rentas_sends_a_brief_and_the_office_is_told(rentas, client_as, persona, django_capture_on_commit_callbacks):
    # given the head of unit and a press officer who coordinate campaigns
    head, press = persona("head_of_unit"), persona("press_officer")
    client = client_as("requester")

    # when Rentas fills the brief and sends it
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("campaigns:request_create"), {**BRIEF, "send": "1"})

    # then the brief is on record for its unit, sent, and the office hears of it
    brief = CampaignRequest.objects.get()
    assert response.status_code == 302 and response.url == brief.get_absolute_url()
    assert (brief.unit, brief.status, brief.suggested_channels) == (
        RENTAS,
        RequestStatus.SUBMITTED,
        ["RADIO", "SOCIAL"],
    )
    assert set(Notification.objects.filter(url=brief.get_absolute_url()).values_list("recipient", flat=True)) == {
        head.pk,
        press.pk,
    }


def test_a_draft_is_kept_on_the_server_as_it_is_typed(rentas, client_as):
    client = client_as("requester")
    # nothing is created before the campaign has a name
    answer = client.post(reverse("campaigns:request_autosave"), {"title": "", "objective": "Algo"})
    assert answer.json() == {"saved": False} and not CampaignRequest.objects.exists()

    # the first autosave creates the draft, the next ones keep changing it
    first = client.post(reverse("campaigns:request_autosave"), {"title": "Amnistía", "objective": "Regularizar"}).json()
    assert first["saved"] and first["edit_url"] == reverse("campaigns:request_edit", args=[first["brief"]])
    client.post(
        reverse("campaigns:request_autosave"),
        {"brief": first["brief"], "title": "Amnistía 2027", "objective": "Sin multas"},
    )
    draft = CampaignRequest.objects.get()
    assert (draft.title, draft.objective, draft.status, draft.unit) == (
        "Amnistía 2027",
        "Sin multas",
        "BORRADOR",
        RENTAS,
    )


def test_autosave_refuses_dates_out_of_order_naming_the_field(rentas, client_as):
    answer = client_as("requester").post(
        reverse("campaigns:request_autosave"),
        {"title": "Amnistía", "wanted_from": "2027-03-01", "wanted_until": "2027-02-01"},
    )
    assert answer.status_code == 400 and answer.json()["field"] == "wanted_until"
    assert "Difundir hasta" in answer.json()["error"]
    assert not CampaignRequest.objects.exists()


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"wanted_until": "2027-01-01"}, "wanted_until", "anterior a la inicial"),
        ({"suggested_channels": ["RADIO", "PALOMAS"]}, "suggested_channels", "PALOMAS"),
        ({"title": ""}, "title", "requerido"),
    ],
)
def test_bad_brief_is_refused_on_its_field_and_nothing_is_saved(rentas, client_as, change, field, message):
    response = client_as("requester").post(reverse("campaigns:request_create"), {**BRIEF, **change, "send": "1"})
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not CampaignRequest.objects.exists()


def test_an_incomplete_brief_is_kept_as_a_draft_but_not_sent(rentas, client_as):
    client = client_as("requester")
    client.post(reverse("campaigns:request_create"), {"title": "Amnistía", "send": "1"})
    brief = CampaignRequest.objects.get()
    assert brief.status == RequestStatus.DRAFT


def test_a_unit_sees_only_its_own_requests_and_its_home_lists_them(rentas, other_unit, client_as):
    ours = RequestFactory(title="Amnistía tributaria 2027")
    theirs = RequestFactory(title="Vacunación antirrábica", unit="Subgerencia de Salud")
    client = client_as("requester")

    assert client.get(ours.get_absolute_url()).status_code == 200
    assert client.get(theirs.get_absolute_url()).status_code == 404
    listing = client.get(reverse("campaigns:request_list")).content.decode()
    assert "Amnistía tributaria 2027" in listing and "Vacunación antirrábica" not in listing

    home = client.get(reverse("core:today")).content.decode()
    assert "Amnistía tributaria 2027" in home and "Enviada" in home
    assert "Vacunación antirrábica" not in home
    # a unit sees no campaign of the office it did not ask for, nor the plan
    assert client.get(reverse("campaigns:plan_list")).status_code == 403


def test_outsiders_and_other_staff_without_campaigns_see_nothing(rentas, client_as):
    brief = RequestFactory()
    assert client_as("outsider").get(brief.get_absolute_url()).status_code == 404
    assert client_as("protocol_officer").get(reverse("campaigns:request_list")).status_code == 403
    assert client_as("outsider").get(reverse("campaigns:home")).status_code == 403


def test_the_office_does_not_see_a_units_drafts(rentas, client_as):
    draft = RequestFactory(status=RequestStatus.DRAFT)
    assert client_as("press_officer").get(draft.get_absolute_url()).status_code == 404


def test_accepting_creates_the_campaign_in_one_click_keeping_the_brief(
    rentas, client_as, persona, django_capture_on_commit_callbacks
):
    line = LineFactory()
    brief = RequestFactory(created_by=rentas)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as("press_officer").post(
            reverse("campaigns:request_accept", args=[brief.pk]), {"plan_line": line.pk}
        )
    campaign = Campaign.objects.get()
    assert response.url == campaign.get_absolute_url()
    assert (campaign.title, campaign.unit, campaign.objectives, campaign.channels, campaign.plan_line) == (
        brief.title,
        RENTAS,
        brief.objective,
        brief.suggested_channels,
        line,
    )
    assert (campaign.starts_on, campaign.ends_on) == (brief.wanted_from, brief.wanted_until)
    brief.refresh_from_db()
    assert brief.status == RequestStatus.ACCEPTED and brief.decided_by == persona("press_officer")
    assert Notification.objects.filter(recipient=rentas, url=campaign.get_absolute_url()).exists()
    # Rentas opens its campaign, read-only
    page = client_as("requester").get(campaign.get_absolute_url())
    assert (
        page.status_code == 200 and reverse("campaigns:campaign_edit", args=[campaign.pk]) not in page.content.decode()
    )
    assert client_as("requester").get(reverse("campaigns:campaign_edit", args=[campaign.pk])).status_code == 404


def test_accepting_needs_a_plan_line(rentas, client_as):
    brief = RequestFactory()
    client_as("press_officer").post(reverse("campaigns:request_accept", args=[brief.pk]), {"plan_line": ""})
    brief.refresh_from_db()
    assert brief.status == RequestStatus.SUBMITTED and not Campaign.objects.exists()


def test_asking_for_changes_needs_a_reason_and_reopens_the_brief(rentas, client_as, django_capture_on_commit_callbacks):
    brief = RequestFactory()
    office = client_as("head_of_unit")
    office.post(reverse("campaigns:request_answer", args=[brief.pk]), {"decision": "changes", "reason": ""})
    brief.refresh_from_db()
    assert brief.status == RequestStatus.SUBMITTED

    with django_capture_on_commit_callbacks(execute=True):
        office.post(
            reverse("campaigns:request_answer", args=[brief.pk]),
            {"decision": "changes", "reason": "Adjunten la ordenanza aprobada."},
        )
    brief.refresh_from_db()
    assert brief.status == RequestStatus.CHANGES and brief.decision_reason == "Adjunten la ordenanza aprobada."
    assert Notification.objects.filter(recipient=rentas, url=brief.get_absolute_url()).exists()
    # the unit can edit and send it again
    client = client_as("requester")
    client.post(reverse("campaigns:request_edit", args=[brief.pk]), {**BRIEF, "send": "1"})
    brief.refresh_from_db()
    assert brief.status == RequestStatus.SUBMITTED


def test_declining_keeps_the_reason_and_a_designer_cannot_decide(rentas, client_as):
    brief = RequestFactory()
    client_as("mayor").post(
        reverse("campaigns:request_answer", args=[brief.pk]), {"decision": "decline", "reason": "No"}
    )
    brief.refresh_from_db()
    assert brief.status == RequestStatus.SUBMITTED  # the Alcaldía sees campaigns but does not manage them

    client_as("head_of_unit").post(
        reverse("campaigns:request_answer", args=[brief.pk]),
        {"decision": "decline", "reason": "Ya hay una campaña igual."},
    )
    brief.refresh_from_db()
    assert brief.status == RequestStatus.DECLINED and brief.decision_reason == "Ya hay una campaña igual."


def test_unit_and_office_talk_on_the_brief(rentas, client_as, persona, django_capture_on_commit_callbacks):
    head = persona("head_of_unit")
    brief = RequestFactory()
    with django_capture_on_commit_callbacks(execute=True):
        client_as("requester").post(
            reverse("campaigns:request_comment", args=[brief.pk]), {"body": "¿Necesitan el logo?"}
        )
    assert brief.comments.get().body == "¿Necesitan el logo?"
    assert Notification.objects.filter(recipient=head, url=brief.get_absolute_url()).exists()


def test_attachments_are_checked_and_renamed(rentas, client_as):
    from django.core.files.uploadedfile import SimpleUploadedFile

    brief = RequestFactory(status=RequestStatus.DRAFT)
    client = client_as("requester")
    client.post(
        reverse("campaigns:request_attach", args=[brief.pk]),
        {
            "title": "Ordenanza",
            "file": SimpleUploadedFile("ordenanza.pdf", b"<script>alert(1)</script>", "application/pdf"),
        },
    )
    assert not brief.attachments.exists()
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    client.post(
        reverse("campaigns:request_attach", args=[brief.pk]),
        {"title": "Ordenanza", "file": SimpleUploadedFile("ordenanza.pdf", pdf, "application/pdf")},
    )
    attachment = brief.attachments.get()
    assert "ordenanza" not in attachment.file.name and attachment.file.name.endswith(".pdf")
    assert client.get(attachment.file.url).status_code == 200
    assert client_as("outsider").get(attachment.file.url).status_code in (403, 404)
    assert client_as("designer").get(attachment.file.url).status_code in (403, 404)  # not a brief sent to the office
