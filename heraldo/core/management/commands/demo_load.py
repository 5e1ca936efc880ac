from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from heraldo.core.demo import DEMO_PASSWORD, demo_load
from heraldo.core.roles import MFA_REQUIRED_BY_DEFAULT


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
        self._explain_second_factor(users)

    def _explain_second_factor(self, users) -> None:
        required = [spec.username for spec in users if spec.role in settings.HERALDO_MFA_REQUIRED_ROLES]
        if required:
            self.stdout.write(
                f"Verificación en dos pasos obligatoria para: {', '.join(required)}. Al ingresar, Heraldo pide la "
                "contraseña otra vez y el código de una aplicación autenticadora (FreeOTP, Aegis, Google "
                "Authenticator…) tras escanear el código QR que muestra."
            )
            return
        self.stdout.write(
            "Verificación en dos pasos: no se exige en esta demostración (DJANGO_DEBUG=true), para entrar solo con la "
            f"contraseña. En producción la exigen los roles {', '.join(MFA_REQUIRED_BY_DEFAULT)} "
            "(HERALDO_MFA_REQUIRED_ROLES). Para probarla aquí: HERALDO_MFA_REQUIRED_ROLES='Jefatura de Imagen' "
            "make run; cualquier cuenta puede activarla en Preferencias."
        )
