"""Saved searches and dosieres, as the analyst, the head of unit and the Mayor use them."""

from __future__ import annotations

import io
import re
from urllib.parse import quote

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import AuditEntry
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Dossier, SavedSearch


def _story(title, body, **extra):
    return clipping_store(title=title, published_at=timezone.now(), body_text=body, **extra)[0]


def test_saved_search_is_private_runs_again_and_offers_an_alert(client_as, watchlist):
    _story("Crisis de la limpieza pública", "La basura se acumula.")
    analyst = client_as("media_analyst")
    parameters = "q=%22limpieza+p%C3%BAblica%22&tone=negative&sort=relevance"
    response = analyst.post(reverse("monitoring:saved_search_add"), {"name": "Basura", "parameters": parameters})
    assert response.status_code == 302
    saved = SavedSearch.objects.get()
    assert saved.query_text == '"limpieza pública"'
    html = analyst.get(reverse("monitoring:clipping_list")).content.decode()
    rerun = reverse("monitoring:clipping_list") + "?" + saved.parameters
    assert f'href="{rerun}"'.replace("&", "&amp;") in html
    alert_link = reverse("monitoring:rule_add") + "?query=" + quote('"limpieza pública"', safe="")
    assert alert_link.replace("&", "&amp;") in html
    # The same name twice is refused in Spanish, and an empty search cannot be saved.
    again = analyst.post(
        reverse("monitoring:saved_search_add"), {"name": "basura", "parameters": parameters}, follow=True
    )
    assert "Ya tiene una búsqueda guardada con ese nombre" in again.content.decode()
    analyst.post(reverse("monitoring:saved_search_add"), {"name": "Nada", "parameters": "page=2"})
    assert SavedSearch.objects.count() == 1
    # Nobody else sees it or can delete it.
    head = client_as("head_of_unit")
    assert "Basura" not in head.get(reverse("monitoring:clipping_list")).content.decode()
    assert head.post(reverse("monitoring:saved_search_delete", args=[saved.pk])).status_code == 404
    assert analyst.post(reverse("monitoring:saved_search_delete", args=[saved.pk])).status_code == 302
    assert not SavedSearch.objects.exists()
    assert AuditEntry.objects.filter(action="monitoring.saved_search.created").exists()


def test_archive_page_shows_facets_and_switches_to_relevance(client_as, watchlist):
    _story("El serenazgo patrulla el parque", "Patrullaje.")
    _story("Vecinos del parque", "Piden más serenazgo. Serenazgo ausente. Serenazgo tarde.")
    client = client_as("media_analyst")
    html = client.get(reverse("monitoring:clipping_list"), {"q": "serenazgo", "sort": "relevance"}).content.decode()
    titles = re.findall(r'<span class="fw-semibold clipping-title">([^<]+)</span>', html)
    assert titles == ["El serenazgo patrulla el parque", "Vecinos del parque"]
    assert 'data-facet="tone"' in html and 'data-facet="medium"' in html
    assert "2 recortes encontrados" in html


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def test_analyst_builds_a_dossier_and_exports_the_clipping_book(client_as, watchlist):
    first = _story("Alcalde Jorge Cárdenas inaugura el parque", "El alcalde inauguró el parque del distrito.")
    scan = SimpleUploadedFile("scan.png", _png(), content_type="image/png")
    second = _story(
        "Entrevista en Radio Mar",
        "",
        outlet=watchlist["outlet"],
        medium="RADIO",
        summary="Habló de la limpieza pública.",
        attachment=scan,
    )
    analyst = client_as("media_analyst")
    response = analyst.post(
        reverse("monitoring:dossier_add"), {"clippings": [first.pk, second.pk], "new_name": "Parque y limpieza"}
    )
    dossier = Dossier.objects.get()
    assert response.status_code == 302 and dossier.items.count() == 2
    # Adding one again from the clipping's page changes nothing.
    analyst.post(reverse("monitoring:dossier_add"), {"clippings": [first.pk], "dossier": dossier.pk})
    assert dossier.items.count() == 2
    # Nothing ticked: a Spanish message and no dosier.
    refused = analyst.post(reverse("monitoring:dossier_add"), {"new_name": "Vacío"}, follow=True)
    assert "Marque al menos un recorte" in refused.content.decode() and Dossier.objects.count() == 1

    pdf = analyst.get(reverse("monitoring:dossier_pdf", args=[dossier.pk]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Parque y limpieza" in text and "Índice" in text
    assert "Entrevista en Radio Mar" in text and "Candelaria Noticias" in text
    assert any(page.images for page in reader.pages), "the scan is embedded"
    assert AuditEntry.objects.filter(action="monitoring.dossier.created").exists()
    assert AuditEntry.objects.filter(action="monitoring.dossier.exported", target_id=str(dossier.pk)).exists()


def test_dossiers_belong_to_the_monitoring_team(client_as, watchlist, persona):
    clipping = _story("Obras en la avenida", "Pavimentación.")
    dossier = Dossier.objects.create(name="Obras", created_by=persona("media_analyst"))
    dossier.items.create(clipping=clipping)
    assert client_as("head_of_unit").get(reverse("monitoring:dossier_detail", args=[dossier.pk])).status_code == 200
    mayor = client_as("mayor")
    assert mayor.get(reverse("monitoring:dossier_detail", args=[dossier.pk])).status_code == 404
    assert mayor.get(reverse("monitoring:dossier_pdf", args=[dossier.pk])).status_code == 404
    assert (
        mayor.post(reverse("monitoring:dossier_add"), {"clippings": [clipping.pk], "dossier": dossier.pk}).status_code
        == 403
    )
    assert 'name="clippings"' not in mayor.get(reverse("monitoring:clipping_list")).content.decode()
    analyst = client_as("media_analyst")
    analyst.post(reverse("monitoring:dossier_remove", args=[dossier.pk, clipping.pk]))
    assert not dossier.items.exists()
