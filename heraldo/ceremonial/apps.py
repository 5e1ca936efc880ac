from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CeremonialConfig(AppConfig):
    name = "heraldo.ceremonial"
    label = "ceremonial"
    verbose_name = _("Agenda y Protocolo")
