from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.forms import LanguageForm
from heraldo.core.permissions import access_notification
from heraldo.core.services.users import user_set_language


@login_required
def preferences(request):
    form = LanguageForm(request.POST or None, initial={"language": request.user.language})
    if request.method == "POST" and form.is_valid():
        user_set_language(user=request.user, language=form.cleaned_data["language"])
        translation.activate(request.user.language)
        messages.success(request, _("Preferencias guardadas."))
        return redirect("core:preferences")
    return render(request, "core/preferences.html", {"form": form})


@login_required
def notification_list(request):
    notifications = request.user.notifications.all()
    page = Paginator(notifications, 30).get_page(request.GET.get("page"))
    return render(request, "core/notifications.html", {"page": page})


@login_required
@require_POST
def notification_open(request, notification_id: int):
    notification = access_notification(request.user, notification_id)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return redirect(notification.url or "core:notifications")


@login_required
@require_POST
def notification_read_all(request):
    request.user.notifications.filter(read_at__isnull=True).update(read_at=timezone.now())
    messages.success(request, _("Todas las notificaciones quedaron como leídas."))
    return redirect("core:notifications")
