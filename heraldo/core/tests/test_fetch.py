"""The outgoing client: SSRF refused before connecting, caps on size and time, conditional GETs.

Private ranges are tested with a mocked resolver; nothing leaves loopback.
"""

from __future__ import annotations

import gzip
import socket
import time
import tracemalloc

import pytest
from werkzeug.wrappers import Response

from heraldo.core import fetch as fetch_module
from heraldo.core.fetch import (
    BlockedAddress,
    HttpStatusError,
    InvalidAddress,
    TooLarge,
    TooManyRedirects,
    TooSlow,
    fetch,
)


@pytest.fixture
def allowed(settings, httpserver):
    settings.HERALDO_FETCH_ALLOWED_HOSTS = [f"127.0.0.1:{httpserver.port}", f"localhost:{httpserver.port}"]
    return httpserver


@pytest.fixture
def fake_dns(monkeypatch):
    """Answer DNS from a dict; a connection attempt to anything is recorded and fails the test."""
    answers: dict[str, list[str]] = {}
    connections: list[object] = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            raise socket.gaierror("unknown")
        family = socket.AF_INET6
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
            for a in answers[host]
        ] or [(family, socket.SOCK_STREAM, 6, "", ("::", port))]

    def create_connection(*args, **kwargs):
        connections.append(args)
        raise AssertionError("no connection may be attempted")

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr("urllib3.util.connection.create_connection", create_connection)
    answers["connections"] = connections  # type: ignore[assignment]
    return answers


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://0.0.0.0/",
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_loopback_and_metadata_addresses_are_refused(url, settings, caplog):
    settings.HERALDO_FETCH_ALLOWED_HOSTS = []
    with pytest.raises((BlockedAddress, InvalidAddress)):
        fetch(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "gopher://example.com/", "ftp://example.com/x", "http:///x"])
def test_other_schemes_are_invalid(url):
    with pytest.raises(InvalidAddress):
        fetch(url)


@pytest.mark.parametrize(
    "address",
    ["10.1.2.3", "172.16.5.4", "192.168.0.10", "100.64.0.1", "fc00::1", "fe80::1", "169.254.1.1", "224.0.0.1"],
)
def test_names_resolving_to_private_ranges_are_refused_before_connecting(fake_dns, address):
    fake_dns["intranet.example.pe"] = [address]
    with pytest.raises(BlockedAddress):
        fetch("http://intranet.example.pe/feed")
    assert fake_dns["connections"] == []


def test_a_name_with_one_public_and_one_private_address_is_refused(fake_dns):
    fake_dns["mixto.example.pe"] = ["93.184.216.34", "10.0.0.5"]
    with pytest.raises(BlockedAddress):
        fetch("http://mixto.example.pe/")
    assert fake_dns["connections"] == []


def test_user_at_host_and_odd_ports_are_refused(fake_dns):
    fake_dns["example.pe"] = ["93.184.216.34"]
    with pytest.raises(InvalidAddress):
        fetch("http://admin@example.pe/")
    with pytest.raises(BlockedAddress):
        fetch("http://example.pe:6379/")
    assert fake_dns["connections"] == []


def test_the_connection_is_pinned_to_the_vetted_address(monkeypatch, allowed):
    # given a name that resolves to the allowed loopback server on the first lookup
    # and would resolve to a private address on any later one (DNS rebinding)
    allowed.expect_request("/feed").respond_with_data("ok")
    lookups = []
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):
        if host != "localhost":  # the socket layer resolving the pinned literal address
            return real(host, port, *args, **kwargs)
        lookups.append(host)
        if len(lookups) == 1:
            return real("127.0.0.1", port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.1", port))]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", rebinding)
    # when it is fetched
    result = fetch(f"http://localhost:{allowed.port}/feed")
    # then one lookup was made and the request went to the vetted address with the original Host
    assert result.body == b"ok"
    assert lookups == ["localhost"]
    assert allowed.log[0][0].headers["Host"] == f"localhost:{allowed.port}"


def test_loopback_is_reachable_only_when_allowed(settings, httpserver):
    httpserver.expect_request("/").respond_with_data("hola")
    settings.HERALDO_FETCH_ALLOWED_HOSTS = []
    with pytest.raises(BlockedAddress):
        fetch(httpserver.url_for("/"))
    settings.HERALDO_FETCH_ALLOWED_HOSTS = [f"{httpserver.host}:{httpserver.port}"]
    assert fetch(httpserver.url_for("/")).body == b"hola"
    assert len(httpserver.log) == 1


def test_redirect_to_a_private_address_is_refused(allowed):
    allowed.expect_request("/salto").respond_with_data("", status=302, headers={"Location": "http://10.0.0.1/admin"})
    with pytest.raises(BlockedAddress):
        fetch(allowed.url_for("/salto"))


def test_redirects_are_followed_and_loops_stop(allowed):
    allowed.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    allowed.expect_request("/b").respond_with_data("destino")
    result = fetch(allowed.url_for("/a"))
    assert result.body == b"destino"
    assert result.url.endswith("/b")
    allowed.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with pytest.raises(TooManyRedirects):
        fetch(allowed.url_for("/loop"))


def test_conditional_request_returns_not_modified(allowed):
    allowed.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    allowed.expect_request("/feed").respond_with_data(
        "<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Sat, 28 Nov 2026 10:00:00 GMT"}
    )
    first = fetch(allowed.url_for("/feed"))
    assert (first.etag, first.last_modified) == ('"v1"', "Sat, 28 Nov 2026 10:00:00 GMT")
    second = fetch(allowed.url_for("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""


def test_error_statuses_raise_with_the_code(allowed):
    allowed.expect_request("/caido").respond_with_data("x", status=503)
    with pytest.raises(HttpStatusError) as info:
        fetch(allowed.url_for("/caido"))
    assert info.value.status == 503
    assert "error" in str(info.value)


def test_declared_size_over_the_cap_is_refused_before_reading(allowed):
    allowed.expect_request("/grande").respond_with_data(b"x" * 3000)
    with pytest.raises(TooLarge):
        fetch(allowed.url_for("/grande"), max_bytes=1000)


def test_undeclared_stream_over_the_cap_stops(allowed):
    def stream():
        for _ in range(100):
            yield b"y" * 1024

    allowed.expect_request("/chorro").respond_with_response(Response(stream(), mimetype="text/plain"))
    with pytest.raises(TooLarge):
        fetch(allowed.url_for("/chorro"), max_bytes=10_000)


def test_gzip_bomb_stops_at_the_decompressed_cap(allowed):
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024))
    assert len(bomb) < 100_000
    allowed.expect_request("/bomba").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(TooLarge):
        fetch(allowed.url_for("/bomba"), max_decoded_bytes=1024 * 1024)


def test_a_compressed_answer_may_not_decompress_beyond_the_download_cap(allowed):
    # given 3 MB of feed sent gzipped in a few kB, and a download cap of 1 MB
    allowed.expect_request("/comprimido").respond_with_data(
        gzip.compress(b"<item>nota</item>" * (3 * 1024 * 1024 // 17)), headers={"Content-Encoding": "gzip"}
    )
    # when it is fetched, then what it decompresses to is held to the same cap
    with pytest.raises(TooLarge):
        fetch(allowed.url_for("/comprimido"), max_bytes=1024 * 1024)


def test_a_gzip_bomb_is_refused_holding_no_more_than_the_download_cap(allowed):
    # given a 100 MB bomb under the default caps
    allowed.expect_request("/bomba-grande").respond_with_data(
        gzip.compress(b" " * (100 * 1024 * 1024)), headers={"Content-Encoding": "gzip"}
    )
    # when it is fetched, then it is refused having held at most the 5 MB download cap (and the pieces' overhead)
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge):
            fetch(allowed.url_for("/bomba-grande"))
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < fetch_module.DEFAULT_MAX_BYTES + 2 * 1024 * 1024


def test_gzip_is_decoded(allowed):
    allowed.expect_request("/gz").respond_with_data(
        gzip.compress(b"<rss>hola</rss>"), headers={"Content-Encoding": "gzip"}
    )
    assert fetch(allowed.url_for("/gz")).body == b"<rss>hola</rss>"


def test_a_trickling_server_hits_the_total_deadline(allowed):
    def trickle():
        for _ in range(50):
            time.sleep(0.1)
            yield b"."

    allowed.expect_request("/lento").respond_with_response(Response(trickle(), mimetype="text/plain"))
    started = time.monotonic()
    with pytest.raises(TooSlow):
        fetch(allowed.url_for("/lento"), deadline_seconds=0.8)
    assert time.monotonic() - started < 2.5


def test_fetch_errors_explain_in_spanish():
    assert "red interna" in str(BlockedAddress())
    assert "tamaño máximo" in str(TooLarge())
