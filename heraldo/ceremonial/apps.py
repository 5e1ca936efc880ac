from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _seed_empty_precedence_table(sender, using: str = "default", **kwargs) -> None:
    """An installation always has a precedence table in force.

    Migration 0006 seeds it once; a database emptied afterwards (`flush`, which the transactional
    tests run) gets table P again, as roles are re-synchronised after the same signal.
    """
    from heraldo.ceremonial.models import PrecedenceTableRow
    from heraldo.ceremonial.precedence.provisional_table import PROVISIONAL_TABLE_ROWS

    rows = PrecedenceTableRow.objects.using(using)
    if not rows.exists():
        rows.bulk_create(PrecedenceTableRow(**row) for row in PROVISIONAL_TABLE_ROWS)


class CeremonialConfig(AppConfig):
    name = "heraldo.ceremonial"
    label = "ceremonial"
    verbose_name = _("Agenda y Protocolo")

    def ready(self) -> None:
        post_migrate.connect(
            _seed_empty_precedence_table, sender=self, dispatch_uid="heraldo.ceremonial.seed_precedence_table"
        )
        # Registers audit sentences, the "Hoy" panel, the search provider, the demo loader and periodic steps.
        from heraldo.ceremonial import audit_actions, dashboard, integrations, report_section, schedule  # noqa: F401
