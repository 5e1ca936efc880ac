"""`manage.py monitoring_evaluate DIR [--json]`: the real monitoring pipeline measured on a labelled corpus."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from heraldo.monitoring.evaluation import Corpus, CorpusError, evaluate, format_report


class Command(BaseCommand):
    help = (
        "Mide el monitoreo de punta a punta sobre un corpus etiquetado (setup.json, labels.json, feeds/, pages/): "
        "lo configura como un analista, lo sirve en loopback, lo consulta con el mismo paso periódico del worker "
        "y compara lo guardado con las etiquetas. Trabaja en una base de datos temporal que luego borra."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("directory", type=Path)
        parser.add_argument("--json", action="store_true", help="Las cifras en JSON.")
        parser.add_argument(
            "--hours", type=float, default=6.0, help="Horas de consultas simuladas después de la primera (6)."
        )
        parser.add_argument(
            "--current-database",
            action="store_true",
            help="Usar la base actual en vez de una temporal (para pruebas); debe estar sin fuentes ni recortes.",
        )

    def handle(self, *args, directory: Path, json: bool, hours: float, current_database: bool, **options) -> None:
        try:
            Corpus.load(directory)
        except CorpusError as exc:
            raise CommandError(str(exc)) from exc
        if current_database:
            _refuse_unless_empty()
            report = evaluate(directory, hours=hours)
        else:
            with _fresh_database():
                report = evaluate(directory, hours=hours)
        if json:
            self.stdout.write(_dumps(report.as_dict()))
        else:
            self.stdout.write(format_report(report))


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def _refuse_unless_empty() -> None:
    from heraldo.directory.models import Entity
    from heraldo.monitoring.models import Clipping, Source, WatchTerm

    if Source.objects.exists() or Clipping.objects.exists() or WatchTerm.objects.exists():
        raise CommandError("La base actual ya tiene fuentes, recortes o términos vigilados: no se evalúa sobre ella.")
    if Entity.objects.filter(is_own_municipality=True).exists():
        raise CommandError("La base actual ya tiene una municipalidad propia: no se evalúa sobre ella.")


class _fresh_database:  # noqa: N801 (a context manager read as a phrase)
    """A new database built by the migrations, the connection pointed at it, dropped afterwards.

    SQLite: a file in a temporary directory. PostgreSQL: a `test_`-prefixed database, as the test runner makes.
    """

    def __enter__(self) -> None:
        self._tmp = None
        settings_dict = connection.settings_dict
        self._test_settings = dict(settings_dict.get("TEST", {}))
        if connection.vendor == "sqlite":
            self._tmp = tempfile.TemporaryDirectory(prefix="heraldo-eval-")
            settings_dict["TEST"] = {**self._test_settings, "NAME": str(Path(self._tmp.name) / "eval.sqlite3")}
        else:
            settings_dict["TEST"] = {**self._test_settings, "NAME": f"test_heraldo_eval_{_pid()}"}
        self._old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)

    def __exit__(self, *exc_info) -> None:
        connection.creation.destroy_test_db(self._old_name, verbosity=0)
        connection.settings_dict["TEST"] = self._test_settings
        if self._tmp is not None:
            self._tmp.cleanup()


def _pid() -> int:
    import os

    return os.getpid()
