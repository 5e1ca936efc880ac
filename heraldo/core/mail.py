"""The development e-mail backend: one log line per message (to, subject), not the whole MIME body.

`make run` sends the demo's dozens of messages at start; their bodies buried the server's own lines.
A message's content is still there to read in the outbox (`core.OutboxEmail`).
"""

from __future__ import annotations

import logging

from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger("heraldo.mail")


class ConsoleSummaryBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            logger.info(
                "e-mail (console): %s",
                message.subject,
                extra={"to": ", ".join(message.to), "key": message.extra_headers.get("X-Heraldo-Key", "")},
            )
        return len(email_messages)
