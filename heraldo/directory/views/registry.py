"""Pages for entities, persons, cargos and terms."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.audit import history_for
from heraldo.core.permissions import capability_required
from heraldo.core.writes import refusals_on
from heraldo.directory import selectors
from heraldo.directory.forms import (
    EntityFilterForm,
    EntityForm,
    PersonFilterForm,
    PersonForm,
    PositionForm,
    TermEndForm,
    TermForm,
)
from heraldo.directory.models import Entity, EntityKind, Person
from heraldo.directory.permissions import (
    access_entity,
    access_person,
    access_position,
    access_term,
    can_manage,
    can_see_personal_data,
)
from heraldo.directory.selectors_keeping import active_record_count, registry_figures
from heraldo.directory.services import registry
from heraldo.directory.services.authorities import term_open
from heraldo.directory.services.duplicates import similar_entities, similar_persons

PAGE_SIZE = 25


def _querystring(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _require_manage(user) -> None:
    if not can_manage(user):
        raise PermissionDenied


def _history_page(request, target):
    return Paginator(history_for(target), 20).get_page(request.GET.get("hpage"))


class _CountedPaginator(Paginator):
    """A paginator given its count, from a figure already at hand, instead of counting the rows."""

    def __init__(self, object_list, per_page: int, *, count: int):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # what the cached property `count` would have computed


def _count_if_unfiltered(filters: dict, model: type[Entity] | type[Person]) -> int | None:
    """The list's count when it shows every active record: kept under the Registro's change stamp."""
    if filters.get("active") != "1" or any(value for key, value in filters.items() if key != "active"):
        return None
    return active_record_count(model)


def _filtered_list(request, form, queryset, template: str, table_fragment: str, *, count: int | None = None):
    """A paginated, filtered list; an HTMX request gets only the table, so filtering does not reload the page."""
    paginator = Paginator(queryset, PAGE_SIZE) if count is None else _CountedPaginator(queryset, PAGE_SIZE, count=count)
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        f"{template}#{table_fragment}" if request.htmx else template,
        {"form": form, "page": page, "querystring": _querystring(request), "can_manage": can_manage(request.user)},
    )


def _unconfirmed_similar(request, find_similar) -> list:
    """Records that look like the one being created, unless the user has confirmed it is a different one."""
    if request.POST.get("confirmar_distinto"):
        return []
    return find_similar()


def _create_page(request, context, similar, detail_name: str):
    """The creation form, listing any look-alike records with a link to each so a duplicate is not registered."""
    context["similar"] = [(record, score, reverse(detail_name, args=[record.pk])) for record, score in similar]
    return render(request, "directory/form_page.html", context)


# --------------------------------------------------------------------------- home


@login_required
@capability_required("access_directory")
def home(request):
    today = timezone.localdate()
    figures = registry_figures(now=timezone.now())
    context = {
        "entity_count": figures.entities,
        "person_count": figures.persons,
        "kinds": [(kind, EntityKind(kind).label, n) for kind, n in figures.entities_by_kind],
        "stale": figures.stale,
        "today": today,
        "can_manage": can_manage(request.user),
    }
    return render(request, "directory/home.html", context)


# --------------------------------------------------------------------------- entities


@login_required
@capability_required("access_directory")
def entity_list(request):
    form = EntityFilterForm(request.GET or None)
    filters = form.filters()
    return _filtered_list(
        request,
        form,
        selectors.entity_list(filters),
        "directory/entity_list.html",
        "entity-table",
        count=_count_if_unfiltered(filters, Entity),
    )


@login_required
@capability_required("access_directory")
def entity_detail(request, entity_id: int):
    entity = access_entity(request.user, entity_id)
    today = timezone.localdate()
    context = {
        "entity": entity,
        "positions": selectors.entity_positions(entity, on=today),
        "children": entity.children.order_by("name")[:50],
        "coordinations": entity.coordinations.all()[:5],
        "history": _history_page(request, entity),
        "can_manage": can_manage(request.user),
        "tab": request.GET.get("tab", "datos"),
    }
    return render(request, "directory/entity_detail.html", context)


@login_required
@capability_required("access_directory")
def entity_create(request):
    _require_manage(request.user)
    form = EntityForm(request.POST or None)
    similar = []
    if request.method == "POST" and form.is_valid():
        similar = _unconfirmed_similar(request, lambda: similar_entities(form.cleaned_data["name"]))
        if not similar:
            with refusals_on(form):
                entity = registry.entity_create(actor=request.user, data=form.service_data(), tags=form.tag_objects())
                messages.success(request, _("Entidad registrada."))
                return redirect("directory:entity_detail", entity.pk)
    context = _form_context(form, _("Nueva entidad"), "directory:entity_list")
    return _create_page(request, context, similar, "directory:entity_detail")


@login_required
@capability_required("access_directory")
def entity_update(request, entity_id: int):
    entity = access_entity(request.user, entity_id, write=True)
    form = EntityForm(request.POST or None, instance=entity)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            registry.entity_update(actor=request.user, entity=entity, data=form.service_data(), tags=form.tag_objects())
            messages.success(request, _("Cambios guardados."))
            return redirect("directory:entity_detail", entity.pk)
    return render(
        request,
        "directory/form_page.html",
        _form_context(form, _("Editar %(name)s") % {"name": entity.name}, "directory:entity_detail", entity.pk),
    )


def _form_context(form, title, back_name, *back_args, multipart=False):
    return {"form": form, "title": title, "back_url": reverse(back_name, args=back_args), "multipart": multipart}


# --------------------------------------------------------------------------- persons


@login_required
@capability_required("access_directory")
def person_list(request):
    form = PersonFilterForm(request.GET or None)
    filters = form.filters()
    queryset = selectors.person_list(filters, on=timezone.localdate())
    return _filtered_list(
        request,
        form,
        queryset,
        "directory/person_list.html",
        "person-table",
        count=_count_if_unfiltered(filters, Person),
    )


@login_required
@capability_required("access_directory")
def person_detail(request, person_id: int):
    from heraldo.directory.services.personal_data import personal_data_viewed

    person = access_person(request.user, person_id)
    show_personal = can_see_personal_data(request.user)
    if show_personal:
        personal_data_viewed(user=request.user, person=person, channel="web")
    context = {
        "person": person,
        "terms": selectors.person_terms(person),
        "history": _history_page(request, person),
        "show_personal": show_personal,
        "can_manage": can_manage(request.user),
        "tab": request.GET.get("tab", "datos"),
    }
    return render(request, "directory/person_detail.html", context)


@login_required
@capability_required("access_directory")
def person_create(request):
    _require_manage(request.user)
    show_personal = can_see_personal_data(request.user)
    form = PersonForm(request.POST or None, request.FILES or None, show_personal=show_personal)
    similar = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        similar = _unconfirmed_similar(request, lambda: similar_persons(data["given_names"], data["surnames"]))
        if not similar:
            with refusals_on(form):
                person = registry.person_create(
                    actor=request.user, data=form.service_data(), tags=form.cleaned_data["tags"]
                )
                messages.success(request, _("Persona registrada."))
                return redirect("directory:person_detail", person.pk)
    context = _form_context(form, _("Nueva persona"), "directory:person_list", multipart=True)
    return _create_page(request, context, similar, "directory:person_detail")


@login_required
@capability_required("access_directory")
def person_update(request, person_id: int):
    person = access_person(request.user, person_id, write=True)
    show_personal = can_see_personal_data(request.user)
    form = PersonForm(request.POST or None, request.FILES or None, instance=person, show_personal=show_personal)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            registry.person_update(
                actor=request.user, person=person, data=form.service_data(), tags=form.cleaned_data["tags"]
            )
            messages.success(request, _("Cambios guardados."))
            return redirect("directory:person_detail", person.pk)
    title = _("Editar datos de %(name)s") % {"name": person.full_name}
    context = _form_context(form, title, "directory:person_detail", person.pk, multipart=True)
    return render(request, "directory/form_page.html", context)


# --------------------------------------------------------------------------- positions and terms


@login_required
@capability_required("access_directory")
def position_detail(request, position_id: int):
    position = access_position(request.user, position_id)
    context = {
        "position": position,
        "terms": selectors.position_terms(position),
        "holder": selectors.current_holder(position, on=timezone.localdate()),
        "history": _history_page(request, position),
        "can_manage": can_manage(request.user),
    }
    return render(request, "directory/position_detail.html", context)


@login_required
@capability_required("access_directory")
def position_create(request, entity_id: int):
    entity = access_entity(request.user, entity_id, write=True)
    form = PositionForm(request.POST or None, initial={"entity": entity, "jurisdiction": entity.ubigeo})
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            position = registry.position_create(actor=request.user, data=form.cleaned_data)
            messages.success(request, _("Cargo creado. Ahora puede registrar a su titular."))
            return redirect("directory:position_detail", position.pk)
    title = _("Nuevo cargo en %(entity)s") % {"entity": entity.name}
    return render(request, "directory/form_page.html", _form_context(form, title, "directory:entity_detail", entity.pk))


@login_required
@capability_required("access_directory")
def position_update(request, position_id: int):
    position = access_position(request.user, position_id, write=True)
    form = PositionForm(request.POST or None, instance=position)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            registry.position_update(actor=request.user, position=position, data=form.cleaned_data)
            messages.success(request, _("Cambios guardados."))
            return redirect("directory:position_detail", position.pk)
    title = _("Editar cargo: %(title)s") % {"title": position}
    context = _form_context(form, title, "directory:position_detail", position.pk)
    return render(request, "directory/form_page.html", context)


@login_required
@capability_required("access_directory")
def term_create(request, position_id: int):
    position = access_position(request.user, position_id, write=True)
    initial = {"starts_on": timezone.localdate()}
    if request.GET.get("person"):
        initial["person"] = request.GET["person"]
    form = TermForm(request.POST or None, position=position, initial=initial)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            term_open(actor=request.user, data=form.service_data(), **form.holder())
            messages.success(request, _("Periodo registrado."))
            return redirect("directory:position_detail", position.pk)
    title = _("Registrar quién ocupa: %(title)s") % {"title": position}
    context = _form_context(form, title, "directory:position_detail", position.pk)
    if form.chosen_person is not None:
        context["intro"] = _("Persona: %(name)s") % {"name": form.chosen_person.full_name}
    else:
        context["intro"] = _(
            "Escriba el nombre: si la persona ya está en el Registro, se la reconoce aunque falten tildes."
        )
    return render(request, "directory/form_page.html", context)


@login_required
@capability_required("access_directory")
def term_update(request, term_id: int):
    term = access_term(request.user, term_id, write=True)
    form = TermForm(request.POST or None, instance=term, position=term.position)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            registry.term_update(actor=request.user, term=term, data=form.service_data())
            messages.success(request, _("Cambios guardados."))
            return redirect("directory:position_detail", term.position_id)
    title = _("Editar periodo: %(term)s") % {"term": term}
    context = _form_context(form, title, "directory:position_detail", term.position_id)
    return render(request, "directory/form_page.html", context)


@login_required
@capability_required("access_directory")
def term_end(request, term_id: int):
    term = access_term(request.user, term_id, write=True)
    form = TermEndForm(request.POST or None, term=term, initial={"ends_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        registry.term_end(
            actor=request.user, term=term, ends_on=form.cleaned_data["ends_on"], status=form.cleaned_data["status"]
        )
        messages.success(request, _("Periodo cerrado. Queda en el historial del cargo."))
        return redirect("directory:position_detail", term.position_id)
    title = _("Cerrar el periodo de %(person)s") % {"person": term.person.full_name}
    context = _form_context(form, title, "directory:position_detail", term.position_id)
    return render(request, "directory/form_page.html", context)


@login_required
@capability_required("access_directory")
@require_POST
def record_verify(request, kind: str, object_id: int):
    if kind not in ("entidad", "persona"):
        raise Http404
    record = (
        access_entity(request.user, object_id, write=True)
        if kind == "entidad"
        else access_person(request.user, object_id, write=True)
    )
    registry.record_verified(actor=request.user, record=record)
    messages.success(request, _("Marcado como verificado hoy."))
    if request.POST.get("next") == "stale":
        tipo = "entidades" if kind == "entidad" else "personas"
        return redirect(f"{reverse('directory:stale_list')}?tipo={tipo}")
    name = "directory:entity_detail" if kind == "entidad" else "directory:person_detail"
    return redirect(name, record.pk)
