from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from rest_framework.authtoken.models import Token

from heraldo.core.forms import LanguageForm
from heraldo.core.notifications import (
    notification_mark_read,
    notifications_for,
    notifications_mark_all_read,
    pending_notifications,
)
from heraldo.core.permissions import access_notification
from heraldo.core.services.api_tokens import (
    api_token_expires_at,
    api_token_is_expired,
    api_token_issue,
    api_token_revoke,
)
from heraldo.core.services.users import user_set_language


def _preferences_page(request, form, *, new_key: str = ""):
    token = Token.objects.filter(user=request.user).first()
    api_key = token and {
        "created": token.created,
        "expires": api_token_expires_at(token),
        "expired": api_token_is_expired(token),
    }
    return render(
        request,
        "core/preferences.html",
        {"form": form, "api_key": api_key, "new_key": new_key, "api_key_days": settings.HERALDO_API_TOKEN_DAYS},
    )


@login_required
def preferences(request):
    form = LanguageForm(request.POST or None, initial={"language": request.user.language})
    if request.method == "POST" and form.is_valid():
        user_set_language(user=request.user, language=form.cleaned_data["language"])
        translation.activate(request.user.language)
        messages.success(request, _("Preferencias guardadas."))
        return redirect("core:preferences")
    return _preferences_page(request, form)


@login_required
@require_POST
def api_token_new(request):
    """The key is shown on this answer only; the page after it shows its dates."""
    token = api_token_issue(user=request.user)
    return _preferences_page(request, LanguageForm(initial={"language": request.user.language}), new_key=token.key)


@login_required
@require_POST
def api_token_delete(request):
    if api_token_revoke(user=request.user, actor=request.user):
        messages.success(request, _("Llave de API anulada: ya no abre la API."))
    return redirect("core:preferences")


@login_required
def notification_list(request):
    page = Paginator(notifications_for(request.user), 30).get_page(request.GET.get("page"))
    return render(request, "core/notifications.html", {"page": page})


@login_required
@require_POST
def notification_open(request, notification_id: int):
    notification = access_notification(request.user, notification_id)
    notification_mark_read(notification)
    return redirect(notification.url or "core:notifications")


@login_required
@require_POST
def notification_read_all(request):
    notifications_mark_all_read(request.user)
    messages.success(request, _("Todas las notificaciones quedaron como leídas."))
    if pending_notifications(request.user).exists():
        messages.info(request, _("Las que piden una acción siguen por atender hasta que alguien la haga."))
    return redirect("core:notifications")
