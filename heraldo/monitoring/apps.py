from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "heraldo.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoreo")

    def ready(self) -> None:
        # Registers audit sentences, jobs, the "Hoy" panel, the search provider and periodic steps.
        from heraldo.monitoring import audit_actions, dashboard, integrations, report_section, schedule, tasks  # noqa: F401
