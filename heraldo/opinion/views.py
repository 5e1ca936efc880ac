"""Pages of Opinión pública: the semáforo and its evidence, the residents' messages, the sectors, and the public
form and tracking page residents use without an account."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.branding import letterhead_context
from heraldo.core.pdf import render_pdf
from heraldo.core.permissions import capability_required, has_capability, public_page
from heraldo.core.ratelimit import client_ip, rate_limit_exceeded
from heraldo.core.text import fold
from heraldo.core.writes import Refused, refusals_on
from heraldo.directory.transfer import MAX_BYTES
from heraldo.monitoring.models import Topic
from heraldo.opinion import imports, selectors, services, social
from heraldo.opinion.forms import (
    AnswerForm,
    ClassifyForm,
    DecisionForm,
    ImportForm,
    IssueActForm,
    IssueCloseForm,
    RecommendationForm,
    ResidentMessageForm,
    SectorForm,
    SignalCorrectForm,
    TrackingForm,
)
from heraldo.opinion.mapping import draw
from heraldo.opinion.models import Recommendation, ResidentMessage, Sector, Signal, SignalImport, Tone
from heraldo.opinion.permissions import access_issue, access_message, access_sector, can_manage_opinion

PERIODS = (7, 30, 90)


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _period(request) -> tuple[int, date]:
    days = _int_or_none(request.GET.get("dias"))
    days = days if days in PERIODS else 30
    return days, timezone.localdate()


@login_required
@capability_required("access_opinion")
def dashboard(request):
    days, end = _period(request)
    topic_id, sector_id = _int_or_none(request.GET.get("tema")), _int_or_none(request.GET.get("sector"))
    cells = selectors.semaforo(end=end, days=days, topic_id=topic_id, sector_id=sector_id)
    page = Paginator(cells, 30).get_page(request.GET.get("page"))
    counts = {colour: sum(1 for c in cells if c.colour == colour) for colour in ("red", "amber", "green")}
    return render(
        request,
        "opinion/dashboard.html",
        {
            "page": page,
            "counts": counts,
            "days": days,
            "periods": PERIODS,
            "start": end - timedelta(days=days - 1),
            "end": end,
            "topics": Topic.objects.filter(is_active=True).order_by("name"),
            "sectors": Sector.objects.filter(is_active=True).order_by("name"),
            "params": request.GET,
            "issues": selectors.open_issues()[:6],
            "waiting": selectors.recommendations_waiting()[:6],
            "open_messages": ResidentMessage.objects.filter(
                status__in=[ResidentMessage.Status.RECEIVED, ResidentMessage.Status.IN_PROGRESS]
            ).count()
            if can_manage_opinion(request.user)
            else None,
        },
    )


@login_required
@capability_required("access_opinion")
def signals(request):
    """The evidence behind a colour; those who manage Opinión correct the topic and sector of what it shows."""
    days, end = _period(request)
    start = end - timedelta(days=days - 1)
    tone = request.GET.get("tono", "")
    tone = tone if tone in Tone.values else ""
    evidence = selectors.signals_of_cell(
        start=start,
        end=end,
        topic_id=_int_or_none(request.GET.get("tema")),
        sector_id=_int_or_none(request.GET.get("sector")),
        tone=tone,
    )
    can_manage = can_manage_opinion(request.user)
    query = request.GET.copy()
    query.pop("page", None)
    correct_form = None
    if can_manage:
        ticked = [int(v) for v in request.POST.getlist("senal") if v.isdigit()]
        correct_form = SignalCorrectForm(request.POST or None, ticked=ticked)
        if request.method == "POST" and correct_form.is_valid():
            chosen = evidence
            if correct_form.cleaned_data["scope"] == correct_form.SCOPE_TICKED:
                chosen = evidence.filter(pk__in=ticked)
            try:
                changed = services.signals_correct(
                    actor=request.user,
                    signals=chosen,
                    topic=correct_form.cleaned_data["topic"],
                    sector=correct_form.cleaned_data["sector"],
                )
            except Refused as refusal:
                correct_form.add_error(None, refusal.messages[0])
            else:
                messages.success(
                    request,
                    ngettext("Se corrigió %(n)s señal.", "Se corrigieron %(n)s señales.", changed) % {"n": changed}
                    if changed
                    else _("Las señales elegidas ya tenían ese tema y sector."),
                )
                return redirect(f"{request.path}?{request.GET.urlencode()}")
    elif request.method == "POST":
        raise PermissionDenied
    page = Paginator(evidence, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "opinion/signals.html",
        {
            "page": page,
            "start": start,
            "end": end,
            "days": days,
            "topic": Topic.objects.filter(pk=_int_or_none(request.GET.get("tema"))).first(),
            "sector": Sector.objects.filter(pk=_int_or_none(request.GET.get("sector"))).first(),
            "tone": tone,
            "query": query.urlencode(),
            "can_manage": can_manage,
            "correct_form": correct_form,
            "message_type": ContentType.objects.get_for_model(ResidentMessage).pk,
            "media_type": Signal.Origin.MEDIA,
            "can_read_media": has_capability(request.user, "access_monitoring"),
        },
        status=400 if correct_form is not None and correct_form.errors else 200,
    )


@login_required
@capability_required("manage_opinion")
def message_list(request):
    status = request.GET.get("estado", "")
    kind = request.GET.get("tipo", "")
    status = status if status in ResidentMessage.Status.values else ""
    kind = kind if kind in ResidentMessage.Kind.values else ""
    page = Paginator(selectors.message_inbox(status=status, kind=kind), 25).get_page(request.GET.get("page"))
    return render(
        request,
        "opinion/messages.html",
        {
            "page": page,
            "statuses": ResidentMessage.Status.choices,
            "kinds": ResidentMessage.Kind.choices,
            "params": request.GET,
        },
    )


@login_required
@capability_required("manage_opinion")
def message_detail(request, message_id: int):
    message = access_message(request.user, message_id)
    signal = Signal.objects.filter(origin=Signal.Origin.RESIDENT, evidence_id=message.pk).first()
    classify = ClassifyForm(instance=message, initial={"tone": signal.tone if signal else Tone.NEUTRAL})
    answer = AnswerForm(initial={"answer": message.answer})
    if request.method == "POST":
        if "answer" in request.POST:
            answer = AnswerForm(request.POST)
            if answer.is_valid():
                services.resident_message_answer(
                    actor=request.user, message=message, answer=answer.cleaned_data["answer"], language=get_language()
                )
                messages.success(
                    request,
                    _("Respuesta registrada. El vecino la verá con su código.")
                    if not message.email
                    else _("Respuesta registrada y enviada por correo al vecino."),
                )
                return redirect(message.get_absolute_url())
        else:
            classify = ClassifyForm(request.POST, instance=message)
            if classify.is_valid():
                with refusals_on(classify):
                    data = {name: classify.cleaned_data[name] for name in ("kind", "topic", "sector")}
                    services.resident_message_classify(
                        actor=request.user, message=message, data=data, tone=classify.cleaned_data["tone"]
                    )
                    messages.success(request, _("Clasificación guardada; el semáforo se actualiza en unos segundos."))
                    return redirect(message.get_absolute_url())
    return render(
        request,
        "opinion/message_detail.html",
        {"message": message, "classify": classify, "answer_form": answer, "signal": signal},
    )


@login_required
@capability_required("manage_opinion")
@require_POST
def message_archive(request, message_id: int):
    message = access_message(request.user, message_id)
    services.resident_message_archive(actor=request.user, message=message)
    messages.success(request, _("Mensaje archivado sin respuesta."))
    return redirect("opinion:messages")


@login_required
@capability_required("access_opinion")
def sector_list(request):
    sectors = Sector.objects.order_by("name")
    page = Paginator(sectors, 30).get_page(request.GET.get("page"))
    return render(request, "opinion/sectors.html", {"page": page, "can_manage": can_manage_opinion(request.user)})


@login_required
@capability_required("manage_opinion")
def sector_edit(request, sector_id: int | None = None):
    sector = access_sector(request.user, sector_id) if sector_id else Sector()
    form = SectorForm(request.POST or None, request.FILES or None, instance=sector)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            saved = services.sector_save(actor=request.user, sector=sector, data=form.sector_data())
            messages.success(request, _("Sector «%(name)s» guardado.") % {"name": saved.name})
            return redirect("opinion:sectors")
    return render(
        request,
        "opinion/sector_form.html",
        {"form": form, "sector": sector if sector.pk else None},
    )


@login_required
@capability_required("access_opinion")
def issue_detail(request, issue_id: int):
    issue = access_issue(request.user, issue_id)
    can_manage = can_manage_opinion(request.user)
    act_form = IssueActForm(prefix="act")
    close_form = IssueCloseForm(prefix="close")
    if request.method == "POST":
        if not can_manage:
            raise Http404
        if "close-note" in request.POST:
            close_form = IssueCloseForm(request.POST, prefix="close")
            if close_form.is_valid():
                services.opinion_issue_close(actor=request.user, issue=issue, note=close_form.cleaned_data["note"])
                messages.success(request, _("Asunto cerrado."))
                return redirect(issue.get_absolute_url())
        else:
            act_form = IssueActForm(request.POST, prefix="act")
            if act_form.is_valid():
                data = act_form.cleaned_data
                tasks = services.opinion_issue_act(
                    actor=request.user,
                    issue=issue,
                    actions=data["actions"],
                    owner=data["owner"],
                    recommendation=data["recommendation"],
                )
                messages.success(
                    request,
                    ngettext(
                        "Se creó %(n)s tarea para la acción elegida.",
                        "Se crearon %(n)s tareas para las acciones elegidas.",
                        len(tasks),
                    )
                    % {"n": len(tasks)},
                )
                return redirect(issue.get_absolute_url())
    today = timezone.localdate()
    return render(
        request,
        "opinion/issue_detail.html",
        {
            "issue": issue,
            "effect": selectors.issue_effect(issue, today=today),
            "tasks": issue.tasks.select_related("owner").order_by("due_on", "pk"),
            "act_form": act_form,
            "close_form": close_form,
            "can_manage": can_manage,
            "evidence_start": issue.opened_on - timedelta(days=6),
            "may_approve_head": services.recommendation_refusal(request.user, issue, "head") is None,
            "may_decide_mayor": services.recommendation_refusal(request.user, issue, "mayor") is None,
            "may_return": services.recommendation_refusal(request.user, issue, "return") is None,
            "rewrite_form": RecommendationForm(initial={"recommendation": issue.recommendation})
            if can_manage and issue.recommendation_status == Recommendation.RETURNED
            else None,
        },
    )


# --- public ---------------------------------------------------------------------------------------------------


def _flooded(request, email: str) -> bool:
    """A connection may send a few messages an hour, and an address a few a day, whatever the connection."""
    by_connection = rate_limit_exceeded(
        scope="opinion-message-ip",
        key=client_ip(request),
        limit=settings.HERALDO_RESIDENT_MESSAGES_PER_IP_HOUR,
        period_seconds=3600,
    )
    by_address = bool(email) and rate_limit_exceeded(
        scope="opinion-message-email",
        key=fold(email),
        limit=settings.HERALDO_RESIDENT_MESSAGES_PER_EMAIL_DAY,
        period_seconds=86400,
    )
    return by_connection or by_address


@public_page
def public_form(request):
    form = ResidentMessageForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        timing = form.timing()
        if timing in ("fast", "forged") or form.cleaned_data.get("website"):
            # Said plainly, so a person who was quick can send again; a script learns nothing it can use.
            form.add_error(None, _("No pudimos recibir su mensaje. Revíselo y envíelo otra vez en unos segundos."))
            form.refresh_started()
            status = 400
        elif timing == "stale":
            form.add_error(None, _("El formulario estuvo abierto mucho tiempo. Revise su mensaje y envíelo otra vez."))
            form.refresh_started()
            status = 400
        elif _flooded(request, form.cleaned_data["email"]):
            form.add_error(None, _("Se enviaron demasiados mensajes desde su conexión. Inténtelo dentro de una hora."))
            status = 429
        else:
            data = form.cleaned_data
            message = services.resident_message_submit(
                kind=data["kind"],
                text=data["text"],
                place=data["place"],
                topic=data["topic"],
                sector=data["sector"],
                email=data["email"],
                language=get_language(),
            )
            return render(request, "opinion/public/received.html", {"message": message})
    elif request.method == "POST":
        status = 400
    return render(request, "opinion/public/form.html", {"form": form}, status=status)


@public_page
def public_tracking(request):
    form = TrackingForm(request.POST or None)
    message = None
    status = 200
    if request.method == "POST" and form.is_valid():
        if rate_limit_exceeded(
            scope="opinion-tracking",
            key=client_ip(request),
            limit=settings.HERALDO_TRACKING_LOOKUPS_PER_IP_HOUR,
            period_seconds=3600,
        ):
            form.add_error(None, _("Demasiadas consultas desde su conexión. Inténtelo dentro de una hora."))
            status = 429
        else:
            message = selectors.message_by_code(form.cleaned_data["code"])
            if message is None:
                form.add_error("code", _("No encontramos un mensaje con ese código. Revise que esté completo."))
    return render(request, "opinion/public/tracking.html", {"form": form, "message": message}, status=status)


# --- the recommendation to the Mayor --------------------------------------------------------------------------


@login_required
@capability_required("access_opinion")
@require_POST
def recommendation_decide(request, issue_id: int):
    issue = access_issue(request.user, issue_id)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("No se entendió la decisión. Vuelva a intentarlo."))
        return redirect(issue.get_absolute_url())
    step, note = form.cleaned_data["step"], form.cleaned_data["note"]
    try:
        services.recommendation_decide(actor=request.user, issue=issue, step=step, note=note)
    except Refused as refusal:
        messages.error(request, refusal.reason)
    else:
        messages.success(
            request,
            {
                "head": _("Recomendación aprobada; pasa a Alcaldía."),
                "mayor": _("Recomendación aprobada."),
                "return": _("Recomendación devuelta con sus observaciones."),
            }[step],
        )
    return redirect(issue.get_absolute_url())


@login_required
@capability_required("manage_opinion")
@require_POST
def recommendation_rewrite(request, issue_id: int):
    issue = access_issue(request.user, issue_id)
    form = RecommendationForm(request.POST)
    if not issue.is_open:
        messages.error(request, _("El asunto está cerrado."))
    elif form.is_valid():
        services.recommendation_submit(actor=request.user, issue=issue, text=form.cleaned_data["recommendation"])
        messages.success(request, _("Recomendación enviada otra vez para su aprobación."))
    else:
        messages.error(request, _("Escriba la recomendación (hasta 3000 caracteres)."))
    return redirect(issue.get_absolute_url())


@login_required
@capability_required("access_opinion")
def recommendation_pdf(request, issue_id: int):
    """The one-page brief the Mayor reads, with the figures, the evidence counts and the actions."""
    issue = access_issue(request.user, issue_id)
    if not issue.recommendation:
        raise Http404
    today = timezone.localdate()
    start = issue.opened_on - timedelta(days=6)
    evidence = (
        selectors.signals_of_cell(
            start=start, end=issue.opened_on, topic_id=issue.topic_id or 0, sector_id=issue.sector_id or 0,
            tone=Tone.NEGATIVE,
        )
    )  # fmt: skip
    body = render_pdf(
        "opinion/recommendation_pdf.html",
        {
            "issue": issue,
            "effect": selectors.issue_effect(issue, today=today),
            "tasks": issue.tasks.select_related("owner").order_by("due_on", "pk"),
            "examples": evidence[:5],
            "evidence_count": evidence.count(),
            "today": today,
        }
        | letterhead_context(),
    )
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="recomendacion-{issue.pk}.pdf"'
    return response


# --- the map --------------------------------------------------------------------------------------------------


@login_required
@capability_required("access_opinion")
def sector_map(request):
    days, end = _period(request)
    topic_id = _int_or_none(request.GET.get("tema"))
    states = selectors.sector_states(end=end, days=days, topic_id=topic_id)
    shapes, height = draw(state.sector for state in states)
    colour_of = {state.sector.pk: state for state in states}
    page = Paginator(states, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "opinion/map.html",
        {
            "shapes": [(shape, colour_of[shape.sector_id]) for shape in shapes],
            "height": height,
            "page": page,
            "days": days,
            "periods": PERIODS,
            "start": end - timedelta(days=days - 1),
            "end": end,
            "topics": Topic.objects.filter(is_active=True).order_by("name"),
            "params": request.GET,
            "without_outline": sum(1 for state in states if not state.sector.outline),
        },
    )


# --- imports --------------------------------------------------------------------------------------------------


@login_required
@capability_required("manage_opinion")
def import_start(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    row_errors: list[tuple[int, str]] = []
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            upload = form.cleaned_data["upload"]
            content = upload.read(MAX_BYTES + 1)
            try:
                batch = imports.import_preview(
                    actor=request.user, source=form.cleaned_data["source"], filename=upload.name, content=content
                )
            except imports.ImportRefused as refusal:
                row_errors = refusal.errors
                form.add_error(
                    None,
                    ngettext(
                        "El archivo no se importó: %(n)s fila tiene errores. Corríjala y cárguelo otra vez.",
                        "El archivo no se importó: %(n)s filas tienen errores. Corríjalas y cárguelo otra vez.",
                        len(row_errors),
                    )
                    % {"n": len(row_errors)}
                    if row_errors[0][0]
                    else row_errors[0][1],
                )
            else:
                return redirect(batch.get_absolute_url())
    page = Paginator(
        SignalImport.objects.select_related("created_by").defer("rows").order_by("-created_at", "-pk"), 20
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "opinion/import.html",
        {
            "form": form,
            "row_errors": [e for e in row_errors if e[0]][:200],
            "page": page,
            "social_configured": social.is_configured(),
            "social_runs": social.latest_runs(),
        },
        status=status,
    )


@login_required
@capability_required("manage_opinion")
def import_detail(request, import_id: int):
    batch = get_object_or_404(SignalImport, pk=import_id)
    if request.method == "POST":
        try:
            if request.POST.get("decision") == "apply":
                added = imports.import_apply(actor=request.user, batch=batch)
                messages.success(
                    request,
                    ngettext("Se importó %(n)s señal.", "Se importaron %(n)s señales.", added) % {"n": added},
                )
            else:
                imports.import_discard(actor=request.user, batch=batch)
                messages.success(request, _("Archivo descartado: no se importó nada."))
        except Refused as refusal:
            messages.error(request, refusal.reason)
        return redirect(batch.get_absolute_url())
    rows = Paginator(batch.rows, 50).get_page(request.GET.get("page"))
    topics = dict(Topic.objects.values_list("pk", "name"))
    sectors = dict(Sector.objects.values_list("pk", "name"))
    shown = [
        row | {"topic_name": topics.get(row["topic"], ""), "sector_name": sectors.get(row["sector"], ""),
               "day_shown": date.fromisoformat(row["day"])}
        for row in rows
    ]  # fmt: skip
    return render(request, "opinion/import_detail.html", {"batch": batch, "rows": rows, "shown": shown})
