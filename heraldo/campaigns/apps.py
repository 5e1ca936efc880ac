from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "heraldo.campaigns"
    label = "campaigns"
    verbose_name = _("Campañas")

    def ready(self) -> None:
        # Registrations with the core: the module, audit sentences, the Hoy panels, private files, demo data.
        from heraldo.campaigns import audit_actions, dashboard, demo, integrations  # noqa: F401
