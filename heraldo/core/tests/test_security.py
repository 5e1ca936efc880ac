"""Login, lockout, sessions and the headers every page carries."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import PASSWORD
from heraldo.core.models import OutboxEmail
from heraldo.core.outbox import outbox_drain

CSP_REQUIRED = ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")


def login(client: Client, login: str, password: str = PASSWORD):
    return client.post(reverse("account_login"), {"login": login, "password": password})


def test_staff_sign_in_with_username_or_email(persona):
    user = persona("press_officer")
    for identifier in (user.username, user.email):
        client = Client()
        response = login(client, identifier)
        assert response.status_code == 302, identifier
        assert client.get(reverse("core:today")).status_code == 200


def test_wrong_password_keeps_the_login_typed_and_explains_in_spanish(persona):
    persona("press_officer")
    response = login(Client(), "press_officer", "no-es-la-clave")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="press_officer"' in html
    assert "no son correctos" in html


def test_five_failures_lock_the_account_even_with_the_right_password(persona):
    persona("mayor")
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "mayor", "adivinanza")
    response = login(client, "mayor")
    assert response.status_code in (403, 429)
    assert "bloqueado temporalmente" in response.content.decode()
    assert client.get(reverse("core:today")).status_code == 302


def test_failures_with_the_user_name_and_the_email_add_up_to_one_lockout(persona):
    # given failures alternating between the account's user name and its e-mail
    mayor = persona("mayor")
    client = Client()
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "mayor" if attempt % 2 else mayor.email.upper(), "adivinanza")

    # then the right password is refused under either name
    assert login(Client(), "mayor").status_code in (403, 429)
    assert login(Client(), mayor.email).status_code in (403, 429)


def test_unknown_and_known_users_get_the_same_answer(persona):
    persona("mayor")
    known = login(Client(), "mayor", "adivinanza").content.decode()
    unknown = login(Client(), "nadie", "adivinanza").content.decode()
    strip = re.compile(r'(value="[^"]*"|"X-CSRFToken": "[^"]+")')
    assert strip.sub("", known) == strip.sub("", unknown)


def test_password_reset_sends_a_mail_to_known_users_only(persona):
    user = persona("protocol_officer")
    Client().post(reverse("account_reset_password"), {"email": user.email})
    Client().post(reverse("account_reset_password"), {"email": "nadie@candelaria.example.pe"})
    outbox_drain()
    assert [m.to for m in mail.outbox] == [[user.email]]


def test_password_reset_answers_while_the_mail_server_is_down_and_the_link_arrives_later(persona, settings):
    # given the mail server down
    user = persona("protocol_officer")
    settings.EMAIL_BACKEND = "heraldo.core.tests.test_outbox.DownBackend"

    # when the officer asks for a new password
    response = Client().post(reverse("account_reset_password"), {"email": user.email})

    # then the page answers as usual and the message waits in the outbox
    assert response.status_code == 302
    assert outbox_drain() == 0 and not mail.outbox
    # and once the server is back, the link arrives
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.update(next_attempt_at=timezone.now())
    assert outbox_drain() == 1
    [message] = mail.outbox
    assert message.to == [user.email] and "/cuenta/password/reset/key/" in message.body


def test_deactivated_user_is_signed_out_on_the_next_request(persona):
    user = persona("designer")
    client = Client()
    login(client, "designer")
    assert client.get(reverse("core:today")).status_code == 200
    user.is_active = False
    user.save()
    assert client.get(reverse("core:today")).status_code == 302


def test_session_key_changes_at_login_and_logout_ends_it(persona):
    persona("designer")
    client = Client()
    client.get(reverse("account_login"))
    before = client.cookies.get(settings.SESSION_COOKIE_NAME)
    login(client, "designer")
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert before is None or before.value != after
    client.post(reverse("account_logout"))
    assert client.get(reverse("core:today")).status_code == 302


def test_session_ends_after_its_absolute_lifetime(persona, settings, time_machine):
    import datetime as dt

    time_machine.move_to(dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.UTC), tick=False)
    persona("designer")
    client = Client()
    login(client, "designer")
    assert client.get(reverse("core:today")).status_code == 200
    time_machine.move_to(dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.UTC) + dt.timedelta(hours=12, minutes=30))
    # requests every few minutes keep the idle timer alive, but not past the absolute limit
    settings.SESSION_COOKIE_AGE = 24 * 3600
    assert client.get(reverse("core:today")).status_code == 302


def _writes(queries) -> list[str]:
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]


def _signed_in_at(time_machine, moment):
    time_machine.move_to(moment, tick=False)
    persona_client = Client()
    assert login(persona_client, "designer").status_code == 302
    return persona_client


def test_a_signed_in_read_writes_nothing_while_the_session_is_fresh(persona, time_machine):
    import datetime as dt

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Given the designer signed in and already working
    start = dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.UTC)
    persona("designer")
    client = _signed_in_at(time_machine, start)
    assert client.get(reverse("core:today")).status_code == 200
    # When she opens pages a minute later
    time_machine.move_to(start + dt.timedelta(minutes=1), tick=False)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("core:today")).status_code == 200
        assert client.get(reverse("core:preferences")).status_code == 200
    # Then reading wrote nothing: neither the session nor "last seen"
    assert _writes(queries) == []


def test_the_idle_timeout_is_renewed_while_she_works_and_ends_an_idle_session(persona, settings, time_machine):
    import datetime as dt

    from allauth.usersessions.models import UserSession
    from django.contrib.sessions.models import Session

    settings.SESSION_COOKIE_AGE = 3600
    settings.HERALDO_SESSION_REFRESH_SECONDS = 300
    start = dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.UTC)
    persona("designer")
    client = _signed_in_at(time_machine, start)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    # Given she works for 90 minutes, a page every 10 minutes, longer than the idle limit in total
    for minutes in range(10, 100, 10):
        time_machine.move_to(start + dt.timedelta(minutes=minutes), tick=False)
        assert client.get(reverse("core:today")).status_code == 200, minutes
    # Then she is still signed in, her session expires an hour after her last page, and she was last seen then
    last_page = start + dt.timedelta(minutes=90)
    assert Session.objects.get(session_key=key).expire_date == last_page + dt.timedelta(hours=1)
    assert UserSession.objects.get(session_key=key).last_seen_at == last_page
    # When she then leaves the page idle for longer than the idle limit, the next page asks her to sign in again
    time_machine.move_to(last_page + dt.timedelta(minutes=61), tick=False)
    assert client.get(reverse("core:today")).status_code == 302


def test_open_sessions_show_when_each_was_last_seen(persona, time_machine):
    import datetime as dt

    start = dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.UTC)
    persona("designer")
    client = _signed_in_at(time_machine, start)
    time_machine.move_to(start + dt.timedelta(minutes=20), tick=False)
    client.get(reverse("core:today"))
    time_machine.move_to(start + dt.timedelta(minutes=22), tick=False)
    html = client.get(reverse("usersessions_list")).content.decode()
    assert "iniciada hace 22 minutos · última actividad hace 2 minutos" in html


@pytest.mark.parametrize("url_name", ["account_login", "account_reset_password", "core:today", "core:audit_log"])
def test_pages_carry_a_strict_content_security_policy(client_as, url_name):
    response = client_as("head_of_unit").get(reverse(url_name))
    policy = response["Content-Security-Policy"]
    for directive in CSP_REQUIRED:
        assert directive in policy
    script_src = re.search(r"script-src ([^;]+)", policy).group(1)
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_no_page_ships_inline_script(client_as):
    client = client_as("head_of_unit")
    for url in [reverse("core:today"), reverse("core:jobs"), reverse("core:preferences"), reverse("mfa_index")]:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_forms_refuse_posts_without_the_csrf_token(persona):
    client = Client(enforce_csrf_checks=True)
    client.force_login(persona("press_officer"), backend="heraldo.core.access.CachedPermissionsBackend")
    response = client.post(reverse("core:preferences"), {"language": "en"})
    assert response.status_code == 403
    assert "El formulario venció" in response.content.decode()
    persona("press_officer").refresh_from_db()
    assert persona("press_officer").language == "es"


def test_the_csrf_cookie_is_out_of_reach_of_scripts_and_forms_still_post(db):
    """wapiti's S11 run: the CSRF cookie lacked HttpOnly. Pages give scripts the token themselves (the form field,
    htmx's header from the template), so no script needs the cookie, and a script injected somewhere cannot read
    it either."""
    client = Client(enforce_csrf_checks=True)
    page = client.get(reverse("account_login"))
    assert page.cookies[settings.CSRF_COOKIE_NAME]["httponly"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    answer = client.post(reverse("account_login"), {"csrfmiddlewaretoken": token, "login": "nadie", "password": "x"})
    assert answer.status_code == 200  # the form's own token is enough: the answer is the sign-in error, not a 403


def test_anonymous_visitors_get_spanish_whatever_their_browser_says(db):
    html = Client().get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert "Iniciar sesión" in html
    assert '<html lang="es">' in html


def test_language_switch_on_the_login_page(db):
    client = Client()
    client.post(reverse("set_language"), {"language": "en", "next": reverse("account_login")})
    html = client.get(reverse("account_login")).content.decode()
    assert '<html lang="en">' in html
    assert "Log in" in html
