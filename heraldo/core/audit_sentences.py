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
    "core.account.email_added": _("%(actor)s pidió cambiar su dirección de correo (falta confirmarla)"),
    "core.account.email_confirmed": _("%(actor)s confirmó su dirección de correo"),
    "core.account.email_changed": _("%(actor)s cambió su dirección de correo"),
    "core.account.email_removed": _("%(actor)s quitó una dirección de correo de su cuenta"),
    "core.account.password_changed": _("%(actor)s cambió su contraseña"),
    "core.account.password_reset": _("%(actor)s restableció su contraseña con el enlace enviado por correo"),
    "core.account.totp_added": _("%(actor)s activó la verificación en dos pasos con una aplicación autenticadora"),
    "core.account.totp_removed": _("%(actor)s desactivó la verificación en dos pasos"),
    "core.account.codes_added": _("%(actor)s obtuvo códigos de recuperación"),
    "core.account.codes_removed": _("Se borraron los códigos de recuperación de %(target)s"),
    "core.account.codes_regenerated": _("%(actor)s generó códigos de recuperación nuevos"),
    "core.api_token.created": _("%(actor)s generó una llave de API"),
    "core.api_token.revoked": _("%(actor)s anuló la llave de API de %(target)s"),
    "core.api_token.revoked_password": _("La llave de API de %(target)s se anuló al cambiar la contraseña"),
    "core.api_token.revoked_deactivated": _("La llave de API de %(target)s se anuló al desactivar la cuenta"),
    "core.api_token.expired_used": _("Se usó la llave de API vencida de %(target)s; quedó borrada"),
    "core.job.retried": _("%(actor)s reintentó el trabajo %(target)s"),
    "core.mailing.test_sent": _("%(actor)s se envió una prueba de %(target)s"),
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
