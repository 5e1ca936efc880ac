"""The audit trail of what people do to their own account on allauth's pages: address, password, second factor.

allauth owns those pages and tells what happened only through its signals, so these receivers are the one
place such changes are recorded. A new password also revokes the person's API key: whoever knew the old
password may have made one.
"""

from __future__ import annotations

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from allauth.mfa.models import Authenticator
from axes.helpers import get_client_ip_address
from django.dispatch import receiver

from heraldo.core.audit import audit_record
from heraldo.core.services.api_tokens import REVOKED_ON_PASSWORD_CHANGE, api_token_revoke

# The two kinds settings.MFA_SUPPORTED_TYPES allows.
_ADDED = {
    Authenticator.Type.TOTP: "core.account.totp_added",
    Authenticator.Type.RECOVERY_CODES: "core.account.codes_added",
}
_REMOVED = {
    Authenticator.Type.TOTP: "core.account.totp_removed",
    Authenticator.Type.RECOVERY_CODES: "core.account.codes_removed",
}


def _record(request, user, action: str, changes: dict | None = None) -> None:
    ip_address = get_client_ip_address(request) if request is not None else None
    audit_record(actor=user, action=action, target=user, changes=changes, ip_address=ip_address)


@receiver(account_signals.email_added, dispatch_uid="heraldo.audit.email_added")
def _email_added(sender, request, user, email_address, **kwargs) -> None:
    _record(request, user, "core.account.email_added", {"email": [None, email_address.email]})


@receiver(account_signals.email_confirmed, dispatch_uid="heraldo.audit.email_confirmed")
def _email_confirmed(sender, request, email_address, **kwargs) -> None:
    _record(request, email_address.user, "core.account.email_confirmed", {"email": [None, email_address.email]})


@receiver(account_signals.email_changed, dispatch_uid="heraldo.audit.email_changed")
def _email_changed(sender, request, user, from_email_address, to_email_address, **kwargs) -> None:
    before = from_email_address.email if from_email_address else None
    _record(request, user, "core.account.email_changed", {"email": [before, to_email_address.email]})


@receiver(account_signals.email_removed, dispatch_uid="heraldo.audit.email_removed")
def _email_removed(sender, request, user, email_address, **kwargs) -> None:
    _record(request, user, "core.account.email_removed", {"email": [email_address.email, None]})


@receiver(account_signals.password_changed, dispatch_uid="heraldo.audit.password_changed")
@receiver(account_signals.password_set, dispatch_uid="heraldo.audit.password_set")
def _password_changed(sender, request, user, **kwargs) -> None:
    _record(request, user, "core.account.password_changed")
    api_token_revoke(user=user, actor=user, action=REVOKED_ON_PASSWORD_CHANGE)


@receiver(account_signals.password_reset, dispatch_uid="heraldo.audit.password_reset")
def _password_reset(sender, request, user, **kwargs) -> None:
    _record(request, user, "core.account.password_reset")
    api_token_revoke(user=user, actor=user, action=REVOKED_ON_PASSWORD_CHANGE)


@receiver(mfa_signals.authenticator_added, dispatch_uid="heraldo.audit.authenticator_added")
def _authenticator_added(sender, request, user, authenticator, **kwargs) -> None:
    _record(request, user, _ADDED[authenticator.type])


@receiver(mfa_signals.authenticator_removed, dispatch_uid="heraldo.audit.authenticator_removed")
def _authenticator_removed(sender, request, user, authenticator, **kwargs) -> None:
    _record(request, user, _REMOVED[authenticator.type])


@receiver(mfa_signals.authenticator_reset, dispatch_uid="heraldo.audit.authenticator_reset")
def _authenticator_reset(sender, request, user, authenticator, **kwargs) -> None:
    _record(request, user, "core.account.codes_regenerated")
