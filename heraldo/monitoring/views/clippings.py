from __future__ import annotations

from datetime import datetime, time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.audit import audit_record, history_for
from heraldo.core.permissions import capability_required, has_capability
from heraldo.monitoring.forms import ArchiveSearchForm, ManualClippingForm, ToneForm
from heraldo.monitoring.permissions import access_clipping
from heraldo.monitoring.selectors import clipping_search, highlight, tone_facets
from heraldo.monitoring.services.clippings import clipping_correct_tone, clipping_queue_scan_reading
from heraldo.monitoring.services.ingestion import clipping_store


@login_required
@capability_required("access_monitoring")
def clipping_list(request):
    form = ArchiveSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    query = filters.get("q", "") or ""
    clippings = clipping_search(
        query=query,
        source=filters.get("source"),
        tone=filters.get("tone", ""),
        topic=filters.get("topic"),
        person=filters.get("person"),
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
        include_copies=filters.get("include_copies", False),
    )
    page = Paginator(clippings, 25).get_page(request.GET.get("page"))
    rows = [(c, highlight(c.full_text or c.title, query)) for c in page.object_list]
    querystring = request.GET.copy()
    querystring.pop("page", None)
    return render(
        request,
        "monitoring/clipping_list.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "facets": tone_facets(clippings) if form.is_bound else None,
            "querystring": querystring.urlencode(),
            "query": query,
        },
    )


@login_required
def clipping_detail(request, clipping_id: int):
    clipping = access_clipping(request.user, clipping_id)
    mentions = clipping.mentions.select_related("term", "term__person", "term__topic").order_by("start")
    return render(
        request,
        "monitoring/clipping_detail.html",
        {
            "clipping": clipping,
            "mentions": mentions,
            "copies": clipping.copies.select_related("outlet")[:20],
            "history": history_for(clipping)[:20],
            "can_manage": has_capability(request.user, "manage_monitoring"),
        },
    )


@login_required
@require_POST
def clipping_tone(request, clipping_id: int):
    clipping = access_clipping(request.user, clipping_id, write=True)
    form = ToneForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Elija positivo, neutral o negativo."))
    elif form.cleaned_data["tone"] != clipping.tone:
        clipping_correct_tone(actor=request.user, clipping=clipping, tone=form.cleaned_data["tone"])
        messages.success(request, _("Tono corregido. La corrección se usará para mejorar la clasificación."))
    if request.htmx:
        clipping.refresh_from_db()
        return render(request, "monitoring/clipping_detail.html#tone-box", {"clipping": clipping, "can_manage": True})
    return redirect("monitoring:clipping_detail", clipping.pk)


@login_required
@capability_required("manage_monitoring")
def clipping_add(request):
    form = ManualClippingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        moment = timezone.make_aware(datetime.combine(data["published_date"], data["published_time"] or time(12, 0)))
        with transaction.atomic():
            clipping, _created = clipping_store(
                actor=request.user,
                title=data["title"],
                published_at=moment,
                outlet=data["outlet"],
                medium=data["medium"],
                url=data.get("url", ""),
                summary=data["summary"],
                programme=data["programme"],
                duration_seconds=data["duration_seconds"],
                transcript=data["transcript"],
                attachment=data.get("attachment") or "",
            )
            reading = clipping_queue_scan_reading(clipping=clipping)
        if reading:
            messages.success(request, _("Recorte registrado. El texto del escaneo se está leyendo para el archivo."))
        else:
            messages.success(request, _("Recorte registrado."))
        return redirect("monitoring:clipping_detail", clipping.pk)
    return render(request, "monitoring/clipping_form.html", {"form": form})


@login_required
@require_POST
def clipping_read_scan_again(request, clipping_id: int):
    clipping = access_clipping(request.user, clipping_id, write=True)
    if clipping_queue_scan_reading(clipping=clipping):
        audit_record(actor=request.user, action="monitoring.clipping.scan_requeued", target=clipping)
        messages.success(request, _("El escaneo se volverá a leer en unos momentos."))
    else:
        messages.error(request, _("Este recorte no tiene un escaneo en imagen o PDF que leer."))
    return redirect("monitoring:clipping_detail", clipping.pk)
