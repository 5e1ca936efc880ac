from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicityConfig(AppConfig):
    name = "heraldo.publicity"
    label = "publicity"
    verbose_name = _("Publicidad estatal")

    def ready(self) -> None:
        # Registrations with the core: audit sentences, demo data and the menu entry.
        from heraldo.publicity import audit_actions, demo, integrations  # noqa: F401
