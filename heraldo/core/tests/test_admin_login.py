"""The Django admin signs in through allauth, so its second factor cannot be skipped, and is off in production."""

from __future__ import annotations

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client
from django.urls import reverse

from conftest import PASSWORD, make_user
from heraldo.core.tests.test_config import manage

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_with_totp(db):
    user = make_user("administradora", is_staff=True, is_superuser=True)
    TOTP.activate(user, generate_totp_secret())
    return user


def test_the_admin_login_with_the_password_alone_gives_no_admin_session(staff_with_totp):
    client = Client()

    answer = client.post(reverse("admin:login"), {"username": "administradora", "password": PASSWORD})

    assert answer.status_code == 302 and answer["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_sign_in_the_admin_sends_to_asks_for_the_code(staff_with_totp):
    client = Client()

    answer = client.post(reverse("account_login"), {"login": "administradora", "password": PASSWORD})

    assert answer.status_code == 302 and answer["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("admin:index")).status_code == 302


def _admin_resolves(**env: str) -> str:
    result = manage(
        "shell", "-c",
        "from django.urls import resolve, Resolver404\n"
        "try:\n    resolve('/admin/'); print('ADMIN')\nexcept Resolver404:\n    print('NO-ADMIN')",
        DJANGO_DEBUG="false", SECRET_KEY="k" * 20 + "-production-secret-value-0123456789",
        ALLOWED_HOSTS="heraldo.example.pe", **env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_production_has_no_admin_unless_asked_for():
    assert _admin_resolves() == "NO-ADMIN"
    assert _admin_resolves(HERALDO_ADMIN_ENABLED="true") == "ADMIN"
