"""The staff's health page (/health/) and the load balancer's /healthz."""

from __future__ import annotations

import os
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from heraldo.core.backup import backup_create
from heraldo.core.health import ERROR, OK, WARNING, health_report
from heraldo.core.models import Job, OutboxEmail
from heraldo.monitoring.models import Source, SourceKind

pytestmark = pytest.mark.django_db


def _section(key: str):
    return next(section for section in health_report() if section.key == key)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("name", ["head_of_unit", "system_admin"])
def test_the_head_of_unit_and_the_system_administrator_see_every_section(client_as, name, settings, tmp_path):
    settings.HERALDO_BACKUP_DIR = tmp_path / "copias"

    page = _text(client_as(name).get("/health/").content.decode())

    for title in (
        "Base de datos",
        "Trabajos en segundo plano",
        "Almacenamiento",
        "Correo saliente",
        "Copias de seguridad",
        "Fuentes de monitoreo",
    ):
        assert title in page
    assert "Hay fallas" in page and "No hay ninguna copia" in page  # no backup yet


@pytest.mark.parametrize("name", ["press_officer", "media_analyst", "mayor", "outsider"])
def test_other_staff_do_not_see_it(client_as, name):
    assert client_as(name).get("/health/").status_code in (403, 404)


def test_anonymous_visitors_are_sent_to_sign_in(client):
    assert client.get("/health/").status_code == 302


def test_the_queue_shows_its_depth_and_the_age_of_the_oldest_job():
    now = timezone.now()
    old = Job.objects.create(name="core.tests.x", kwargs={})
    Job.objects.filter(pk=old.pk).update(created_at=now - timedelta(minutes=42))
    Job.objects.create(name="core.tests.x", kwargs={})
    Job.objects.create(name="core.tests.x", kwargs={}, run_after=now + timedelta(hours=1))  # waits for a retry

    check = _section("queue").checks[0]

    assert check.status == WARNING
    assert check.detail.startswith("2 trabajos esperan; el más antiguo desde hace 42")


def test_the_outbox_backlog_turns_to_a_failure_when_mail_waits_for_hours():
    mail = OutboxEmail.objects.create(
        key="k1", to=["a@b.pe"], subject="s", body_text="t", next_attempt_at=timezone.now()
    )
    OutboxEmail.objects.filter(pk=mail.pk).update(created_at=timezone.now() - timedelta(hours=3))

    check = _section("outbox").checks[0]

    assert (check.status, check.detail[:19]) == (ERROR, "1 correo pendiente;")


def test_the_backup_age_is_shown_and_grows_stale(settings, tmp_path):
    settings.HERALDO_BACKUP_DIR = tmp_path / "copias"
    settings.MEDIA_ROOT = tmp_path / "media"
    archive = backup_create(directory=tmp_path / "copias")

    fresh = _section("backup").checks[0]
    stale_moment = (timezone.now() - timedelta(days=4)).timestamp()
    os.utime(archive, (stale_moment, stale_moment))
    stale = _section("backup").checks[0]

    assert fresh.status == OK and archive.name in fresh.detail
    assert stale.status == ERROR and "hace 4" in stale.detail


def test_each_monitoring_source_shows_its_last_successful_poll():
    now = timezone.now()
    Source.objects.create(name="Diario al día", kind=SourceKind.FEED, url="http://127.0.0.1:9/a", last_success_at=now)
    Source.objects.create(
        name="Radio atrasada",
        kind=SourceKind.FEED,
        url="http://127.0.0.1:9/b",
        interval_minutes=30,
        last_success_at=now - timedelta(hours=2),
        last_error="HTTP 503",
    )
    Source.objects.create(name="Registro a mano", kind=SourceKind.MANUAL)
    Source.objects.create(name="Apagada", kind=SourceKind.FEED, url="http://127.0.0.1:9/c", is_active=False)

    checks = {check.label: check for check in _section("monitoring-sources").checks}

    assert set(checks) == {"Diario al día", "Radio atrasada"}
    assert checks["Diario al día"].status == OK
    assert checks["Radio atrasada"].status == WARNING and checks["Radio atrasada"].detail.endswith("HTTP 503")


def test_healthz_keeps_answering_the_load_balancer_without_sign_in(client):
    response = client.get("/healthz")

    assert (response.status_code, response.json()) == (200, {"database": "ok"})


def test_healthz_answers_a_probe_by_address_over_plain_http_in_production(client, db, settings):
    # given production settings: only the public host name is allowed and plain HTTP is redirected to HTTPS
    settings.ALLOWED_HOSTS = ["imagen.example.gob.pe"]
    settings.SECURE_SSL_REDIRECT = True
    # then a page asked by address is refused, but the load balancer's probe of /healthz is answered
    assert client.get("/noticias/", HTTP_HOST="127.0.0.1:8000").status_code == 400
    response = client.get("/healthz", HTTP_HOST="127.0.0.1:8000")
    assert (response.status_code, response.json()) == (200, {"database": "ok"})
    assert client.get("/noticias/", HTTP_HOST="imagen.example.gob.pe").status_code == 301
