"""In a browser, as a person would: a survey answered in the field on a phone that loses its network halfway,
its answers kept on the phone and sent once when it is back; the public survey passes axe-core."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from conftest import PERSONAS, make_user, sign_in
from heraldo.monitoring.models import Topic
from heraldo.opinion.models import Sector, Signal, Survey, SurveyQuestion, SurveyResponse
from heraldo.press.tests.test_browser import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def open_survey(db):
    villa = Sector.objects.create(name="AA.HH. Villa del Mar")
    cleaning = Topic.objects.create(name="Limpieza pública")
    survey = Survey.objects.create(title="Servicios en su barrio", public_key="encuesta-de-prueba-01")
    sector = SurveyQuestion.objects.create(survey=survey, position=10, text="¿En qué sector vive?", kind="SECTOR")
    rating = SurveyQuestion.objects.create(
        survey=survey, position=20, text="¿Cómo califica el recojo?", kind="ESCALA", topic=cleaning
    )
    truck = SurveyQuestion.objects.create(
        survey=survey, position=30, text="¿Pasa el camión?", kind="UNA", choices="Sí\nNo"
    )
    follow_up = SurveyQuestion.objects.create(
        survey=survey,
        position=40,
        text="¿Qué hace con la basura?",
        kind="TEXTO",
        show_if_question=truck,
        show_if_answer="No",
    )
    Survey.objects.filter(pk=survey.pk).update(status=Survey.Status.OPEN)
    survey.refresh_from_db()
    return {"survey": survey, "villa": villa, "q": [sector, rating, truck, follow_up]}


def answer(page, survey, *, rating: str, truck: str, note: str = "") -> None:
    sector, rating_q, truck_q, follow_up = survey["q"]
    page.select_option(f"#q{sector.pk}", str(survey["villa"].pk))
    page.check(f"#q{rating_q.pk}-{rating}")
    page.check(f"#q{truck_q.pk}-{truck_q.choice_list().index(truck) + 1}")
    if note:
        page.fill(f"#q{follow_up.pk}", note)


def test_answers_taken_offline_wait_on_the_phone_and_are_sent_once_when_the_network_returns(
    browser, live_server, open_survey
):
    make_user("press_officer", PERSONAS["press_officer"])
    context = browser.new_context(
        locale="es-PE", timezone_id="America/Lima", viewport={"width": 390, "height": 844}, is_mobile=True
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.base_url = live_server.url
    sign_in(page, "press_officer")
    page.goto(live_server.url + reverse("opinion:survey_field", args=[open_survey["survey"].pk]))
    follow_up = page.locator(f"#pregunta-{open_survey['q'][3].pk}")

    # the follow-up question appears only after «No»
    assert follow_up.is_hidden()
    answer(page, open_survey, rating="2", truck="No", note="La guardo en el patio")
    assert follow_up.is_visible()
    page.click("[data-field-form] button[type=submit]")
    expect(page.locator("[data-field-sent]")).to_have_text("1")
    assert SurveyResponse.objects.count() == 1

    # the network drops: two more answers wait on the phone, nothing reaches the server
    context.set_offline(True)
    for rating in ("1", "5"):
        answer(page, open_survey, rating=rating, truck="Sí")
        page.click("[data-field-form] button[type=submit]")
    expect(page.locator("[data-field-pending]")).to_have_text("2")
    assert SurveyResponse.objects.count() == 1
    assert "Sin conexión" in page.inner_text("[data-field-status]")

    # back online: both are sent, once each, with the follow-up left out where it was not asked
    context.set_offline(False)
    expect(page.locator("[data-field-pending]")).to_have_text("0", timeout=15_000)
    assert page.inner_text("[data-field-sent]") == "3"
    assert SurveyResponse.objects.count() == 3
    assert SurveyResponse.objects.filter(collected_by__username="press_officer", channel="CAMPO").count() == 3
    assert Signal.objects.filter(origin=Signal.Origin.SURVEY).count() == 3
    assert open_survey["q"][3].answers.count() == 1
    context.close()
    assert errors == []


def test_the_public_survey_passes_axe_and_says_what_is_missing(browser, live_server, open_survey):
    # A context of its own: the refused send answers 400, which the shared page fixture counts as an error.
    context = browser.new_context(locale="es-PE", timezone_id="America/Lima")
    page = context.new_page()
    url = live_server.url + reverse("participa:survey", args=[open_survey["survey"].public_key])
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url)
        assert axe_violations(page) == []
    # sent empty (after the time a person takes), each required question says so, and axe still passes
    page.wait_for_timeout(4200)
    page.click("[data-survey-form] button[type=submit]")
    assert page.locator("[data-testid=question-error]").count() == 3
    assert axe_violations(page) == []
    context.close()
