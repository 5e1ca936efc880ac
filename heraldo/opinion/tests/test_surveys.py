"""Surveys: the analyst builds and opens one; residents answer by the public link, field staff from a phone that
sends its queued answers later (the same answer twice is kept once); results carry margins of error; scale
questions about a topic reach the semáforo by sector."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from heraldo.core.models import AuditEntry
from heraldo.monitoring.models import Topic
from heraldo.opinion.models import Sector, Signal, SignalDay, Survey, SurveyAnswer, SurveyQuestion, SurveyResponse, Tone
from heraldo.opinion.surveys import margin_of_error
from heraldo.opinion.tests.test_opinion import started

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(client_as):
    """An open survey built through the pages: a sector question, a scale about refuse collection, a yes/no
    question and a follow-up asked only after «No»."""
    villa = Sector.objects.create(name="AA.HH. Villa del Mar")
    Sector.objects.create(name="Malecón Grau")
    cleaning = Topic.objects.create(name="Limpieza pública")
    analyst = client_as("media_analyst")
    response = analyst.post(
        reverse("opinion:survey_create"), {"title": "Servicios en su barrio", "description": "", "is_public": "on"}
    )
    built = Survey.objects.get()
    assert response.status_code == 302 and built.status == Survey.Status.DRAFT and built.public_key
    questions = [
        {"position": 10, "text": "¿En qué sector vive?", "kind": "SECTOR", "required": "on"},
        {"position": 20, "text": "¿Cómo califica el recojo?", "kind": "ESCALA", "required": "on", "topic": cleaning.pk},
        {"position": 30, "text": "¿Pasa el camión?", "kind": "UNA", "choices": "Sí\nNo", "required": "on"},
    ]
    for data in questions:
        assert analyst.post(reverse("opinion:question_create", args=[built.pk]), data).status_code == 302
    truck = SurveyQuestion.objects.get(text="¿Pasa el camión?")
    follow_up = {
        "position": 40,
        "text": "¿Qué hace con la basura?",
        "kind": "TEXTO",
        "required": "on",
        "show_if_question": truck.pk,
        "show_if_answer": "No",
    }
    assert analyst.post(reverse("opinion:question_create", args=[built.pk]), follow_up).status_code == 302
    assert analyst.post(reverse("opinion:survey_status", args=[built.pk]), {"status": "ABIERTA"}).status_code == 302
    built.refresh_from_db()
    assert built.status == Survey.Status.OPEN
    q = {question.text: question for question in built.questions.all()}
    return {"survey": built, "villa": villa, "cleaning": cleaning, "q": q}


def answers(survey, **overrides) -> dict:
    q = survey["q"]
    data = {
        f"q{q['¿En qué sector vive?'].pk}": str(survey["villa"].pk),
        f"q{q['¿Cómo califica el recojo?'].pk}": "1",
        f"q{q['¿Pasa el camión?'].pk}": "No",
        f"q{q['¿Qué hace con la basura?'].pk}": "La guardo en el patio",
        "client_id": "3f2b9c1e-0d4a-4b7e-9a51-7c0e1f2a3b4c",
        "started": started(),
        "website": "",
    }
    data.update(overrides)
    return data


def test_a_resident_answers_by_the_public_link_and_the_answer_reaches_the_semaforo(
    client, survey, django_capture_on_commit_callbacks
):
    url = reverse("participa:survey", args=[survey["survey"].public_key])
    page = client.get(url)
    assert page.status_code == 200 and "¿Cómo califica el recojo?" in page.content.decode()

    # when a resident answers, then presses "send" again (the same form, the same id)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, answers(survey))
    again = client.post(url, answers(survey))

    # then one response is kept, placed in the sector the resident chose
    assert first.status_code == again.status_code == 200
    assert "Gracias por responder" in first.content.decode()
    response = SurveyResponse.objects.get()
    assert (response.sector, response.channel, response.collected_by) == (survey["villa"], "PUBLICO", None)
    # and a rating of 1 about refuse collection is a negative signal of that topic and sector, counted in the
    # aggregates the semáforo reads
    signal = Signal.objects.get(origin=Signal.Origin.SURVEY)
    assert (signal.topic, signal.sector, signal.tone) == (survey["cleaning"], survey["villa"], Tone.NEGATIVE)
    day = SignalDay.objects.get(topic_key=survey["cleaning"].pk, sector_key=survey["villa"].pk)
    assert (day.count, day.negative) == (1, 1.0)


def test_skip_logic_drops_answers_to_questions_not_asked_and_requires_those_asked(client, survey):
    url = reverse("participa:survey", args=[survey["survey"].public_key])
    q = survey["q"]
    follow_up = q["¿Qué hace con la basura?"]

    # an answer «Sí» skips the follow-up: what came for it anyway is dropped
    client.post(url, answers(survey, **{f"q{q['¿Pasa el camión?'].pk}": "Sí"}))
    assert not SurveyAnswer.objects.filter(question=follow_up).exists()

    # «No» asks it, so leaving it empty is refused with a sentence on that question, and nothing is kept
    refused = client.post(url, answers(survey, client_id="a1b2c3d4e5f6a7b8", **{f"q{follow_up.pk}": ""}))
    assert refused.status_code == 400
    assert "Responda esta pregunta." in refused.content.decode()
    assert SurveyResponse.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"website": "http://spam.example"}, "No pudimos recibir sus respuestas"),
        ({"started": "forged"}, "No pudimos recibir sus respuestas"),
        ({"started": "fast"}, "No pudimos recibir sus respuestas"),
        ({"q{rating}": "9"}, "Elija un número del 1 al 5."),
        ({"q{truck}": "Tal vez"}, "Elija entre las opciones de la pregunta."),
        ({"q{sector}": "999999"}, "Elija un sector de la lista."),
        ({"client_id": "<script>"}, "Falta el identificador de la respuesta"),
    ],
)
def test_the_public_survey_refuses_scripts_and_bad_answers_and_keeps_nothing(client, survey, overrides, expected):
    q = survey["q"]
    names = {
        "{rating}": q["¿Cómo califica el recojo?"].pk,
        "{truck}": q["¿Pasa el camión?"].pk,
        "{sector}": q["¿En qué sector vive?"].pk,
    }
    data = {}
    if overrides.get("started") == "fast":
        overrides = {"started": started(seconds_ago=1)}
    for key, value in overrides.items():
        for placeholder, pk in names.items():
            key = key.replace(placeholder, str(pk))
        data[key] = value
    response = client.post(reverse("participa:survey", args=[survey["survey"].public_key]), answers(survey, **data))
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert not SurveyResponse.objects.exists() and not Signal.objects.exists()


def test_the_public_survey_refuses_floods_per_device_and_per_connection(client, survey, settings):
    settings.HERALDO_SURVEY_ANSWERS_PER_DEVICE_DAY = 2
    url = reverse("participa:survey", args=[survey["survey"].public_key])
    client.get(url)  # the page marks the device
    codes = [client.post(url, answers(survey, client_id=f"device-answer-{n:04d}")).status_code for n in range(3)]
    assert codes == [200, 200, 429]
    assert SurveyResponse.objects.count() == 2
    # another device on a shared connection still answers, until the connection's hourly limit
    settings.HERALDO_SURVEY_ANSWERS_PER_IP_HOUR = 4
    client.cookies.clear()
    client.get(url)
    assert client.post(url, answers(survey, client_id="other-device-0001")).status_code == 200
    client.cookies.clear()
    client.get(url)
    assert client.post(url, answers(survey, client_id="other-device-0002")).status_code == 429
    assert SurveyResponse.objects.count() == 3


def test_a_draft_or_closed_survey_takes_no_answers_and_an_unknown_link_is_not_found(client, survey, client_as):
    client_as("media_analyst").post(reverse("opinion:survey_status", args=[survey["survey"].pk]), {"status": "CERRADA"})
    url = reverse("participa:survey", args=[survey["survey"].public_key])
    assert client.get(url).status_code == 410
    assert client.post(url, answers(survey)).status_code == 410
    assert client.get(reverse("participa:survey", args=["no-existe"])).status_code == 404
    assert not SurveyResponse.objects.exists()


def test_field_staff_send_queued_answers_later_and_a_resend_is_kept_once(client_as, survey, persona):
    """What the phone's page does once back online: it posts each queued answer with the id it made."""
    q = survey["q"]
    body = {
        "client_id": "0b8e7c52-5f3e-4b1a-8d9c-2e6f7a1b3c4d",
        "collected_at": "2026-01-01T10:00:00-05:00",
        "answers": {
            str(q["¿En qué sector vive?"].pk): str(survey["villa"].pk),
            str(q["¿Cómo califica el recojo?"].pk): "4",
            str(q["¿Pasa el camión?"].pk): ["Sí"],
        },
    }
    url = reverse("opinion-survey-responses", args=[survey["survey"].pk])
    field = client_as("press_officer")
    first = field.post(url, json.dumps(body), content_type="application/json")
    # the reply was lost on a bad connection: the phone sends the same answer again
    again = field.post(url, json.dumps(body), content_type="application/json")

    assert (first.status_code, first.json()["created"]) == (201, True)
    assert (again.status_code, again.json()["created"]) == (200, False)
    response = SurveyResponse.objects.get()
    assert (response.channel, response.collected_by) == ("CAMPO", persona("press_officer"))
    assert Signal.objects.get().tone == Tone.POSITIVE

    # bad answers are refused with a sentence per question, and change nothing
    body["client_id"] = "another-device-answer"
    body["answers"][str(q["¿Cómo califica el recojo?"].pk)] = "0"
    refused = field.post(url, json.dumps(body), content_type="application/json")
    assert refused.status_code == 400
    assert refused.json()["errors"] == {str(q["¿Cómo califica el recojo?"].pk): "Elija un número del 1 al 5."}
    assert SurveyResponse.objects.count() == 1

    # a role without Opinión pública cannot send, nor open the field page
    assert client_as("designer").post(url, json.dumps(body), content_type="application/json").status_code == 403
    assert client_as("designer").get(reverse("opinion:survey_field", args=[survey["survey"].pk])).status_code in (
        403,
        404,
    )


def test_results_give_each_share_with_its_margin_of_error_and_export_to_csv_and_excel(client, client_as, survey):
    url = reverse("participa:survey", args=[survey["survey"].public_key])
    q = survey["q"]
    for n, (rating, truck) in enumerate([("1", "No"), ("2", "No"), ("4", "Sí"), ("5", "Sí")]):
        client.post(
            url,
            answers(
                survey,
                client_id=f"result-answer-{n:04d}",
                **{f"q{q['¿Cómo califica el recojo?'].pk}": rating, f"q{q['¿Pasa el camión?'].pk}": truck},
            ),
            REMOTE_ADDR=f"10.0.0.{n}",
        )
        client.cookies.clear()
    page = client_as("mayor").get(reverse("opinion:survey_results", args=[survey["survey"].pk])).content.decode()
    # 2 of 4 said «No»: 50 % ± 49.0 points (1.96 × √(0.25/4))
    assert round(margin_of_error(0.5, 4), 1) == 49.0
    assert "50.0" in page and "49.0" in page and "4 respuestas" in page
    assert "promedio 3.0 de 5" in page

    analyst = client_as("media_analyst")
    csv = analyst.get(reverse("opinion:survey_export", args=[survey["survey"].pk, "csv"]))
    assert csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 5 and "¿Cómo califica el recojo?" in lines[0] and "AA.HH. Villa del Mar" in lines[1]
    xlsx = analyst.get(reverse("opinion:survey_export", args=[survey["survey"].pk, "xlsx"]))
    assert xlsx.content[:2] == b"PK"
    # the export holds what residents wrote: the Mayor reads the figures but does not download the answers
    assert client_as("mayor").get(reverse("opinion:survey_export", args=[survey["survey"].pk, "csv"])).status_code in (
        403,
        404,
    )


def test_a_text_answer_that_looks_like_a_formula_is_exported_as_text(client, client_as, survey):
    q = survey["q"]
    client.post(
        reverse("participa:survey", args=[survey["survey"].public_key]),
        answers(survey, **{f"q{q['¿Qué hace con la basura?'].pk}": '=HYPERLINK("http://x")'}),
    )
    csv = client_as("media_analyst").get(reverse("opinion:survey_export", args=[survey["survey"].pk, "csv"]))
    assert "'=HYPERLINK" in csv.content.decode("utf-8-sig")


def test_who_builds_surveys_and_questions_lock_once_answers_arrive(client, client_as, survey):
    built = survey["survey"]
    # reading roles see the survey; only Opinión pública's managers build it
    assert client_as("mayor").get(built.get_absolute_url()).status_code == 200
    assert client_as("press_officer").post(reverse("opinion:survey_create"), {"title": "X"}).status_code in (403, 404)
    assert client_as("designer").get(reverse("opinion:surveys")).status_code in (403, 404)
    # an open survey with answers keeps its questions as they were answered
    client.post(reverse("participa:survey", args=[built.public_key]), answers(survey))
    question = survey["q"]["¿Cómo califica el recojo?"]
    response = client_as("media_analyst").post(
        reverse("opinion:question_edit", args=[built.pk, question.pk]),
        {"position": 20, "text": "Otra pregunta", "kind": "ESCALA", "required": "on"},
    )
    assert response.status_code == 200 and "ya tiene respuestas" in response.content.decode()
    question.refresh_from_db()
    assert question.text == "¿Cómo califica el recojo?"
    assert AuditEntry.objects.filter(action="opinion.survey.status").exists()


def test_results_read_the_answers_in_a_fixed_number_of_queries(client_as, survey):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from heraldo.opinion.surveys import survey_response_save

    q = survey["q"]
    built = survey["survey"]
    mayor = client_as("mayor")
    url = reverse("opinion:survey_results", args=[built.pk])
    mayor.get(url)  # the first request of a session reads what later ones find cached
    counts = []
    for batch in range(2):
        for n in range(1 if batch == 0 else 30):
            survey_response_save(
                survey=built,
                client_id=f"query-count-{batch}-{n:04d}",
                channel=SurveyResponse.Channel.FIELD,
                answers={
                    str(q["¿En qué sector vive?"].pk): str(survey["villa"].pk),
                    str(q["¿Cómo califica el recojo?"].pk): str(n % 5 + 1),
                    str(q["¿Pasa el camión?"].pk): "No",
                    str(q["¿Qué hace con la basura?"].pk): f"Respuesta {n}",
                },
            )
        with CaptureQueriesContext(connection) as captured:
            assert mayor.get(url).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


# --- quotas ---------------------------------------------------------------------------------------------------


def field_body(survey, client_id: str, sector) -> dict:
    q = survey["q"]
    return {
        "client_id": client_id,
        "answers": {
            str(q["¿En qué sector vive?"].pk): str(sector.pk),
            str(q["¿Cómo califica el recojo?"].pk): "2",
            str(q["¿Pasa el camión?"].pk): ["Sí"],
        },
    }


def test_a_full_sector_quota_refuses_further_field_answers_with_a_sentence_and_says_so_on_the_pages(
    client, client_as, survey
):
    Survey.objects.filter(pk=survey["survey"].pk).update(sector_quota=2)
    malecon = Sector.objects.get(name="Malecón Grau")
    url = reverse("opinion-survey-responses", args=[survey["survey"].pk])
    field = client_as("press_officer")
    sent = [
        field.post(url, json.dumps(field_body(survey, f"phone-answer-{i}", survey["villa"])), "application/json")
        for i in range(2)
    ]
    assert [r.status_code for r in sent] == [201, 201]

    # a queued answer that arrives after the quota filled is refused with a sentence the phone shows
    late = field.post(url, json.dumps(field_body(survey, "phone-answer-late", survey["villa"])), "application/json")
    assert late.status_code == 409
    assert late.json()["detail"].startswith("La cuota de AA.HH. Villa del Mar ya está completa (2 respuestas)")
    # a resend of an answer already kept still answers 200, and another sector still takes answers
    assert (
        field.post(
            url, json.dumps(field_body(survey, "phone-answer-0", survey["villa"])), "application/json"
        ).status_code
        == 200
    )
    other = field.post(url, json.dumps(field_body(survey, "phone-answer-m", malecon)), "application/json")
    assert other.status_code == 201
    assert SurveyResponse.objects.filter(sector=survey["villa"]).count() == 2

    # the field page and the public link name the full sector and disable its option
    field_page = field.get(reverse("opinion:survey_field", args=[survey["survey"].pk])).content.decode()
    public_url = reverse("participa:survey", args=[survey["survey"].public_key])
    public_page = client.get(public_url).content.decode()
    for page in (field_page, public_page):
        assert "ya está completa y no se reciben más respuestas de él: AA.HH. Villa del Mar." in page
        assert f'<option value="{survey["villa"].pk}" disabled>AA.HH. Villa del Mar — cuota completa</option>' in page
        assert f'<option value="{malecon.pk}">Malecón Grau</option>' in page

    # the public link refuses it too, keeps nothing, and says why
    refused = client.post(public_url, answers(survey, client_id="public-late-answer"))
    assert refused.status_code == 409
    assert "La cuota de AA.HH. Villa del Mar ya está completa" in refused.content.decode()
    assert SurveyResponse.objects.count() == 3
    assert Signal.objects.filter(sector=survey["villa"]).count() == 2


def test_without_a_quota_any_number_of_answers_is_kept_and_the_pages_name_no_full_sector(client, client_as, survey):
    url = reverse("opinion-survey-responses", args=[survey["survey"].pk])
    field = client_as("press_officer")
    for i in range(3):
        body = json.dumps(field_body(survey, f"no-quota-{i}", survey["villa"]))
        assert field.post(url, body, "application/json").status_code == 201
    page = client.get(reverse("participa:survey", args=[survey["survey"].public_key])).content.decode()
    assert 'data-testid="quota-full"' not in page and "cuota completa" not in page
