from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.permissions import capability_required
from heraldo.monitoring.forms import SavedSearchForm
from heraldo.monitoring.permissions import access_saved_search
from heraldo.monitoring.services.archive import saved_search_create, saved_search_delete


@login_required
@capability_required("access_monitoring")
@require_POST
def saved_search_add(request):
    form = SavedSearchForm(request.POST, owner=request.user)
    if form.is_valid():
        saved_search_create(
            actor=request.user,
            name=form.cleaned_data["name"],
            parameters=form.cleaned_data["parameters"],
            query_text=form.query_text,
        )
        messages.success(request, _("Búsqueda guardada. Aparece en «Mis búsquedas» para repetirla con un clic."))
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect(reverse("monitoring:clipping_list") + "?" + request.POST.get("parameters", "")[:1500])


@login_required
@require_POST
def saved_search_delete_view(request, saved_search_id: int):
    saved = access_saved_search(request.user, saved_search_id)
    saved_search_delete(actor=request.user, saved_search=saved)
    messages.success(request, _("Búsqueda borrada."))
    return redirect("monitoring:clipping_list")
