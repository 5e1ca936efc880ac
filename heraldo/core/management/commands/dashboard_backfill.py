from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from heraldo.core.dashboards import figures_backfill, metric_codes


class Command(BaseCommand):
    help = (
        "Recalcula las cifras diarias de los tableros para los últimos días (por defecto, 400): tras instalar, "
        "importar datos antiguos o cambiar cómo se cuenta un indicador."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=400, help="Cuántos días hacia atrás, hoy incluido.")
        parser.add_argument("--metric", action="append", help="Solo este indicador (se puede repetir).")

    def handle(self, *args, days: int = 400, metric: list[str] | None = None, **options):
        if days < 1:
            raise CommandError("--days debe ser 1 o más.")
        unknown = sorted(set(metric or []) - set(metric_codes()))
        if unknown:
            raise CommandError(f"Indicadores desconocidos: {', '.join(unknown)}. Existen: {', '.join(metric_codes())}")
        today = timezone.localdate()
        stored = figures_backfill(today - timedelta(days=days - 1), today, metrics=metric)
        self.stdout.write(self.style.SUCCESS(f"{stored} cifras diarias guardadas ({days} días)."))
