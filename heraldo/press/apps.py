from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "heraldo.press"
    label = "press"
    verbose_name = _("Prensa y Publicaciones")

    def ready(self) -> None:
        # Registers audit sentences, the "Hoy" panel, the search provider, the demo loader and periodic steps.
        from heraldo.press import audit_actions, dashboard, integrations, report_section, schedule  # noqa: F401
