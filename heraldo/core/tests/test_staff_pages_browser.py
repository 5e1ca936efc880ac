"""Test plan S6 on staff pages: in Chromium, signed in, no page breaks its Content Security Policy or logs an error.

The crawl (test_crawl.py) checks every staff page's policy header and markup without a browser; this test opens a
sample of them in Chromium, where a blocked inline script, style or resource would fire `securitypolicyviolation`
and the console would show it. The sample takes the pages with the most script of each module (the release
editor, the agenda, the map, the archive's filters, the calendars) for two roles, with records on them. The
`browser_page` fixture fails the test on any console error or dialog.
"""

from __future__ import annotations

import pytest
from django.utils import timezone

from conftest import sign_in
from heraldo.ceremonial.tests.factories import EventFactory
from heraldo.core.tests.test_public_accessibility import CSP_LISTENER
from heraldo.press.models import ReleaseStatus
from heraldo.press.tests.factories import make_release

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

PAGES = {
    "head_of_unit": [
        "/",
        "/buscar/?q=mercado",
        "/notificaciones/",
        "/preferencias/",
        "/mi-trabajo/",
        "/encargos/",
        "/encargos/calendario/",
        "/registro/",
        "/registro/personas/",
        "/registro/entidades/nueva/",
        "/agenda/",
        "/agenda/semana/",
        "/agenda/actividades/nueva/",
        "/agenda/actividades/{event}/",
        "/prensa/",
        "/prensa/aprobaciones/",
        "/monitoreo/",
        "/monitoreo/recortes/",
        "/monitoreo/alertas/",
        "/campanas/calendario/",
        "/opinion/mapa/",
        "/reportes/",
    ],
    "press_officer": [
        "/prensa/notas/nueva/",
        "/prensa/notas/{release}/",
        "/prensa/notas/{release}/editar/",
        "/prensa/biblioteca/",
        "/prensa/boletines/nuevo/",
    ],
}


def test_a_sample_of_staff_pages_runs_without_a_policy_violation_or_console_error(browser_page, persona, settings):
    settings.HERALDO_MFA_REQUIRED_ROLES = []  # the second factor has its own tests; here it would only add steps
    release = make_release(persona("press_officer"), status=ReleaseStatus.DRAFT)
    event = EventFactory(title="Sesión de concejo", starts_at=timezone.now(), is_public=True)
    page = browser_page
    page.context.add_init_script(CSP_LISTENER)
    visited = 0
    for role, paths in PAGES.items():
        persona(role)
        page.context.clear_cookies()
        sign_in(page, role)
        for path in paths:
            url = page.base_url + path.format(release=release.pk, event=event.pk)
            answer = page.goto(url, wait_until="networkidle")
            assert answer is not None and answer.status == 200, (role, path, answer and answer.status)
            violations = page.evaluate("window.__cspViolations")
            assert violations == [], (role, path, violations)
            visited += 1
    assert visited == 27
