"""Is a forwarded message really from the address in its From header? The receiving mail server's verdict.

Heraldo does not verify signatures itself: the municipality's mail server checks SPF, DKIM and DMARC on
arrival and writes its results in an `Authentication-Results` header (RFC 8601). Only headers carrying one
of the server's own names (`HERALDO_MONITORING_MAIL_AUTHSERV_IDS`) are read; anyone can write such a header
into a message, so the server must also delete copies of its own name that arrive from outside (Postfix with
OpenDKIM/OpenDMARC, Exim and the big hosted services do). A result counts only when it is aligned with the
From domain, as DMARC aligns: DMARC passed for that domain, or a DKIM signature or SPF-checked envelope sender
of that domain or a parent or child of it. Any DMARC failure refuses, whatever else passed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email.message import Message
from email.utils import getaddresses


class Verdict(enum.Enum):
    AUTHENTICATED = "authenticated"
    NO_VERDICT = "no_verdict"  # no result from our mail server at all
    DMARC_FAILED = "dmarc_failed"
    NOT_AUTHENTICATED = "not_authenticated"  # checks ran, none passed for the From domain
    SEVERAL_SENDERS = "several_senders"  # more than one From address: which one would be checked?


@dataclass(frozen=True)
class Result:
    method: str
    result: str
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Authentication:
    verdict: Verdict
    address: str
    results: tuple[Result, ...] = ()
    passed_by: str = ""  # the method that authenticated the sender (dmarc, dkim or spf)

    @property
    def authenticated(self) -> bool:
        return self.verdict is Verdict.AUTHENTICATED

    @property
    def summary(self) -> str:
        """The server's results as one line, for staff who check with the mail administrator."""
        return " ".join(f"{r.method}={r.result}" for r in self.results) or "—"


def message_authentication(message: Message, trusted_ids: Iterable[str]) -> Authentication:
    """The verdict on the sender of a parsed message, from the results of the servers named in `trusted_ids`."""
    addresses = from_addresses(message)
    if len(addresses) != 1:
        return Authentication(Verdict.SEVERAL_SENDERS, ", ".join(addresses))
    address = addresses[0]
    domain = address.rpartition("@")[2]
    trusted = {name.strip().lower() for name in trusted_ids if name.strip()}
    results = tuple(
        result
        for header in message.get_all("Authentication-Results") or []
        for server, header_results in [parse_authentication_results(str(header))]
        if server in trusted
        for result in header_results
    )
    if not results:
        return Authentication(Verdict.NO_VERDICT, address)
    if any(r.method == "dmarc" and r.result == "fail" for r in results):
        return Authentication(Verdict.DMARC_FAILED, address, results)
    for method, passed in (("dmarc", _dmarc_passed), ("dkim", _dkim_passed), ("spf", _spf_passed)):
        if any(r.method == method and r.result == "pass" and passed(r, domain) for r in results):
            return Authentication(Verdict.AUTHENTICATED, address, results, passed_by=method)
    return Authentication(Verdict.NOT_AUTHENTICATED, address, results)


def from_addresses(message: Message) -> list[str]:
    """Every address in every From header, in lower case (a forger may add a second one after ours)."""
    addresses = []
    for header in message.get_all("From") or []:
        parsed = getattr(header, "addresses", None)  # the modern policy parses the header already
        if parsed is not None:
            addresses += [address.addr_spec for address in parsed]
        else:
            addresses += [address for _name, address in getaddresses([str(header)])]
    return [address.strip().lower() for address in addresses if address.strip()]


def parse_authentication_results(value: str) -> tuple[str, list[Result]]:
    """(authserv-id in lower case, the results) of one Authentication-Results header; tolerant of odd spacing."""
    statements = _split_outside_quotes(_without_comments(value), ";")
    if not statements or not statements[0].split():
        return "", []
    server = statements[0].split()[0].lower()
    results = []
    for statement in statements[1:]:
        words = _split_outside_quotes(statement, None)
        if not words or "=" not in words[0]:
            continue  # "none" (no checks were run) or garbage
        method, _equals, result = words[0].partition("=")
        properties = {}
        for word in words[1:]:
            key, equals, property_value = word.partition("=")
            if equals:
                properties[key.lower()] = property_value.strip('"').lower()
        results.append(Result(method.split("/")[0].lower(), result.lower(), properties))
    return server, results


def aligned(domain: str, other: str) -> bool:
    """Relaxed alignment without a public-suffix list: the same domain, or one inside the other.

    A single label (`pe`) never aligns: nobody can sign or send for a top-level domain.
    """
    domain, other = domain.strip(".").lower(), other.strip(".").lower()
    if not domain or not other or "." not in domain or "." not in other:
        return False
    return domain == other or domain.endswith("." + other) or other.endswith("." + domain)


def _dmarc_passed(result: Result, domain: str) -> bool:
    return result.properties.get("header.from", "") == domain


def _dkim_passed(result: Result, domain: str) -> bool:
    signer = result.properties.get("header.d") or result.properties.get("header.i", "").rpartition("@")[2]
    return aligned(domain, signer)


def _spf_passed(result: Result, domain: str) -> bool:
    envelope = result.properties.get("smtp.mailfrom", "")
    return aligned(domain, envelope.rpartition("@")[2])


def _without_comments(value: str) -> str:
    """RFC 5322 comments (nested parentheses outside quotes) removed: they are free text, never results."""
    kept, depth, quoted, escaped = [], 0, False, False
    for char in value:
        if escaped:
            escaped = False
            if depth == 0:
                kept.append(char)
            continue
        if char == "\\":
            escaped = True
            if depth == 0:
                kept.append(char)
        elif char == '"' and depth == 0:
            quoted = not quoted
            kept.append(char)
        elif char == "(" and not quoted:
            depth += 1
        elif char == ")" and not quoted and depth:
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def _split_outside_quotes(value: str, separator: str | None) -> Sequence[str]:
    """Split on `separator` (whitespace when None) except inside double quotes."""
    parts, current, quoted = [], [], False
    for char in value:
        if char == '"':
            quoted = not quoted
        if not quoted and (char == separator if separator else char.isspace()):
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part]
