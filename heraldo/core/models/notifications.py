from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Counted in the bell: not resolved, and either asking to act or not read yet.
NEEDS_ATTENTION = models.Q(resolved_at__isnull=True) & (models.Q(asks_action=True) | models.Q(read_at__isnull=True))


class Notification(models.Model):
    """An in-app notice for one user (alerts, approvals waiting, jobs finished).

    Two kinds. A notice that only informs counts in the bell until it is read. A notice that asks its
    recipient to act (approve a release, do a task: `asks_action`) counts until the act is done, by anyone
    it was sent to. Either may name what it is about in `subject_key` ("press.release.review:12"): when
    that is settled, every recipient's notice is resolved at once (`heraldo.core.notifications.resolve_action`)
    and never counts again.
    """

    class Level(models.TextChoices):
        INFO = "info", _("Información")
        WARNING = "warning", _("Advertencia")
        URGENT = "urgent", _("Urgente")

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    title = models.CharField(_("título"), max_length=200)
    body = models.TextField(_("detalle"), blank=True)
    url = models.CharField(_("enlace"), max_length=500, blank=True)
    level = models.CharField(_("nivel"), max_length=10, choices=Level.choices, default=Level.INFO)
    created_at = models.DateTimeField(_("fecha"), auto_now_add=True)
    read_at = models.DateTimeField(_("leída"), null=True, blank=True)
    # With parameters, `title`/`body` hold the Spanish source text, translated when shown in the reader's
    # language; without (None), they are plain text such as a release's lead.
    title_params = models.JSONField(_("datos del título"), null=True, blank=True, default=None)
    body_params = models.JSONField(_("datos del detalle"), null=True, blank=True, default=None)
    # What the notice is about, "<code>:<id>" (the act it asks for, or the thing it reports); empty when
    # nothing can settle it.
    subject_key = models.CharField(_("asunto"), max_length=120, blank=True, db_index=True)
    asks_action = models.BooleanField(_("pide una acción"), default=False)
    resolved_at = models.DateTimeField(_("resuelta"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resuelta por"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # How it was resolved, as the Spanish source text ("Nota aprobada"), translated when shown.
    resolution = models.CharField(_("resolución"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("notificación")
        verbose_name_plural = _("notificaciones")
        ordering = ["-created_at"]
        indexes = [
            # The notifications page, newest first, after what the bell counts.
            models.Index(fields=["recipient", "-created_at"], name="notif_list_idx"),
            # The bell: only the notices it counts (NEEDS_ATTENTION, the same condition as the query's, so both
            # SQLite and PostgreSQL prove the partial index serves it).
            models.Index(fields=["recipient", "-created_at"], condition=NEEDS_ATTENTION, name="notif_pending_idx"),
        ]

    def __str__(self) -> str:
        return self.shown_title

    @property
    def needs_attention(self) -> bool:
        """Counted in the bell: an act still to do, or a notice not read yet."""
        if self.resolved_at is not None:
            return False
        return self.asks_action or self.read_at is None

    @property
    def shown_title(self) -> str:
        return _shown(self.title, self.title_params)

    @property
    def shown_body(self) -> str:
        return _shown(self.body, self.body_params)

    @property
    def shown_resolution(self) -> str:
        return gettext(self.resolution) if self.resolution else ""


def _shown(text: str, params: dict | None) -> str:
    if params is None:
        return text
    return gettext(text) % params if params else gettext(text)
