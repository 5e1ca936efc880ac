from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "heraldo.campaigns"
    label = "campaigns"
    verbose_name = _("Campañas")

    def ready(self) -> None:
        # Registrations with the core: the module, audit sentences, the Hoy panels, private files, demo data,
        # the periodic ban-start sweep, the monthly report's section and the dashboard cards.
        from heraldo.campaigns import audit_actions, dashboard, demo, integrations, report_section, schedule  # noqa: F401
