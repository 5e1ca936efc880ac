"""Fixtures of Monitoreo: a district with its Mayor, a synced watch list, feeds served on loopback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from heraldo.directory.models import Entity, Person, Position, Term
from heraldo.monitoring.models import AlertMode, AlertRule, AlertTarget, AlertTone, Source, SourceKind
from heraldo.monitoring.services.watchlist import topic_create, watchlist_sync_from_registry

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_text(name: str, base_url: str = "") -> str:
    """A captured feed or page; links to the invented outlets are pointed at the loopback server."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    if base_url:
        text = text.replace("http://candelarianoticias.example.pe", base_url.rstrip("/"))
    return text


@pytest.fixture(autouse=True)
def _no_dns(monkeypatch):
    """Tests never touch the network: any name other than loopback fails to resolve."""
    import socket

    real = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):
        if host not in ("localhost", "127.0.0.1", "::1"):
            raise socket.gaierror(f"test resolver: {host} is not loopback")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


@pytest.fixture
def district(db):
    own = Entity.objects.create(
        name="Municipalidad Distrital de Santa Candelaria del Mar",
        short_name="MDSCM",
        kind="MUNICIPALIDAD",
        level="DISTRITAL",
        is_own_municipality=True,
    )
    outlet = Entity.objects.create(name="Candelaria Noticias", kind="MEDIO", level="PROVINCIAL", media_kind="WEB")
    mayor = Person.objects.create(given_names="Jorge", surnames="Cárdenas Vilca", sex="M")
    position = Position.objects.create(
        entity=own, title="Alcalde", title_feminine="Alcaldesa", office_code="ALCALDE_DISTRITAL"
    )
    Term.objects.create(position=position, person=mayor, starts_on=date(2023, 1, 1))
    manager = Person.objects.create(given_names="Patricia", surnames="Llanos Ríos", sex="F")
    manager_position = Position.objects.create(
        entity=own, title="Gerente Municipal", title_feminine="Gerenta Municipal"
    )
    Term.objects.create(position=manager_position, person=manager, starts_on=date(2023, 1, 1))
    return {"own": own, "outlet": outlet, "mayor": mayor, "manager": manager}


@pytest.fixture
def watchlist(district, persona):
    actor = persona("media_analyst")
    watchlist_sync_from_registry(actor=actor)
    topic_create(actor=actor, name="Limpieza pública", keywords=["limpieza pública", "basura", "camión recolector"])
    return district


@pytest.fixture
def feed_server(settings, httpserver):
    settings.HERALDO_FETCH_ALLOWED_HOSTS = [f"{httpserver.host}:{httpserver.port}", f"127.0.0.1:{httpserver.port}"]
    return httpserver


@pytest.fixture
def feed_source(watchlist, feed_server, persona):
    feed_server.expect_request("/feed.xml").respond_with_data(
        fixture_text("candelaria_feed.xml", feed_server.url_for("/")), content_type="application/rss+xml"
    )
    feed_server.expect_request("/nota/sesion-concejo").respond_with_data(
        fixture_text("sesion_concejo.html"), content_type="text/html"
    )
    return Source.objects.create(
        name="Candelaria Noticias",
        kind=SourceKind.FEED,
        url=feed_server.url_for("/feed.xml"),
        outlet=watchlist["outlet"],
        is_priority=True,
    )


@pytest.fixture
def mayor_rule(db):
    return AlertRule.objects.create(
        name="Mención negativa del Alcalde",
        target=AlertTarget.MAYOR,
        tone=AlertTone.NEGATIVE,
        mode=AlertMode.IMMEDIATE,
    )
