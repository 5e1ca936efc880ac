from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _seed_empty_processes(sender, using="default", **kwargs) -> None:
    """A database flushed after its migrations (a restore, a test that empties the tables) gets the 2026 processes
    again, as a fresh one does: without them every piece would be read under the ordinary regime."""
    from importlib import import_module

    from heraldo.publicity.models import ElectoralProcess

    processes = ElectoralProcess.objects.using(using)
    if not processes.exists():
        seed = import_module("heraldo.publicity.migrations.0002_processes_2026")
        processes.bulk_create(ElectoralProcess(**data) for data in seed.PROCESSES)


class PublicityConfig(AppConfig):
    name = "heraldo.publicity"
    label = "publicity"
    verbose_name = _("Publicidad estatal")

    def ready(self) -> None:
        post_migrate.connect(_seed_empty_processes, sender=self, dispatch_uid="heraldo.publicity.seed_processes")
        # Registrations with the core: audit sentences, demo data and the menu entry.
        from heraldo.publicity import audit_actions, demo, integrations  # noqa: F401
