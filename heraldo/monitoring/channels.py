"""Ways an alert reaches a person: e-mail (outbox), a notice in Heraldo, and a WhatsApp/Telegram gateway.

Every channel has the same `send(user=…, alerts=…, key=…)`: it raises when the
message did not leave, so the delivery stays pending and is retried. Immediate
alerts are sent by one `monitoring.alert_deliver` job per channel, so waiting on
the gateway (up to its timeout) holds up neither e-mail nor notices. The gateway
posts JSON to the HTTP service the municipality runs or rents (configured by the
operator, never typed by a user); tests give it a fake transport.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import requests
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from heraldo.core.notifications import notice_key, notify
from heraldo.core.outbox import outbox_enqueue_templated
from heraldo.monitoring.models import Alert, AlertChannel

GATEWAY_TIMEOUT_SECONDS = 10
# What an in-app notice of one alert is about: notice_key(ALERT_NOTICE, alert.pk).
ALERT_NOTICE = "monitoring.alert"


class Channel(Protocol):
    code: str
    # True when sending only writes rows (outbox, notices): it then shares the delivery's transaction.
    writes_to_database: bool

    def send(self, *, user, alerts: list[Alert], key: str) -> None: ...


def alerts_title(alerts: list[Alert]) -> str:
    if len(alerts) == 1:
        return _("Alerta de prensa: %(title)s") % {"title": alerts[0].headline[:120]}
    return ngettext(
        "Resumen de alertas de prensa: %(count)s aviso",
        "Resumen de alertas de prensa: %(count)s avisos",
        len(alerts),
    ) % {"count": len(alerts)}


def alert_path(alert: Alert) -> str:
    if alert.clipping_id:
        return reverse("monitoring:clipping_detail", args=[alert.clipping_id])
    return reverse("monitoring:alert_list")


class EmailChannel:
    code = AlertChannel.EMAIL
    writes_to_database = True  # the outbox sends later, and retries while the mail server is down

    def send(self, *, user, alerts: list[Alert], key: str) -> None:
        if not user.email:
            return
        outbox_enqueue_templated(
            key=f"monitoring-alert-{key}",
            to=[user.email],
            template="monitoring/email/alert",
            context={"alerts": alerts, "user": user},
            language=getattr(user, "language", "es") or "es",
        )


class InAppChannel:
    code = AlertChannel.APP
    writes_to_database = True

    def send(self, *, user, alerts: list[Alert], key: str) -> None:
        with translation.override(getattr(user, "language", "es") or "es"):
            title = alerts_title(alerts)
            body = alerts[0].headline[:300]
        url = alert_path(alerts[0]) if len(alerts) == 1 else reverse("monitoring:alert_list")
        # A notice of one alert names it, so marking the alert seen reads it and a correction that withdraws
        # the alert resolves it (a summary of several stays a plain notice).
        about = notice_key(ALERT_NOTICE, alerts[0].pk) if len(alerts) == 1 else ""
        notify(users=[user], title=title, body=body, url=url, level="urgent", about=about)


def _post_json(url: str, payload: dict, token: str) -> None:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = requests.post(url, json=payload, headers=headers, timeout=GATEWAY_TIMEOUT_SECONDS)
    response.raise_for_status()


class GatewayChannel:
    """A short text to a WhatsApp or Telegram gateway: {"to": address, "text": …, "key": …}."""

    code = AlertChannel.GATEWAY
    writes_to_database = False

    def __init__(self, url: str, token: str = "", transport: Callable[[str, dict, str], None] | None = None) -> None:
        self.url = url
        self.token = token
        self.transport = transport or _post_json

    def send(self, *, user, alerts: list[Alert], key: str) -> None:
        preference = getattr(user, "alert_preference", None)
        address = preference.gateway_address if preference else ""
        if not address:
            return
        with translation.override(getattr(user, "language", "es") or "es"):
            lines = [alerts_title(alerts)]
            lines += [
                f"• {alert.headline[:160]} {settings.HERALDO_SITE_URL}{alert_path(alert)}" for alert in alerts[:5]
            ]
        self.transport(self.url, {"to": address, "text": "\n".join(lines), "key": key}, self.token)


def configured_channels() -> dict[str, Channel]:
    channels: dict[str, Channel] = {AlertChannel.EMAIL: EmailChannel(), AlertChannel.APP: InAppChannel()}
    gateway_url = getattr(settings, "HERALDO_ALERT_GATEWAY_URL", "")
    if gateway_url:
        channels[AlertChannel.GATEWAY] = GatewayChannel(
            gateway_url, getattr(settings, "HERALDO_ALERT_GATEWAY_TOKEN", "")
        )
    return channels
