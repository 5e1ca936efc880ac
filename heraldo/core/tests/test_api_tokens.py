"""Personal API keys expire, are shown with their dates on Preferencias, stop at deactivation, and are audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from rest_framework.authtoken.models import Token

from heraldo.core.models import AuditEntry
from heraldo.core.services.users import user_deactivate

pytestmark = pytest.mark.django_db


def actions_on(user) -> list[str]:
    return list(AuditEntry.objects.filter(target_id=str(user.pk)).order_by("pk").values_list("action", flat=True))


def calls_api(client, key: str):
    return client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {key}")


def test_a_key_made_on_preferencias_is_shown_once_with_its_expiry_and_audited(client_as, persona, client, settings):
    settings.HERALDO_API_TOKEN_DAYS = 30
    officer = persona("press_officer")
    signed_in = client_as("press_officer")

    page = signed_in.post(reverse("core:api_token_new")).content.decode()

    token = Token.objects.get(user=officer)
    expires = timezone.localtime(token.created + timedelta(days=30)).strftime("%d/%m/%Y")
    assert token.key in page and f"vence el {expires}" in page
    assert token.key not in signed_in.get(reverse("core:preferences")).content.decode()
    assert calls_api(client, token.key).status_code == 200
    assert actions_on(officer) == ["core.api_token.created"]


def test_the_api_gives_the_expiry_with_the_key(client_as):
    answer = client_as("press_officer").post(reverse("api_token"))

    assert answer.status_code == 201
    assert set(answer.json()) == {"token", "expires_at"}


def test_a_key_past_its_date_is_refused_in_spanish_deleted_and_audited_once(persona, client, settings):
    settings.HERALDO_API_TOKEN_DAYS = 90
    officer = persona("press_officer")
    token = Token.objects.create(user=officer)
    Token.objects.filter(pk=token.pk).update(created=timezone.now() - timedelta(days=90, minutes=1))

    answer = calls_api(client, token.key)

    assert answer.status_code == 403
    assert "La llave de API venció el" in answer.json()["detail"]
    assert calls_api(client, token.key).status_code == 403
    assert not Token.objects.filter(user=officer).exists()
    assert actions_on(officer) == ["core.api_token.expired_used"]


def test_a_key_one_day_from_its_date_still_works(persona, client):
    token = Token.objects.create(user=persona("press_officer"))
    Token.objects.filter(pk=token.pk).update(created=timezone.now() - timedelta(days=89))

    assert calls_api(client, token.key).status_code == 200


def test_preferencias_shows_an_expired_key_as_such(client_as, persona):
    token = Token.objects.create(user=persona("press_officer"))
    Token.objects.filter(pk=token.pk).update(created=timezone.now() - timedelta(days=120))

    page = client_as("press_officer").get(reverse("core:preferences")).content.decode()

    assert "Vencida" in page


def test_the_owner_revokes_the_key_and_it_is_audited(client_as, persona, client):
    officer = persona("press_officer")
    token = Token.objects.create(user=officer)

    client_as("press_officer").post(reverse("core:api_token_delete"))

    assert calls_api(client, token.key).status_code == 403
    assert actions_on(officer) == ["core.api_token.revoked"]


def test_deactivating_an_account_revokes_its_key_and_says_why(persona, client):
    officer = persona("press_officer")
    token = Token.objects.create(user=officer)

    user_deactivate(actor=persona("system_admin"), user=officer)

    assert not Token.objects.filter(pk=token.pk).exists()
    assert actions_on(officer) == ["core.api_token.revoked_deactivated", "core.user.deactivated"]
