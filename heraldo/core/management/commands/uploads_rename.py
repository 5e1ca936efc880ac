from django.core.management.base import BaseCommand

from heraldo.core.media import stored_files_rename


class Command(BaseCommand):
    help = "Da un nombre generado a cada archivo subido que aún lleva el nombre con que lo subieron (idempotente)."

    def handle(self, *args, **options):
        moved = stored_files_rename()
        self.stdout.write(self.style.SUCCESS(f"Archivos renombrados: {moved}"))
