"""The account's own security: a second factor for the roles that need it, re-authentication before changing the
address, the password or the second factor, and an audit entry for each change."""

from __future__ import annotations

import base64
import hmac
import re
import struct
import time

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse
from rest_framework.authtoken.models import Token

from conftest import PASSWORD
from heraldo.core import roles
from heraldo.core.models import AuditEntry, OutboxEmail
from heraldo.core.tests.test_config import manage

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Otra-clave-segura-2027"  # noqa: S105


def totp_code(secret: str, at: float | None = None) -> str:
    """RFC 6238 (30-second steps, SHA-1, six digits), computed here rather than by the library under test."""
    counter = int((at if at is not None else time.time()) // 30)
    digest = hmac.new(base64.b32decode(secret.upper() + "=" * (-len(secret) % 8)), struct.pack(">Q", counter), "sha1")
    raw = digest.digest()
    offset = raw[-1] & 0x0F
    number = struct.unpack(">I", raw[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def actions_on(user) -> list[str]:
    return list(AuditEntry.objects.filter(target_id=str(user.pk)).order_by("pk").values_list("action", flat=True))


def reauthenticate(client) -> None:
    answer = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert answer.status_code == 302, answer.content


@pytest.fixture
def mfa_required_for_heads(settings):
    settings.HERALDO_MFA_REQUIRED_ROLES = list(roles.MFA_REQUIRED_BY_DEFAULT)


# --- A second factor for the head of unit, the administrator and the Alcaldía ------------------------------------


def test_a_head_of_unit_without_a_second_factor_is_sent_to_set_one_up_and_then_works(
    mfa_required_for_heads, client_as, persona, django_capture_on_commit_callbacks
):
    head = persona("head_of_unit")
    client = client_as("head_of_unit")

    answer = client.get("/prensa/")
    assert answer.status_code == 302 and answer["Location"] == reverse("mfa_activate_totp")

    # Setting it up asks for the password again, then for a code of the app that scanned the secret.
    assert client.get(reverse("mfa_activate_totp"))["Location"].startswith(reverse("account_reauthenticate"))
    reauthenticate(client)
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    wrong = client.post(reverse("mfa_activate_totp"), {"code": "000000" if totp_code(secret) != "000000" else "111111"})
    assert wrong.status_code == 200 and client.get("/prensa/").status_code == 302

    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})

    assert answer.status_code == 302
    assert Authenticator.objects.filter(user=head, type=Authenticator.Type.TOTP).exists()
    assert client.get("/prensa/").status_code == 200
    assert "core.account.totp_added" in actions_on(head)


def test_until_then_every_page_sends_them_back_but_signing_out_works(mfa_required_for_heads, client_as):
    client = client_as("system_admin")

    for path in ("/", reverse("core:users"), reverse("core:preferences")):
        answer = client.get(path)
        assert answer.status_code == 302 and answer["Location"] == reverse("mfa_activate_totp"), path
    assert client.get("/api/v1/me/").status_code == 403

    assert client.post(reverse("account_logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_an_unverified_address_is_verified_first_through_a_mail_in_the_outbox(
    mfa_required_for_heads, client_as, persona
):
    mayor = persona("mayor")
    EmailAddress.objects.create(user=mayor, email=mayor.email, primary=True, verified=False)
    client = client_as("mayor")

    answer = client.get("/")
    assert answer["Location"] == reverse("account_email")
    assert "confirme su dirección de correo" in client.get(reverse("account_email")).content.decode()

    client.post(reverse("account_email"), {"action_send": "1", "email": mayor.email})
    mail = OutboxEmail.objects.get(to=[mayor.email])
    assert mail.subject.startswith("[Heraldo]") and "Heraldo" in mail.body_text
    client.post(re.search(r"https?://[^/\s]+(/cuenta/confirm-email/\S+/)", mail.body_text).group(1))

    assert EmailAddress.objects.get(user=mayor).verified
    assert client.get("/")["Location"] == reverse("mfa_activate_totp")
    assert "core.account.email_confirmed" in actions_on(mayor)


def test_roles_that_need_no_second_factor_and_the_requirement_switched_off_go_straight_in(
    mfa_required_for_heads, client_as, settings
):
    assert client_as("press_officer").get("/prensa/").status_code == 200
    settings.HERALDO_MFA_REQUIRED_ROLES = []
    assert client_as("head_of_unit").get("/prensa/").status_code == 200


def test_a_role_that_needs_the_second_factor_cannot_switch_it_off(mfa_required_for_heads, client_as, persona):
    head = persona("head_of_unit")
    TOTP.activate(head, generate_totp_secret())
    client = client_as("head_of_unit")
    reauthenticate(client)

    answer = client.post(reverse("mfa_deactivate_totp"))

    assert answer.status_code == 200
    assert Authenticator.objects.filter(user=head, type=Authenticator.Type.TOTP).exists()


def test_an_api_key_does_not_skip_the_second_factor(mfa_required_for_heads, persona, client):
    token = Token.objects.create(user=persona("mayor"))

    answer = client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token.key}")

    assert answer.status_code == 403
    assert "verificación en dos pasos" in answer.json()["detail"]


def _setting(expression: str, **env: str) -> str:
    result = manage(
        "shell", "-c", f"from django.conf import settings; print({expression})",
        DJANGO_DEBUG="false", SECRET_KEY="k" * 20 + "-production-secret-value-0123456789",
        ALLOWED_HOSTS="heraldo.example.pe", **env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_production_requires_the_second_factor_of_the_three_roles_unless_told_otherwise():
    expected = str(list(roles.MFA_REQUIRED_BY_DEFAULT))
    assert _setting("settings.HERALDO_MFA_REQUIRED_ROLES") == expected
    assert _setting("settings.HERALDO_MFA_REQUIRED_ROLES", HERALDO_MFA_REQUIRED_ROLES="") == expected
    assert _setting("settings.HERALDO_MFA_REQUIRED_ROLES", HERALDO_MFA_REQUIRED_ROLES="Prensa") == "['Prensa']"
    assert _setting("settings.HERALDO_MFA_REQUIRED_ROLES", HERALDO_MFA_REQUIRED_ROLES="ninguno") == "[]"


def test_a_role_name_that_does_not_exist_stops_the_start():
    result = manage("check", HERALDO_MFA_REQUIRED_ROLES="Jefatura,Prensa")

    assert result.returncode == 2
    assert "HERALDO_MFA_REQUIRED_ROLES: Jefatura no es un rol" in result.stderr


# --- Re-authentication before changes, and their audit -------------------------------------------------------------


def test_changing_the_address_asks_for_the_password_then_is_confirmed_by_mail_and_audited(client_as, persona):
    officer = persona("press_officer")
    client = client_as("press_officer")
    new_address = "diego.salazar@candelaria.example.pe"

    answer = client.post(reverse("account_email"), {"action_add": "1", "email": new_address})
    assert answer["Location"].startswith(reverse("account_reauthenticate"))
    assert not EmailAddress.objects.filter(email=new_address).exists()

    reauthenticate(client)
    client.post(reverse("account_email"), {"action_add": "1", "email": new_address})
    added = EmailAddress.objects.get(email=new_address)
    assert OutboxEmail.objects.filter(to=[new_address]).exists()
    officer.refresh_from_db()
    assert officer.email != new_address  # not until the link is opened

    client.post(reverse("account_confirm_email", args=[EmailConfirmationHMAC(added).key]))

    officer.refresh_from_db()
    assert officer.email == new_address
    assert actions_on(officer)[-3:] == [
        "core.account.email_added",
        "core.account.email_confirmed",
        "core.account.email_changed",
    ]


def test_another_accounts_address_is_refused_with_a_spanish_reason(client_as, persona):
    mayor = persona("mayor")
    client = client_as("press_officer")
    reauthenticate(client)

    answer = client.post(reverse("account_email"), {"action_add": "1", "email": mayor.email.upper()})

    assert answer.status_code == 200
    assert "Esta dirección ya pertenece a otra cuenta de Heraldo" in answer.content.decode()
    assert not EmailAddress.objects.filter(user=persona("press_officer"), email__iexact=mayor.email).exists()


def test_changing_the_password_needs_the_current_one_and_is_audited(client_as, persona):
    officer = persona("press_officer")
    client = client_as("press_officer")
    change = {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}

    wrong = client.post(reverse("account_change_password"), {**change, "oldpassword": "no-es-la-clave"})
    officer.refresh_from_db()
    assert wrong.status_code == 200 and officer.check_password(PASSWORD)

    client.post(reverse("account_change_password"), change)

    officer.refresh_from_db()
    assert officer.check_password(NEW_PASSWORD)
    assert "core.account.password_changed" in actions_on(officer)


def test_the_second_factor_changes_ask_for_the_password_and_are_audited(client_as, persona):
    officer = persona("press_officer")
    TOTP.activate(officer, generate_totp_secret())
    client = client_as("press_officer")

    assert client.post(reverse("mfa_deactivate_totp"))["Location"].startswith(reverse("account_reauthenticate"))
    reauthenticate(client)
    client.post(reverse("mfa_deactivate_totp"))

    assert not Authenticator.objects.filter(user=officer, type=Authenticator.Type.TOTP).exists()
    assert "core.account.totp_removed" in actions_on(officer)


# --- API keys --------------------------------------------------------------------------------------------------------


def test_a_password_change_revokes_the_api_key_and_says_so(client_as, persona, client):
    officer = persona("press_officer")
    token = Token.objects.create(user=officer)
    signed_in = client_as("press_officer")

    signed_in.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token.key}").status_code == 403
    assert "core.api_token.revoked_password" in actions_on(officer)


def test_a_password_reset_by_mail_revokes_the_api_key(persona, client):
    officer = persona("press_officer")
    token = Token.objects.create(user=officer)
    link = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(officer), "key": default_token_generator.make_token(officer)},
    )

    form = client.get(link, follow=True)
    client.post(form.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    officer.refresh_from_db()
    assert officer.check_password(NEW_PASSWORD)
    assert not Token.objects.filter(pk=token.pk).exists()
    assert actions_on(officer)[-2:] == ["core.account.password_reset", "core.api_token.revoked_password"]
