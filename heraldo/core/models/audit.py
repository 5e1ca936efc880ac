import datetime
import re
from functools import cache
from typing import Any, NamedTuple

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from heraldo.core.audit_sentences import change_label, describe
from heraldo.core.dates import shown_date, shown_datetime
from heraldo.core.models.fields import acting_user


class ChangeRow(NamedTuple):
    field: str
    before: Any
    after: Any
    is_pair: bool  # a [before, after] pair; otherwise `after` is a value the action recorded (a count, a list)


# Dates and times reach the log as text (`str()` of the value); shown again in the office's format and zone.
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")


def _target_field(target_type: str, key: str):
    try:
        return apps.get_model(target_type)._meta.get_field(key)
    except (LookupError, ValueError, FieldDoesNotExist):
        return None


@cache
def _fields_by_name() -> dict[str, list[models.Field]]:
    """Every project field by name: a service may record a related row's fields on its parent (a coordination
    on its entity)."""
    found: dict[str, list[models.Field]] = {}
    for model in apps.get_models():
        if not model.__module__.startswith("heraldo."):
            continue
        for field in model._meta.get_fields():
            if getattr(field, "verbose_name", None) is not None:
                found.setdefault(field.name, []).append(field)
    return found


@cache
def _choices(field) -> dict:
    """A field's choices by value (labels still lazy): built once per field, not once per change shown, as the
    audit log shows fifty entries of several changes each."""
    return dict(getattr(field, "flatchoices", None) or ())


def _field_with_choice(fields: list, value: Any):
    """The field whose choices name the value: a term's status recorded on its position reads "Titular"."""
    values = value if isinstance(value, list) else [value]
    for field in fields:
        choices = _choices(field)
        if any(isinstance(item, str) and item in choices for item in values):
            return field
    return None


def _field_label(field) -> str:
    if getattr(field, "verbose_name", None) is not None:
        return str(field.verbose_name)
    return str(field.related_model._meta.verbose_name_plural)  # a reverse relation: the related rows


def _shown(value: Any, field) -> Any:
    """A recorded value as the office reads it: choice labels, sí/no, dates as 28/11/2026 in Lima time."""
    if isinstance(value, bool):
        return gettext("sí") if value else gettext("no")
    if isinstance(value, list):
        return ", ".join(str(_shown(item, field)) for item in value)
    if not isinstance(value, str):
        return value
    choices = _choices(field) if field is not None else {}
    if value in choices:
        return str(choices[value])
    if _ISO_DATE.match(value):
        return shown_date(datetime.date.fromisoformat(value))
    if _ISO_DATETIME.match(value):
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
        return shown_datetime(moment)
    return value


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
        rows = []
        for key, value in changes.items():
            own = _target_field(self.target_type, key)
            fields = ([own] if own is not None else []) + _fields_by_name().get(key, [])
            field = _field_with_choice(fields, value) or (fields[0] if fields else None)
            label = change_label(key) or (_field_label(field) if field is not None else key)
            if isinstance(value, list) and len(value) == 2:
                rows.append(ChangeRow(label, _shown(value[0], field), _shown(value[1], field), True))
            else:
                rows.append(ChangeRow(label, None, _shown(value, field), False))
        return rows
