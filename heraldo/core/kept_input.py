"""Nothing typed is lost when a session expires: a form posted after the sign-in lapsed is kept in the
new (anonymous) session, and the same page shows it again, filled in, once the person signs back in.

Only text travels (files cannot be kept in a session: the page says to attach them again), only for
the path it was posted to, once, and for a limited time. Django's login keeps an anonymous session's
data when it cycles the key, so the text survives the sign-in.
"""

from __future__ import annotations

import time
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import QueryDict
from django.utils.translation import gettext as _

SESSION_KEY = "heraldo_kept_input"
# A form is a few kilobytes; a larger body is not worth a session row.
MAX_CHARACTERS = 50_000
# Long enough to find the password; short enough not to greet the next person at a shared desk.
KEPT_SECONDS = 30 * 60


def keep_input(request) -> bool:
    """Keep the text of this POST for its path; returns whether it was kept."""
    data = {name: values for name, values in request.POST.lists() if name != "csrfmiddlewaretoken"}
    if not data or sum(len(value) for values in data.values() for value in values) > MAX_CHARACTERS:
        return False
    request.session[SESSION_KEY] = {
        "path": request.path,
        "data": data,
        "had_files": bool(request.FILES),
        "at": time.time(),
    }
    messages.warning(
        request,
        _("Su sesión expiró. Vuelva a ingresar: lo que escribió se conservó y aparecerá en el formulario."),
    )
    return True


def kept_input(request) -> QueryDict | None:
    """What was typed on this page before the session expired (once), or None."""
    kept = request.session.get(SESSION_KEY)
    if not kept or kept.get("path") != request.path:
        return None
    del request.session[SESSION_KEY]
    if time.time() - kept.get("at", 0) > KEPT_SECONDS:
        return None
    data = QueryDict(mutable=True)
    for name, values in kept["data"].items():
        data.setlist(name, values)
    if kept.get("had_files"):
        messages.info(request, _("Recuperamos lo que escribió. Vuelva a adjuntar el archivo y guarde."))
    else:
        messages.info(request, _("Recuperamos lo que escribió antes de que expirara la sesión. Revíselo y guarde."))
    return data


def login_required_keeping_input(view):
    """Like login_required, but a form posted after the session expired is kept for after the sign-in."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if request.method == "POST":
                keep_input(request)
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper
