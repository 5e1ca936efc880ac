"""`python manage.py publicity_check INPUT.json` (or `-` for standard input): one piece checked against the
publicity-law rules, the answer as JSON on standard output (schemas and examples in docs/publicity.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from heraldo.publicity.checks import InvalidFacts, evaluate, verdict_as_dict
from heraldo.publicity.rules.facts import FactsError, parse_day


class Command(BaseCommand):
    help = "Verifica una pieza contra las normas de publicidad estatal (docs/publicity.md)."

    def add_arguments(self, parser):
        parser.add_argument("input", help="Archivo JSON con la pieza, o - para leerla de la entrada estándar.")
        parser.add_argument("--today", help="La fecha de hoy para los plazos (AAAA-MM-DD); por defecto, hoy.")
        parser.add_argument("--language", default="es", choices=["es", "en"], help="Idioma de los mensajes.")

    def handle(self, *args, **options):
        with translation.override(options["language"]):
            data = self._read(options["input"])
            try:
                today = parse_day(options["today"], "--today") if options["today"] else None
                verdict = evaluate(data, today=today)
            except FactsError as error:
                raise CommandError(f"{error.field}: {error.message}", returncode=2) from error
            except InvalidFacts as error:
                raise CommandError(f"{error.field}: {error.reason}", returncode=2) from error
            self.stdout.write(json.dumps(verdict_as_dict(verdict), ensure_ascii=False, indent=2))

    def _read(self, name: str):
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except OSError as error:
            raise CommandError(f"input: no se pudo leer {name} ({error.strerror})", returncode=2) from error
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise CommandError(
                f"input: JSON no válido en la línea {error.lineno}, columna {error.colno}: {error.msg}", returncode=2
            ) from error
