from typing import Any, NamedTuple

from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.audit_sentences import describe
from heraldo.core.models.fields import acting_user


class ChangeRow(NamedTuple):
    field: str
    before: Any
    after: Any
    is_pair: bool  # a [before, after] pair; otherwise `after` is a value the action recorded (a count, a list)


class AuditEntry(models.Model):
    """Who changed what, when: one row per state change made through a service."""

    created_at = models.DateTimeField(_("fecha"), auto_now_add=True, db_index=True)
    actor = acting_user(_("autor"))
    actor_label = models.CharField(_("autor"), max_length=200, blank=True)
    action = models.CharField(_("acción"), max_length=100, db_index=True)
    target_type = models.CharField(_("tipo de objeto"), max_length=100, blank=True)
    target_id = models.CharField(_("identificador"), max_length=64, blank=True)
    target_label = models.CharField(_("objeto"), max_length=300, blank=True)
    changes = models.JSONField(_("cambios"), default=dict, blank=True)
    ip_address = models.GenericIPAddressField(_("dirección IP"), null=True, blank=True)

    class Meta:
        verbose_name = _("entrada de auditoría")
        verbose_name_plural = _("registro de auditoría")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["target_type", "target_id", "-created_at"], name="audit_target_idx"),
            models.Index(fields=["actor", "-created_at"], name="audit_actor_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.target_label}"

    @property
    def sentence(self) -> str:
        return describe(self)

    @property
    def change_rows(self) -> list[ChangeRow]:
        """The changes as rows a template can show whatever their keys (a key named `items` included).
        A value of a field with choices reads as its label (Mayor, not PNP_MAYOR)."""
        changes = self.changes if isinstance(self.changes, dict) else {}
        labels = self._choice_labels()

        def shown(field: str, value: Any) -> Any:
            choices = labels.get(field)
            return choices.get(value, value) if choices and isinstance(value, str) else value

        return [
            ChangeRow(field, shown(field, value[0]), shown(field, value[1]), True)
            if isinstance(value, list) and len(value) == 2
            else ChangeRow(field, None, value, False)
            for field, value in changes.items()
        ]

    def _choice_labels(self) -> dict[str, dict[Any, Any]]:
        from django.apps import apps

        try:
            model = apps.get_model(self.target_type) if self.target_type else None
        except (LookupError, ValueError):
            return {}
        if model is None:
            return {}
        return {f.name: dict(f.flatchoices) for f in model._meta.concrete_fields if f.flatchoices}
