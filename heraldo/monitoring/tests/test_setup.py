"""Setting up: the analyst enters the authorities to watch alone; the municipality's name has one home (the
Registro); registering an address already archived says which clipping it is and keeps what was typed."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from heraldo.directory.models import Entity, Person
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Clipping, Mention, TermKind, WatchTerm


def test_the_monitoring_analyst_enters_an_authority_to_watch_without_another_role(client_as, watchlist):
    # given the Monitoreo analyst, who cannot edit the Registro
    client = client_as("media_analyst")
    assert client.get(reverse("directory:person_create")).status_code in (302, 403, 404)

    # when the analyst adds a councillor from the watch list
    page = client.get(reverse("monitoring:watch_list")).content.decode()
    assert reverse("monitoring:authority_add") in page
    response = client.post(
        reverse("monitoring:authority_add"),
        {"given_names": "Rosa Elena", "surnames": "Quispe Huamán", "title": "regidora", "sex": "F"},
    )

    # then the person is watched under the phrases that identify her, linked to her
    assert response.status_code == 302
    rosa = Person.objects.get(surnames="Quispe Huamán")
    phrases = set(WatchTerm.objects.filter(person=rosa, kind=TermKind.AUTHORITY).values_list("phrase", flat=True))
    assert {"Rosa Elena Quispe Huamán", "Rosa Quispe", "Quispe Huamán", "regidora Quispe"} <= phrases
    assert not WatchTerm.objects.filter(person=rosa, phrase__iexact="regidora").exists()
    # and a story naming her is a mention of her, which the archive filters by
    clipping, _created = clipping_store(
        title="Fiscalización", published_at=timezone.now(), body_text="La regidora Quispe pidió informes de la obra."
    )
    assert Mention.objects.filter(clipping=clipping, term__person=rosa).exists()
    listing = client.get(reverse("monitoring:clipping_list"), {"person": rosa.pk}).content.decode()
    assert "Fiscalización" in listing

    # and adding her twice is refused with a sentence, nothing changes
    again = client.post(reverse("monitoring:authority_add"), {"given_names": "Rosa Elena", "surnames": "Quispe Huamán"})
    assert again.status_code == 200 and "ya está en la lista de vigilancia" in again.content.decode()
    assert Person.objects.filter(surnames="Quispe Huamán").count() == 1


def test_only_roles_that_manage_monitoring_add_authorities(client_as, watchlist):
    assert client_as("mayor").get(reverse("monitoring:authority_add")).status_code == 403
    assert client_as("designer").get(reverse("monitoring:authority_add")).status_code == 403


def test_the_sintesis_shows_the_name_the_registro_has(client_as, persona, watchlist):
    # given the Registro's own municipality renamed after the pages were already shown
    client = client_as("media_analyst")
    client.get(reverse("monitoring:home"))
    own = watchlist["own"]
    own.name = "Municipalidad Distrital de San Isidro de la Costa"
    own.save()
    persona("mayor")

    # when the síntesis is sent as a test to the analyst
    day = timezone.localdate() - timedelta(days=1)
    client.post(reverse("monitoring:summary_send", args=[day.isoformat()]), {"test": "1"})

    # then it bears the Registro's name, as does every page
    from heraldo.core.models import OutboxEmail

    mail = OutboxEmail.objects.get()
    assert "San Isidro de la Costa" in mail.body_text
    assert "Santa Candelaria del Mar" not in mail.body_text
    assert "San Isidro de la Costa" in client.get(reverse("monitoring:home")).content.decode()
    assert Entity.objects.filter(is_own_municipality=True).count() == 1


def test_registering_an_archived_address_says_so_links_it_and_keeps_what_was_typed(client_as, watchlist):
    # given a story already archived from a feed
    existing, _created = clipping_store(
        title="Alcalde inaugura parque",
        published_at=timezone.now(),
        url="https://radio.example.pe/nota/parque?utm_source=whatsapp",
        body_text="Texto.",
    )
    client = client_as("media_analyst")

    # when the analyst registers the same address by hand, with a transcript typed
    response = client.post(
        reverse("monitoring:clipping_add"),
        {
            "outlet": watchlist["outlet"].pk,
            "medium": "RADIO",
            "title": "Entrevista al alcalde en Radio Costa",
            "published_date": timezone.localdate().isoformat(),
            "transcript": "Transcripción larga que el analista escribió a mano.",
            "url": "https://radio.example.pe/nota/parque",
        },
    )

    # then nothing is stored, the page says it is archived, links the clipping, and keeps the typed text
    page = response.content.decode()
    assert response.status_code == 200
    assert Clipping.objects.count() == 1
    assert "ya está en el archivo" in page
    assert reverse("monitoring:clipping_detail", args=[existing.pk]) in page
    assert "Transcripción larga que el analista escribió a mano." in page
    assert "Entrevista al alcalde en Radio Costa" in page
    assert "Recorte registrado" not in page
