"""In a real Chromium, as a new analyst would: three local outlets, first mentions, tones, archive, summary."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from email.utils import format_datetime

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from conftest import sign_in
from heraldo.directory.models import Entity
from heraldo.monitoring.models import Clipping, ToneCorrection
from heraldo.monitoring.services.summary import monitoring_morning_summary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STORIES = {
    "candelaria": [
        (
            "Vecinos denuncian que la basura se acumula en el Mercado Central",
            "Vecinos denuncian que la basura se acumula hace dos semanas. Los comerciantes critican duramente al "
            "alcalde Jorge Cárdenas por el abandono del servicio de limpieza pública.",
        ),
        (
            "Inauguran nuevo parque zonal en Villa del Mar",
            "La Municipalidad Distrital de Santa Candelaria del Mar inauguró con éxito el nuevo parque zonal. "
            "Las familias agradecen la obra y el alcalde Jorge Cárdenas destacó el trabajo de las juntas vecinales.",
        ),
    ],
    "radio": [
        (
            "Alcalde Jorge Cárdenas anuncia camiones para el recojo de basura",
            "El alcalde Jorge Cárdenas anunció la compra de dos camiones recolectores para mejorar la limpieza "
            "pública del distrito, que los vecinos reclamaban desde hace meses.",
        ),
    ],
    "diario": [
        (
            "Concejo aprueba ordenanza de comercio ambulatorio",
            "El concejo municipal de Santa Candelaria del Mar aprobó la ordenanza que ordena el comercio "
            "ambulatorio en el centro del distrito tras una sesión de cinco horas.",
        ),
    ],
}


def _feed(host: str, slug: str, stories: list[tuple[str, str]], now: datetime) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{host}/{slug}/{index}</link><guid>{slug}-{index}</guid>"
        f"<pubDate>{format_datetime(now - timedelta(hours=index + 1))}</pubDate>"
        f"<description>{body}</description></item>"
        for index, (title, body) in enumerate(stories)
    )
    channel = f"<channel><title>{slug}</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">{channel}</rss>'


def test_a_new_analyst_follows_three_outlets_and_the_mayor_gets_the_morning_summary(
    browser_page, watchlist, feed_server, persona, time_machine
):
    # noon in Lima, so the stories of the last hours all belong to tomorrow's summary at any hour the suite runs
    time_machine.move_to(timezone.make_aware(datetime.combine(timezone.localdate(), time(12, 0))), tick=True)
    page = browser_page
    now = timezone.now()
    base = feed_server.url_for("").rstrip("/")
    outlets = {
        "candelaria": "Candelaria Noticias",
        "radio": Entity.objects.create(
            name="Radio Mar Brava", kind="MEDIO", level="DISTRITAL", media_kind="RADIO"
        ).name,
        "diario": Entity.objects.create(
            name="Diario del Sur", kind="MEDIO", level="REGIONAL", media_kind="PRENSA"
        ).name,
    }
    for slug, stories in STORIES.items():
        feed_server.expect_request(f"/{slug}.xml").respond_with_data(
            _feed(base, slug, stories, now), content_type="application/rss+xml"
        )
        for index, (title, body) in enumerate(stories):  # the feeds carry teasers: the pages are read too
            feed_server.expect_request(f"/{slug}/{index}").respond_with_data(
                f"<html><body><article><h1>{title}</h1><p>{body}</p></article></body></html>",
                content_type="text/html",
            )
    mayor = persona("mayor")
    persona("media_analyst")

    # the analyst adds the three outlets' feeds and asks for their news at once
    sign_in(page, "media_analyst")
    for slug, outlet in outlets.items():
        page.goto(f"{page.base_url}/monitoreo/fuentes/nueva/")
        page.fill("#id_name", outlet)
        page.select_option("#id_kind", "feed")
        page.fill("#id_url", f"{base}/{slug}.xml")
        page.select_option("#id_outlet", label=outlet)
        page.click("button[type=submit]:has-text('Guardar')")
        page.get_by_role("button", name="Consultar ahora").click()
        expect(page.locator(".alert-success")).to_contain_text("Consulta pedida")
    assert Clipping.objects.count() == 4

    # the first mentions of the Mayor are on the clippings list, with their tone
    page.goto(f"{page.base_url}/monitoreo/recortes/")
    expect(
        page.get_by_role("link", name="Vecinos denuncian que la basura se acumula en el Mercado Central")
    ).to_be_visible()
    page.get_by_role("link", name="Alcalde Jorge Cárdenas anuncia camiones para el recojo de basura").click()
    expect(page.locator("#tone-box")).to_be_visible()
    expect(page.get_by_text("Jorge Cárdenas Vilca").first).to_be_visible()  # the mention, named as in the Registro

    # two tones corrected with one click each
    page.locator("#tone-box").get_by_role("button", name="Positivo").click()
    expect(page.locator("#tone-box")).to_contain_text("Corregido por un analista")
    page.goto(f"{page.base_url}/monitoreo/recortes/")
    page.get_by_role("link", name="Concejo aprueba ordenanza de comercio ambulatorio").click()
    page.locator("#tone-box").get_by_role("button", name="Positivo").click()
    expect(page.locator("#tone-box")).to_contain_text("Corregido por un analista")
    assert ToneCorrection.objects.count() == 2

    # the archive finds "limpieza pública" typed without the accent, and marks the words
    page.goto(f"{page.base_url}/monitoreo/recortes/")
    page.fill("main input[name=q]", "limpieza publica")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    results = page.locator("main")
    expect(results).to_contain_text("Vecinos denuncian que la basura")
    expect(results).to_contain_text("Alcalde Jorge Cárdenas anuncia camiones")
    expect(results).not_to_contain_text("Concejo aprueba ordenanza")
    expect(page.locator("main mark").first).to_be_visible()

    # next morning at 07:00 the periodic job compiles the summary and the Mayor receives it
    tomorrow_seven = timezone.make_aware(datetime.combine(timezone.localdate(now) + timedelta(days=1), time(7, 0)))
    monitoring_morning_summary(now=tomorrow_seven)
    to_mayor = [message for message in mail.outbox if mayor.email in message.to]
    assert len(to_mayor) == 1
    body = to_mayor[0].body
    assert "Vecinos denuncian que la basura" in body
    [(filename, pdf, mimetype)] = to_mayor[0].attachments
    assert filename.endswith(".pdf") and mimetype == "application/pdf" and pdf.startswith(b"%PDF")
