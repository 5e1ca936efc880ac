from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "heraldo.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoreo")

    def ready(self) -> None:
        from heraldo.monitoring import audit_actions, integrations, tasks  # noqa: F401  registers actions, jobs, panels
