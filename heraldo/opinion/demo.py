"""Opinión pública in the demo district: its sectors, a quarter of residents' messages in which complaints about
refuse collection rise in one sector, and the media signals of Monitoreo's demo clippings."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from heraldo.core.demo import register_demo_loader
from heraldo.core.models import User
from heraldo.monitoring.models import Topic
from heraldo.opinion.media import media_signals_sync
from heraldo.opinion.models import ResidentMessage, Sector, Signal
from heraldo.opinion.services import (
    opinion_issues_detect,
    resident_message_answer,
    resident_message_submit,
    sector_save,
    signal_days_refresh,
)

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
# several a week; elsewhere, the usual mix.
DEMO_MESSAGES = (
    (58, "QUEJA", LIMPIEZA, VILLA, "El camión de basura no pasó el martes por la calle 3."),
    (44, "SUGERENCIA", "Obras", "Malecón Grau", "Sugiero poner más bancas y sombra en el Malecón para los mayores."),
    (40, "CONSULTA", "Tributos", "Centro histórico", "¿Hasta cuándo se puede pagar el impuesto predial sin mora?"),
    (36, "QUEJA", "Seguridad ciudadana", "Urb. Los Pescadores", "De noche no se ve serenazgo en Los Pescadores."),
    (
        27,
        "QUEJA",
        "Limpieza pública",
        VILLA,
        "Hace una semana que no recogen la basura en Villa del Mar.",
    ),
    (
        23,
        "QUEJA",
        "Limpieza pública",
        VILLA,
        "Los perros rompen las bolsas de basura que nadie recoge.",
    ),
    (20, "QUEJA", LIMPIEZA, VILLA, "El recojo de basura no pasa; el olor llega al colegio."),
    (16, "SUGERENCIA", "Limpieza pública", "Centro histórico", "Pongan más tachos de basura en la Plaza de Armas."),
    (14, "QUEJA", LIMPIEZA, VILLA, "Otra semana sin recojo de residuos en la calle 5."),
    (11, "QUEJA", LIMPIEZA, VILLA, "Los vecinos quemamos la basura porque nadie la recoge."),
    (8, "CONSULTA", "Obras", "Centro poblado La Caleta", "¿Cuándo empieza la obra de agua potable en La Caleta?"),
    (6, "QUEJA", LIMPIEZA, VILLA, "El botadero de la esquina ya tapa la vereda."),
    (
        3,
        "QUEJA",
        "Limpieza pública",
        VILLA,
        "Pedimos que el camión de basura pase dos veces por semana.",
    ),
    (1, "QUEJA", LIMPIEZA, VILLA, "Siguen sin recoger la basura frente al mercadillo."),
)
ANSWERED = {
    40: "El impuesto predial del año vence el último día hábil de febrero; hasta entonces no hay mora.",
    27: "Reforzamos la ruta de recojo en Villa del Mar desde el lunes. Gracias por avisarnos.",
}


@register_demo_loader
def load_opinion_demo(actor: User) -> None:
    if Sector.objects.exists():
        return
    for name, kind, nicknames in DEMO_SECTORS:
        sector_save(
            actor=actor, sector=Sector(), data={"name": name, "kind": kind, "nicknames": nicknames, "is_active": True}
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
    opinion_issues_detect()
