"""A full disk, a read-only database or one that does not answer gets a sentence saying so, not a bare server error.

The transaction of the request has already rolled back when the error reaches here (and a file being
written was removed, heraldo.core.storage), so the page can say truthfully that nothing was saved.
Answered with 503, which also keeps Django from saving the session into a database that cannot be written.
"""

from __future__ import annotations

import errno
import logging

from django.db import DatabaseError, InterfaceError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

logger = logging.getLogger("heraldo.failures")

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_TEXT = ("readonly database", "read-only", "read only")
_FULL_TEXT = ("database or disk is full", "no space left", "could not extend file")
# What psycopg says when PostgreSQL is stopped, restarting or was cut off mid-query (test plan F1).
_UNREACHABLE_TEXT = (
    "connection refused",
    "connection failed",
    "could not connect",
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "connection already closed",
    "the database system is starting up",
    "the database system is shutting down",
    "timeout expired",
)
RETRY_AFTER_SECONDS = 30


def database_unreachable(exc: BaseException | None) -> bool:
    """The database server cannot be reached: nothing of the request could be read or saved."""
    while exc is not None:
        if isinstance(exc, InterfaceError):
            return True
        if isinstance(exc, DatabaseError) and any(marker in str(exc).lower() for marker in _UNREACHABLE_TEXT):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def storage_failure_reason(exc: BaseException | None) -> str | None:
    """The sentence for a write the server could not make, or None when `exc` is another kind of error."""
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
            return _("El disco del servidor está lleno.")
        if isinstance(exc, OSError) and exc.errno == errno.EROFS:
            return _("El almacenamiento del servidor está en modo de solo lectura.")
        if isinstance(exc, DatabaseError):
            text = str(exc).lower()
            if any(marker in text for marker in _FULL_TEXT):
                return _("El disco de la base de datos está lleno.")
            if any(marker in text for marker in _READ_ONLY_TEXT):
                return _("La base de datos está en modo de solo lectura.")
        exc = exc.__cause__ or exc.__context__
    return None


def storage_failure_response(request: HttpRequest, exc: BaseException) -> HttpResponse | None:
    _drain_body(request)
    if database_unreachable(exc):
        return database_unavailable_response(request, exc)
    reason = storage_failure_reason(exc)
    if reason is None:
        return None
    logger.error("write refused by storage: %s", exc, extra={"path": request.path})
    advice = _("No se guardó ningún cambio. Avise al administrador del sistema e intente de nuevo más tarde.")
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": f"{reason} {advice}"}, status=503)
    return render(request, "core/storage_failure.html", {"reason": reason, "advice": advice}, status=503)


def _drain_body(request: HttpRequest) -> None:
    """Read what is left of the request's body. The failure may come before anything read it (the session
    middleware meets the stopped database before the view reads the form), and a server keeping the connection
    open would take the unread form for the client's next request and close the connection on it: the next page
    would get no answer at all instead of this one (test plan F1, bench/postgres_down.py)."""
    try:
        while request.read(64 * 1024):
            pass
    except (OSError, ValueError):  # the client went away, or the body was already consumed as a stream
        pass


def database_unavailable_response(request: HttpRequest, exc: BaseException) -> HttpResponse:
    """503 with a page that reads nothing from the database: not the session, not the user, not the menus."""
    logger.error("database unreachable: %s", exc, extra={"path": request.path})
    reason = _("La base de datos no responde.")
    advice = _("No se guardó ningún cambio. Intente de nuevo en unos minutos.")
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse({"detail": f"{reason} {advice}"}, status=503)
    else:
        page = render_to_string("core/database_unavailable.html", {"reason": reason, "advice": advice})
        response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class StorageFailureMiddleware:
    """Answers a view's full-disk or read-only error with `storage_failure_response`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return storage_failure_response(request, exception)
