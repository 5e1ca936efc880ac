from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from heraldo.core.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Restaura una copia hecha con «manage.py backup» después de comprobar sus sumas de control; "
        "solo en una instalación vacía, salvo con --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--force", action="store_true", help="Reemplazar los datos de una instalación que no está vacía."
        )

    def handle(self, *args, archive: Path, force: bool, **options):
        try:
            manifest = backup_restore(archive=archive, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Restaurada la copia del {manifest['created_at']} ({len(manifest['files'])} archivos verificados)."
            )
        )
