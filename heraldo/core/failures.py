"""A full disk or a read-only database answers with a sentence saying so, not with a bare server error.

The transaction of the request has already rolled back when the error reaches here (and a file being
written was removed, heraldo.core.storage), so the page can say truthfully that nothing was saved.
Answered with 503, which also keeps Django from saving the session into a database that cannot be written.
"""

from __future__ import annotations

import errno
import logging

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger("heraldo.failures")

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_TEXT = ("readonly database", "read-only", "read only")
_FULL_TEXT = ("database or disk is full", "no space left", "could not extend file")


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
    reason = storage_failure_reason(exc)
    if reason is None:
        return None
    logger.error("write refused by storage: %s", exc, extra={"path": request.path})
    advice = _("No se guardó ningún cambio. Avise al administrador del sistema e intente de nuevo más tarde.")
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": f"{reason} {advice}"}, status=503)
    return render(request, "core/storage_failure.html", {"reason": reason, "advice": advice}, status=503)


class StorageFailureMiddleware:
    """Answers a view's full-disk or read-only error with `storage_failure_response`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return storage_failure_response(request, exception)
