"""Pages of the publicity-law data: everyone who works on campaigns or press reads them, the head of unit keeps them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.writes import refusals_as_messages, refusals_on
from heraldo.publicity import services
from heraldo.publicity.checks import load_knowledge
from heraldo.publicity.forms import ElectoralProcessForm, NicknameForm, PoliticalPaletteForm
from heraldo.publicity.models import ElectoralProcess, Nickname, PoliticalPalette
from heraldo.publicity.permissions import can_manage, require_manage, require_read

PAGE_SIZE = 25


def _page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


@login_required
def process_list(request):
    require_read(request.user)
    today = timezone.localdate()
    page = _page(request, ElectoralProcess.objects.all())
    for process in page:
        process.in_force = process.ban_start <= today and (process.end_date is None or today <= process.end_date)
    return render(
        request,
        "publicity/process_list.html",
        {"page": page, "can_manage": can_manage(request.user), "section": "processes"},
    )


def _form_page(request, form, *, title: str, back: str):
    return render(request, "publicity/form_page.html", {"form": form, "title": title, "back_url": back})


@login_required
def process_edit(request, process_id: int | None = None):
    require_manage(request.user)
    process = get_object_or_404(ElectoralProcess, pk=process_id) if process_id else ElectoralProcess()
    form = ElectoralProcessForm(request.POST or None, instance=process)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            saved = services.process_save(actor=request.user, process=process, data=form.cleaned_data)
            messages.success(request, _("Proceso electoral guardado: %(name)s.") % {"name": saved.name})
            return redirect("publicity:process_list")
    title = _("Modificar el proceso electoral") if process_id else _("Nuevo proceso electoral")
    return _form_page(request, form, title=title, back=reverse("publicity:process_list"))


@login_required
def palette_list(request):
    require_read(request.user)
    page = _page(request, PoliticalPalette.objects.all())
    return render(
        request,
        "publicity/palette_list.html",
        {"page": page, "can_manage": can_manage(request.user), "section": "palettes"},
    )


@login_required
def palette_edit(request, palette_id: int | None = None):
    require_manage(request.user)
    palette = get_object_or_404(PoliticalPalette, pk=palette_id) if palette_id else PoliticalPalette()
    form = PoliticalPaletteForm(request.POST or None, instance=palette)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            saved = services.palette_save(actor=request.user, palette=palette, data=form.cleaned_data)
            messages.success(request, _("Paleta guardada: %(name)s.") % {"name": saved.organisation})
            return redirect("publicity:palette_list")
    title = _("Modificar la paleta") if palette_id else _("Nueva paleta de organización política")
    return _form_page(request, form, title=title, back=reverse("publicity:palette_list"))


@login_required
def authority_list(request):
    """The authorities the checks look for, as they are read from the Registro, and their nicknames."""
    require_read(request.user)
    manage = can_manage(request.user)
    form = NicknameForm(request.POST or None) if manage else None
    if request.method == "POST":
        require_manage(request.user)
        if form is not None and form.is_valid():
            with refusals_on(form):
                services.nickname_add(actor=request.user, data=form.cleaned_data)
                messages.success(request, _("Apodo registrado."))
                return redirect("publicity:authority_list")
    authorities = load_knowledge(today=timezone.localdate()).authorities
    return render(
        request,
        "publicity/authority_list.html",
        {
            "page": Paginator(authorities, PAGE_SIZE).get_page(request.GET.get("page")),
            "nicknames": _page(request, Nickname.objects.select_related("person")),
            "form": form,
            "can_manage": manage,
            "section": "authorities",
        },
    )


@login_required
@require_POST
def nickname_remove(request, nickname_id: int):
    require_manage(request.user)
    nickname = get_object_or_404(Nickname.objects.select_related("person"), pk=nickname_id)
    with refusals_as_messages(request):
        services.nickname_remove(actor=request.user, nickname=nickname)
        messages.success(request, _("Apodo quitado."))
    return redirect("publicity:authority_list")
