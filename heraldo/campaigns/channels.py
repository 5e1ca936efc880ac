"""The channels a campaign speaks through: the codes of the publicity rules (domain note, section 5.3)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    RADIO = "RADIO", _("Radio")
    TV = "TV", _("Televisión")
    PRESS = "PRESS", _("Prensa escrita")
    SOCIAL = "SOCIAL", _("Redes sociales")
    WEB = "WEB", _("Web institucional")
    OUTDOOR = "OUTDOOR", _("Exteriores (banderolas, paneles)")
    PRINT = "PRINT", _("Impresos (volantes, afiches)")
    SMS = "SMS", _("SMS y mensajería")


# Broadcast media: the law asks for a valid MTC licence, and the electoral regime a JEE authorisation.
BROADCAST = frozenset({Channel.RADIO, Channel.TV})


def channel_label(code: str) -> str:
    try:
        return str(Channel(code).label)
    except ValueError:
        return code


def unknown_channels(codes) -> list[str]:
    return [code for code in codes if code not in Channel.values]
