from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from heraldo.core.branding import municipality_name
from heraldo.core.demo import demo_load, demo_logins


class Command(BaseCommand):
    help = "Carga la municipalidad de demostración (idempotente)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Cargar aunque DEBUG esté apagado.")
        parser.add_argument(
            "--no-logins", action="store_true", help="No mostrar las cuentas (`make run` las muestra al final)."
        )

    def handle(self, *args, force: bool = False, no_logins: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "demo_load crea cuentas con una contraseña conocida; use --force si de verdad lo quiere."
            )
        demo_load()
        self.stdout.write(self.style.SUCCESS(f"Municipalidad de demostración: {municipality_name()}"))
        if not no_logins:
            self.stdout.write("\n".join(demo_logins()))
