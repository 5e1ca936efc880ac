"""The system administrator manages accounts: open them, set roles, close them."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_user
from heraldo.core import roles
from heraldo.core.audit import history_for
from heraldo.core.models import User

pytestmark = pytest.mark.django_db


def _new_account_data(**overrides):
    data = {
        "username": "mquispe",
        "first_name": "Mariela",
        "last_name": "Quispe Huarca",
        "email": "MQuispe@Muni.example.pe",
        "job_title": "Redactora",
        "requesting_unit": "",
        "language": "es",
        "roles": [Group.objects.get(name=roles.PRESS).pk],
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("who", ["head_of_unit", "press_officer", "mayor", "requester", "outsider"])
def test_only_the_system_administrator_opens_the_user_pages(client_as, who):
    assert client_as(who).get(reverse("core:users")).status_code == 403


def test_the_administrator_opens_an_account_and_the_person_chooses_a_password_by_email(
    client_as, client, django_capture_on_commit_callbacks
):
    admin = client_as("system_admin")

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(reverse("core:user_new"), _new_account_data())

    account = User.objects.get(username="mquispe")
    assert response.status_code == 302
    assert account.email == "mquispe@muni.example.pe"
    assert not account.has_usable_password()
    assert list(account.groups.values_list("name", flat=True)) == [roles.PRESS]
    assert [m.to for m in mail.outbox] == [["mquispe@muni.example.pe"]]
    link = re.search(r"http://\S+/cuenta/password/reset/key/\S+/", mail.outbox[0].body).group(0)
    path = link.split("8000", 1)[1]
    set_form = client.get(path, follow=True)
    assert set_form.status_code == 200
    client.post(
        set_form.redirect_chain[-1][0], {"password1": "Una.Clave.Nueva.2026", "password2": "Una.Clave.Nueva.2026"}
    )
    account.refresh_from_db()
    assert account.check_password("Una.Clave.Nueva.2026")
    # newest first: choosing the password through the mailed link is recorded too
    assert [e.action for e in history_for(account)] == ["core.account.password_reset", "core.user.created"]


def test_a_requesting_unit_account_must_name_its_unit_and_nothing_is_saved_otherwise(client_as):
    data = _new_account_data(roles=[Group.objects.get(name=roles.REQUESTING_UNIT).pk])

    response = client_as("system_admin").post(reverse("core:user_new"), data)

    assert response.status_code == 200
    assert "Indique la unidad orgánica" in response.content.decode()
    assert not User.objects.filter(username="mquispe").exists()
    assert mail.outbox == []


def test_a_second_account_with_the_same_email_is_refused(client_as, persona):
    existing = persona("press_officer")

    response = client_as("system_admin").post(reverse("core:user_new"), _new_account_data(email=existing.email.upper()))

    assert "Ya existe una cuenta con este correo" in response.content.decode()


def test_changing_roles_is_audited_with_before_and_after(client_as, persona):
    officer = persona("press_officer")
    data = _new_account_data(
        username=officer.username, email=officer.email, roles=[Group.objects.get(name=roles.PROTOCOL).pk]
    )

    client_as("system_admin").post(reverse("core:user_detail", args=[officer.pk]), data)

    officer.refresh_from_db()
    assert list(officer.groups.values_list("name", flat=True)) == [roles.PROTOCOL]
    entry = history_for(officer).get(action="core.user.updated")
    assert entry.changes["roles"] == [[roles.PRESS], [roles.PROTOCOL]]


def test_deactivating_an_account_ends_its_open_session_at_once(client_as, persona):
    officer = persona("press_officer")
    officer_browser = client_as("press_officer")
    assert officer_browser.get(reverse("core:today")).status_code == 200

    client_as("system_admin").post(reverse("core:user_set_active", args=[officer.pk]), {"active": "0"})

    officer.refresh_from_db()
    assert not officer.is_active
    response = officer_browser.get(reverse("core:today"))
    assert response.status_code == 302 and "/cuenta/login/" in response["Location"]
    assert history_for(officer).filter(action="core.user.deactivated").exists()


def test_the_administrator_cannot_lock_themselves_out(client_as, persona):
    admin = client_as("system_admin")

    response = admin.post(
        reverse("core:user_set_active", args=[persona("system_admin").pk]), {"active": "0"}, follow=True
    )

    assert "No puede desactivar su propia cuenta" in response.content.decode()
    assert User.objects.get(pk=persona("system_admin").pk).is_active


def test_the_list_filters_by_role_and_its_cost_does_not_grow_with_the_rows(client_as, persona):
    for name in ("press_officer", "protocol_officer", "mayor", "requester"):
        persona(name)
    admin = client_as("system_admin")
    press = Group.objects.get(name=roles.PRESS)

    def queries_for_list() -> tuple[int, list[str]]:
        with CaptureQueriesContext(connection) as queries:
            response = admin.get(reverse("core:users"), {"role": press.pk})
        return len(queries), [u.username for u in response.context["page"]]

    queries_for_list()  # the first request of a session also records the session
    count_with_one, listed = queries_for_list()
    assert listed == ["press_officer"]
    for number in range(10):
        make_user(f"redactor{number}", roles.PRESS)
    count_with_eleven, listed = queries_for_list()
    assert len(listed) == 11
    assert count_with_eleven == count_with_one


@pytest.mark.parametrize(
    ("agent", "summary"),
    [
        (
            "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36",
            "Chrome en Android",
        ),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 Edg/131.0",
            "Edge en Windows",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
            "Safari en iPhone",
        ),
        ("curl/8.5.0", "Navegador desconocido"),
    ],
)
def test_open_sessions_name_the_device_a_person_recognises(agent, summary):
    from heraldo.core.templatetags.heraldo import device_summary

    assert device_summary(agent) == summary


def test_an_english_reader_sees_notifications_in_english_and_a_spanish_one_in_spanish(
    client_as, persona, django_capture_on_commit_callbacks
):
    # given a release sent for approval, with one head of unit working in English
    from heraldo.press.services.workflow import release_transition
    from heraldo.press.tests.factories import make_release

    english_head = persona("head_of_unit")
    english_head.language = "en"
    english_head.save(update_fields=["language"])
    release = make_release(persona("press_officer"), headline="Alcalde inaugura el mercado de Barrio Alto")
    with django_capture_on_commit_callbacks(execute=True):
        release_transition(release=release, actor=persona("press_officer"), name="submit")

    # when the head of unit opens the notifications page and the API
    client = client_as("head_of_unit")
    page = client.get(reverse("core:notifications"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    api = client.get("/api/v1/notifications/", HTTP_ACCEPT_LANGUAGE="en").json()

    # then the notification reads in English, with the release's own headline
    assert "Release to approve: Alcalde inaugura el mercado de Barrio Alto" in page
    assert "Nota por aprobar" not in page
    assert api["results"][0]["title"] == "Release to approve: Alcalde inaugura el mercado de Barrio Alto"
