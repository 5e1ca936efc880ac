from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from heraldo.core.demo import DEMO_PASSWORD, demo_load


class Command(BaseCommand):
    help = "Carga la municipalidad de demostración (idempotente)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Cargar aunque DEBUG esté apagado.")

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "demo_load crea cuentas con una contraseña conocida; use --force si de verdad lo quiere."
            )
        users = demo_load()
        self.stdout.write(self.style.SUCCESS(f"Municipalidad de demostración: {settings.HERALDO_MUNICIPALITY_NAME}"))
        self.stdout.write(f"Contraseña de todas las cuentas de demostración: {DEMO_PASSWORD}")
        for spec in users:
            self.stdout.write(f"  {spec.username:<10} {spec.role:<26} {spec.first_name} {spec.last_name}")
