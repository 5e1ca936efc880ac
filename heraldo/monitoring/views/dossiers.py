from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from heraldo.core.permissions import capability_required
from heraldo.monitoring.forms import DossierAddForm, DossierForm
from heraldo.monitoring.permissions import access_clipping, access_dossier
from heraldo.monitoring.selectors import dossiers_with_counts
from heraldo.monitoring.services.archive import (
    dossier_add_clippings,
    dossier_clippings,
    dossier_create,
    dossier_export_pdf,
    dossier_remove_clipping,
)


@login_required
@capability_required("manage_monitoring")
def dossier_list(request):
    form = DossierForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        dossier = dossier_create(actor=request.user, **form.cleaned_data)
        messages.success(request, _("Dosier creado. Agregue recortes desde el archivo."))
        return redirect("monitoring:dossier_detail", dossier.pk)
    page = Paginator(dossiers_with_counts(), 25).get_page(request.GET.get("page"))
    return render(request, "monitoring/dossier_list.html", {"page": page, "form": form})


@login_required
@capability_required("manage_monitoring")
@require_POST
def dossier_add(request):
    form = DossierAddForm(request.POST)
    back = request.POST.get("next", "")
    if not form.is_valid():
        messages.error(request, _("Marque al menos un recorte y elija un dosier o escriba el nombre de uno nuevo."))
        return redirect(back if back.startswith("/") and not back.startswith("//") else "monitoring:clipping_list")
    dossier = form.cleaned_data["dossier"] or dossier_create(actor=request.user, name=form.cleaned_data["new_name"])
    added = dossier_add_clippings(actor=request.user, dossier=dossier, clippings=form.cleaned_data["clippings"])
    messages.success(
        request,
        ngettext(
            "%(n)s recorte agregado al dosier «%(name)s».", "%(n)s recortes agregados al dosier «%(name)s».", added
        )
        % {"n": added, "name": dossier},
    )
    return redirect("monitoring:dossier_detail", dossier.pk)


@login_required
def dossier_detail(request, dossier_id: int):
    dossier = access_dossier(request.user, dossier_id)
    return render(
        request, "monitoring/dossier_detail.html", {"dossier": dossier, "clippings": dossier_clippings(dossier)}
    )


@login_required
@require_POST
def dossier_remove(request, dossier_id: int, clipping_id: int):
    dossier = access_dossier(request.user, dossier_id)
    dossier_remove_clipping(actor=request.user, dossier=dossier, clipping=access_clipping(request.user, clipping_id))
    messages.success(request, _("Recorte quitado del dosier."))
    return redirect("monitoring:dossier_detail", dossier.pk)


@login_required
def dossier_pdf(request, dossier_id: int):
    dossier = access_dossier(request.user, dossier_id)
    response = HttpResponse(dossier_export_pdf(actor=request.user, dossier=dossier), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="dosier-{slugify(dossier.name) or dossier.pk}.pdf"'
    return response
