"""Demo press coverage of the invented district: sources, topics, rules and ~60 clippings.

No network: the feeds point at invented addresses and stay paused; clippings are
stored through the same pipeline a poll uses (matching, tone, near duplicates).
"""

from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

from heraldo.directory.models import Entity, EntityKind
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import AlertMode, AlertRule, AlertTarget, AlertTone, Source, SourceKind, TermKind, Topic
from heraldo.monitoring.services.watchlist import topic_create, watch_term_create, watchlist_sync_from_registry
from heraldo.monitoring.tone import DATA_DIR

DEMO_SOURCES = (
    (
        "Candelaria Noticias — portada",
        SourceKind.FEED,
        "https://candelarianoticias.example.pe/feed/",
        "Candelaria Noticias",
        True,
    ),
    (
        "Radio Mar Brava — noticias locales",
        SourceKind.WEB,
        "https://radiomarbrava.example.pe/locales/",
        "Radio Mar Brava",
        False,
    ),
    ("Costa Visión Canal 7 — noticiero", SourceKind.MANUAL, "", "Costa Visión Canal 7", True),
    ("Diario La Costa Alta — edición impresa", SourceKind.MANUAL, "", "Diario La Costa Alta", False),
)
DEMO_TOPICS = {
    "Limpieza pública": ["limpieza pública", "recojo de basura", "residuos sólidos", "basura"],
    "Seguridad ciudadana": ["seguridad ciudadana", "serenazgo", "delincuencia", "robos"],
    "Obras": ["obra", "pavimentación", "pistas", "agua potable", "desagüe"],
    "Tributos": ["arbitrios", "impuesto predial", "morosidad tributaria"],
}
PLACES = ["Plaza de Armas", "Malecón Grau", "Mercado Central", "Asentamiento Humano Villa del Mar"]
LEADS = [
    "El alcalde Jorge Cárdenas se pronunció sobre el tema ante la prensa local.",
    "La Municipalidad Distrital de Santa Candelaria del Mar emitió un comunicado sobre el caso.",
    "Vecinos de Santa Candelaria del Mar opinaron sobre lo ocurrido.",
    "Desde la comuna de Santa Candelaria del Mar indicaron que se evaluará la situación.",
    "El burgomaestre Jorge Cárdenas Vilca recorrió la zona junto a los regidores.",
]


def _outlet(name: str, media_kind: str) -> Entity:
    outlet = Entity.objects.filter(name=name).first()
    if outlet is None:
        outlet = Entity.objects.create(name=name, kind=EntityKind.MEDIA, level="PROVINCIAL", media_kind=media_kind)
    return outlet


def monitoring_demo_load(*, actor) -> None:
    if Source.objects.filter(name=DEMO_SOURCES[0][0]).exists():
        return
    rng = random.Random(2026)  # noqa: S311  repeatable demo data, not security
    watchlist_sync_from_registry(actor=actor)
    for name, keywords in DEMO_TOPICS.items():
        if not Topic.objects.filter(name=name).exists():
            topic_create(actor=actor, name=name, keywords=keywords)
    for place in PLACES:
        watch_term_create(actor=actor, phrase=place, kind=TermKind.PLACE)
    watch_term_create(actor=actor, phrase="Candelaria FC", kind=TermKind.NEGATIVE)
    AlertRule.objects.get_or_create(
        name="Mención negativa del Alcalde",
        defaults={"target": AlertTarget.MAYOR, "tone": AlertTone.NEGATIVE, "mode": AlertMode.IMMEDIATE},
    )
    AlertRule.objects.get_or_create(
        name="Resumen horario de menciones de la municipalidad",
        defaults={"target": AlertTarget.MUNICIPALITY, "tone": AlertTone.ANY, "mode": AlertMode.DIGEST},
    )
    kinds = {
        "Candelaria Noticias": "WEB",
        "Radio Mar Brava": "RADIO",
        "Costa Visión Canal 7": "TV",
        "Diario La Costa Alta": "PRENSA",
    }
    sources = []
    now = timezone.now()
    for name, kind, url, outlet_name, priority in DEMO_SOURCES:
        source = Source.objects.create(
            name=name,
            kind=kind,
            url=url,
            outlet=_outlet(outlet_name, kinds[outlet_name]),
            is_priority=priority,
            # paused: the demo never reaches out to the invented addresses
            is_active=kind == SourceKind.MANUAL,
            health="ok",
            last_polled_at=now - timedelta(minutes=12),
            last_success_at=now - timedelta(minutes=12),
            created_by=actor,
        )
        sources.append(source)
    sentences = []
    for label in ("negative", "positive", "neutral"):
        lines = [s for s in (DATA_DIR / f"{label}.txt").read_text(encoding="utf-8").splitlines() if s.strip()]
        sentences += rng.sample(lines, 20)
    sentences += [
        "Vecinos denuncian que el servicio de limpieza pública no pasa hace una semana por el Malecón Grau.",
        "La ciudad ganó el primer puesto en el concurso regional de limpieza pública.",
    ]
    rng.shuffle(sentences)
    for index, sentence in enumerate(sentences):
        source = sources[index % len(sources)]
        lead = rng.choice(LEADS)
        place = rng.choice(PLACES)
        body = (
            f"{sentence} {lead}\n\n"
            f"Según pudo conocer este medio, el hecho ocurrió en las inmediaciones de {place}. "
            "Los dirigentes vecinales anunciaron que harán seguimiento al tema en las próximas semanas."
        )
        published = now - timedelta(hours=rng.randint(1, 120), minutes=rng.randint(0, 59))
        title = sentence.rstrip(".")
        extra = {}
        if source.kind == SourceKind.MANUAL:
            extra = {
                "programme": "Noticiero central" if source.outlet.media_kind == "TV" else "Página 4",
            }
        clipping_store(
            source=source,
            title=title,
            published_at=published,
            url=f"https://{source.outlet.name.lower().replace(' ', '')[:20]}.example.pe/nota/{index + 1}"
            if source.url
            else "",
            guid=f"demo-{index + 1}",
            body_text=body if source.kind != SourceKind.MANUAL else "",
            summary=body if source.kind == SourceKind.MANUAL else "",
            medium=source.outlet.media_kind or "WEB",
            date_origin="entered" if source.kind == SourceKind.MANUAL else "feed",
            **extra,
        )
        if index % 12 == 0:  # a syndicated copy of the same story in another outlet
            other = sources[(index + 1) % len(sources)]
            clipping_store(
                source=other,
                title=title,
                published_at=published + timedelta(hours=2),
                url=f"https://copia.example.pe/{index + 1}" if other.url else "",
                guid=f"demo-copy-{index + 1}",
                body_text=body,
                medium=other.outlet.media_kind or "WEB",
            )
    _demo_last_month(sources)
    _demo_health_and_teasers(actor=actor, feed=sources[0], now=now)


# A line per topic, so that last month's coverage spreads over the office's topics.
TOPIC_LINES = (
    "El tema se suma a los reclamos por el recojo de basura en varios sectores del distrito.",
    "Los vecinos pidieron más patrullaje del serenazgo en la zona.",
    "La obra de pavimentación de las pistas del sector fue mencionada durante la visita.",
    "La Municipalidad recordó a los contribuyentes el pago del impuesto predial y los arbitrios.",
    "",  # coverage that touches none of the office's topics
)
LAST_MONTH_CLIPPINGS = 48


def _demo_last_month(sources: list[Source]) -> None:
    """Last month's coverage, for the monthly report: originals spread over its days with every tone and topic,
    and some syndicated copies. A separate seed keeps this month's demo coverage as it was."""
    from datetime import datetime, time

    from heraldo.core.demo import demo_last_month

    rng = random.Random(2025)  # noqa: S311  repeatable demo data, not security
    first, last_day = demo_last_month()
    days = (last_day - first).days + 1
    stories = []  # (headline, a second sentence of the same tone)
    for label in ("negative", "positive", "neutral", "positive"):
        lines = [s for s in (DATA_DIR / f"{label}.txt").read_text(encoding="utf-8").splitlines() if s.strip()]
        picked = rng.sample(lines, LAST_MONTH_CLIPPINGS // 2)
        stories += zip(picked[0::2], picked[1::2], strict=True)
    rng.shuffle(stories)
    lima = timezone.get_current_timezone()
    for index, (sentence, follow_up) in enumerate(stories):
        source = sources[index % len(sources)]
        day = first + timedelta(days=index * days // len(stories))
        published = datetime.combine(day, time(rng.randint(6, 21), rng.randint(0, 59)), tzinfo=lima)
        # the story opens with its own words (copies are told apart by their opening) and its second sentence,
        # right after the one naming the municipality, gives the tone toward it
        body = (
            f"{sentence} {rng.choice(LEADS)} {follow_up} {TOPIC_LINES[index % len(TOPIC_LINES)]}\n\n"
            f"Según pudo conocer este medio, el hecho ocurrió en las inmediaciones de {rng.choice(PLACES)}."
        )
        manual = source.kind == SourceKind.MANUAL
        title = sentence.rstrip(".")
        clipping_store(
            source=source,
            title=title,
            published_at=published,
            url=""
            if manual
            else f"https://{source.outlet.name.lower().replace(' ', '')[:20]}.example.pe/archivo/{index}",
            guid=f"demo-last-month-{index + 1}",
            body_text="" if manual else body,
            summary=body if manual else "",
            medium=source.outlet.media_kind or "WEB",
            date_origin="entered" if manual else "feed",
            queue_alerts=False,
            **(
                {"programme": "Noticiero central" if source.outlet.media_kind == "TV" else "Página 4"} if manual else {}
            ),
        )
        if index % 8 == 3:  # the story picked up by another outlet a few hours later
            other = sources[(index + 1) % len(sources)]
            clipping_store(
                source=other,
                title=title,
                published_at=published + timedelta(hours=3),
                url=f"https://copia.example.pe/archivo/{index}" if other.url else "",
                guid=f"demo-last-month-copy-{index + 1}",
                body_text=body,
                medium=other.outlet.media_kind or "WEB",
                queue_alerts=False,
            )


def _demo_health_and_teasers(*, actor, feed: Source, now) -> None:
    """What source health and incomplete clippings look like: a refused feed and two teasers waiting for their page."""
    from django.utils.translation import gettext

    from heraldo.monitoring.models import Clipping, Health

    Source.objects.create(
        name="Portal Sur Chico (canal dañado)",
        kind=SourceKind.FEED,
        url="https://portalsurchico.example.pe/feed/",
        is_active=False,
        health=Health.FAILING,
        consecutive_failures=1,
        last_polled_at=now - timedelta(minutes=7),
        last_error=gettext(
            "Canal rechazado por seguridad: declara entidades XML, un recurso usado para ataques (expandir "
            "el contenido hasta agotar el servidor o leer sus archivos). No se guardó ninguna nota; pida al "
            "medio que publique un canal normal."
        ),
        created_by=actor,
    )
    for clipping in Clipping.objects.filter(source=feed).order_by("-published_at")[:2]:
        teaser = clipping.body_text.split("\n\n")[0]
        Clipping.objects.filter(pk=clipping.pk).update(
            body_text=teaser,
            text_incomplete=True,
            completion_attempts=1,
            completion_error=gettext("El servidor respondió con un error.") + " (HTTP 503)",
            completion_due_at=now + timedelta(minutes=30),
        )
