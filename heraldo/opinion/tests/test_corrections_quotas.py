"""The analyst's correction of topic and sector (one signal, or every signal a filter shows), and survey quotas
that stop field staff and the public link once a sector has enough answers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from heraldo.core.models import AuditEntry
from heraldo.monitoring.models import Topic
from heraldo.opinion.imports import import_apply, import_preview
from heraldo.opinion.models import ImportedRecord, ResidentMessage, Sector, Signal, SignalDay, SignalImport, Tone
from heraldo.opinion.services import resident_message_submit

pytestmark = pytest.mark.django_db
SIGNALS = "/opinion/senales/"


@pytest.fixture
def district(db):
    villa = Sector.objects.create(name="AA.HH. Villa del Mar", kind=Sector.Kind.ASENTAMIENTO, nicknames="Villa del Mar")
    malecon = Sector.objects.create(name="Malecón Grau", nicknames="el Malecón")
    cleaning = Topic.objects.create(name="Limpieza pública")
    security = Topic.objects.create(name="Seguridad ciudadana")
    return {"villa": villa, "malecon": malecon, "cleaning": cleaning, "security": security}


def social_signals(district, n: int, *, topic=None, sector=None) -> list[Signal]:
    day = timezone.localdate() - timedelta(days=1)
    return [
        Signal.objects.create(
            origin=Signal.Origin.SOCIAL,
            occurred_on=day,
            topic=topic or district["security"],
            sector=sector or district["malecon"],
            tone=Tone.NEGATIVE,
            summary=f"Comentario {i} sobre la basura acumulada",
        )
        for i in range(n)
    ]


def test_the_analyst_corrects_one_signal_and_the_semaforo_follows(
    client_as, district, django_capture_on_commit_callbacks
):
    wrong, other = social_signals(district, 2)
    analyst = client_as("media_analyst")

    with django_capture_on_commit_callbacks(execute=True):
        response = analyst.post(
            f"{SIGNALS}?dias=7",
            {
                "scope": "marcadas",
                "senal": [wrong.pk],
                "topic": district["cleaning"].pk,
                "sector": district["villa"].pk,
            },
        )

    assert response.status_code == 302 and response["Location"] == f"{SIGNALS}?dias=7"
    wrong.refresh_from_db()
    other.refresh_from_db()
    assert (wrong.topic, wrong.sector) == (district["cleaning"], district["villa"])
    assert wrong.corrected_at is not None and wrong.corrected_by.username
    assert (other.topic, other.sector, other.corrected_at) == (district["security"], district["malecon"], None)
    cells = {(c.topic_key, c.sector_key): c.negative for c in SignalDay.objects.all()}
    assert cells == {
        (district["cleaning"].pk, district["villa"].pk): 1.0,
        (district["security"].pk, district["malecon"].pk): 1.0,
    }
    entry = AuditEntry.objects.get(action="opinion.signals.corrected")
    assert entry.changes["before"] == {str(wrong.pk): [district["security"].pk, district["malecon"].pk]}
    page = analyst.get(f"{SIGNALS}?dias=7").content.decode()
    assert "Se corrigió 1 señal." in page and "corregido" in page


def test_a_filtered_selection_is_corrected_at_once_in_a_fixed_number_of_queries(
    client_as, district, django_capture_on_commit_callbacks
):
    social_signals(district, 3)
    social_signals(district, 2, topic=district["cleaning"])  # outside the filter: stays
    analyst = client_as("head_of_unit")
    url = f"{SIGNALS}?dias=7&tema={district['security'].pk}"

    def correct():
        with CaptureQueriesContext(connection) as queries:
            response = analyst.post(url, {"scope": "filtro", "topic": district["cleaning"].pk})
        assert response.status_code == 302
        return len(queries)

    correct()  # the first request of a session loads what later ones find cached
    assert Signal.objects.filter(topic=district["cleaning"]).count() == 5
    social_signals(district, 3)
    few = correct()
    social_signals(district, 30)
    assert correct() == few  # 30 signals cost what 3 did
    assert Signal.objects.filter(topic=district["security"]).count() == 0
    assert Signal.objects.filter(topic=district["cleaning"]).count() == 38
    assert AuditEntry.objects.filter(action="opinion.signals.corrected").count() == 3


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"scope": "marcadas", "senal": ["SIGNAL"]}, "Elija el tema o el sector que deben tener."),
        ({"scope": "marcadas", "senal": ["SIGNAL"], "topic": "999999"}, "Escoja una opción válida"),
        ({"scope": "marcadas", "topic": "TOPIC"}, "Marque al menos una señal"),
        ({"scope": "todas", "topic": "TOPIC"}, "Escoja una opción válida"),
    ],
)
def test_bad_corrections_change_nothing_and_say_why(client_as, district, data, says):
    signal = social_signals(district, 1)[0]
    data = {
        key: [signal.pk] if value == ["SIGNAL"] else district["cleaning"].pk if value == "TOPIC" else value
        for key, value in data.items()
    }
    response = client_as("media_analyst").post(f"{SIGNALS}?dias=7", data)
    assert response.status_code == 400
    assert says in response.content.decode()
    signal.refresh_from_db()
    assert (signal.topic, signal.corrected_at) == (district["security"], None)
    assert not AuditEntry.objects.filter(action="opinion.signals.corrected").exists()


def test_too_wide_a_selection_is_refused(client_as, district, settings, monkeypatch):
    monkeypatch.setattr("heraldo.opinion.services.MAX_CORRECTED", 2)
    social_signals(district, 3)
    response = client_as("media_analyst").post(
        f"{SIGNALS}?dias=7", {"scope": "filtro", "topic": district["cleaning"].pk}
    )
    assert response.status_code == 400 and "afine los filtros" in response.content.decode()
    assert not Signal.objects.filter(topic=district["cleaning"]).exists()


@pytest.mark.parametrize(
    ("persona_name", "status"),
    [("head_of_unit", 302), ("media_analyst", 302), ("press_officer", 403), ("mayor", 403), ("designer", 403)],
)
def test_only_who_manages_opinion_corrects(client_as, district, persona_name, status):
    signal = social_signals(district, 1)[0]
    client = client_as(persona_name)
    response = client.post(
        f"{SIGNALS}?dias=7", {"scope": "marcadas", "senal": [signal.pk], "topic": district["cleaning"].pk}
    )
    assert response.status_code == status
    signal.refresh_from_db()
    assert (signal.topic == district["cleaning"]) == (status == 302)
    if persona_name in ("press_officer", "mayor"):
        page = client.get(f"{SIGNALS}?dias=7").content.decode()
        assert 'data-testid="signal-correct"' not in page and 'name="senal"' not in page


def test_a_resident_message_follows_the_correction_of_its_signal(client_as, district):
    message = resident_message_submit(kind="QUEJA", text="No recogen la basura en el Malecón")
    signal = Signal.objects.get()
    client_as("media_analyst").post(
        f"{SIGNALS}?dias=7", {"scope": "marcadas", "senal": [signal.pk], "topic": district["cleaning"].pk}
    )
    message.refresh_from_db()
    assert (message.topic, message.sector) == (district["cleaning"], district["malecon"])


def test_corrections_survive_a_reimport_and_the_media_sync(client_as, district, persona):
    from heraldo.monitoring.models import Clipping, ClippingTopic, Mention, TermKind, WatchTerm
    from heraldo.opinion.media import media_signals_sync

    analyst = persona("media_analyst")
    day = (timezone.localdate() - timedelta(days=1)).strftime("%d/%m/%Y")
    export = f"id,fecha,texto,tema\nfb-9,{day},Asaltos en el Malecón cada noche,Seguridad ciudadana\n".encode()
    import_apply(actor=analyst, batch=import_preview(actor=analyst, source="REDES", filename="a.csv", content=export))
    us = WatchTerm.objects.create(phrase="Municipalidad de Santa Candelaria", kind=TermKind.MUNICIPALITY)
    story = Clipping.objects.create(
        title="La Municipalidad de Santa Candelaria y el Malecón", published_at=timezone.now(), tone="negative"
    )
    Mention.objects.create(clipping=story, term=us, start=3, end=20, snippet="Municipalidad")
    ClippingTopic.objects.create(clipping=story, topic=district["security"], score=4, is_assigned=True)
    media_signals_sync()
    assert Signal.objects.filter(topic=district["security"]).count() == 2

    client_as("media_analyst").post(
        f"{SIGNALS}?dias=7", {"scope": "filtro", "topic": district["cleaning"].pk, "sector": district["villa"].pk}
    )
    # the same file again and the hourly sync again
    import_apply(actor=analyst, batch=import_preview(actor=analyst, source="REDES", filename="a.csv", content=export))
    Clipping.objects.filter(pk=story.pk).update(tone="neutral")
    media_signals_sync()

    record_type = ContentType.objects.get_for_model(ImportedRecord)
    imported = Signal.objects.get(evidence_type=record_type)
    media = Signal.objects.get(origin=Signal.Origin.MEDIA)
    assert ImportedRecord.objects.count() == 1 and SignalImport.objects.count() == 2
    assert (imported.topic, imported.sector) == (district["cleaning"], district["villa"])
    assert (media.topic, media.sector, media.tone) == (district["cleaning"], district["villa"], Tone.NEUTRAL)
    assert ResidentMessage.objects.count() == 0
