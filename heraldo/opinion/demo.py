"""Opinión pública in the demo district: its sectors, a quarter of residents' messages in which complaints about
refuse collection rise in one sector, and the media signals of Monitoreo's demo clippings."""

from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

from heraldo.core.demo import register_demo_loader
from heraldo.core.models import User
from heraldo.monitoring.models import Topic
from heraldo.opinion.media import media_signals_sync
from heraldo.opinion.models import (
    OpinionIssue,
    PlaybookAction,
    ResidentMessage,
    Sector,
    Signal,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)
from heraldo.opinion.services import (
    opinion_issue_act,
    opinion_issues_detect,
    recommendation_decide,
    resident_message_answer,
    resident_message_submit,
    sector_save,
    signal_days_refresh,
)
from heraldo.opinion.surveys import question_save, survey_response_save, survey_save, survey_set_status
from heraldo.work.models import Task
from heraldo.work.services.tasks import task_set_status

VILLA = "AA.HH. Villa del Mar"
LIMPIEZA = "Limpieza pública"
DEMO_SECTORS = (
    (VILLA, Sector.Kind.ASENTAMIENTO, "Villa del Mar\nAsentamiento Humano Villa del Mar"),
    ("Malecón Grau", Sector.Kind.URBANIZACION, "el Malecón"),
    ("Centro histórico", Sector.Kind.BARRIO, "Plaza de Armas\nMercado Central"),
    ("Urb. Los Pescadores", Sector.Kind.URBANIZACION, "Los Pescadores"),
    ("Centro poblado La Caleta", Sector.Kind.CENTRO_POBLADO, "La Caleta"),
)

# (days ago, kind, topic, sector, text): refuse collection in Villa del Mar goes from a complaint a month to
# several a week, which opens an issue 15 days ago; after the actions, only a few; elsewhere, the usual mix.
DEMO_MESSAGES = (
    (58, "QUEJA", LIMPIEZA, VILLA, "El camión de basura no pasó el martes por la calle 3."),
    (44, "SUGERENCIA", "Obras", "Malecón Grau", "Sugiero poner más bancas y sombra en el Malecón para los mayores."),
    (40, "CONSULTA", "Tributos", "Centro histórico", "¿Hasta cuándo se puede pagar el impuesto predial sin mora?"),
    (36, "QUEJA", "Seguridad ciudadana", "Urb. Los Pescadores", "De noche no se ve serenazgo en Los Pescadores."),
    (33, "QUEJA", LIMPIEZA, VILLA, "El recojo de basura en Villa del Mar ahora pasa una vez por semana."),
    (30, "QUEJA", LIMPIEZA, VILLA, "Hay bolsas de basura acumuladas en la esquina del parque."),
    (27, "QUEJA", LIMPIEZA, VILLA, "Hace una semana que no recogen la basura en Villa del Mar."),
    (24, "QUEJA", LIMPIEZA, VILLA, "Los perros rompen las bolsas de basura que nadie recoge."),
    (22, "QUEJA", LIMPIEZA, VILLA, "El olor de la basura acumulada llega a las casas."),
    (20, "QUEJA", LIMPIEZA, VILLA, "El recojo de basura no pasa; el olor llega al colegio."),
    (19, "QUEJA", LIMPIEZA, VILLA, "Otra semana sin recojo de residuos en la calle 5."),
    (17, "QUEJA", LIMPIEZA, VILLA, "Los vecinos quemamos la basura porque nadie la recoge."),
    (16, "SUGERENCIA", LIMPIEZA, "Centro histórico", "Pongan más tachos de basura en la Plaza de Armas."),
    (16, "QUEJA", LIMPIEZA, VILLA, "El botadero de la esquina ya tapa la vereda."),
    (15, "QUEJA", LIMPIEZA, VILLA, "Pedimos que el camión de basura pase dos veces por semana."),
    (8, "CONSULTA", "Obras", "Centro poblado La Caleta", "¿Cuándo empieza la obra de agua potable en La Caleta?"),
    (9, "QUEJA", LIMPIEZA, VILLA, "El camión pasó tarde el jueves, pero pasó."),
    (3, "QUEJA", LIMPIEZA, VILLA, "Falta un contenedor en la calle 8."),
)
# Outlines of the demo district's sectors (invented, on the coast south of Lima), for the semáforo map.
DEMO_OUTLINES = {
    VILLA: [[-76.905, -12.262], [-76.893, -12.258], [-76.889, -12.270], [-76.899, -12.276], [-76.907, -12.270]],
    "Malecón Grau": [
        [-76.918, -12.252],
        [-76.907, -12.247],
        [-76.903, -12.255],
        [-76.905, -12.262],
        [-76.915, -12.262],
    ],
    "Centro histórico": [
        [-76.903, -12.255],
        [-76.893, -12.250],
        [-76.885, -12.255],
        [-76.893, -12.258],
        [-76.905, -12.262],
    ],
    "Urb. Los Pescadores": [
        [-76.915, -12.262],
        [-76.905, -12.262],
        [-76.907, -12.270],
        [-76.912, -12.278],
        [-76.920, -12.272],
    ],
    "Centro poblado La Caleta": [
        [-76.893, -12.258],
        [-76.885, -12.255],
        [-76.875, -12.262],
        [-76.879, -12.272],
        [-76.889, -12.270],
    ],
}
ISSUE_DAYS_AGO = 15
ANSWERED = {
    40: "El impuesto predial del año vence el último día hábil de febrero; hasta entonces no hay mora.",
    27: "Reforzamos la ruta de recojo en Villa del Mar desde el lunes. Gracias por avisarnos.",
}
RECOMMENDATION = (
    "El recojo de residuos en AA.HH. Villa del Mar falla desde hace un mes y las quejas se triplicaron. "
    "Se propone que el Alcalde visite la zona con la Gerencia de Servicios a la Ciudad y la prensa, anuncie la "
    "segunda frecuencia semanal del camión y se reúna con la junta vecinal. Se espera que las quejas vuelvan a "
    "su nivel usual en dos semanas."
)


@register_demo_loader
def load_opinion_demo(actor: User) -> None:
    if Sector.objects.exists():
        return
    for name, kind, nicknames in DEMO_SECTORS:
        ring = [*DEMO_OUTLINES[name], DEMO_OUTLINES[name][0]]
        sector_save(
            actor=actor,
            sector=Sector(),
            data={
                "name": name,
                "kind": kind,
                "nicknames": nicknames,
                "is_active": True,
                "outline": {"type": "Polygon", "coordinates": [ring]},
            },
        )
    sectors = {s.name: s for s in Sector.objects.all()}
    topics = {t.name: t for t in Topic.objects.all()}
    now = timezone.now()
    touched_days = set()
    for days_ago, kind, topic, sector, text in DEMO_MESSAGES:
        message = resident_message_submit(kind=kind, text=text, topic=topics.get(topic), sector=sectors[sector])
        when = now - timedelta(days=days_ago, hours=days_ago % 7)
        ResidentMessage.objects.filter(pk=message.pk).update(created_at=when)
        day = timezone.localdate(when)
        Signal.objects.filter(origin=Signal.Origin.RESIDENT, evidence_id=message.pk).update(occurred_on=day)
        touched_days.add(day)
        if days_ago in ANSWERED:
            resident_message_answer(actor=actor, message=message, answer=ANSWERED[days_ago])
    media_signals_sync(since=timezone.localdate() - timedelta(days=120))
    touched_days |= set(Signal.objects.values_list("occurred_on", flat=True).distinct())
    signal_days_refresh(touched_days)
    _issue_with_its_recommendation(actor, topics.get(LIMPIEZA), sectors[VILLA])
    demo_survey(actor, topics, sectors)
    signal_days_refresh(set(Signal.objects.values_list("occurred_on", flat=True).distinct()))


def _issue_with_its_recommendation(head: User, topic, sector: Sector) -> None:
    """The issue the rise opened 15 days ago, the analyst's recommendation, signed by the head of unit and
    approved by the Mayor, and the actions that followed (done)."""
    opinion_issues_detect(today=timezone.localdate() - timedelta(days=ISSUE_DAYS_AGO))
    issue = OpinionIssue.objects.filter(topic=topic, sector=sector).first()
    analyst = User.objects.filter(username="monitoreo").first()
    mayor = User.objects.filter(username="alcalde").first()
    if issue is None or analyst is None or mayor is None:
        return
    chosen = PlaybookAction.objects.filter(
        title__in=["Visita del Alcalde a la zona con prensa", "Reunión con la junta vecinal", "Comunicado aclaratorio"]
    )
    tasks = opinion_issue_act(actor=analyst, issue=issue, actions=chosen, owner=head, recommendation=RECOMMENDATION)
    recommendation_decide(actor=head, issue=issue, step="head")
    recommendation_decide(
        actor=mayor, issue=issue, step="mayor", note="De acuerdo. Coordinar la visita para el sábado."
    )
    for task in tasks:
        task_set_status(actor=head, task=task, status=Task.Status.DONE)


SURVEY_QUESTIONS = (
    # (text, kind, choices, topic, condition: (question index, answer))
    ("¿En qué sector vive?", "SECTOR", "", None, None),
    ("¿Cómo califica el recojo de basura en su calle?", "ESCALA", "", LIMPIEZA, None),
    ("¿Cuántas veces por semana pasa el camión?", "UNA", "Ninguna\nUna\nDos\nTres o más", None, None),
    (
        "¿Qué hace con la basura cuando el camión no pasa?",
        "UNA",
        "La guardo\nLa saco igual\nLa quemo",
        None,
        (2, "Ninguna"),
    ),
    ("¿Cómo califica la seguridad de noche?", "ESCALA", "", "Seguridad ciudadana", None),
    ("¿Cómo califica el estado de las pistas y veredas?", "ESCALA", "", "Obras", None),
    (
        "¿Por qué medios se informa de la municipalidad?",
        "VARIAS",
        "Radio\nFacebook\nWhatsApp\nPerifoneo\nVecinos",
        None,
        None,
    ),
    ("¿Conoce a su junta vecinal?", "UNA", "Sí\nNo", None, None),
    ("¿Asistiría a una reunión con el Alcalde en su sector?", "UNA", "Sí\nNo\nNo sé", None, None),
    ("¿Qué debería mejorar primero la municipalidad?", "TEXTO", "", None, None),
)


def demo_survey(actor: User, topics: dict, sectors: dict) -> None:
    """A ten-question survey applied in the field in Villa del Mar and by its public link, with its answers."""
    survey = survey_save(
        actor=actor,
        survey=Survey(),
        data={
            "title": "Servicios municipales en su barrio",
            "description": "Diez preguntas sobre el recojo de basura, la seguridad y cómo se informa. Son anónimas.",
            "is_public": True,
            "topic": topics.get(LIMPIEZA),
            "target_responses": 200,
            # Villa del Mar's 29 answers fill it: the field page shows the sector full and staff moved on.
            "sector_quota": 29,
        },
    )
    questions = []
    for position, (text, kind, choices, topic, condition) in enumerate(SURVEY_QUESTIONS, start=1):
        questions.append(
            question_save(
                actor=actor,
                question=SurveyQuestion(survey=survey),
                data={
                    "position": position * 10,
                    "text": text,
                    "kind": kind,
                    "choices": choices,
                    "required": kind != "TEXTO",
                    "topic": topics.get(topic) if topic else None,
                    "show_if_question": questions[condition[0]] if condition else None,
                    "show_if_answer": condition[1] if condition else "",
                },
            )
        )
    survey_set_status(actor=actor, survey=survey, status=Survey.Status.OPEN)
    now = timezone.now()
    # Applied in the weeks the complaints rose, before the issue opened: it confirmed what residents wrote.
    Survey.objects.filter(pk=survey.pk).update(created_at=now - timedelta(days=40))
    survey.refresh_from_db()
    rng = random.Random(17)  # noqa: S311 - invented answers, the same every time
    field_staff = User.objects.filter(username="monitoreo").first()
    names = list(sectors)
    for number in range(48):
        sector = sectors[VILLA] if number % 2 == 0 else sectors[names[number % len(names)]]
        in_villa = sector.name == VILLA
        trucks = rng.choice(["Ninguna", "Una"] if in_villa else ["Una", "Dos", "Tres o más"])
        answers = {
            str(questions[0].pk): str(sector.pk),
            str(questions[1].pk): str(rng.choice([1, 1, 2, 2, 3, 4] if in_villa else [3, 4, 4, 5])),
            str(questions[2].pk): trucks,
            str(questions[4].pk): str(rng.choice([2, 3, 3, 4])),
            str(questions[5].pk): str(rng.choice([2, 3, 4])),
            str(questions[6].pk): rng.sample(["Radio", "Facebook", "WhatsApp", "Perifoneo", "Vecinos"], 2),
            str(questions[7].pk): rng.choice(["Sí", "No"]),
            str(questions[8].pk): rng.choice(["Sí", "Sí", "No", "No sé"]),
            str(questions[9].pk): rng.choice(
                ["", "Que pase el camión de basura", "Más serenazgo", "Arreglar la pista"]
            ),
        }
        if trucks == "Ninguna":
            answers[str(questions[3].pk)] = rng.choice(["La guardo", "La saco igual", "La quemo"])
        survey_response_save(
            survey=survey,
            client_id=f"demo-{number:04d}",
            answers=answers,
            channel=SurveyResponse.Channel.FIELD if number % 3 else SurveyResponse.Channel.PUBLIC,
            collected_by=field_staff if number % 3 else None,
            collected_at=now - timedelta(days=ISSUE_DAYS_AGO + 1 + number % 14, hours=number % 5),
        )
