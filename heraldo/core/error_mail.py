"""Errors e-mailed to the administrators (ADMINS, from HERALDO_ADMIN_EMAILS) through the outbox."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime

from django.conf import settings
from django.db import DatabaseError

from heraldo.core.logging import extras, printable


class AdminOutboxHandler(logging.Handler):
    """Errors reach the administrators (ADMINS) by e-mail through the outbox, at most one a kind an hour.

    The outbox retries while the mail server is down, which Django's mail_admins (a direct SMTP call
    inside the failing request) does not. The outbox's own errors are not mailed: they would feed themselves.
    """

    def emit(self, record: logging.LogRecord) -> None:
        if not settings.ADMINS or record.name.startswith("heraldo.core.outbox"):
            return
        from heraldo.core.outbox import outbox_enqueue

        summary = printable(record.getMessage().splitlines()[0] if record.getMessage() else record.name)
        hour = datetime.fromtimestamp(record.created, tz=UTC).strftime("%Y%m%d%H")
        kind = hashlib.sha256(f"{record.name}|{summary}|{hour}".encode()).hexdigest()[:24]
        lines = [f"{key}: {value}" for key, value in extras(record).items()]
        body = "\n".join([f"{record.levelname} {record.name}: {record.getMessage()}", *lines])
        if record.exc_info:
            body += "\n\n" + logging.Formatter().formatException(record.exc_info)
        try:
            outbox_enqueue(
                key=f"admin-error-{kind}",
                to=[address for _name, address in settings.ADMINS],
                subject=f"[Heraldo] {record.levelname}: {summary}"[:200],
                text=body,
            )
        except DatabaseError:
            pass  # the database is what failed: the error itself is already in the log
