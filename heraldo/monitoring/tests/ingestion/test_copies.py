"""Syndicated copies: the same text under another headline, lead or footer is one story everywhere."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Alert, Clipping
from heraldo.monitoring.selectors import dashboard_counts

BODY = (
    "La Municipalidad Distrital de Santa Candelaria del Mar inauguró la pavimentación de doce cuadras en el "
    "asentamiento humano Villa del Mar. El alcalde Jorge Cárdenas Vilca recorrió la obra junto a los dirigentes. "
    "«Esta pavimentación era un pedido de hace veinte años y hoy es una realidad», afirmó el alcalde. Los vecinos "
    "agradecieron la obra, que costó 1,2 millones de soles."
)


def _store(title, *, lead="", body=BODY, url, hours=0):
    clipping, _ = clipping_store(
        title=title,
        summary=lead,
        body_text=body,
        url=url,
        published_at=timezone.now() - timedelta(hours=hours),
        queue_alerts=False,
    )
    return clipping


def test_a_copy_with_another_headline_lead_and_footer_is_grouped_under_the_original(watchlist):
    # given a story, then an agency's copy with its own headline, lead and footer
    original = _store(
        "Municipio inaugura pistas", lead="Más de dos mil vecinos se benefician.", url="https://a.pe/1", hours=3
    )
    copy = _store(
        "Santa Candelaria del Mar estrena doce cuadras pavimentadas",
        lead="El distrito costero entregó la obra tras veinte años de espera.",
        body=BODY + "\n\nLa entrada Santa Candelaria del Mar estrena doce cuadras se publicó primero en Agencia Sur.",
        url="https://b.pe/9",
        hours=1,
    )
    # then it is a copy, and the counts see one story
    assert copy.duplicate_of_id == original.pk
    assert dashboard_counts(since=timezone.now() - timedelta(days=1))["total"] == 1


def test_the_lead_repeated_as_first_paragraph_does_not_change_the_fingerprint(watchlist):
    lead = "El distrito costero entregó la obra tras veinte años de espera."
    with_lead = _store("Pistas", lead=lead, body=f"{lead}\n\n{BODY}", url="https://a.pe/2")
    plain = Clipping(title="Otra", body_text=BODY)
    from heraldo.monitoring.ingestion.dedupe import normalise

    normalise(plain)
    assert bin((with_lead.fingerprint ^ plain.fingerprint) & (2**64 - 1)).count("1") <= 3


def test_two_stories_about_the_same_municipality_are_not_copies(watchlist):
    _store("Pistas", url="https://a.pe/3", hours=2)
    other = _store(
        "Serenazgo recibe motos",
        body=(
            "La Municipalidad Distrital de Santa Candelaria del Mar entregó diez motocicletas al serenazgo para "
            "reforzar la seguridad ciudadana. El alcalde Jorge Cárdenas Vilca recorrió las calles junto a los "
            "agentes. Los vecinos saludaron la medida, que costó 200 mil soles."
        ),
        url="https://b.pe/4",
    )
    assert other.duplicate_of_id is None


def test_a_story_alerts_once_however_many_outlets_copy_it(watchlist, mayor_rule):
    from heraldo.monitoring.services.alerts import alerts_evaluate

    body = "Vecinos denuncian que el alcalde Jorge Cárdenas Vilca abandonó la obra, paralizada por corrupción. " * 3
    first = _store("Denuncian al alcalde", body=body, url="https://a.pe/5", hours=2)
    copy = _store(
        "Alcalde denunciado, dicen vecinos", lead="Fuente: agencia.", body=body + " Síguenos.", url="https://b.pe/5"
    )
    alerts_evaluate(clipping=first)
    alerts_evaluate(clipping=copy)
    assert Alert.objects.count() == 1


def test_every_candidate_read_for_a_story_is_compared_even_beyond_the_texts_kept_for_the_batch(watchlist, monkeypatch):
    from heraldo.monitoring.ingestion.dedupe import NearDuplicateIndex, normalise

    # given two archived tellings of the same story, and an index that keeps one candidate's text at a time
    monkeypatch.setattr(NearDuplicateIndex, "CANDIDATE_TEXTS_KEPT", 1)
    now = timezone.now()
    for number in range(2):
        told = Clipping(
            title=f"Pistas {number}",
            body_text=f"{BODY} Edición {number}.",
            url=f"https://medio{number}.pe/1",
            published_at=now - timedelta(hours=1),
        )
        normalise(told)
        told.save()
    index = NearDuplicateIndex.covering(now)
    new = Clipping(title="Copia", body_text=BODY, published_at=now)
    normalise(new)
    # when both are candidates for a new copy, then both are confirmed
    assert len(index._confirmed(new, list(range(len(index._pks))))) == 2


# A short story: its lead, which a feed repeats as the first paragraph, is half of it.
SHORT_LEAD = (
    "Con aplausos recibieron los vecinos del cercado al nuevo camión compactador que compró la Municipalidad "
    "Distrital de Santa Candelaria del Mar."
)
SHORT_REST = "El gerente de servicios dijo que con dos camiones el recojo será diario en todo el casco urbano."


def test_a_short_story_copied_by_an_outlet_without_a_lead_is_grouped_with_the_feed_that_repeats_its_lead(watchlist):
    # given a feed whose lead repeats the first paragraph, then a section page's copy with no lead at all
    original = _store(
        "Vecinos celebran nuevo compactador",
        lead=SHORT_LEAD,
        body=f"{SHORT_LEAD}\n\n{SHORT_REST}",
        url="https://a.pe/20",
        hours=3,
    )
    copy = _store("Llegó el compactador", body=f"{SHORT_LEAD}\n\n{SHORT_REST}", url="https://b.pe/20", hours=1)
    # then the síntesis and the counts see one story
    assert copy.duplicate_of_id == original.pk


def test_the_same_holds_when_the_copy_without_a_lead_arrives_first(watchlist):
    first = _store("Llegó el compactador", body=f"{SHORT_LEAD}\n\n{SHORT_REST}", url="https://b.pe/21", hours=2)
    later = _store(
        "Vecinos celebran nuevo compactador",
        lead=SHORT_LEAD,
        body=f"{SHORT_LEAD}\n\n{SHORT_REST}",
        url="https://a.pe/21",
    )
    assert later.duplicate_of_id == first.pk


def test_two_stories_of_an_outlet_with_one_closing_line_are_not_copies_whatever_their_leads(watchlist):
    # given one story whose feed gave its lead and another without, both closing with the outlet's same paragraph
    closing = "Recuerde que puede enviar sus denuncias al número de nuestra redacción durante todo el día."
    _store("Compactador", lead=SHORT_LEAD, body=f"{SHORT_LEAD}\n\n{closing}", url="https://a.pe/22", hours=2)
    other = _store(
        "Feria escolar",
        body="Más de trescientos escolares participaron en la feria de ciencias del colegio del cercado.\n\n" + closing,
        url="https://a.pe/23",
    )
    # then their shared closing does not make them one story
    assert other.duplicate_of_id is None


def test_a_batch_sees_a_waiting_story_told_with_the_other_habit_about_the_lead(watchlist):
    from heraldo.monitoring.ingestion.dedupe import copies_one_of, normalise

    now = timezone.now()
    with_lead = Clipping(title="A", summary=SHORT_LEAD, body_text=f"{SHORT_LEAD}\n\n{SHORT_REST}", published_at=now)
    without = Clipping(title="B", body_text=f"{SHORT_LEAD}\n\n{SHORT_REST}", published_at=now)
    normalise(with_lead)
    normalise(without)
    assert copies_one_of(without, [with_lead])
    assert copies_one_of(with_lead, [without])


FIRE_LEAD = (
    "Un incendio en el botadero municipal de Santa Candelaria del Mar obligó a evacuar a treinta familias del "
    "asentamiento Nueva Esperanza durante la madrugada del miércoles. El humo tóxico cubrió el sector por seis horas."
)
FIRE_RETOLD = (
    "Treinta familias del asentamiento Nueva Esperanza tuvieron que dejar sus casas en la madrugada del miércoles "
    "por el humo de un incendio en el botadero de la Municipalidad Distrital de Santa Candelaria del Mar."
)
FIRE_REST = (
    "Los bomberos del puerto controlaron el fuego. Los vecinos responsabilizan a la municipalidad por mantener el "
    "botadero a cielo abierto."
)


def test_a_short_story_whose_lead_another_outlet_rewrote_is_one_story(watchlist):
    # given a two-paragraph story, then an outlet's telling with its own first paragraph and the same last line
    original = _store("Incendio en el botadero", body=f"{FIRE_LEAD}\n\n{FIRE_REST}", url="https://a.pe/30", hours=3)
    copy = _store("Humo obliga a evacuar", body=f"{FIRE_RETOLD}\n\n{FIRE_REST}", url="https://b.pe/30", hours=1)
    # then the síntesis and the counts see one story
    assert copy.duplicate_of_id == original.pk
    assert dashboard_counts(since=timezone.now() - timedelta(days=1))["total"] == 1


def test_two_short_stories_ending_with_one_line_are_apart_when_their_leads_tell_other_things(watchlist):
    _store("Incendio en el botadero", body=f"{FIRE_LEAD}\n\n{FIRE_REST}", url="https://a.pe/31", hours=3)
    other = _store(
        "Fumigan el botadero",
        body="Personal de salud fumigó el botadero del cercado y el mercado de abastos para prevenir el dengue en el "
        f"verano.\n\n{FIRE_REST}",
        url="https://b.pe/31",
        hours=1,
    )
    assert other.duplicate_of_id is None


def test_a_batch_sees_a_waiting_short_story_whose_lead_was_rewritten(watchlist):
    from heraldo.monitoring.ingestion.dedupe import copies_one_of, normalise

    now = timezone.now()
    first = Clipping(title="A", body_text=f"{FIRE_LEAD}\n\n{FIRE_REST}", published_at=now)
    retold = Clipping(title="B", body_text=f"{FIRE_RETOLD}\n\n{FIRE_REST}", published_at=now)
    normalise(first)
    normalise(retold)
    assert copies_one_of(retold, [first])
