"""python manage.py protocol_plan INPUT.json — prints the engine's plan as JSON (docs/ceremonial.md)."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from heraldo.ceremonial.plan_contract import ContractError, plan_from_contract
from heraldo.ceremonial.protocol import table_on


class Command(BaseCommand):
    help = "Calcula presidencia, mesa de honor, primeras filas, discursos y banderas de un acto (JSON)."

    def add_arguments(self, parser):
        parser.add_argument("input", help="Archivo JSON de entrada, o - para leer de la entrada estándar.")

    def handle(self, *args, **options):
        source = options["input"]
        try:
            raw = self.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"No se pudo leer {source}: {exc}") from exc
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise CommandError(f"JSON no válido: {exc}") from exc
        try:
            plan = plan_from_contract(data, table_on(None))
        except ContractError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(plan, ensure_ascii=False, indent=2))
