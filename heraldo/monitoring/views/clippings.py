from __future__ import annotations

from datetime import datetime, time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from heraldo.core.audit import history_for
from heraldo.core.permissions import capability_required, has_capability
from heraldo.monitoring import archive_filters
from heraldo.monitoring.forms import (
    ArchiveSearchForm,
    ClippingTopicsForm,
    ManualClippingForm,
    SavedSearchForm,
    ToneForm,
)
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import ClippingTopic, DateOrigin, Dossier, SavedSearch, Topic
from heraldo.monitoring.permissions import access_clipping
from heraldo.monitoring.selectors import SortOrder, archive_search
from heraldo.monitoring.services.clippings import (
    clipping_complete_now,
    clipping_correct_tone,
    clipping_queue_scan_reading,
    clipping_requeue_scan_reading,
)
from heraldo.monitoring.services.topics import clipping_topics_correct


@login_required
@capability_required("access_monitoring")
def clipping_list(request):
    form = ArchiveSearchForm(request.GET or None)
    query = form.archive_query()
    result = archive_search(query, page=_page_number(request.GET.get("page")))
    querystring = request.GET.copy()
    querystring.pop("page", None)
    can_manage = has_capability(request.user, "manage_monitoring")
    return render(
        request,
        "monitoring/clipping_list.html",
        {
            "form": form,
            "result": result,
            "page": result.page,
            "facet_links": _facet_links(result, querystring),
            "sort_links": _sort_links(querystring, query.sort),
            "querystring": querystring.urlencode(),
            "query": query.text,
            "searching": any(v for k, v in querystring.items() if k != "sort"),
            "saved_searches": SavedSearch.objects.filter(owner=request.user)[:50],
            "save_form": SavedSearchForm(initial={"parameters": querystring.urlencode()}),
            "can_manage": can_manage,
            "dossiers": Dossier.objects.only("pk", "name")[:50] if can_manage else [],
        },
    )


@login_required
@capability_required("access_monitoring")
@require_GET
def archive_filter_suggestions(request, kind: str):
    """The archive filter's matches for what is typed, for the script that fills the box's suggestions."""
    archive_filter = archive_filters.BY_SLUG.get(kind)
    if archive_filter is None:
        raise Http404
    text = request.GET.get("q", "")[:100]
    return JsonResponse({"results": archive_filters.suggestions(archive_filter, text)})


def _page_number(value) -> int:
    try:
        return max(1, int(value or 1))
    except (TypeError, ValueError):
        return 1


def _facet_links(result, querystring):
    """Each facet value as a link that adds it to the current search (or removes it when chosen)."""
    facets = []
    for facet in result.facets:
        values = []
        for value in facet.values:
            params = querystring.copy()
            chosen = params.get(facet.param) == value.value
            if chosen:
                params.pop(facet.param)
            else:
                params[facet.param] = value.value
            values.append((value, params.urlencode(), chosen))
        facets.append((facet, values))
    return facets


def _sort_links(querystring, current):
    links = []
    for value, label in SortOrder.CHOICES:
        params = querystring.copy()
        params["sort"] = value
        links.append((label, params.urlencode(), value == current))
    return links


@login_required
def clipping_detail(request, clipping_id: int):
    clipping = access_clipping(request.user, clipping_id)
    mentions = list(clipping.mentions.select_related("term", "term__person", "term__topic").order_by("start"))
    for mention in mentions:
        mention.clipping = clipping  # where it is read from the clipping already in hand
    return render(
        request,
        "monitoring/clipping_detail.html",
        {
            "clipping": clipping,
            "mentions": mentions,
            "copies": clipping.copies.select_related("outlet")[:20],
            "history": history_for(clipping)[:20],
            "topic_links": ClippingTopic.objects.filter(clipping=clipping).select_related("topic").order_by("-score"),
            "all_topics": Topic.objects.filter(is_active=True).order_by("name"),
            "can_manage": has_capability(request.user, "manage_monitoring"),
            "dossiers": Dossier.objects.only("pk", "name")[:50],
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
@require_POST
def clipping_topics(request, clipping_id: int):
    clipping = access_clipping(request.user, clipping_id, write=True)
    form = ClippingTopicsForm(request.POST)
    if form.is_valid():
        clipping_topics_correct(actor=request.user, clipping=clipping, topics=list(form.cleaned_data["topics"]))
        messages.success(request, _("Temas corregidos. Volver a clasificar el archivo no cambiará esta decisión."))
    else:
        messages.error(request, _("Elija temas de la lista."))
    return redirect("monitoring:clipping_detail", clipping.pk)


@login_required
@capability_required("manage_monitoring")
def clipping_add(request):
    form = ManualClippingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        moment = timezone.make_aware(datetime.combine(data["published_date"], data["published_time"] or time(12, 0)))
        with transaction.atomic():
            clipping, created = clipping_store(
                actor=request.user,
                title=data["title"],
                published_at=moment,
                date_origin=DateOrigin.ENTERED,
                date_is_day=data["published_time"] is None,
                outlet=data["outlet"],
                medium=data["medium"],
                url=data.get("url", ""),
                summary=data["summary"],
                programme=data["programme"],
                duration_seconds=data["duration_seconds"],
                transcript=data["transcript"],
                attachment=data.get("attachment") or "",
            )
            reading = created and clipping_queue_scan_reading(clipping=clipping)
        if not created:  # archived meanwhile by a poll: nothing typed is lost, the form says which clipping it is
            form.add_error("url", _already_archived(clipping))
            return render(request, "monitoring/clipping_form.html", {"form": form})
        if reading:
            messages.success(request, _("Recorte registrado. El texto del escaneo se está leyendo para el archivo."))
        else:
            messages.success(request, _("Recorte registrado."))
        return redirect("monitoring:clipping_detail", clipping.pk)
    return render(request, "monitoring/clipping_form.html", {"form": form})


def _already_archived(clipping) -> str:
    return _("Esta dirección ya está en el archivo como el recorte «%(title)s»; no se registró otra vez.") % {
        "title": clipping.title
    }


@login_required
@require_POST
def clipping_read_scan_again(request, clipping_id: int):
    clipping = access_clipping(request.user, clipping_id, write=True)
    if clipping_requeue_scan_reading(actor=request.user, clipping=clipping):
        messages.success(request, _("El escaneo se volverá a leer en unos momentos."))
    else:
        messages.error(request, _("Este recorte no tiene un escaneo en imagen o PDF que leer."))
    return redirect("monitoring:clipping_detail", clipping.pk)


@login_required
@require_POST
def clipping_complete(request, clipping_id: int):
    clipping = access_clipping(request.user, clipping_id, write=True)
    if not clipping.text_incomplete:
        messages.info(request, _("Este recorte ya tiene su texto completo."))
    elif clipping_complete_now(actor=request.user, clipping=clipping):
        messages.success(request, _("La página respondió: el recorte tiene ahora su texto completo."))
    else:
        messages.error(request, _("La página todavía no responde; se seguirá intentando."))
    return redirect("monitoring:clipping_detail", clipping.pk)
