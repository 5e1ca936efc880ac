from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from heraldo.core.backup import BackupError, backup_create, backups_prune


class Command(BaseCommand):
    help = "Guarda la base de datos, la cola de trabajos y los archivos subidos en un archivo con manifiesto."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=None, help="Carpeta destino (HERALDO_BACKUP_DIR).")
        parser.add_argument(
            "--keep", type=int, default=None, help="Después, conservar solo las N copias más recientes de la carpeta."
        )

    def handle(self, *args, output: Path | None, keep: int | None, **options):
        directory = output or Path(settings.HERALDO_BACKUP_DIR)
        try:
            archive = backup_create(directory=directory)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Copia de seguridad: {archive}"))
        if keep is not None:
            for removed in backups_prune(directory=directory, keep=max(1, keep)):
                self.stdout.write(f"Eliminada por antigüedad: {removed}")
