"""Every page a resident, a journalist or a guest opens without an account passes axe-core (WCAG 2.1 AA),
at laptop and phone widths, on the demo municipality's data."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.management import call_command

from heraldo.press.tests.test_browser import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def public_pages() -> list[str]:
    """The public pages, each with real demo data behind it (a guest's RSVP link, a subscriber's links…)."""
    from django.urls import reverse

    from heraldo.ceremonial.models import Guest
    from heraldo.ceremonial.rsvp import rsvp_token
    from heraldo.press.models import Bulletin, PressRelease, ReleaseStatus, Subscriber
    from heraldo.press.services.bulletins import unsubscribe_token
    from heraldo.press.services.distribution import opt_out_token

    release = PressRelease.objects.filter(status=ReleaseStatus.PUBLISHED).order_by("-pk").first()
    bulletin = Bulletin.objects.order_by("-pk").first()
    guest = Guest.objects.order_by("pk").first()
    pages = [
        "/cuenta/login/",
        "/cuenta/password/reset/",
        reverse("ceremonial:public_agenda"),
        "/noticias/",
        "/noticias/galerias/",
        "/noticias/boletines/",
        "/participa/",
        "/participa/seguimiento/",
        reverse("newsroom:media_opt_out", args=[opt_out_token("redaccion@diario.example.pe")]),
    ]
    assert release and guest, "the demo municipality has a published release and a guest"
    pages += [release.get_public_url(), reverse("ceremonial:rsvp", args=[rsvp_token(guest)])]
    if release.category_id:
        pages.append(reverse("newsroom:category", args=[release.category.slug]))
    if bulletin:
        pages.append(reverse("newsroom:bulletin", args=[bulletin.pk]))
    subscriber = Subscriber.objects.first()
    if subscriber:
        pages.append(reverse("newsroom:bulletin_unsubscribe", args=[unsubscribe_token(subscriber)]))
    return pages


def test_every_public_page_passes_axe_at_laptop_and_phone_widths(browser_page):
    call_command("demo_load", "--force", verbosity=0)
    page = browser_page
    failures = {}
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for url in public_pages():
            response = page.goto(page.base_url + url)
            assert response is not None and response.status == 200, (url, response and response.status)
            violations = axe_violations(page)
            if violations:
                failures[(width, url)] = violations
    assert failures == {}


# Test plan S6: a page that tried to run blocked script or load a blocked resource reports it here.
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def test_every_public_page_passes_axe_in_english_with_no_dialog_and_no_policy_violation(browser, live_server):
    """Test plan S15 in English (the Spanish run is above) and S6's listeners on the same pages."""
    call_command("demo_load", "--force", verbosity=0)
    context = browser.new_context(locale="en-US", timezone_id="America/Lima", viewport={"width": 1366, "height": 900})
    context.add_init_script(CSP_LISTENER)
    # the language switch's cookie: Heraldo ignores Accept-Language on purpose (Spanish by default)
    context.add_cookies([{"name": settings.LANGUAGE_COOKIE_NAME, "value": "en", "url": live_server.url}])
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    failures = {}
    for url in public_pages():
        response = page.goto(live_server.url + url)
        assert response is not None and response.status == 200, (url, response and response.status)
        assert page.locator("html").get_attribute("lang") == "en", url  # the English catalogue answered
        violations = axe_violations(page)
        blocked = page.evaluate("window.__cspViolations")
        if violations or blocked:
            failures[url] = {"axe": violations, "csp": blocked}
    context.close()
    assert dialogs == []
    assert failures == {}
