from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "heraldo.directory"
    label = "directory"
    verbose_name = _("Registro")

    def ready(self) -> None:
        # Registrations with the core: audit sentences, demo data, search, the Hoy panel, periodic steps.
        from heraldo.directory import actions, demo, integrations, report_section, schedule  # noqa: F401
        from heraldo.directory.services import imports  # noqa: F401  its background jobs
