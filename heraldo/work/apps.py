from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkConfig(AppConfig):
    name = "heraldo.work"
    label = "work"
    verbose_name = _("Encargos")

    def ready(self) -> None:
        # Registrations with the core: audit sentences, the Hoy panel, private files, periodic steps.
        from heraldo.work import actions, dashboard, demo, integrations, report_section, schedule  # noqa: F401
