from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "heraldo.reports"
    label = "reports"
    verbose_name = _("Reportes")

    def ready(self) -> None:
        # Registrations with the core: audit sentences, the menu entry, demo data.
        from heraldo.reports import actions, demo, integrations  # noqa: F401
