from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.audit import history_for
from heraldo.core.permissions import capability_required, has_capability
from heraldo.monitoring.forms import SourceForm
from heraldo.monitoring.models import Source
from heraldo.monitoring.permissions import access_source
from heraldo.monitoring.selectors import dashboard_counts
from heraldo.monitoring.services.polling import source_create, source_poll_requested, source_update


@login_required
@capability_required("access_monitoring")
def home(request):
    from heraldo.monitoring.models import Alert, Clipping

    since = timezone.now() - timezone.timedelta(hours=24)
    latest = (
        Clipping.objects.filter(duplicate_of__isnull=True)
        .select_related("outlet", "source")
        .only("title", "tone", "published_at", "outlet__name", "source__name")
        .order_by("-published_at", "-pk")[:10]
    )
    alerts = Alert.objects.select_related("clipping", "rule").order_by("-created_at")[:5]
    return render(
        request,
        "monitoring/home.html",
        {"counts": dashboard_counts(since=since), "latest": latest, "alerts": alerts},
    )


@login_required
@capability_required("access_monitoring")
def source_list(request):
    sources = Source.objects.select_related("outlet").order_by("name")
    page = Paginator(sources, 50).get_page(request.GET.get("page"))
    return render(request, "monitoring/source_list.html", {"page": page})


@login_required
@capability_required("manage_monitoring")
def source_add(request):
    form = SourceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        source = source_create(actor=request.user, data=form.cleaned_data)
        messages.success(request, _("Fuente agregada. Se consultará en el próximo minuto."))
        return redirect("monitoring:source_detail", source.pk)
    return render(request, "monitoring/source_form.html", {"form": form})


@login_required
def source_detail(request, source_id: int):
    source = access_source(request.user, source_id)
    clippings = source.clippings.order_by("-published_at", "-pk")[:20]
    return render(
        request,
        "monitoring/source_detail.html",
        {
            "source": source,
            "clippings": clippings,
            "history": history_for(source)[:20],
            "can_manage": has_capability(request.user, "manage_monitoring"),
        },
    )


@login_required
def source_edit(request, source_id: int):
    source = access_source(request.user, source_id, write=True)
    form = SourceForm(request.POST or None, instance=source)
    if request.method == "POST" and form.is_valid():
        source_update(actor=request.user, source=source, data=form.cleaned_data)
        messages.success(request, _("Fuente guardada."))
        return redirect("monitoring:source_detail", source.pk)
    return render(request, "monitoring/source_form.html", {"form": form, "source": source})


@login_required
@require_POST
def source_poll(request, source_id: int):
    source = access_source(request.user, source_id, write=True)
    if not source.is_polled:
        messages.error(request, _("Las fuentes manuales no se consultan: registre sus recortes a mano."))
    elif source_poll_requested(actor=request.user, source=source):
        messages.success(
            request,
            _("Consulta pedida: esta página mostrará los recortes nuevos en cuanto termine."),
        )
    else:
        messages.info(request, _("Ya hay una consulta pedida para esta fuente: espere su resultado."))
    return redirect("monitoring:source_detail", source.pk)
