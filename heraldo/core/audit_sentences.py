"""The audit vocabulary: each action's dotted code and the sentence that tells it.

Kept apart from heraldo.core.audit so the AuditEntry model can tell its own
sentence without importing the module that writes entries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class _Entry(Protocol):
    action: str
    actor_label: str
    target_label: str


# Sentences take %(actor)s and %(target)s. Modules add theirs with `register_actions`.
_SENTENCES: dict[str, Promise] = {
    "core.user.created": _("%(actor)s creó la cuenta de %(target)s"),
    "core.user.updated": _("%(actor)s modificó la cuenta de %(target)s"),
    "core.user.deactivated": _("%(actor)s desactivó la cuenta de %(target)s"),
    "core.user.reactivated": _("%(actor)s reactivó la cuenta de %(target)s"),
    "core.user.language_changed": _("%(actor)s cambió su idioma de trabajo"),
    "core.user.logged_in": _("%(actor)s inició sesión"),
    "core.user.login_failed": _("Intento fallido de inicio de sesión como %(target)s"),
    "core.user.locked_out": _("Cuenta %(target)s bloqueada por intentos fallidos"),
    "core.job.retried": _("%(actor)s reintentó el trabajo %(target)s"),
    "core.demo.loaded": _("%(actor)s cargó los datos de demostración"),
}


# Labels for values an action records that are no model field (a count, a comment); fields use their verbose name.
_CHANGE_LABELS: dict[str, Promise] = {
    "added": _("añadidos"),
    "bytes": _("tamaño en bytes"),
    "comment": _("comentario"),
    "conflicts_confirmed": _("cruces de agenda confirmados"),
    "importado": _("importados"),
    "length": _("extensión (caracteres)"),
    "reasons": _("motivos"),
    "recipients": _("destinatarios"),
    "sent": _("enviados"),
    "subscribers": _("suscriptores"),
}


def register_actions(sentences: Mapping[str, Promise]) -> None:
    _SENTENCES.update(sentences)


def register_change_labels(labels: Mapping[str, Promise]) -> None:
    _CHANGE_LABELS.update(labels)


def change_label(key: str) -> str | None:
    label = _CHANGE_LABELS.get(key)
    return None if label is None else str(label)


def is_registered(action: str) -> bool:
    return action in _SENTENCES


def describe(entry: _Entry) -> str:
    template = _SENTENCES.get(entry.action)
    actor = entry.actor_label or gettext("El sistema")
    if template is None:
        return f"{actor}: {entry.action} {entry.target_label}".strip()
    return str(template) % {"actor": actor, "target": entry.target_label}
