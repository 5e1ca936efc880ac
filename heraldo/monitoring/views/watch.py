from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from heraldo.core.permissions import capability_required, has_capability
from heraldo.core.writes import Refused
from heraldo.monitoring.forms import TermPersonForm, TopicForm, WatchTermForm
from heraldo.monitoring.models import TermKind, Topic, WatchTerm
from heraldo.monitoring.permissions import access_topic, access_watch_term
from heraldo.monitoring.services.topics import keywords_of, topic_update
from heraldo.monitoring.services.watchlist import (
    topic_create,
    watch_term_create,
    watch_term_link_person,
    watch_term_set_active,
    watch_term_unlink_person,
    watched_people,
    watchlist_sync_from_registry,
)


@login_required
@capability_required("access_monitoring")
def watch_list(request):
    kind = request.GET.get("tipo", "")
    terms = WatchTerm.objects.select_related("person", "topic").order_by("kind", "phrase")
    if kind in TermKind.values:
        terms = terms.filter(kind=kind)
    page = Paginator(terms, 50).get_page(request.GET.get("page"))
    can_manage = has_capability(request.user, "manage_monitoring")
    return render(
        request,
        "monitoring/watch_list.html",
        {
            "page": page,
            "kind": kind,
            "kinds": TermKind.choices,
            "topics": Topic.objects.order_by("name"),
            "term_form": WatchTermForm() if can_manage else None,
            "topic_form": TopicForm() if can_manage else None,
            "can_manage": can_manage,
            "people": watched_people() if can_manage else [],
            "querystring": f"tipo={kind}" if kind else "",
        },
    )


@login_required
@capability_required("manage_monitoring")
@require_POST
def watch_term_add(request):
    form = WatchTermForm(request.POST)
    if form.is_valid():
        try:
            watch_term_create(actor=request.user, phrase=form.cleaned_data["phrase"], kind=form.cleaned_data["kind"])
        except Refused as refusal:
            form.add_error(refusal.field, refusal.reason)
        else:
            messages.success(request, _("Término agregado a la lista de vigilancia."))
            return redirect("monitoring:watch_list")
    return _watch_form_page(request, form, _("Agregar término vigilado"), "monitoring:watch_term_add")


@login_required
@capability_required("manage_monitoring")
def topic_edit(request, topic_id: int):
    topic = access_topic(request.user, topic_id, write=True)
    initial = {"name": topic.name, "keywords": "\n".join(keywords_of(topic)), "is_active": topic.is_active}
    form = TopicForm(request.POST or None, topic=topic, initial=initial)
    if request.method == "POST" and form.is_valid():
        topic_update(actor=request.user, topic=topic, **form.cleaned_data)
        messages.success(request, _("Tema guardado. Los recortes archivados se vuelven a clasificar en unos momentos."))
        return redirect("monitoring:watch_list")
    return render(
        request,
        "monitoring/watch_term_form.html",
        {
            "form": form,
            "title": _("Editar el tema %(name)s") % {"name": topic.name},
            "action_url": request.path,
            "submit": _("Guardar"),
        },
    )


@login_required
@capability_required("manage_monitoring")
@require_POST
def topic_add(request):
    form = TopicForm(request.POST)
    if form.is_valid():
        topic_create(actor=request.user, name=form.cleaned_data["name"], keywords=form.cleaned_data["keywords"])
        messages.success(request, _("Tema agregado con sus palabras clave."))
        return redirect("monitoring:watch_list")
    return _watch_form_page(request, form, _("Agregar tema"), "monitoring:topic_add")


def _watch_form_page(request, form, title: str, action: str):
    """A refused addition to the watch list: its form again, on a page of its own, with the errors."""
    return render(request, "monitoring/watch_term_form.html", {"form": form, "title": title, "action": action})


@login_required
@require_POST
def watch_term_toggle(request, term_id: int):
    term = access_watch_term(request.user, term_id, write=True)
    watch_term_set_active(actor=request.user, term=term, is_active=not term.is_active)
    messages.success(request, _("Término activado.") if term.is_active else _("Término desactivado."))
    return redirect("monitoring:watch_list")


@login_required
@capability_required("manage_monitoring")
@require_POST
def watch_sync(request):
    added = watchlist_sync_from_registry(actor=request.user)
    messages.success(
        request,
        ngettext(
            "Lista actualizada desde el Registro: %(n)s término nuevo.",
            "Lista actualizada desde el Registro: %(n)s términos nuevos.",
            added,
        )
        % {"n": added},
    )
    return redirect("monitoring:watch_list")


@login_required
@require_POST
def watch_term_link(request, term_id: int):
    term = access_watch_term(request.user, term_id, write=True)
    form = TermPersonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Elija a la persona que nombra este alias."))
        return redirect("monitoring:watch_list")
    try:
        watch_term_link_person(actor=request.user, term=term, person=form.cleaned_data["person"])
    except Refused as refusal:
        messages.error(request, refusal.reason)
    else:
        messages.success(
            request, _("«%(alias)s» nombra ahora a %(person)s.") % {"alias": term.phrase, "person": term.person}
        )
    return redirect("monitoring:watch_list")


@login_required
@require_POST
def watch_term_unlink(request, term_id: int):
    term = access_watch_term(request.user, term_id, write=True)
    watch_term_unlink_person(actor=request.user, term=term)
    messages.success(request, _("«%(alias)s» ya no nombra a ninguna persona.") % {"alias": term.phrase})
    return redirect("monitoring:watch_list")
