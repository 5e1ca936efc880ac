"""Secret calendar subscription links: one active per person and purpose, revocable, only the hash kept.

Core knows no domain app: `purpose` is the label of the app whose feed the link opens
("ceremonial" for the agenda, "work" for Mi trabajo's deadlines), and the app serves the feed.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


class FeedToken(models.Model):
    """Only the hash is stored: the link is shown once, when it is made."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    purpose = models.CharField(_("calendario"), max_length=30)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enlace de suscripción al calendario")
        verbose_name_plural = _("enlaces de suscripción al calendario")
        indexes = [models.Index(fields=["user", "purpose", "revoked_at"], name="core_feedtoken_active_idx")]

    def __str__(self) -> str:
        return str(_("Calendario privado de %(user)s")) % {"user": self.user}
