"""Opinión pública: residents write without an account and follow their message with a code; what they and the
media say becomes signals; the semáforo turns a rising complaint red with its evidence one click away."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import AuditEntry, OutboxEmail
from heraldo.monitoring.models import Topic
from heraldo.opinion.models import ResidentMessage, Sector, Signal, SignalDay, Tone
from heraldo.opinion.selectors import semaforo
from heraldo.opinion.services import resident_message_submit, signal_days_refresh

pytestmark = pytest.mark.django_db
FORM = "/participa/"
TRACKING = "/participa/seguimiento/"


def started(seconds_ago: float = 60) -> str:
    """The form's start token as if the page had been opened `seconds_ago`."""
    return signing.dumps({"t": time.time() - seconds_ago}, salt="heraldo.opinion.resident-form")


@pytest.fixture
def district(db):
    villa = Sector.objects.create(name="AA.HH. Villa del Mar", kind=Sector.Kind.ASENTAMIENTO, nicknames="Villa del Mar")
    malecon = Sector.objects.create(name="Malecón Grau", nicknames="el Malecón")
    cleaning = Topic.objects.create(name="Limpieza pública")
    return {"villa": villa, "malecon": malecon, "cleaning": cleaning}


def complaint(**overrides) -> dict:
    data = {
        "kind": "QUEJA",
        "topic": "",
        "sector": "",
        "place": "Calle 5, frente al colegio",
        "text": "Hace una semana que no recogen la basura en Villa del Mar y los perros rompen las bolsas.",
        "email": "",
        "website": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def test_a_resident_sends_a_complaint_and_follows_it_with_the_code_until_the_answer(client, client_as, district):
    # given a resident without an account who leaves an e-mail for the answer
    response = client.post(FORM, complaint(email="vecina@correo.example.pe", topic=district["cleaning"].pk))

    # then they get a tracking code, the message is placed in the sector the text names, and it is a negative signal
    assert response.status_code == 200
    message = ResidentMessage.objects.get()
    assert message.tracking_code in response.content.decode()
    assert message.sector == district["villa"]
    signal = Signal.objects.get(origin=Signal.Origin.RESIDENT)
    assert (signal.tone, signal.topic, signal.sector) == (Tone.NEGATIVE, district["cleaning"], district["villa"])
    receipt = OutboxEmail.objects.get(to=["vecina@correo.example.pe"])
    assert message.tracking_code in receipt.subject and message.tracking_code in receipt.body_text

    # when the analyst answers it
    analyst = client_as("media_analyst")
    analyst.post(
        reverse("opinion:message_detail", args=[message.pk]),
        {"answer": "Reforzamos la ruta de recojo en Villa del Mar desde el lunes."},
    )

    # then the resident reads the answer with the code (typed in lower case with spaces), and by e-mail
    lookup = client.post(TRACKING, {"code": f"  {message.tracking_code.lower()} "}).content.decode()
    assert "Respondido" in lookup and "Reforzamos la ruta de recojo" in lookup
    assert OutboxEmail.objects.filter(to=["vecina@correo.example.pe"], subject__contains="Respuesta").exists()
    assert AuditEntry.objects.filter(action="opinion.message.answered", target_id=str(message.pk)).exists()


def test_tracking_never_says_whose_code_exists_and_escapes_what_residents_wrote(client, client_as, district):
    resident_message_submit(kind="QUEJA", text="<script>alert('x')</script> basura sin recoger en el Malecón")
    unknown = client.post(TRACKING, {"code": "VC-AAAAA-BBBBB"}).content.decode()
    assert "No encontramos un mensaje con ese código" in unknown
    page = client_as("media_analyst").get(reverse("opinion:messages")).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"website": "http://spam.example"}, "No pudimos recibir su mensaje"),  # the trap field was filled
        ({"started": "just-now"}, "No pudimos recibir su mensaje"),  # sent before a person could write
        ({"started": "forjado"}, "No pudimos recibir su mensaje"),
        ({"started": started(seconds_ago=6 * 3600)}, "El formulario estuvo abierto mucho tiempo"),
        ({"text": "corto"}, "Escriba al menos 15 caracteres para que podamos entenderle."),
        ({"kind": "OTRO"}, "Escoja una opción válida"),
    ],
)
def test_the_public_form_refuses_scripts_and_bad_input_keeping_what_was_typed(client, district, overrides, expected):
    if overrides.get("started") == "just-now":
        overrides = {"started": started(seconds_ago=1)}
    response = client.post(FORM, complaint(**overrides))
    html = response.content.decode()
    assert response.status_code == 400
    assert expected in html
    assert not ResidentMessage.objects.exists() and not Signal.objects.exists()
    if overrides.get("text") != "corto":
        assert "los perros rompen las bolsas" in html  # nothing the person typed is lost


def test_the_public_form_refuses_floods_per_connection_and_per_address(client, settings, district):
    settings.HERALDO_RESIDENT_MESSAGES_PER_IP_HOUR = 3
    settings.HERALDO_RESIDENT_MESSAGES_PER_EMAIL_DAY = 2
    answers = [client.post(FORM, complaint(email="mismo@correo.example.pe")).status_code for _ in range(3)]
    assert answers == [200, 200, 429]
    assert ResidentMessage.objects.count() == 2
    other_connection = client.post(FORM, complaint(), REMOTE_ADDR="198.51.100.7")
    assert other_connection.status_code == 200


def test_a_rising_complaint_in_one_sector_turns_red_and_its_evidence_is_one_click_away(client_as, district):
    # given one complaint about refuse in Villa del Mar last month and five this month, and calm in the Malecón
    today = timezone.localdate()
    for days_ago in (40, 20, 12, 8, 3, 1):
        Signal.objects.create(
            origin=Signal.Origin.RESIDENT,
            occurred_on=today - timedelta(days=days_ago),
            topic=district["cleaning"],
            sector=district["villa"],
            tone=Tone.NEGATIVE,
            summary=f"Basura sin recoger ({days_ago})",
        )
    Signal.objects.create(
        origin=Signal.Origin.MEDIA,
        occurred_on=today - timedelta(days=2),
        topic=district["cleaning"],
        sector=district["malecon"],
        tone=Tone.POSITIVE,
        summary="El Malecón, limpio tras la jornada vecinal",
    )
    signal_days_refresh(Signal.objects.values_list("occurred_on", flat=True))

    # when the Mayor opens the semáforo for the last 30 days
    cells = semaforo(end=today, days=30)
    html = client_as("mayor").get(reverse("opinion:dashboard")).content.decode()

    # then refuse in Villa del Mar is red first, saying why; the Malecón is green
    worst = cells[0]
    assert (worst.topic, worst.sector, worst.colour) == ("Limpieza pública", "AA.HH. Villa del Mar", "red")
    assert worst.count == 5 and worst.previous_negative == 1
    assert "creció la mitad o más" in " ".join(worst.reasons)
    assert [c.colour for c in cells if c.sector == "Malecón Grau"] == ["green"]
    assert html.index("AA.HH. Villa del Mar") < html.index("Malecón Grau")
    # and the evidence lists exactly the five signals of the period
    evidence = client_as("mayor").get(
        reverse("opinion:signals"), {"dias": 30, "tema": district["cleaning"].pk, "sector": district["villa"].pk}
    )
    assert evidence.content.decode().count("Basura sin recoger") == 5


def test_classifying_a_message_moves_its_signal_and_the_aggregates(
    client_as, district, django_capture_on_commit_callbacks
):
    message = resident_message_submit(kind="SUGERENCIA", text="Pongan bancas con sombra en el malecón, por favor")
    assert message.sector == district["malecon"]
    with django_capture_on_commit_callbacks(execute=True):
        client_as("media_analyst").post(
            reverse("opinion:message_detail", args=[message.pk]),
            {"kind": "QUEJA", "topic": district["cleaning"].pk, "sector": district["villa"].pk, "tone": "negative"},
        )
    signal = Signal.objects.get()
    assert (signal.topic, signal.sector, signal.tone) == (district["cleaning"], district["villa"], Tone.NEGATIVE)
    cell = SignalDay.objects.get()
    assert (cell.topic_key, cell.sector_key, cell.negative) == (district["cleaning"].pk, district["villa"].pk, 1.0)
    assert ResidentMessage.objects.get().status == ResidentMessage.Status.IN_PROGRESS


@pytest.mark.parametrize(
    ("persona_name", "dashboard", "messages"),
    [
        ("head_of_unit", 200, 200),
        ("media_analyst", 200, 200),
        ("press_officer", 200, 403),
        ("mayor", 200, 403),
        ("designer", 403, 403),
        ("requester", 403, 403),
    ],
)
def test_who_reads_the_semaforo_and_who_reads_residents_messages(client_as, persona_name, dashboard, messages):
    client = client_as(persona_name)
    assert client.get(reverse("opinion:dashboard")).status_code == dashboard
    assert client.get(reverse("opinion:messages")).status_code == messages


def test_a_sector_takes_its_outline_from_a_geojson_file_and_refuses_what_is_not_one(client_as, district):
    analyst = client_as("media_analyst")
    polygon = {
        "type": "Feature",
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[-77.1, -12.1], [-77.0, -12.1], [-77.0, -12.0], [-77.1, -12.1]]],
        },
    }
    good = SimpleUploadedFile("villa.geojson", json.dumps(polygon).encode(), content_type="application/geo+json")
    bad = SimpleUploadedFile("puntos.geojson", b'{"type": "Point", "coordinates": [1, 2]}')
    url = reverse("opinion:sector_edit", args=[district["villa"].pk])
    data = {"name": "AA.HH. Villa del Mar", "kind": "ASENTAMIENTO", "nicknames": "Villa del Mar", "is_active": "on"}

    refused = analyst.post(url, {**data, "outline_file": bad})
    saved = analyst.post(url, {**data, "outline_file": good})

    assert refused.status_code == 200 and "debe ser un polígono GeoJSON" in refused.content.decode()
    assert saved.status_code == 302
    district["villa"].refresh_from_db()
    assert district["villa"].outline["type"] == "Polygon"
    assert AuditEntry.objects.filter(action="opinion.sector.updated").count() == 1


def test_stories_about_the_municipality_become_media_signals_once_and_follow_tone_corrections(district):
    from heraldo.monitoring.models import Clipping, ClippingTopic, Mention, TermKind, WatchTerm
    from heraldo.opinion.media import media_signals_sync

    # given a story naming the municipality and refuse collection in Villa del Mar, a copy of it, and a story
    # about refuse elsewhere that does not name the municipality
    us = WatchTerm.objects.create(phrase="Municipalidad de Santa Candelaria", kind=TermKind.MUNICIPALITY)
    refuse = WatchTerm.objects.create(phrase="basura", kind=TermKind.TOPIC, topic=district["cleaning"])
    now = timezone.now()
    story = Clipping.objects.create(
        title="Vecinos de Villa del Mar reclaman por la basura",
        body_text="La Municipalidad de Santa Candelaria no recoge la basura hace una semana.",
        published_at=now,
        tone="negative",
    )
    copy = Clipping.objects.create(title="Reclamo por basura", published_at=now, tone="negative", duplicate_of=story)
    elsewhere = Clipping.objects.create(title="Basura en otra ciudad", published_at=now, tone="negative")
    for clipping in (story, copy):
        Mention.objects.create(clipping=clipping, term=us, start=3, end=20, snippet="Municipalidad")
        Mention.objects.create(clipping=clipping, term=refuse, start=40, end=46, snippet="basura")
    Mention.objects.create(clipping=elsewhere, term=refuse, start=0, end=6, snippet="Basura")
    # Monitoreo decided the story's topic from its evidence; a keyword hit alone decides nothing
    ClippingTopic.objects.create(clipping=story, topic=district["cleaning"], score=4, is_assigned=True)

    # when the hourly step runs twice
    assert media_signals_sync() == 1
    assert media_signals_sync() == 0

    # then the original story alone is a negative signal about refuse in Villa del Mar
    signal = Signal.objects.get()
    assert (signal.origin, signal.evidence_id, signal.tone) == (Signal.Origin.MEDIA, story.pk, Tone.NEGATIVE)
    assert (signal.topic, signal.sector) == (district["cleaning"], district["villa"])

    # and an analyst's tone correction reaches the signal on the next run
    Clipping.objects.filter(pk=story.pk).update(tone="neutral")
    assert media_signals_sync() == 1
    assert Signal.objects.get().tone == Tone.NEUTRAL


def test_an_unusual_week_opens_an_issue_once_and_the_chosen_actions_become_tasks(
    client_as, district, persona, playbook
):
    from heraldo.opinion.models import OpinionIssue, PlaybookAction
    from heraldo.opinion.services import opinion_issues_detect
    from heraldo.work.models import Task

    # given refuse complaints in Villa del Mar: about one every other week for two months, then five this week
    today = timezone.localdate()
    for days_ago in (60, 45, 30, 16, 6, 5, 3, 2, 1):
        Signal.objects.create(
            origin=Signal.Origin.RESIDENT,
            occurred_on=today - timedelta(days=days_ago),
            topic=district["cleaning"],
            sector=district["villa"],
            tone=Tone.NEGATIVE,
            summary="Basura sin recoger",
        )
    signal_days_refresh(Signal.objects.values_list("occurred_on", flat=True))

    # when the morning step runs twice
    opened = opinion_issues_detect(today=today)
    assert opinion_issues_detect(today=today) == []

    # then one issue is open for refuse in Villa del Mar, with the week's figures against the usual
    assert len(opened) == 1
    issue = OpinionIssue.objects.get()
    assert (issue.topic, issue.sector) == (district["cleaning"], district["villa"])
    assert issue.figures["negative"] == 5 and issue.figures["usual"] == 0.5
    page = client_as("mayor").get(issue.get_absolute_url()).content.decode()
    assert "5 señales negativas en la semana" in page

    # when the head of unit chooses two actions from the playbook with a recommendation to the Mayor
    actions = PlaybookAction.objects.filter(title__in=["Comunicado aclaratorio", "Reunión con la junta vecinal"])
    response = client_as("head_of_unit").post(
        issue.get_absolute_url(),
        {
            "act-actions": [a.pk for a in actions],
            "act-owner": persona("press_officer").pk,
            "act-recommendation": "Reforzar la ruta de recojo y explicarlo a los vecinos esta semana.",
        },
    )

    # then each action is a task of the press officer about the issue, and the Mayor reads the recommendation
    assert response.status_code == 302
    tasks = Task.objects.filter(subject_id=issue.pk, owner=persona("press_officer"))
    assert sorted(t.title.split(" — ")[0] for t in tasks) == ["Comunicado aclaratorio", "Reunión con la junta vecinal"]
    assert all(t.due_on > today for t in tasks)
    issue.refresh_from_db()
    assert issue.status == OpinionIssue.Status.ACTING
    assert "Reforzar la ruta" in client_as("mayor").get(issue.get_absolute_url()).content.decode()
    # and the Mayor reads but cannot act
    assert client_as("mayor").post(issue.get_absolute_url(), {"close-note": "x"}).status_code == 404
