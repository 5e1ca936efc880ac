"""Registrations with the core: the Hoy panel, the global search, private files and the demo data."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core import checks
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.core.dates import shown_date
from heraldo.core.demo import register_demo_loader
from heraldo.core.health import ERROR, OK, WARNING, HealthCheck, HealthSection, age_text, register_health_section
from heraldo.core.media import PrivateFiles, allowed_by_gate, register_private_files
from heraldo.core.navigation import Module, register_module, register_nav_badge
from heraldo.core.permissions import has_capability
from heraldo.core.search import SearchGroup, SearchHit, register_search_provider
from heraldo.core.stamps import stamp_follows
from heraldo.core.today import Panel, PanelItem, register_panel
from heraldo.monitoring.models.alerts import ALERTS_STAMP
from heraldo.monitoring.models.clippings import CLIPPINGS_STAMP
from heraldo.monitoring.permissions import access_clipping

register_module(
    Module(
        "monitoreo",
        _("Monitoreo"),
        "broadcast",
        ("access_monitoring",),
        "monitoring:home",
        _("Seguimiento de medios, menciones, tono, alertas al Alcalde, síntesis informativa y archivo de prensa."),
        position=50,
    )
)


register_private_files(
    PrivateFiles(
        "monitoring/clippings/",
        "monitoring.Clipping",
        "attachment",
        lambda user, clipping: allowed_by_gate(access_clipping, user, clipping.pk),
    )
)


# Mentions decide which clippings the panel lists; the store and the re-matching create them in bulk, so they
# raise it themselves (CLIPPINGS_STAMP in heraldo.monitoring.models).
stamp_follows(CLIPPINGS_STAMP, "monitoring.Clipping", "monitoring.Mention")


@register_panel("monitoring", position=50, stamps=(CLIPPINGS_STAMP,))
def monitoring_panel(user, now: datetime) -> Panel | None:
    if not has_capability(user, "access_monitoring"):
        return None
    from django.db.models import Exists, OuterRef

    from heraldo.monitoring.models import Clipping, Mention, TermKind, Tone

    # EXISTS rather than a join made DISTINCT, and the three columns shown: DISTINCT sorted the day's clippings
    # with their whole texts, most of the home page's time with a year of press (bench/dashboard_mayor.py).
    names_us = Mention.objects.filter(
        clipping=OuterRef("pk"), term__kind__in=(TermKind.MAYOR, TermKind.MUNICIPALITY), is_aside=False
    )
    recent = (
        Clipping.objects.filter(published_at__gte=now - timedelta(hours=24), duplicate_of__isnull=True)
        .filter(Exists(names_us))
        .select_related("outlet")
        .only("title", "tone", "outlet__name")
        .order_by("-relevance", "-published_at")[:5]
    )
    tone_labels = dict(Tone.choices)
    return Panel(
        "monitoring",
        _("Prensa de hoy"),
        "broadcast",
        _("Ningún medio mencionó al Alcalde ni a la municipalidad en las últimas 24 horas."),
        items=[
            PanelItem(
                c.title,
                reverse("monitoring:clipping_detail", args=[c.pk]),
                str(c.outlet or ""),
                str(tone_labels.get(c.tone, "")),
            )
            for c in recent
        ],
        action_url=reverse("monitoring:home"),
        action_label=_("Abrir Monitoreo"),
    )


@register_search_provider
def monitoring_search(user, query: str) -> SearchGroup | None:
    if not has_capability(user, "access_monitoring"):
        return None
    from heraldo.monitoring.selectors import archive_latest

    hits = [
        SearchHit(c.title, reverse("monitoring:clipping_detail", args=[c.pk]), shown_date(c.published_at))
        for c in archive_latest(query, limit=5)
    ]
    return SearchGroup(_("Archivo de prensa"), hits)


@register_demo_loader
def load_monitoring_demo(actor) -> None:
    from heraldo.monitoring.demo import monitoring_demo_load

    monitoring_demo_load(actor=actor)


@register_health_section("monitoring-sources", position=60)
def monitoring_sources_health(now: datetime) -> HealthSection:
    """Each polled source's last successful poll: late after three intervals, failing after a day."""
    from heraldo.monitoring.models import Source, SourceKind

    section = HealthSection("monitoring-sources", _("Fuentes de monitoreo"))
    sources = Source.objects.filter(is_active=True).exclude(kind=SourceKind.MANUAL).order_by("name")
    for source in sources:
        if source.last_success_at is None:
            status = ERROR if source.consecutive_failures else WARNING
            detail = str(_("Nunca se consultó con éxito."))
        else:
            late = now - source.last_success_at
            interval = timedelta(minutes=source.interval_minutes)
            status = ERROR if late >= max(timedelta(days=1), 3 * interval) else WARNING if late >= 3 * interval else OK
            detail = str(_("Última consulta exitosa %(age)s.") % {"age": age_text(source.last_success_at, now)})
        if source.last_error and status != OK:
            detail = f"{detail} {source.last_error}"
        section.checks.append(HealthCheck(source.name, status, detail))
    return section


@register_nav_badge("monitoreo", stamp=ALERTS_STAMP)
def unseen_alerts_badge(user) -> int:
    from heraldo.monitoring.selectors import alerts_unseen_count

    return alerts_unseen_count(user)


@checks.register()
def _mailbox_without_authentication(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """A mailbox read without the mail server's verdict would refuse every message: say why before it happens."""
    if not settings.HERALDO_MONITORING_MAILBOX or settings.HERALDO_MONITORING_MAIL_AUTHSERV_IDS:
        return []
    return [
        checks.Warning(
            "HERALDO_MONITORING_MAILBOX is set but HERALDO_MONITORING_MAIL_AUTHSERV_IDS is empty: every forwarded "
            "message will be refused, because nothing says the sender was authenticated.",
            hint="Set it to the authserv-id your mail server writes in Authentication-Results (docs/monitoring.md).",
            id="heraldo.W102",
        )
    ]
