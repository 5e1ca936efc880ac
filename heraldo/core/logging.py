"""Logs: one line per event, with the request or job it belongs to.

Production writes JSON (one object a line, for a log collector); `make run` writes the same events as
short text lines a person reads in a terminal (HERALDO_LOG_FORMAT chooses). Values are escaped either
way, so newlines or ANSI codes in user input cannot forge log lines.

`log_context(request_id=…)` (set by `RequestIdMiddleware` for a request, by the jobs façade for a job
and by `periodic` for a scheduled step) adds its values to every line logged inside it.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}
_context: ContextVar[dict[str, object]] = ContextVar("heraldo_log_context", default={})  # noqa: B039


@contextmanager
def log_context(**values: object) -> Iterator[None]:
    token = _context.set({**_context.get(), **values})
    try:
        yield
    finally:
        _context.reset(token)


def current_log_context() -> dict[str, object]:
    return dict(_context.get())


class ContextFilter(logging.Filter):
    """Adds the current request id (or job) to each record a handler writes, propagated ones included."""

    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in _context.get().items():
            if not hasattr(record, key):
                setattr(record, key, value)
        return True


def extras(record: logging.LogRecord) -> dict[str, object]:
    return {
        key: value if isinstance(value, int | float | bool | type(None)) else str(value)
        for key, value in vars(record).items()
        if key not in _STANDARD and not key.startswith("_")
    }


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **extras(record),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=True)


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    return _UNPRINTABLE.sub(lambda match: repr(match.group())[1:-1], text)


class ConsoleFormatter(logging.Formatter):
    """`08:24:07 WARNING huey: message  request_id=…`: the same events, for a person at a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        moment = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        context = " ".join(f"{key}={printable(str(value))}" for key, value in extras(record).items())
        line = f"{moment} {record.levelname} {record.name}: {printable(record.getMessage())}"
        if context:
            line += f"  {context}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{7,127}")
access_log = logging.getLogger("heraldo.request")


class RequestIdMiddleware:
    """Gives each request an id (the proxy's X-Request-ID when well-formed), logs it once, and returns it."""

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.static_prefix = settings.STATIC_URL

    def __call__(self, request):
        offered = request.headers.get("X-Request-ID", "")
        request_id = offered if REQUEST_ID.fullmatch(offered) else uuid.uuid4().hex
        request.request_id = request_id
        started = time.monotonic()
        with log_context(request_id=request_id):
            response = self.get_response(request)
            if not request.path.startswith(self.static_prefix):
                user = getattr(request, "user", None)
                access_log.info(
                    "%s %s",
                    request.method,
                    request.path,
                    extra={
                        "status": response.status_code,
                        "duration_ms": round((time.monotonic() - started) * 1000, 1),
                        "user_id": user.pk if user is not None and user.is_authenticated else None,
                    },
                )
        response["X-Request-ID"] = request_id
        return response
