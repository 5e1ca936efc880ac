"""Secret calendar subscription links, one active per user, revocable."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeedToken(models.Model):
    """Only the hash is stored: the link is shown once, when it is made."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enlace de suscripción al calendario")
        verbose_name_plural = _("enlaces de suscripción al calendario")
        indexes = [models.Index(fields=["user", "revoked_at"])]

    def __str__(self) -> str:
        return str(_("Calendario privado de %(user)s")) % {"user": self.user}
