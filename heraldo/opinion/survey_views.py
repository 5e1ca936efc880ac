"""Pages of the surveys: building one, its results and export, the field page that keeps answers on the phone
while the network is down, and the public page residents answer without an account."""

from __future__ import annotations

import json
import secrets
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.permissions import capability_required, public_page
from heraldo.core.ratelimit import client_ip, rate_limit_exceeded
from heraldo.core.writes import Refused, refusals_on
from heraldo.directory.transfer import download_response, to_csv, to_xlsx
from heraldo.opinion import surveys
from heraldo.opinion.forms import QuestionForm, SurveyForm, form_started_token, started_timing
from heraldo.opinion.models import Sector, Survey, SurveyQuestion, SurveyResponse
from heraldo.opinion.permissions import can_manage_opinion

DEVICE_COOKIE = "heraldo_device"
SERVICE_WORKER = Path(__file__).parent / "static" / "opinion" / "field-sw.js"


def _survey(survey_id: int) -> Survey:
    return get_object_or_404(Survey.objects.select_related("topic"), pk=survey_id)


def _questions(survey: Survey) -> list[SurveyQuestion]:
    return list(survey.questions.select_related("show_if_question").order_by("position", "pk"))


def _sectors():
    return Sector.objects.filter(is_active=True).order_by("name")


def _quota_context(survey: Survey, questions: list[SurveyQuestion]) -> dict:
    """The sectors whose quota is full, when the survey asks for the sector: their option is disabled and named."""
    if not any(q.kind == SurveyQuestion.Kind.SECTOR for q in questions):
        return {"full_sectors": set(), "full_sector_names": []}
    full = surveys.full_sectors(survey)
    names = list(Sector.objects.filter(pk__in=full).order_by("name").values_list("name", flat=True)) if full else []
    return {"full_sectors": full, "full_sector_names": names}


def _items(questions: list[SurveyQuestion], given: dict[str, list[str]], errors: dict[int, str]) -> list[dict]:
    """Each question with what the person had answered and the sentence of its error, for the template."""
    return [{"question": q, "values": given.get(str(q.pk), []), "error": errors.get(q.pk, "")} for q in questions]


def _raw_answers(post) -> dict[str, list[str]]:
    return {key[1:]: post.getlist(key) for key in post if key.startswith("q") and key[1:].isdigit()}


@login_required
@capability_required("access_opinion")
def survey_list(request):
    page = Paginator(Survey.objects.annotate(answered=Count("responses")).order_by("-created_at", "-pk"), 25).get_page(
        request.GET.get("page")
    )
    return render(request, "opinion/surveys.html", {"page": page, "can_manage": can_manage_opinion(request.user)})


@login_required
@capability_required("manage_opinion")
def survey_edit(request, survey_id: int | None = None):
    survey = _survey(survey_id) if survey_id else Survey()
    form = SurveyForm(request.POST or None, instance=survey)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            data = {name: form.cleaned_data[name] for name in surveys.SURVEY_FIELDS}
            saved = surveys.survey_save(actor=request.user, survey=survey, data=data)
            messages.success(request, _("Encuesta guardada."))
            return redirect(saved.get_absolute_url())
    return render(request, "opinion/survey_form.html", {"form": form, "survey": survey if survey.pk else None})


@login_required
@capability_required("access_opinion")
def survey_detail(request, survey_id: int):
    survey = _survey(survey_id)
    return render(
        request,
        "opinion/survey_detail.html",
        {
            "survey": survey,
            "questions": _questions(survey),
            "answered": survey.responses.count(),
            "can_manage": can_manage_opinion(request.user),
            "public_url": request.build_absolute_uri(reverse("participa:survey", args=[survey.public_key])),
        },
    )


@login_required
@capability_required("manage_opinion")
def question_edit(request, survey_id: int, question_id: int | None = None):
    survey = _survey(survey_id)
    question = get_object_or_404(SurveyQuestion, pk=question_id, survey=survey) if question_id else None
    question = question or SurveyQuestion(survey=survey)
    form = QuestionForm(request.POST or None, instance=question, survey=survey)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            data = {name: form.cleaned_data[name] for name in surveys.QUESTION_FIELDS}
            surveys.question_save(actor=request.user, question=question, data=data)
            messages.success(request, _("Pregunta guardada."))
            return redirect(survey.get_absolute_url())
    return render(
        request,
        "opinion/question_form.html",
        {"form": form, "survey": survey, "question": question if question.pk else None},
    )


@login_required
@capability_required("manage_opinion")
@require_POST
def survey_status(request, survey_id: int):
    survey = _survey(survey_id)
    status = request.POST.get("status", "")
    if status not in Survey.Status.values:
        messages.error(request, _("Estado desconocido."))
        return redirect(survey.get_absolute_url())
    try:
        surveys.survey_set_status(actor=request.user, survey=survey, status=status)
    except Refused as refusal:
        messages.error(request, refusal.reason)
    else:
        messages.success(request, _("La encuesta está ahora «%(status)s».") % {"status": survey.get_status_display()})
    return redirect(survey.get_absolute_url())


@login_required
@capability_required("access_opinion")
def survey_results(request, survey_id: int):
    survey = _survey(survey_id)
    total, results, by_sector = surveys.survey_results(survey)
    return render(
        request,
        "opinion/survey_results.html",
        {
            "survey": survey,
            "total": total,
            "results": results,
            "by_sector": by_sector,
            "can_manage": can_manage_opinion(request.user),
        },
    )


@login_required
@capability_required("manage_opinion")
def survey_export(request, survey_id: int, fmt: str):
    survey = _survey(survey_id)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    header, rows = surveys.survey_export_rows(survey)
    name = f"encuesta-{survey.pk}"
    if fmt == "xlsx":
        return download_response(
            to_xlsx(header, rows, title=_("Respuestas")),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            f"{name}.xlsx",
        )
    return download_response(to_csv(header, rows), "text/csv; charset=utf-8", f"{name}.csv")


# --- field collection -----------------------------------------------------------------------------------------


@login_required
@capability_required("access_opinion")
def survey_field(request, survey_id: int):
    """The page field staff open on a phone: answers are kept on the phone and sent when there is a network."""
    survey = _survey(survey_id)
    if survey.status != Survey.Status.OPEN:
        raise Http404
    questions = _questions(survey)
    return render(
        request,
        "opinion/survey_field.html",
        {
            "survey": survey,
            "items": _items(questions, {}, {}),
            "sectors": _sectors(),
            **_quota_context(survey, questions),
            "sync_url": reverse("opinion-survey-responses", args=[survey.pk]),
            "manifest_url": reverse("opinion:survey_manifest", args=[survey.pk]),
        },
    )


@login_required
@capability_required("access_opinion")
def survey_manifest(request, survey_id: int):
    """Makes the field page installable on the phone's home screen."""
    survey = _survey(survey_id)
    manifest = {
        "name": f"{survey.title} · Heraldo",
        "short_name": survey.title[:12],
        "start_url": reverse("opinion:survey_field", args=[survey.pk]),
        "scope": reverse("opinion:surveys"),
        "display": "standalone",
        "lang": "es-PE",
        "icons": [{"src": static("heraldo/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}],
    }
    return HttpResponse(json.dumps(manifest), content_type="application/manifest+json")


@public_page
def field_service_worker(request):
    """The service worker that opens the field pages without a network; served from /opinion/encuestas/ so that
    its scope covers them. It holds no data of its own: answers wait in the page's storage."""
    response = HttpResponse(SERVICE_WORKER.read_text(encoding="utf-8"), content_type="application/javascript")
    response["Cache-Control"] = "no-cache"
    return response


# --- public ---------------------------------------------------------------------------------------------------


def _flooded(request, device: str) -> bool:
    by_connection = rate_limit_exceeded(
        scope="opinion-survey-ip",
        key=client_ip(request),
        limit=settings.HERALDO_SURVEY_ANSWERS_PER_IP_HOUR,
        period_seconds=3600,
    )
    by_device = rate_limit_exceeded(
        scope="opinion-survey-device",
        key=device,
        limit=settings.HERALDO_SURVEY_ANSWERS_PER_DEVICE_DAY,
        period_seconds=86400,
    )
    return by_connection or by_device


@public_page
def public_survey(request, key: str):
    survey = get_object_or_404(Survey, public_key=key, is_public=True)
    if survey.status != Survey.Status.OPEN:
        return render(request, "opinion/public/survey_closed.html", {"survey": survey}, status=410)
    questions = _questions(survey)
    given: dict[str, list[str]] = {}
    errors: dict[int, str] = {}
    problem = ""
    status = 200
    client_id = uuid.uuid4().hex
    started = form_started_token()
    device = request.COOKIES.get(DEVICE_COOKIE, "")
    if request.method == "POST":
        given = _raw_answers(request.POST)
        client_id = request.POST.get("client_id", "")
        timing = started_timing(request.POST.get("started", ""))
        if timing in ("fast", "forged") or request.POST.get("website"):
            problem, status = (
                _("No pudimos recibir sus respuestas. Revíselas y envíelas otra vez en unos segundos."),
                400,
            )
        elif timing == "stale":
            problem, status = (
                _("La encuesta estuvo abierta mucho tiempo. Revise sus respuestas y envíelas otra vez."),
                400,
            )
        elif _flooded(request, device or client_ip(request)):
            problem, status = (
                _("Se enviaron demasiadas respuestas desde su conexión o su equipo. Inténtelo mañana."),
                429,
            )
        else:
            try:
                surveys.survey_response_save(
                    survey=survey, client_id=client_id, answers=given, channel=SurveyResponse.Channel.PUBLIC
                )
            except surveys.AnswersRefused as refusal:
                errors, status = refusal.errors, 400
                problem = refusal.reason
            except Refused as refusal:
                problem, status = refusal.reason, 409 if refusal.conflict else 400
            else:
                response = render(request, "opinion/public/survey_thanks.html", {"survey": survey})
                if not device:
                    _mark_device(response)
                return response
        started = form_started_token()
    page = render(
        request,
        "opinion/public/survey.html",
        {
            "survey": survey,
            "items": _items(questions, given, errors),
            "sectors": _sectors(),
            **_quota_context(survey, questions),
            "problem": problem,
            "client_id": client_id,
            "started": started,
        },
        status=status,
    )
    if not device:
        _mark_device(page)
    return page


def _mark_device(response) -> None:
    """A random id for this browser, so the per-device limit holds on a connection many people share."""
    response.set_cookie(DEVICE_COOKIE, secrets.token_hex(16), max_age=365 * 86400, httponly=True, samesite="Lax")
