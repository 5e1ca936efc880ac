"""Pages of Campañas: briefs from the units, campaigns with their board and timeline, pieces, the plan."""

from __future__ import annotations

import calendar as pycalendar
from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.campaigns import calendar as editorial
from heraldo.campaigns import permissions as gates
from heraldo.campaigns import selectors
from heraldo.campaigns.channels import Channel
from heraldo.campaigns.forms import (
    AcceptForm,
    ActionForm,
    AssetUseForm,
    AttachmentForm,
    BrandCheckForm,
    CampaignForm,
    CloseForm,
    CommentForm,
    KpiForm,
    KpiResultForm,
    MediaEntryForm,
    MediaResultForm,
    PieceForm,
    PinnedCommentForm,
    PlanForm,
    PlanLineForm,
    ReasonForm,
    ReleaseLinkForm,
    RequestForm,
    RescheduleForm,
    VersionForm,
)
from heraldo.campaigns.models import (
    Campaign,
    CampaignStatus,
    Kpi,
    MediaPlanEntry,
    Piece,
    PieceStatus,
    PlanLine,
    RequestStatus,
)
from heraldo.campaigns.publicity import piece_verdict, uncovered
from heraldo.campaigns.services import campaigns as campaign_services
from heraldo.campaigns.services import links as link_services
from heraldo.campaigns.services import pieces as piece_services
from heraldo.campaigns.services import plans as plan_services
from heraldo.campaigns.services import requests as request_services
from heraldo.ceremonial.permissions import can_read_agenda
from heraldo.core.dates import shown_date
from heraldo.core.permissions import has_capability
from heraldo.core.writes import refusals_as_messages, refusals_on, show_refusal
from heraldo.directory.selectors import own_municipality
from heraldo.publicity.checks import translated
from heraldo.publicity.exceptions import can_write_exception

PAGE_SIZE = 25


def _page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def _form_page(
    request, form, *, title, back_url, intro="", multipart=False, template="campaigns/form_page.html", **extra
):
    return render(
        request,
        template,
        {"form": form, "title": title, "back_url": back_url, "intro": intro, "multipart": multipart, **extra},
    )


# ------------------------------------------------------------------ home


@login_required
def home(request):
    gates.require_campaigns(request.user)
    if not gates.is_office(request.user):
        return redirect("campaigns:request_list")
    status = request.GET.get("estado", "")
    if status not in CampaignStatus.values:
        status = ""
    campaigns = selectors.campaign_list(gates.campaigns_visible_to(request.user), status=status)
    return render(
        request,
        "campaigns/home.html",
        {
            "page": _page(request, campaigns),
            "waiting": selectors.requests_waiting().select_related("created_by")[:10],
            "status": status,
            "statuses": CampaignStatus.choices,
            "can_manage": gates.can_manage(request.user),
            "section": "campaigns",
        },
    )


# ------------------------------------------------------------------ the editorial calendar


def _month_start(raw: str | None) -> date:
    today = timezone.localdate()
    try:
        year, month = (int(part) for part in (raw or "").split("-"))
        return date(year, month, 1) if 2000 <= year <= 2100 else today.replace(day=1)
    except ValueError:
        return today.replace(day=1)


def _calendar_filters(request) -> tuple[editorial.Filters, dict]:
    """The filters asked for; an unknown channel, campaign or person is dropped (the page says so)."""
    dropped = []
    channel = request.GET.get("canal", "")
    if channel and channel not in Channel.values:
        dropped.append(_("canal"))
        channel = ""
    campaign = None
    if request.GET.get("campana"):
        campaign = gates.campaigns_visible_to(request.user).filter(pk=_int(request.GET["campana"])).first()
        if campaign is None:
            dropped.append(_("campaña"))
    people = selectors.calendar_people()
    person_id = _int(request.GET.get("persona"))
    if request.GET.get("persona") and person_id not in {person.pk for person in people}:
        dropped.append(_("persona"))
        person_id = None
    return editorial.Filters(channel, campaign, person_id), {"people": people, "dropped": dropped}


def _int(raw) -> int | None:
    try:
        return int(raw)
    except (TypeError, ValueError):
        return None


@login_required
def editorial_calendar(request):
    """Pieces, campaigns and releases on one month; a piece is dragged to another day, or moved by its date field."""
    gates.require_office(request.user)
    first = _month_start(request.GET.get("mes"))
    last = first.replace(day=pycalendar.monthrange(first.year, first.month)[1])
    filters, extra = _calendar_filters(request)
    month = editorial.editorial_month(
        first=first,
        last=last,
        filters=filters,
        campaigns=gates.campaigns_visible_to(request.user),
        can_reschedule=gates.can_manage(request.user),
        show_releases=has_capability(request.user, "access_press"),
        show_agenda=can_read_agenda(request.user),
    )
    weeks = [
        [(day, month.days.get(day, [])) for day in week]
        for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    return render(
        request,
        "campaigns/calendar.html",
        {
            "first": first,
            "weeks": weeks,
            "agenda": sorted(month.days.items()),
            "previous": (first - timedelta(days=1)).replace(day=1),
            "next": last + timedelta(days=1),
            "today": timezone.localdate(),
            "filters": filters,
            "channels": Channel.choices,
            "campaign_choices": gates.campaigns_visible_to(request.user)
            .only("pk", "title")
            .order_by("-starts_on")[:100],
            "here": request.get_full_path(),
            "can_manage": gates.can_manage(request.user),
            "section": "calendar",
            **extra,
        },
    )


# ------------------------------------------------------------------ briefs from the units


@login_required
def request_list(request):
    gates.require_campaigns(request.user)
    status = request.GET.get("estado", "")
    briefs = (
        gates.requests_visible_to(request.user).select_related("campaign", "created_by").order_by("-updated_at", "-pk")
    )
    if status in RequestStatus.values:
        briefs = briefs.filter(status=status)
    return render(
        request,
        "campaigns/request_list.html",
        {
            "page": _page(request, briefs),
            "status": status,
            "statuses": RequestStatus.choices,
            "can_request": gates.can_request(request.user),
            "is_office": gates.is_office(request.user),
            "section": "requests",
        },
    )


def _require_requester(user) -> None:
    if not gates.can_request(user):
        raise PermissionDenied


def _brief_page(request, form, brief=None):
    return render(
        request,
        "campaigns/request_form.html",
        {"form": form, "brief": brief, "section": "requests"},
    )


@login_required
def request_create(request):
    _require_requester(request.user)
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            brief = request_services.request_save(actor=request.user, brief=None, data=form.cleaned_data)
            return _after_brief_save(request, brief)
    return _brief_page(request, form)


@login_required
def request_edit(request, request_id: int):
    brief = gates.access_request(request.user, request_id, write=True)
    if not brief.is_editable:
        messages.error(request, _("La solicitud ya fue enviada: coméntela en lugar de editarla."))
        return redirect(brief)
    form = RequestForm(request.POST or None, instance=brief)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            brief = request_services.request_save(actor=request.user, brief=brief, data=form.cleaned_data)
            return _after_brief_save(request, brief)
    return _brief_page(request, form, brief)


def _after_brief_save(request, brief):
    if "send" in request.POST:
        with refusals_as_messages(request):
            request_services.request_submit(actor=request.user, brief=brief)
            messages.success(request, _("Solicitud enviada a la Unidad de Imagen."))
            return redirect(brief)
        return redirect("campaigns:request_edit", brief.pk)
    messages.success(request, _("Borrador guardado."))
    return redirect(brief)


@login_required
@require_POST
def request_autosave(request):
    """The brief's form posts itself every few seconds; the draft lives on the server from the first words."""
    _require_requester(request.user)
    brief_id = request.POST.get("brief") or None
    brief = gates.access_request(request.user, brief_id, write=True) if brief_id else None
    if brief is not None and not brief.is_editable:
        return JsonResponse({"saved": False, "error": _("La solicitud ya fue enviada.")}, status=409)
    if brief is None and not request.POST.get("title", "").strip():
        return JsonResponse({"saved": False})  # a draft starts once the campaign has a name
    form = RequestForm(request.POST, instance=brief)
    if not form.is_valid():
        field, errors = next(iter(form.errors.items()))
        label = form.fields[field].label if field in form.fields else ""
        return JsonResponse(
            {"saved": False, "field": field, "error": f"{label}: {errors[0]}" if label else errors[0]}, status=400
        )
    try:
        brief = request_services.request_save(actor=request.user, brief=brief, data=form.cleaned_data)
    except ValidationError as refusal:  # the refusal's sentence goes back to the page
        return JsonResponse({"saved": False, "error": " ".join(refusal.messages)}, status=400)
    return JsonResponse(
        {"saved": True, "brief": brief.pk, "edit_url": reverse("campaigns:request_edit", args=[brief.pk])}
    )


@login_required
def request_detail(request, request_id: int):
    brief = gates.access_request(request.user, request_id)
    is_office = gates.is_office(request.user)
    own = gates.can_request(request.user) and brief.unit == request.user.requesting_unit
    campaign = getattr(brief, "campaign", None) if brief.status == RequestStatus.ACCEPTED else None
    return render(
        request,
        "campaigns/request_detail.html",
        {
            "brief": brief,
            "campaign": campaign,
            "comments": brief.comments.select_related("author"),
            "attachments": brief.attachments.select_related("uploaded_by"),
            "comment_form": CommentForm(),
            "attachment_form": AttachmentForm() if own and brief.is_editable else None,
            "can_edit": own and brief.is_editable,
            "can_decide": gates.can_manage(request.user) and brief.status == RequestStatus.SUBMITTED,
            "accept_form": AcceptForm(),
            "reason_form": ReasonForm(),
            "is_office": is_office,
            "section": "requests",
        },
    )


@login_required
@require_POST
def request_submit(request, request_id: int):
    brief = gates.access_request(request.user, request_id, write=True)
    with refusals_as_messages(request):
        request_services.request_submit(actor=request.user, brief=brief)
        messages.success(request, _("Solicitud enviada a la Unidad de Imagen."))
    return redirect(brief)


@login_required
@require_POST
def request_comment(request, request_id: int):
    brief = gates.access_request(request.user, request_id)
    form = CommentForm(request.POST)
    if form.is_valid():
        request_services.request_comment(actor=request.user, brief=brief, body=form.cleaned_data["body"])
        messages.success(request, _("Comentario publicado."))
    else:
        messages.error(request, _("Escriba el comentario antes de publicarlo."))
    return redirect(brief)


def _errors_as_messages(request, form, *, whole_form_label: str = "") -> None:
    """A form posted from a button on another page: its errors come back as messages, each with its field's label
    (errors of the whole form with `whole_form_label`)."""
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else whole_form_label
        messages.error(request, f"{label}: {' '.join(errors)}" if label else " ".join(errors))


@login_required
@require_POST
def request_attach(request, request_id: int):
    brief = gates.access_request(request.user, request_id, write=True)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        request_services.request_attach(
            actor=request.user, brief=brief, title=form.cleaned_data["title"], upload=form.cleaned_data["file"]
        )
        messages.success(request, _("Archivo adjuntado."))
    else:
        _errors_as_messages(request, form)
    return redirect(brief)


@login_required
@require_POST
def request_accept(request, request_id: int):
    gates.require_office(request.user, write=True)
    brief = gates.access_request(request.user, request_id)
    form = AcceptForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["plan_line"]))
        return redirect(brief)
    with refusals_as_messages(request):
        campaign = request_services.request_accept(
            actor=request.user, brief=brief, plan_line=form.cleaned_data["plan_line"]
        )
        messages.success(request, _("Solicitud aceptada: la campaña conserva el brief de la unidad."))
        return redirect(campaign)
    return redirect(brief)


@login_required
@require_POST
def request_answer(request, request_id: int):
    """Ask the unit for changes, or decline; both with a reason."""
    gates.require_office(request.user, write=True)
    brief = gates.access_request(request.user, request_id)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Motivo: escriba el motivo para la unidad."))
        return redirect(brief)
    service = (
        request_services.request_decline
        if request.POST.get("decision") == "decline"
        else request_services.request_ask_changes
    )
    with refusals_as_messages(request):
        service(actor=request.user, brief=brief, reason=form.cleaned_data["reason"])
        messages.success(request, _("Respuesta enviada a %(unit)s.") % {"unit": brief.unit})
    return redirect(brief)


# ------------------------------------------------------------------ campaigns


@login_required
def campaign_create(request):
    gates.require_office(request.user, write=True)
    form = CampaignForm(request.POST or None, initial={"owner": request.user.pk, "starts_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            campaign = campaign_services.campaign_create(actor=request.user, data=form.cleaned_data)
            messages.success(request, _("Campaña creada."))
            return redirect(campaign)
    return _form_page(request, form, title=_("Nueva campaña"), back_url=reverse("campaigns:home"))


@login_required
def campaign_edit(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    form = CampaignForm(request.POST or None, instance=campaign)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            campaign_services.campaign_update(actor=request.user, campaign=campaign, data=form.cleaned_data)
            messages.success(request, _("Campaña guardada."))
            return redirect(campaign)
    return _form_page(request, form, title=_("Editar campaña"), back_url=campaign.get_absolute_url())


def _campaign_context(request, campaign: Campaign, tab: str) -> dict:
    return {"campaign": campaign, "tab": tab, "can_manage": gates.can_manage(request.user), "section": "campaigns"}


@login_required
def campaign_detail(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id)
    report = selectors.campaign_report(campaign)
    return render(
        request,
        "campaigns/campaign_detail.html",
        {
            **_campaign_context(request, campaign, "summary"),
            "report": report,
            "pieces": campaign.pieces.select_related("designer"),
            "releases": selectors.campaign_releases(campaign) if has_capability(request.user, "access_press") else None,
            "release_form": ReleaseLinkForm() if gates.can_manage(request.user) else None,
            "kpi_form": KpiForm(prefix="kpi"),
            "close_form": CloseForm(),
        },
    )


@login_required
def campaign_board(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id)
    return render(
        request,
        "campaigns/campaign_board.html",
        {
            **_campaign_context(request, campaign, "board"),
            "columns": selectors.board(campaign),
            "today": timezone.localdate(),
        },
    )


@login_required
def campaign_timeline(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id)
    today = timezone.localdate()
    return render(
        request,
        "campaigns/campaign_timeline.html",
        {**_campaign_context(request, campaign, "timeline"), "timeline": selectors.timeline(campaign, today=today)},
    )


@login_required
@require_POST
def campaign_status(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    form = CloseForm(request.POST)
    if form.is_valid():
        with refusals_as_messages(request):
            campaign_services.campaign_set_status(
                actor=request.user,
                campaign=campaign,
                status=form.cleaned_data["status"],
                notes=form.cleaned_data["notes"],
            )
            messages.success(request, _("Estado de la campaña actualizado."))
    return redirect(campaign)


@login_required
def campaign_report(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id)
    pdf = campaign_services.closing_report_pdf(campaign=campaign, report=selectors.campaign_report(campaign))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="campana-{campaign.pk}-informe.pdf"'
    return response


@login_required
@require_POST
def campaign_release_link(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    form = ReleaseLinkForm(request.POST)
    if form.is_valid():
        with refusals_as_messages(request):
            link_services.release_link(actor=request.user, campaign=campaign, release=form.cleaned_data["release"])
            messages.success(request, _("La nota de prensa pertenece ahora a la campaña."))
    else:
        _errors_as_messages(request, form)
    return redirect(campaign)


@login_required
@require_POST
def campaign_release_unlink(request, campaign_id: int, release_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    release = campaign.releases.filter(pk=release_id).first()
    if release is None:
        raise Http404
    with refusals_as_messages(request):
        link_services.release_unlink(actor=request.user, campaign=campaign, release=release)
        messages.success(request, _("La nota ya no pertenece a la campaña."))
    return redirect(campaign)


@login_required
@require_POST
def kpi_add(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    form = KpiForm(request.POST, prefix="kpi", instance=Kpi(campaign=campaign))
    if form.is_valid():
        with refusals_as_messages(request):
            campaign_services.kpi_add(actor=request.user, campaign=campaign, data=form.cleaned_data)
            messages.success(request, _("Indicador añadido."))
    else:
        _errors_as_messages(request, form, whole_form_label=_("Indicador"))
    return redirect(campaign)


@login_required
def kpi_record(request, campaign_id: int, kpi_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    kpi = campaign.kpis.filter(pk=kpi_id).first()
    if kpi is None:
        raise Http404
    form = KpiResultForm(request.POST or None, instance=kpi)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            campaign_services.kpi_record(actor=request.user, kpi=kpi, achieved=form.cleaned_data["achieved"])
            messages.success(request, _("Resultado registrado."))
            return redirect(campaign)
    return _form_page(
        request, form, title=_("Resultado: %(kpi)s") % {"kpi": kpi.name}, back_url=campaign.get_absolute_url()
    )


@login_required
def media_add(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    form = MediaEntryForm(
        request.POST or None,
        instance=MediaPlanEntry(campaign=campaign),
        initial={"starts_on": campaign.starts_on, "ends_on": campaign.ends_on},
    )
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            campaign_services.media_entry_add(actor=request.user, campaign=campaign, data=form.cleaned_data)
            messages.success(request, _("Medio añadido al plan de medios."))
            return redirect(campaign)
    return _form_page(
        request,
        form,
        title=_("Medio del plan de medios"),
        back_url=campaign.get_absolute_url(),
        intro=_(
            "La Ley 28874 (art. 3) pide justificar técnicamente cada medio: público objetivo, finalidad, cobertura, "
            "duración, alcance local y licencia vigente del MTC."
        ),
    )


@login_required
def media_results(request, campaign_id: int, entry_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    entry = campaign.media_plan.filter(pk=entry_id).first()
    if entry is None:
        raise Http404
    form = MediaResultForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            campaign_services.media_entry_results(actor=request.user, entry=entry, data=form.cleaned_data)
            messages.success(request, _("Resultados registrados."))
            return redirect(campaign)
    return _form_page(
        request, form, title=_("Resultados: %(medium)s") % {"medium": entry}, back_url=campaign.get_absolute_url()
    )


@login_required
def action_add(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    form = ActionForm(request.POST or None, campaign=campaign, initial={"owner": campaign.owner_id})
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            campaign_services.action_add(actor=request.user, campaign=campaign, data=form.cleaned_data)
            messages.success(request, _("Acción creada: está en el tablero y en Mi trabajo de su responsable."))
            return redirect("campaigns:campaign_board", campaign.pk)
    return _form_page(
        request, form, title=_("Nueva acción"), back_url=reverse("campaigns:campaign_board", args=[campaign.pk])
    )


# ------------------------------------------------------------------ pieces


def _default_ubigeo() -> str:
    municipality = own_municipality()
    ubigeo = (municipality.ubigeo if municipality else "") or ""
    return ubigeo if len(ubigeo) == 6 else "150101"


@login_required
def piece_create(request, campaign_id: int):
    campaign = gates.access_campaign(request.user, campaign_id, write=True)
    form = PieceForm(
        request.POST or None,
        instance=Piece(campaign=campaign),
        initial={"exposure_starts": campaign.starts_on, "exposure_ends": campaign.ends_on, "ubigeo": _default_ubigeo()},
    )
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            piece = piece_services.piece_create(actor=request.user, campaign=campaign, data=form.cleaned_data)
            messages.success(request, _("Pieza planificada."))
            return redirect(piece)
    return _form_page(request, form, title=_("Nueva pieza"), back_url=campaign.get_absolute_url())


@login_required
def piece_edit(request, piece_id: int):
    piece = gates.access_piece(request.user, piece_id, write=True)
    form = PieceForm(request.POST or None, instance=piece)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            piece_services.piece_update(actor=request.user, piece=piece, data=form.cleaned_data)
            messages.success(request, _("Pieza guardada."))
            return redirect(piece)
    return _form_page(request, form, title=_("Editar pieza"), back_url=piece.get_absolute_url())


@login_required
def piece_detail(request, piece_id: int):
    piece = gates.access_piece(request.user, piece_id)
    kit_number, items = piece_services.current_brand_checklist()
    can_manage = gates.can_manage(request.user)
    verdict = piece_verdict(piece)
    versions = list(piece.versions.select_related("uploaded_by"))
    comments = list(piece.comments.select_related("author", "version"))
    # Pins are numbered on the latest version's image, in the order they were placed.
    latest = versions[0] if versions else None
    pinned = [c for c in comments if c.is_pinned and latest is not None and c.version_id == latest.pk]
    for number, comment in enumerate(pinned, start=1):
        comment.pin_number = number  # type: ignore[attr-defined]
    return render(
        request,
        "campaigns/piece_detail.html",
        {
            "piece": piece,
            "campaign": piece.campaign,
            "versions": versions,
            "comments": comments,
            "pins": [(number, comment) for number, comment in enumerate(pinned, start=1)],
            "comment_form": PinnedCommentForm(),
            "assets": piece.assets.all(),
            "asset_form": AssetUseForm() if can_manage else None,
            "can_save_to_library": (
                can_manage
                and has_capability(request.user, "manage_press")
                and piece.status == PieceStatus.APPROVED
                and bool(versions)
                and versions[0].is_image
            ),
            "version_form": VersionForm() if can_manage else None,
            "brand_form": BrandCheckForm(
                items=items, initial={"checked": [k for k, v in piece.brand_checks.items() if v]}
            )
            if can_manage and items
            else None,
            "brand_items": [(item, piece.brand_checks.get(item, False)) for item in items],
            "kit_number": kit_number,
            "approval_refusal": piece_services.approval_refusal(piece, verdict) if can_manage else None,
            "publicity": {
                "verdict": verdict.verdict,
                "regime": verdict.regime.value,
                "processes": verdict.processes,
                "findings": [(finding, translated(finding.template, finding.params)) for finding in verdict.findings],
                "tasks": [(follow_up, translated(follow_up.template, follow_up.params)) for follow_up in verdict.tasks],
                "uncovered": uncovered(piece, verdict),
                "can_override": can_write_exception(request.user)
                and piece.status not in (PieceStatus.APPROVED, PieceStatus.OFFICE_APPROVED),
                "blocked_sentence": _("Las observaciones bloqueantes impiden aprobar la pieza."),
                "override_url": reverse("campaigns:piece_publicity_override", args=[piece.pk]),
            },
            "can_manage": can_manage,
            "can_approve_unit": gates.can_approve_for_unit(request.user, piece)
            and piece.status == PieceStatus.OFFICE_APPROVED,
            "section": "campaigns",
        },
    )


@login_required
@require_POST
def piece_version(request, piece_id: int):
    piece = gates.access_piece(request.user, piece_id, write=True)
    form = VersionForm(request.POST, request.FILES)
    if form.is_valid():
        piece_services.version_add(
            actor=request.user, piece=piece, upload=form.cleaned_data["file"], note=form.cleaned_data["note"]
        )
        messages.success(request, _("Nueva versión subida: vuelve a revisión."))
    else:
        _errors_as_messages(request, form)
    return redirect(piece)


@login_required
@require_POST
def piece_comment(request, piece_id: int):
    piece = gates.access_piece(request.user, piece_id)
    form = PinnedCommentForm(request.POST)
    if form.is_valid():
        with refusals_as_messages(request):
            piece_services.piece_comment(
                actor=request.user,
                piece=piece,
                body=form.cleaned_data["body"],
                version=piece.versions.first(),
                x=form.cleaned_data["x"],
                y=form.cleaned_data["y"],
            )
            messages.success(request, _("Comentario publicado."))
    elif "body" in form.errors:
        messages.error(request, _("Escriba el comentario antes de publicarlo."))
    else:
        _errors_as_messages(request, form)
    return redirect(piece)


@login_required
def piece_reschedule(request, piece_id: int):
    """The date field behind the calendar's drag: a new day for the piece to go out, checked again by the rules."""
    piece = gates.access_piece(request.user, piece_id, write=True)
    form = RescheduleForm(request.POST or None, initial={"starts_on": piece.exposure_starts})
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    if request.method == "POST":
        dragged = bool(back and request.POST.get("dragged"))  # a drop on the calendar: the answer goes back there
        if form.is_valid():
            try:
                piece, verdict = piece_services.piece_reschedule(
                    actor=request.user, piece=piece, starts_on=form.cleaned_data["starts_on"]
                )
            except ValidationError as refusal:
                if dragged:
                    messages.error(request, " ".join(refusal.messages))
                    return redirect(back)
                show_refusal(form, refusal)
            else:
                _say_rescheduled(request, piece, verdict)
                return redirect(back or piece.get_absolute_url())
        elif dragged:
            _errors_as_messages(request, form)
            return redirect(back)
    return _form_page(
        request,
        form,
        title=_("Reprogramar «%(title)s»") % {"title": piece.title},
        back_url=back or piece.get_absolute_url(),
        intro=_(
            "La pieza conserva cuántos días queda expuesta. Si la nueva fecha cae en un periodo electoral, "
            "se revisa otra vez con las normas de publicidad estatal."
        ),
        next_url=back,
    )


def _say_rescheduled(request, piece, verdict) -> None:
    day = shown_date(piece.exposure_starts)
    messages.success(request, _("«%(title)s» sale ahora el %(day)s.") % {"title": piece.title, "day": day})
    if verdict.verdict != "pass":
        findings = " ".join(f"[{f.rule}] {translated(f.template, f.params)}" for f in verdict.findings)
        messages.warning(request, _("Normas de publicidad en la nueva fecha: %(findings)s") % {"findings": findings})


@login_required
@require_POST
def piece_asset_use(request, piece_id: int):
    piece = gates.access_piece(request.user, piece_id, write=True)
    form = AssetUseForm(request.POST)
    if form.is_valid():
        with refusals_as_messages(request):
            link_services.asset_use(actor=request.user, piece=piece, asset=form.cleaned_data["asset"])
            messages.success(request, _("La pieza usa ahora el archivo de la biblioteca."))
    else:
        _errors_as_messages(request, form)
    return redirect(piece)


@login_required
@require_POST
def piece_to_library(request, piece_id: int):
    """Only who may add to Prensa's library (manage_press) saves the approved artwork there."""
    piece = gates.access_piece(request.user, piece_id, write=True)
    if not has_capability(request.user, "manage_press"):
        raise Http404
    with refusals_as_messages(request):
        asset, created = link_services.piece_to_library(actor=request.user, piece=piece)
        if created:
            messages.success(request, _("La pieza aprobada está ahora en la biblioteca de medios."))
        else:
            messages.info(request, _("Esa imagen ya estaba en la biblioteca de medios: no se duplicó."))
    return redirect(piece)


@login_required
@require_POST
def piece_asset_drop(request, piece_id: int, asset_id: int):
    piece = gates.access_piece(request.user, piece_id, write=True)
    asset = piece.assets.filter(pk=asset_id).first()
    if asset is None:
        raise Http404
    with refusals_as_messages(request):
        link_services.asset_drop(actor=request.user, piece=piece, asset=asset)
        messages.success(request, _("La pieza ya no usa ese archivo."))
    return redirect(piece)


@login_required
@require_POST
def piece_brand(request, piece_id: int):
    piece = gates.access_piece(request.user, piece_id, write=True)
    _number, items = piece_services.current_brand_checklist()
    form = BrandCheckForm(request.POST, items=items)
    if form.is_valid():
        with refusals_as_messages(request):
            piece_services.brand_check_record(actor=request.user, piece=piece, checked=form.cleaned_data["checked"])
            messages.success(request, _("Revisión del manual de marca registrada."))
    else:
        messages.error(request, " ".join(form.errors.get("checked", [])))
    return redirect(piece)


@login_required
@require_POST
def piece_publicity_override(request, piece_id: int):
    piece = gates.access_piece(request.user, piece_id, write=True)
    with refusals_as_messages(request):
        piece_services.piece_publicity_override(actor=request.user, piece=piece, reason=request.POST.get("reason", ""))
        messages.success(request, _("Excepción registrada: la pieza puede aprobarse."))
    return redirect(piece)


@login_required
@require_POST
def piece_approve(request, piece_id: int):
    """The office approves with Campañas management; the requesting unit approves the pieces that concern it."""
    piece = gates.access_piece(request.user, piece_id)
    with refusals_as_messages(request):
        if request.POST.get("as") == "unit":
            if not gates.can_approve_for_unit(request.user, piece):
                raise Http404
            piece_services.piece_approve_unit(actor=request.user, piece=piece)
        else:
            if not gates.can_manage(request.user):
                raise Http404
            piece_services.piece_approve_office(actor=request.user, piece=piece)
        messages.success(request, _("Pieza aprobada."))
    return redirect(piece)


# ------------------------------------------------------------------ the plan


@login_required
def plan_list(request):
    gates.require_office(request.user)
    from heraldo.campaigns.models import AdvertisingPlan

    plans = AdvertisingPlan.objects.select_related("head_approved_by", "mayor_approved_by")
    return render(
        request,
        "campaigns/plan_list.html",
        {"page": _page(request, plans), "can_manage": gates.can_manage(request.user), "section": "plan"},
    )


@login_required
def plan_create(request):
    gates.require_office(request.user, write=True)
    form = PlanForm(request.POST or None, initial={"year": timezone.localdate().year + 1})
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            plan = plan_services.plan_create(actor=request.user, data=form.cleaned_data)
            messages.success(request, _("Plan registrado: añada sus líneas."))
            return redirect(plan)
    return _form_page(
        request, form, title=_("Nuevo plan de estrategia publicitaria"), back_url=reverse("campaigns:plan_list")
    )


@login_required
def plan_edit(request, plan_id: int):
    plan = gates.access_plan(request.user, plan_id, write=True)
    form = PlanForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            plan_services.plan_update(actor=request.user, plan=plan, data=form.cleaned_data)
            messages.success(request, _("Plan guardado."))
            return redirect(plan)
    return _form_page(request, form, title=_("Editar el plan"), back_url=plan.get_absolute_url())


@login_required
def plan_detail(request, plan_id: int):
    plan = gates.access_plan(request.user, plan_id)
    lines = plan.lines.prefetch_related("channel_budgets")
    return render(
        request,
        "campaigns/plan_detail.html",
        {
            "plan": plan,
            "lines": lines,
            "execution": selectors.plan_execution(plan),
            "campaigns": Campaign.objects.filter(plan_line__plan=plan).select_related("plan_line")[:50],
            "can_manage": gates.can_manage(request.user),
            "can_approve_head": gates.can_approve_plan_as_head(request.user) and plan.status == "BORRADOR",
            "can_approve_mayor": gates.can_approve_plan_as_mayor(request.user) and plan.status == "VB_JEFATURA",
            "section": "plan",
        },
    )


@login_required
def plan_line_add(request, plan_id: int):
    plan = gates.access_plan(request.user, plan_id, write=True)
    form = PlanLineForm(request.POST or None, instance=PlanLine(plan=plan))
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            plan_services.line_add(
                actor=request.user, plan=plan, data=form.cleaned_data, channel_budgets=form.channel_budgets()
            )
            messages.success(request, _("Línea añadida."))
            return redirect(plan)
    return _form_page(
        request,
        form,
        title=_("Nueva línea del plan"),
        back_url=plan.get_absolute_url(),
        intro=_("El presupuesto por canal debe sumar el de la línea."),
        template="campaigns/plan_line_form.html",
    )


@login_required
@require_POST
def plan_approve(request, plan_id: int):
    plan = gates.access_plan(request.user, plan_id)
    as_head = gates.can_approve_plan_as_head(request.user)
    if not (as_head or gates.can_approve_plan_as_mayor(request.user)):
        raise Http404
    with refusals_as_messages(request):
        plan_services.plan_approve(actor=request.user, plan=plan, as_head=as_head)
        messages.success(request, _("Plan aprobado."))
    return redirect(plan)
