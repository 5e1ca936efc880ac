"""The master of ceremonies' script and the invitation letters speak correct Spanish for the hour and the
event, carry the municipality's letterhead (with the crest when the brand kit has one), and the script
prints for a lectern: each moment with its time, cues apart from what is read aloud."""

import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from heraldo.ceremonial.models import CeremonyScript, ProgrammeItem
from heraldo.ceremonial.script import script_sections
from heraldo.ceremonial.services.ceremony import guests_add
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima
from heraldo.press.models import BrandTemplate

pytestmark = pytest.mark.django_db


def pdf_text(response) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def pdf_image_count(response) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(response.content)).pages)


def evening_session(hour=18, **extra):
    event = EventFactory(
        title="Sesión Solemne de aniversario", place="Salón Consistorial", starts_at=lima(2026, 12, 15, hour), **extra
    )
    ProgrammeItem.objects.create(event=event, position=1, title="Recepción", duration_minutes=15, role="reception")
    ProgrammeItem.objects.create(
        event=event, position=2, title="Palabras de bienvenida", duration_minutes=5, responsible="Protocolo"
    )
    return event


def generate(client, event) -> str:
    client.post(reverse("ceremonial:script_generate", args=[event.pk]))
    return CeremonyScript.objects.get(event=event).text


def brand_kit_crest(uploaded_by):
    buffer = io.BytesIO()
    Image.new("RGB", (60, 72), (155, 28, 44)).save(buffer, "PNG")
    crest = BrandTemplate(
        title="Escudo de la Municipalidad",
        is_crest=True,
        mime="image/png",
        size_bytes=len(buffer.getvalue()),
        uploaded_by=uploaded_by,
    )
    crest.file.save("escudo.png", ContentFile(buffer.getvalue()))
    return crest


def test_an_evening_act_is_greeted_with_good_afternoon_and_named_with_its_article(client_as):
    event = evening_session(hour=18)
    text = generate(client_as("protocol_officer"), event)
    assert "Señoras y señores, muy buenas tardes." in text
    assert "daremos inicio a la Sesión Solemne de aniversario." in text
    assert "buenos días" not in text
    assert "Con esto concluye la Sesión Solemne de aniversario." in text


def test_a_night_act_says_good_evening_and_a_title_the_rule_misses_takes_its_stored_article(client_as):
    event = evening_session(hour=20, title_article="el")
    event.title = "Cumpleaños del distrito"
    event.save()
    text = generate(client_as("protocol_officer"), event)
    assert "muy buenas noches." in text
    assert "daremos inicio al Cumpleaños del distrito." in text


def test_the_printed_script_has_the_letterhead_the_crest_the_times_and_the_cues(client_as, persona):
    from heraldo.directory.models import Entity

    # the letterhead names the municipality the Registro holds as our own
    Entity.objects.create(
        name="Municipalidad Distrital de Santa Candelaria del Mar",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        ubigeo="150101",
        is_own_municipality=True,
    )
    client = client_as("protocol_officer")
    event = evening_session()
    text = generate(client, event)
    heading, sections = script_sections(text)
    assert heading[0] == "SESIÓN SOLEMNE DE ANIVERSARIO"
    assert [(s.time, s.title) for s in sections] == [
        ("18:00", "Recepción"),
        ("18:15", "Palabras de bienvenida"),
        ("18:20", "Cierre"),
    ]
    assert [(line.kind, line.text) for line in sections[1].lines][0] == ("cue", "5 min · a cargo de: Protocolo")

    url = reverse("ceremonial:script_pdf", args=[event.pk])
    without_crest = client.get(url)
    assert "MUNICIPALIDAD DISTRITAL" in pdf_text(without_crest).upper()
    assert "INDICACIÓN 5 MIN · A CARGO DE: PROTOCOLO" in pdf_text(without_crest).upper()
    assert pdf_image_count(without_crest) == 0

    brand_kit_crest(persona("designer"))
    with_crest = client.get(url)
    assert pdf_image_count(with_crest) == 1


def test_the_invitation_letter_uses_articles_and_the_letterhead(client_as, persona):
    client = client_as("protocol_officer")
    event = evening_session()
    guests_add(actor=None, event=event, persons=[PersonFactory(given_names="Rosa", surnames="Inga")])
    brand_kit_crest(persona("designer"))
    letters = client.get(reverse("ceremonial:invitations_pdf", args=[event.pk]))
    text = " ".join(pdf_text(letters).split())
    assert "invitarle a la Sesión Solemne de aniversario" in text
    assert "en el Salón Consistorial" in text
    assert "invitación a la Sesión Solemne de aniversario" in text
    assert pdf_image_count(letters) == 2  # the letter's letterhead and the card
