from __future__ import annotations

import time

from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect

from heraldo.core.auth import mfa_required, mfa_setup_pending
from heraldo.core.kept_input import keep_input
from heraldo.core.stamps import stamps_read_once

_LOGIN_STAMP = "heraldo_login_at"
_ACTIVITY_STAMP = "heraldo_seen_at"
# The account's access stamp when its second factor was last found in order: until the roles change, the
# session need not look for the authenticator again on every request.
_MFA_IN_ORDER = "heraldo_mfa_in_order"


class RequestStampsMiddleware:
    """The change stamps are read at most once per request, however many parts of the page ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with stamps_read_once():
            return self.get_response(request)


class SessionLifetimeMiddleware:
    """Ends a session at its absolute lifetime, however active it has been.

    The idle timeout is Django's own, renewed by SessionActivityMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            started = request.session.get(_LOGIN_STAMP)
            now = time.time()
            if started is None:
                request.session[_LOGIN_STAMP] = now
            elif now - started > settings.HERALDO_SESSION_ABSOLUTE_HOURS * 3600:
                logout(request)
                if request.method == "POST" and keep_input(request):
                    # What was being typed waits in the new session for the same page after sign-in.
                    return redirect_to_login(request.get_full_path())
                return redirect(settings.LOGIN_URL)
        return self.get_response(request)


class SessionActivityMiddleware:
    """Renews a signed-in session's idle timeout and its "last seen" at most every HERALDO_SESSION_REFRESH_SECONDS.

    Django renews the expiry (SESSION_COOKIE_AGE) whenever the session is saved, so staff who keep working are
    not signed out at the idle limit. Saving on every request, and allauth's activity tracking on every request,
    made each read two writes that SQLite serialises; here a read writes nothing while the last renewal is recent.
    An idle session still ends: up to the refresh interval before SESSION_COOKIE_AGE, never after it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if request.user.is_authenticated and session.session_key:
            now = time.time()
            renewed = session.get(_ACTIVITY_STAMP)
            if renewed is None or not 0 <= now - renewed < settings.HERALDO_SESSION_REFRESH_SECONDS:
                session[_ACTIVITY_STAMP] = now  # a changed session is saved, with a new expiry
                UserSession.objects.create_from_request(request)  # "last seen", address and browser
        return self.get_response(request)


def chosen_language(request, user=None) -> str:
    """The signed-in user's saved language, else the language switch's cookie, else Spanish (LanguageMiddleware);
    the same rule chooses the language of a page kept for visitors (heraldo.core.visitor_cache)."""
    available = {code for code, _name in settings.LANGUAGES}
    if user is not None and user.is_authenticated and user.language in available:
        return user.language
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return cookie if cookie in available else settings.LANGUAGE_CODE


class LanguageMiddleware:
    """Spanish unless the person chose otherwise.

    The signed-in user's saved language wins, then the language cookie set by the
    language switch; the browser's Accept-Language is deliberately ignored so a
    municipal office in Peru works in Spanish by default.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = chosen_language(request, getattr(request, "user", None))
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            # A thread serves many people: leave no language behind for the next one.
            translation.deactivate()
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Cookie",))
        return response


# What a person whose role needs a second factor may still open before setting it up: signing out, their address
# (to verify it), the password prompt of re-authentication and the authenticator pages themselves.
_OPEN_BEFORE_MFA_SETUP = ("account_", "mfa_", "set_language")


class MfaRequiredMiddleware:
    """Sends an account whose role needs a second factor to set up an authenticator app before anything else.

    Their addresses must be verified first (allauth refuses a second factor otherwise), so an unverified
    address sends them to the address page instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name.startswith(_OPEN_BEFORE_MFA_SETUP):
            return None
        user = request.user
        if not mfa_required(user) or request.session.get(_MFA_IN_ORDER) == user.access_stamp:
            return None
        if not mfa_setup_pending(user):
            request.session[_MFA_IN_ORDER] = user.access_stamp
            return None
        message = _("Su rol exige la verificación en dos pasos: configure una aplicación autenticadora para continuar.")
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=403)
        if EmailAddress.objects.filter(user=request.user, verified=False).exists():
            target = "account_email"
            message = _(
                "Su rol exige la verificación en dos pasos. Primero confirme su dirección de correo: pulse «Reenviar "
                "verificación» y abra el enlace que le llegará; después configurará la aplicación autenticadora."
            )
        else:
            target = "mfa_activate_totp"
        messages.warning(request, message)
        if getattr(request, "htmx", False):
            return HttpResponseClientRedirect(redirect(target).url)
        return redirect(target)


class HealthzMiddleware:
    """/healthz answers before the host check and the HTTPS redirect: a load balancer or `curl
    http://127.0.0.1:8000/healthz` on the server probes the application by its address, over plain HTTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz" and request.method in ("GET", "HEAD"):
            from heraldo.core.views.errors import healthz

            return healthz(request)
        return self.get_response(request)
