from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpinionConfig(AppConfig):
    name = "heraldo.opinion"
    label = "opinion"
    verbose_name = _("Opinión pública")

    def ready(self) -> None:
        # Registrations with the core: audit sentences, the menu, periodic steps, jobs, demo data.
        from heraldo.opinion import actions, dashboard, demo, integrations, report_section, schedule, services  # noqa: F401
