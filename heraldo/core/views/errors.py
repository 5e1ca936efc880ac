from __future__ import annotations

import sys

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from heraldo.core.failures import storage_failure_response


def csrf_failure(request, reason: str = ""):
    return render(request, "403_csrf.html", status=403)


def healthz(request):
    """For the load balancer: 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:
        database = "error"
    status = 200 if database == "ok" else 503
    return JsonResponse({"database": database}, status=status)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # A full disk or read-only database met outside a view (a middleware's write) still gets its sentence.
    failure = storage_failure_response(request, sys.exc_info()[1])
    return failure or render(request, "500.html", status=500)
