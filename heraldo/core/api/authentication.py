from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from heraldo.core.auth import mfa_setup_pending
from heraldo.core.services.api_tokens import api_token_expires_at, api_token_is_expired, api_token_refuse_expired


class ExpiringTokenAuthentication(TokenAuthentication):
    """DRF's personal keys, refused once past their date and while the owner's role still awaits its second factor."""

    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if api_token_is_expired(token):
            api_token_refuse_expired(token=token)
            raise AuthenticationFailed(
                _("La llave de API venció el %(date)s. Genere otra en Preferencias.")
                % {"date": date_format(localtime(api_token_expires_at(token)), "SHORT_DATE_FORMAT")}
            )
        if mfa_setup_pending(user):
            raise AuthenticationFailed(
                _("Su rol exige la verificación en dos pasos: configúrela en Heraldo antes de usar la API.")
            )
        return user, token
