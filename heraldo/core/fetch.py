"""The one outgoing HTTP client of Heraldo.

Every request the server makes to an address a user typed (feed URLs, web
pages, "fetch this article") goes through `fetch()`. SSRF is refused at the
connection, not at URL parsing: the host is resolved, every address is vetted
(private, loopback, link-local, reserved, multicast and carrier-grade NAT
ranges are refused) and the socket is pinned to the vetted address, so a DNS
answer that changes between the check and the connection (rebinding) cannot
reach the inside. Redirects are followed by hand and each hop is vetted again.

Bodies are read in small pieces with caps on the bytes received on the wire
(compressed) and on the bytes after decompression (gzip bombs), both counted as
they arrive, and a total deadline that a server trickling one byte per second
cannot stretch. The decompressed cap is the download cap unless a caller asks
for another: a worker holds no more of a compressed answer than of a plain one
before refusing it (a bomb once filled 20 MB first).

`settings.HERALDO_FETCH_ALLOWED_HOSTS` lists `host:port` pairs on loopback that
tests and demos may reach (pytest-httpserver on 127.0.0.1); it is empty in
production.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from requests_hardened.ip_filter import EXTRA_BLOCKED_NET_RANGES

security_log = logging.getLogger("heraldo.security")
log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 10.0
DEFAULT_DEADLINE = 20.0
MAX_REDIRECTS = 5
ALLOWED_SCHEMES = {"http": 80, "https": 443}
USER_AGENT = "Heraldo/1.0 (monitoreo de prensa municipal)"
_CHUNK = 16 * 1024


class FetchError(Exception):
    """A fetch that did not produce a usable answer; `message` is Spanish for the user."""

    message = _("No se pudo descargar la dirección.")

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or str(self.message))
        self.detail = detail

    def __str__(self) -> str:
        return str(self.message) + (f" ({self.detail})" if self.detail else "")


class BlockedAddress(FetchError):
    message = _("La dirección apunta a una red interna o reservada y no se consulta por seguridad.")


class InvalidAddress(FetchError):
    message = _("La dirección no es válida: use http:// o https:// con un nombre de servidor público.")


class TooLarge(FetchError):
    message = _("La respuesta supera el tamaño máximo permitido.")


class TooSlow(FetchError):
    message = _("El servidor tardó demasiado en responder.")


class TooManyRedirects(FetchError):
    message = _("La dirección redirige demasiadas veces.")


class ConnectionFailed(FetchError):
    message = _("No se pudo conectar con el servidor.")


class HttpStatusError(FetchError):
    message = _("El servidor respondió con un error.")

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


@dataclass
class FetchResult:
    url: str
    status: int
    body: bytes = b""
    headers: CaseInsensitiveDict = field(default_factory=CaseInsensitiveDict)
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip().lower()


# --- address vetting ------------------------------------------------------


def _allowed_loopback_pairs() -> set[tuple[str, int]]:
    pairs = set()
    for entry in getattr(settings, "HERALDO_FETCH_ALLOWED_HOSTS", []) or []:
        host, _sep, port = entry.strip().rpartition(":")
        if host and port.isdigit():
            pairs.add((host.strip("[]").lower(), int(port)))
    return pairs


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.version == 6 and ip.sixtofour is not None:
        return False
    if not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_unspecified:
        return False
    return not any(ip in net for net in EXTRA_BLOCKED_NET_RANGES if net.version == ip.version)


def check_url(url: str) -> tuple[str, str, int]:
    """Refuse what can be refused without a DNS lookup; returns (scheme, host, port)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidAddress(str(exc)) from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ALLOWED_SCHEMES or not host:
        raise InvalidAddress(url[:200])
    if parts.username or parts.password:
        raise InvalidAddress(_("la dirección no puede llevar usuario ni clave"))
    port = port or ALLOWED_SCHEMES[scheme]
    if (host, port) in _allowed_loopback_pairs():
        return scheme, host, port
    if port not in ALLOWED_SCHEMES.values():
        _refuse(host, port, "port")
    if host == "localhost" or host.endswith(".localhost"):
        _refuse(host, port, "localhost")
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None and not is_public_address(literal):
        _refuse(host, port, "literal")
    return scheme, host, port


def resolve_vetted(host: str, port: int) -> str:
    """Resolve `host` and return one address safe to connect to, or raise BlockedAddress.

    Every address of the answer must be public: a name that resolves to one
    public and one private address is refused, as the connection could pick either.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ConnectionFailed(_("el nombre del servidor no existe")) from exc
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses:
        raise ConnectionFailed(_("el nombre del servidor no existe"))
    if (host, port) in _allowed_loopback_pairs() and all(a.is_loopback for a in addresses):
        return str(addresses[0])
    for address in addresses:
        if not is_public_address(address):
            _refuse(host, port, str(address))
    return str(addresses[0])


def _refuse(host: str, port: int, why: str) -> None:
    security_log.warning("fetch.blocked", extra={"host": host[:200], "port": port, "reason": why})
    raise BlockedAddress()


class PinnedAddressAdapter(HTTPAdapter):
    """Connects to the vetted address while keeping Host, SNI and certificate checks on the name.

    The same technique as requests-hardened's IPFilterAdapter, with Heraldo's
    own address policy and loopback allow-list.
    """

    def build_connection_pool_key_attributes(self, request, verify, cert=None):
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, verify, cert)
        request.headers = CaseInsensitiveDict(request.headers or {})
        hostname = host_params["host"]
        scheme = host_params["scheme"]
        port = host_params["port"] or ALLOWED_SCHEMES.get(scheme, 80)
        host_header = f"[{hostname}]" if ":" in hostname else hostname
        if host_params["port"] is not None and host_params["port"] != ALLOWED_SCHEMES.get(scheme):
            host_header += f":{host_params['port']}"
        request.headers["Host"] = host_header
        if scheme == "https":
            pool_kwargs["assert_hostname"] = hostname
            pool_kwargs["server_hostname"] = hostname
        address = resolve_vetted(hostname, port)
        host_params["host"] = address
        return host_params, pool_kwargs


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # never route through a proxy taken from the environment
    adapter = PinnedAddressAdapter(max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


# --- the client -----------------------------------------------------------


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_decoded_bytes: int | None = None,
    deadline_seconds: float = DEFAULT_DEADLINE,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    accept: str = "*/*",
) -> FetchResult:
    """GET `url` with every guard on. A 304 answer comes back with `not_modified` true.

    Raises a FetchError subclass (with a Spanish message) for anything else than 2xx/304. `max_decoded_bytes`
    (the body after decompression) is `max_bytes` unless given.
    """
    started = time.monotonic()
    max_decoded = max_bytes if max_decoded_bytes is None else max_decoded_bytes
    headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    with _session() as session:
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(current)
            remaining = deadline_seconds - (time.monotonic() - started)
            if remaining <= 0:
                raise TooSlow()
            try:
                response = session.get(
                    current,
                    headers=headers,
                    allow_redirects=False,
                    stream=True,
                    timeout=(min(connect_timeout, remaining), min(read_timeout, remaining)),
                )
            except FetchError:
                raise
            except requests.Timeout as exc:
                raise TooSlow() from exc
            except requests.RequestException as exc:
                if isinstance(exc.__context__, FetchError):
                    raise exc.__context__ from exc
                raise ConnectionFailed(type(exc).__name__) from exc
            try:
                if response.is_redirect:
                    location = response.headers.get("Location", "")
                    current = urljoin(current, location)
                    continue
                if response.status_code == 304:
                    return _result(current, response, b"")
                if not 200 <= response.status_code < 300:
                    raise HttpStatusError(response.status_code)
                body = _read_capped(response, max_bytes, max_decoded, started, deadline_seconds)
                return _result(current, response, body)
            finally:
                response.close()
    raise TooManyRedirects()


def _result(url: str, response: requests.Response, body: bytes) -> FetchResult:
    return FetchResult(
        url=url,
        status=response.status_code,
        body=body,
        headers=response.headers,
        etag=response.headers.get("ETag", "")[:300],
        last_modified=response.headers.get("Last-Modified", "")[:100],
    )


def _read_capped(response, max_bytes: int, max_decoded: int, started: float, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(_("anuncia %(size)s bytes") % {"size": declared})
    raw = response.raw
    chunks: list[bytes] = []
    decoded = 0
    try:
        while True:
            if time.monotonic() - started > deadline:
                raise TooSlow()
            # read1 returns what has arrived (a trickling server cannot hold one call for
            # long) and bounds the decompressor's output, so a gzip bomb never inflates at once.
            piece = raw.read1(_CHUNK, decode_content=True)
            if raw.tell() > max_bytes:
                raise TooLarge()
            if not piece:  # end of the body
                break
            decoded += len(piece)
            if decoded > max_decoded:
                raise TooLarge(_("descomprimida"))
            chunks.append(piece)
    except FetchError:
        raise
    except (requests.Timeout, TimeoutError) as exc:
        raise TooSlow() from exc
    except Exception as exc:  # broken gzip, connection reset mid-body
        if "timed out" in str(exc).lower():
            raise TooSlow() from exc
        raise ConnectionFailed(type(exc).__name__) from exc
    return b"".join(chunks)
