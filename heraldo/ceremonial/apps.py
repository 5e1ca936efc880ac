from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CeremonialConfig(AppConfig):
    name = "heraldo.ceremonial"
    label = "ceremonial"
    verbose_name = _("Agenda y Protocolo")

    def ready(self) -> None:
        # Registers audit sentences, the "Hoy" panel, the search provider, the demo loader and periodic steps.
        from heraldo.ceremonial import audit_actions, integrations, schedule  # noqa: F401
