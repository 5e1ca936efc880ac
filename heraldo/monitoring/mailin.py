"""The monitoring mailbox: staff forward a link or a text by e-mail and it becomes a clipping.

`Mailbox` is the edge of the machine: `ImapMailbox` talks to the real server, tests
give a fake one the same two methods. Configured with HERALDO_MONITORING_MAILBOX
(`imaps://user:password@host:993/INBOX`); off when empty.
"""

from __future__ import annotations

import imaplib
import re
from collections.abc import Iterator
from typing import Protocol
from urllib.parse import unquote, urlsplit

from django.conf import settings

MAX_MESSAGE_BYTES = 10 * 1024 * 1024
MAX_MESSAGES_PER_RUN = 50
IMAP_TIMEOUT_SECONDS = 30
LOOPBACK = ("127.0.0.1", "::1", "localhost")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")


class Mailbox(Protocol):
    def unseen(self) -> Iterator[tuple[str, bytes]]:
        """(uid, raw message) of the messages not yet handled, oldest first."""

    def mark_seen(self, uid: str) -> None: ...


class ImapMailbox:
    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("imaps", "imap"):
            raise ValueError("HERALDO_MONITORING_MAILBOX: use imaps://usuario:clave@servidor:993/INBOX")
        if parts.scheme == "imap" and parts.hostname not in LOOPBACK:
            # A password in clear text crosses no network: plain IMAP only to a server on this machine.
            raise ValueError("HERALDO_MONITORING_MAILBOX: imap:// sin cifrar solo para un servidor local; use imaps://")
        self._secure = parts.scheme == "imaps"
        self._host = parts.hostname or ""
        self._port = parts.port or (993 if self._secure else 143)
        self._user = unquote(parts.username or "")
        self._password = unquote(parts.password or "")
        self._folder = parts.path.strip("/") or "INBOX"
        self._connection: imaplib.IMAP4 | None = None

    def _connect(self) -> imaplib.IMAP4:
        if self._connection is None:
            if self._secure:
                connection = imaplib.IMAP4_SSL(self._host, self._port, timeout=IMAP_TIMEOUT_SECONDS)
            else:
                connection = imaplib.IMAP4(self._host, self._port, timeout=IMAP_TIMEOUT_SECONDS)
            connection.login(self._user, self._password)
            connection.select(self._folder)
            self._connection = connection
        return self._connection

    def unseen(self) -> Iterator[tuple[str, bytes]]:
        connection = self._connect()
        _status, data = connection.uid("SEARCH", None, "UNSEEN")
        for uid in (data[0] or b"").split()[:MAX_MESSAGES_PER_RUN]:
            _status, sized = connection.uid("FETCH", uid, "(RFC822.SIZE)")
            size = _SIZE.search(sized[0] or b"") if sized and isinstance(sized[0], bytes) else None
            if size is None or int(size.group(1)) > MAX_MESSAGE_BYTES:
                yield uid.decode(), b""  # too big to read: handled (and reported) as empty
                continue
            _status, fetched = connection.uid("FETCH", uid, "(BODY.PEEK[])")
            raw = next((part[1] for part in fetched if isinstance(part, tuple)), b"")
            yield uid.decode(), raw

    def mark_seen(self, uid: str) -> None:
        self._connect().uid("STORE", uid, "+FLAGS", r"(\Seen)")

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.logout()
            finally:
                self._connection = None


def configured_mailbox() -> ImapMailbox | None:
    url = getattr(settings, "HERALDO_MONITORING_MAILBOX", "")
    return ImapMailbox(url) if url else None
