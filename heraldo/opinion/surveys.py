"""Surveys: built by the office, answered by a public link or collected in the field on a phone that may be
offline, and turned into signals of the semáforo.

Each response carries an id its device made (`client_id`): a phone that sends a queued answer twice, or a
resident who presses "send" again, leaves one response. Skip logic is applied again here, whatever the page did:
an answer to a question that should not have been asked is dropped."""

from __future__ import annotations

import math
import re
import secrets
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.writes import Refused, StateConflict, write_audited
from heraldo.opinion.models import Sector, Signal, Survey, SurveyAnswer, SurveyQuestion, SurveyResponse, Tone
from heraldo.opinion.services import signal_days_refresh_later

SURVEY_FIELDS = ("title", "description", "is_public", "topic", "target_responses", "sector_quota")
QUESTION_FIELDS = ("position", "text", "kind", "choices", "required", "topic", "show_if_question", "show_if_answer")
CLIENT_ID = re.compile(r"^[A-Za-z0-9-]{8,64}$")
MAX_TEXT_ANSWER = 2000
# A phone may hold answers for days; one that claims a time ahead of ours has a wrong clock.
CLOCK_TOLERANCE = timedelta(minutes=10)
Z_95 = 1.96


class AnswersRefused(Refused):
    """Some answers are missing or not valid; `errors` maps each question's id to a Spanish sentence."""

    def __init__(self, errors: dict[int, str]):
        super().__init__(
            _("Revise las respuestas marcadas."), payload={"errors": {str(k): v for k, v in errors.items()}}
        )
        self.errors = errors


def public_key_new() -> str:
    return secrets.token_urlsafe(16)


def survey_save(*, actor, survey: Survey, data: Mapping) -> Survey:
    creating = survey.pk is None
    if creating:
        survey.public_key = public_key_new()
        survey.created_by = actor
    return write_audited(
        actor=actor,
        action="opinion.survey.created" if creating else "opinion.survey.updated",
        instance=survey,
        data=data,
        fields=SURVEY_FIELDS,
    )


def question_save(*, actor, question: SurveyQuestion, data: Mapping) -> SurveyQuestion:
    if question.survey.status != Survey.Status.DRAFT and question.survey.responses.exists():
        raise StateConflict(_("La encuesta ya tiene respuestas: sus preguntas no se cambian."))
    condition = data.get("show_if_question")
    if condition is not None and (condition.survey_id != question.survey_id or condition.pk == question.pk):
        raise Refused(_("La condición debe ser otra pregunta de esta encuesta."), field="show_if_question")
    if condition is not None and condition.position >= data.get("position", question.position):
        raise Refused(_("La condición debe ser una pregunta anterior."), field="show_if_question")
    return write_audited(
        actor=actor,
        action="opinion.survey.question_saved",
        instance=question,
        data=data,
        fields=QUESTION_FIELDS,
    )


def survey_set_status(*, actor, survey: Survey, status: str) -> Survey:
    if status == Survey.Status.OPEN and not survey.questions.exists():
        raise StateConflict(_("Agregue al menos una pregunta antes de abrir la encuesta."))
    with transaction.atomic():
        before = survey.status
        Survey.objects.filter(pk=survey.pk).update(status=status, updated_at=timezone.now())
        survey.status = status
        audit_record(actor=actor, action="opinion.survey.status", target=survey, changes={"status": [before, status]})
    return survey


# --- answering ------------------------------------------------------------------------------------------------


def _given(raw: object) -> list[str]:
    values = raw if isinstance(raw, list) else [raw]
    return [str(v).strip() for v in values if v is not None and str(v).strip()]


def is_shown(question: SurveyQuestion, answers: Mapping[int, list[str]], shown: set[int]) -> bool:
    """Skip logic: a question with a condition is asked only if its earlier question was asked and got that answer."""
    if not question.show_if_question_id:
        return True
    return question.show_if_question_id in shown and question.show_if_answer in answers.get(
        question.show_if_question_id, []
    )


def checked_answers(
    questions: list[SurveyQuestion], raw: Mapping[str, object], sectors: Mapping[str, Sector]
) -> dict[int, list[str]]:
    """The answers to keep, by question id, each a list of values; raises AnswersRefused with a sentence per
    question otherwise. Answers to questions not asked (skip logic, or unknown ids) are dropped."""
    answers: dict[int, list[str]] = {}
    errors: dict[int, str] = {}
    shown: set[int] = set()
    for question in questions:
        if not is_shown(question, answers, shown):
            continue
        shown.add(question.pk)
        values = _given(raw.get(str(question.pk)))
        if not values:
            if question.required:
                errors[question.pk] = _("Responda esta pregunta.")
            continue
        kind = question.Kind
        if question.kind != kind.MULTIPLE and len(values) > 1:
            errors[question.pk] = _("Elija una sola respuesta.")
        elif question.kind == kind.SCALE and values[0] not in ("1", "2", "3", "4", "5"):
            errors[question.pk] = _("Elija un número del 1 al 5.")
        elif question.kind in (kind.SINGLE, kind.MULTIPLE) and not set(values) <= set(question.choice_list()):
            errors[question.pk] = _("Elija entre las opciones de la pregunta.")
        elif question.kind == kind.SECTOR and values[0] not in sectors:
            errors[question.pk] = _("Elija un sector de la lista.")
        elif question.kind == kind.TEXT and len(values[0]) > MAX_TEXT_ANSWER:
            errors[question.pk] = _("La respuesta puede tener hasta %(n)s caracteres.") % {"n": MAX_TEXT_ANSWER}
        else:
            answers[question.pk] = sorted(set(values)) if question.kind == kind.MULTIPLE else values
    if errors:
        raise AnswersRefused(errors)
    return answers


def _tone_of_scale(value: str) -> str:
    return Tone.NEGATIVE if value in ("1", "2") else Tone.POSITIVE if value in ("4", "5") else Tone.NEUTRAL


def survey_response_save(
    *,
    survey: Survey,
    client_id: str,
    answers: Mapping[str, object],
    channel: str,
    collected_by=None,
    collected_at: datetime | None = None,
) -> tuple[SurveyResponse, bool]:
    """Keep one person's answers, once: a second send with the same client id returns the first response and
    False. Scale questions about a topic become signals of that topic and the sector the person named."""
    if not CLIENT_ID.match(client_id or ""):
        raise Refused(_("Falta el identificador de la respuesta o no es válido."), field="client_id")
    existing = SurveyResponse.objects.filter(survey=survey, client_id=client_id).first()
    if existing is not None:
        return existing, False
    if survey.status != Survey.Status.OPEN:
        raise StateConflict(_("La encuesta no está abierta a respuestas."))
    now = timezone.now()
    if collected_at is None or collected_at > now + CLOCK_TOLERANCE or collected_at < survey.created_at:
        collected_at = now
    questions = list(survey.questions.select_related("topic").order_by("position", "pk"))
    sectors = {str(pk): sector for pk, sector in Sector.objects.filter(is_active=True).in_bulk().items()}
    kept = checked_answers(questions, answers, sectors)
    by_id = {q.pk: q for q in questions}
    sector = next(
        (sectors[values[0]] for qid, values in kept.items() if by_id[qid].kind == SurveyQuestion.Kind.SECTOR), None
    )
    try:
        with transaction.atomic():
            if sector is not None and survey.sector_quota:
                _refuse_over_quota(survey, sector)
            response = SurveyResponse.objects.create(
                survey=survey,
                client_id=client_id,
                channel=channel,
                sector=sector,
                collected_at=collected_at,
                collected_by=collected_by,
            )
            rows = SurveyAnswer.objects.bulk_create(
                [
                    SurveyAnswer(response=response, question_id=qid, value=value)
                    for qid, values in kept.items()
                    for value in values
                ]
            )
            _signals_for(response, rows, by_id)
    except IntegrityError:
        # The same answers arrived twice at once (a phone's retry racing its first send): the first one stays.
        return SurveyResponse.objects.get(survey=survey, client_id=client_id), False
    return response, True


def full_sectors(survey: Survey) -> set[int]:
    """The sectors whose quota of answers is reached, in one grouped query (none when the survey sets no quota)."""
    if not survey.sector_quota:
        return set()
    return set(
        SurveyResponse.objects.filter(survey=survey, sector__isnull=False)
        .values("sector_id")
        .annotate(answers=Count("id"))
        .filter(answers__gte=survey.sector_quota)
        .values_list("sector_id", flat=True)
    )


def _refuse_over_quota(survey: Survey, sector: Sector) -> None:
    """A sector's quota is a hard stop: the answer is refused with a sentence the phone keeps and shows, never
    dropped unseen. The survey row is locked so two answers sent at once cannot both take the last place."""
    Survey.objects.select_for_update().filter(pk=survey.pk).first()
    if SurveyResponse.objects.filter(survey=survey, sector=sector).count() >= (survey.sector_quota or 0):
        raise StateConflict(
            _(
                "La cuota de %(sector)s ya está completa (%(quota)s respuestas): esta respuesta no se guardó. "
                "Encueste en otro sector."
            )
            % {"sector": sector.name, "quota": survey.sector_quota}
        )


def _signals_for(response: SurveyResponse, rows: list[SurveyAnswer], questions: Mapping[int, SurveyQuestion]) -> None:
    day = timezone.localdate(response.collected_at)
    answer_type = ContentType.objects.get_for_model(SurveyAnswer)
    signals = []
    for row in rows:
        question = questions[row.question_id]
        if question.kind != SurveyQuestion.Kind.SCALE or not question.topic_id:
            continue
        signals.append(
            Signal(
                origin=Signal.Origin.SURVEY,
                occurred_on=day,
                topic_id=question.topic_id,
                sector=response.sector,
                tone=_tone_of_scale(row.value),
                summary=f"{question.text} → {row.value}/5"[:300],
                evidence_type=answer_type,
                evidence_id=row.pk,
            )
        )
    if signals:
        Signal.objects.bulk_create(signals)
        signal_days_refresh_later({day})


# --- results --------------------------------------------------------------------------------------------------


def margin_of_error(share: float, sample: int) -> float:
    """Half the width of the 95 % interval of a share from a simple random sample of this size, in points."""
    if sample <= 0:
        return 0.0
    return 100 * Z_95 * math.sqrt(share * (1 - share) / sample)


@dataclass
class OptionResult:
    label: str
    count: int
    percent: float
    margin: float


@dataclass
class QuestionResult:
    question: SurveyQuestion
    respondents: int
    options: list[OptionResult] = field(default_factory=list)
    mean: float | None = None
    texts: list[str] = field(default_factory=list)


def survey_results(survey: Survey) -> tuple[int, list[QuestionResult], list[tuple[str, int]]]:
    """How many answered, each question's figures (share of respondents per option, with its margin of error),
    and responses per sector against the quota. Three grouped queries whatever the number of answers."""
    questions = list(survey.questions.order_by("position", "pk"))
    total = survey.responses.count()
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for qid, value, n in (
        SurveyAnswer.objects.filter(question__survey=survey)
        .exclude(question__kind=SurveyQuestion.Kind.TEXT)
        .values_list("question_id", "value")
        .annotate(n=Count("id"))
        .order_by()
    ):
        counts[qid][value] = n
    respondents = dict(
        SurveyAnswer.objects.filter(question__survey=survey)
        .values_list("question_id")
        .annotate(n=Count("response_id", distinct=True))
        .order_by()
    )
    texts: dict[int, list[str]] = defaultdict(list)
    text_questions = [q.pk for q in questions if q.kind == SurveyQuestion.Kind.TEXT]
    if text_questions:
        for qid, value in (
            SurveyAnswer.objects.filter(question_id__in=text_questions)
            .order_by("-response__collected_at", "-pk")
            .values_list("question_id", "value")[: 5 * len(text_questions) * 20]
        ):
            if len(texts[qid]) < 5:
                texts[qid].append(value)
    sector_names = dict(Sector.objects.values_list("pk", "name"))
    results = []
    for question in questions:
        n = respondents.get(question.pk, 0)
        result = QuestionResult(question=question, respondents=n, texts=texts.get(question.pk, []))
        if question.kind == SurveyQuestion.Kind.SCALE:
            labels = ["1", "2", "3", "4", "5"]
            given = counts.get(question.pk, {})
            result.mean = sum(int(v) * c for v, c in given.items()) / n if n else None
        elif question.kind == SurveyQuestion.Kind.SECTOR:
            labels = sorted(counts.get(question.pk, {}), key=lambda pk: sector_names.get(int(pk), ""))
        else:
            labels = question.choice_list()
        for label in labels:
            count = counts.get(question.pk, {}).get(label, 0)
            share = count / n if n else 0.0
            shown = sector_names.get(int(label), label) if question.kind == SurveyQuestion.Kind.SECTOR else label
            result.options.append(
                OptionResult(shown, count, round(100 * share, 1), round(margin_of_error(share, n), 1))
            )
        results.append(result)
    by_sector = [
        (sector_names.get(pk, _("Sin sector")) if pk else _("Sin sector"), n)
        for pk, n in survey.responses.values_list("sector_id").annotate(n=Count("id")).order_by("-n")
    ]
    return total, results, by_sector


def survey_export_rows(survey: Survey) -> tuple[list[str], list[list[object]]]:
    """One row per response, a column per question (several options joined by «; »), for CSV and Excel."""
    questions = list(survey.questions.order_by("position", "pk"))
    sector_names = dict(Sector.objects.values_list("pk", "name"))
    header = [_("Respuesta"), _("Fecha"), _("Canal"), _("Sector"), *(q.text for q in questions)]
    responses = (
        survey.responses.select_related("sector")
        .prefetch_related(Prefetch("answers", queryset=SurveyAnswer.objects.order_by("pk")))
        .order_by("collected_at", "pk")
    )
    rows = []
    for response in responses:
        given: dict[int, list[str]] = defaultdict(list)
        for answer in response.answers.all():
            given[answer.question_id].append(answer.value)
        cells = []
        for question in questions:
            values = given.get(question.pk, [])
            if question.kind == SurveyQuestion.Kind.SECTOR:
                values = [sector_names.get(int(v), v) for v in values]
            cells.append("; ".join(values))
        rows.append(
            [
                response.pk,
                timezone.localtime(response.collected_at).strftime("%d/%m/%Y %H:%M"),
                response.get_channel_display(),
                response.sector.name if response.sector else "",
                *cells,
            ]
        )
    return header, rows
