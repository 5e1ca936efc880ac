"""Import of persons (with their cargo) or entities from a spreadsheet: all rows or none.

`import_check` validates every row and says why each rejected row is wrong;
`import_apply` checks again and writes everything in one transaction, in bulk
(10,000 rows in seconds), with an audit entry per created record.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue, heartbeat, job
from heraldo.core.models import AuditEntry, Job, User
from heraldo.core.text import fold
from heraldo.core.writes import Refused
from heraldo.directory.models import Entity, EntityKind, Level, MediaKind, Person, Position, Tag, Term
from heraldo.directory.selectors_keeping import forget_registry_figures
from heraldo.directory.services.registry import tags_from_names

PERSON_COLUMNS = (
    "nombres",
    "apellidos",
    "tratamiento",
    "titulo",
    "sexo",
    "correo_institucional",
    "telefono_institucional",
    "entidad",
    "tipo_entidad",
    "nivel",
    "ubigeo",
    "cargo",
    "desde",
    "etiquetas",
)
ENTITY_COLUMNS = (
    "nombre",
    "sigla",
    "tipo",
    "nivel",
    "ubigeo",
    "direccion",
    "telefono",
    "correo",
    "web",
    "aniversario",
    "tipo_medio",
    "etiquetas",
)
KINDS = {"personas": PERSON_COLUMNS, "entidades": ENTITY_COLUMNS}


@dataclass
class RowProblem:
    line: int
    messages: list[str]


@dataclass
class PreviewRow:
    line: int
    values: list[str]  # in the order of the kind's columns
    messages: list[str] = field(default_factory=list)


PROGRESS_EVERY = 250
PREVIEW_ROWS = 20  # the first rows, plus every rejected row up to PREVIEW_REJECTED
PREVIEW_REJECTED = 200


@dataclass
class ImportCheck:
    kind: str
    total: int
    problems: list[RowProblem] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    preview: list[PreviewRow] = field(default_factory=list)
    clean_rows: list[dict[str, Any]] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.missing_columns and self.total > 0


def _choice(value: str, choices) -> str | None:
    """A TextChoices value from its code or its Spanish label, accents and case ignored."""
    wanted = fold(value)
    for code, label in choices:
        if wanted in (fold(code), fold(str(label))):
            return code
    return None


def _date(value: str) -> date | None:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError


_email = EmailValidator()
_url = URLValidator()


def _check_email(value: str, label: str, errors: list[str]) -> str:
    if value:
        try:
            _email(value)
        except ValidationError:
            errors.append(_("%(field)s no es un correo válido: «%(value)s».") % {"field": label, "value": value})
    return value


def _check_ubigeo(value: str, errors: list[str]) -> str:
    if value and not (value.isdigit() and len(value) in (2, 4, 6)):
        errors.append(_("El ubigeo tiene 2, 4 o 6 dígitos: «%(value)s».") % {"value": value})
    return value


def _check_date(value: str, errors: list[str]) -> date | None:
    if not value:
        return None
    try:
        return _date(value)
    except ValueError:
        errors.append(_("La fecha «%(value)s» no se entiende: use dd/mm/aaaa.") % {"value": value})
        return None


def _long(value: str, limit: int, label: str, errors: list[str]) -> str:
    if len(value) > limit:
        errors.append(_("%(field)s pasa de %(limit)s caracteres.") % {"field": label, "limit": limit})
    return value


def import_check(
    kind: str, rows: list[dict[str, str]], *, progress: Callable[[int], None] | None = None
) -> ImportCheck:
    """Every row checked; `progress(percent)` is told how far it got every PROGRESS_EVERY rows."""
    columns = KINDS[kind]
    required = ("nombres", "apellidos") if kind == "personas" else ("nombre", "tipo", "nivel")
    present = set(rows[0]) if rows else set()
    check = ImportCheck(kind=kind, total=len(rows), columns=columns)
    check.missing_columns = [column for column in required if column not in present]
    if check.missing_columns:
        return check
    existing_entities = {fold(name): pk for pk, name in Entity.objects.values_list("pk", "name")}
    seen: dict[str, int] = {}
    if kind == "personas":
        existing_people = {f"{fold(g)}|{fold(s)}" for g, s in Person.objects.values_list("given_names", "surnames")}
    for index, raw in enumerate(rows):
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index * 100 // len(rows))
        line = index + 2  # the header is line 1
        row = {column: (raw.get(column) or "").strip() for column in columns}
        errors: list[str] = []
        if kind == "personas":
            clean = _check_person(row, errors, existing_people, existing_entities, seen, line)
        else:
            clean = _check_entity(row, errors, existing_entities, seen, line)
        if errors:
            check.problems.append(RowProblem(line, errors))
        else:
            check.clean_rows.append(clean)
        if index < PREVIEW_ROWS or (errors and len(check.problems) <= PREVIEW_REJECTED):
            check.preview.append(PreviewRow(line, [row[column] for column in columns], errors))
    return check


def _check_person(row, errors, existing_people, existing_entities, seen, line) -> dict[str, Any]:
    if not row["nombres"]:
        errors.append(_("Faltan los nombres."))
    if not row["apellidos"]:
        errors.append(_("Faltan los apellidos."))
    _long(row["nombres"], 120, _("Nombres"), errors)
    _long(row["apellidos"], 120, _("Apellidos"), errors)
    key = f"{fold(row['nombres'])}|{fold(row['apellidos'])}|{fold(row['entidad'])}"
    if row["nombres"] and row["apellidos"]:
        if f"{fold(row['nombres'])}|{fold(row['apellidos'])}" in existing_people:
            errors.append(
                _("%(name)s ya está en el Registro: actualícela allí o quite la fila.")
                % {"name": f"{row['nombres']} {row['apellidos']}"}
            )
        elif key in seen:
            errors.append(_("Repite la fila %(line)s.") % {"line": seen[key]})
        else:
            seen[key] = line
    sex = ""
    if row["sexo"]:
        sex = {"f": "F", "femenino": "F", "mujer": "F", "m": "M", "masculino": "M", "hombre": "M"}.get(
            fold(row["sexo"]), "?"
        )
        if sex == "?":
            errors.append(_("Sexo debe ser F o M (o vacío)."))
    _check_email(row["correo_institucional"], _("El correo institucional"), errors)
    _check_ubigeo(row["ubigeo"], errors)
    entity_kind = level = None
    if row["entidad"]:
        if fold(row["entidad"]) not in existing_entities:
            entity_kind = _choice(row["tipo_entidad"], EntityKind.choices) if row["tipo_entidad"] else None
            level = _choice(row["nivel"], Level.choices) if row["nivel"] else None
            if entity_kind and level:
                # later rows of the file may name the entity this row creates
                existing_entities[fold(row["entidad"])] = None
            else:
                errors.append(
                    _("La entidad «%(name)s» no está registrada: indique tipo_entidad y nivel válidos para crearla.")
                    % {"name": row["entidad"]}
                )
        if not row["cargo"]:
            errors.append(_("Indique el cargo que ocupa en «%(name)s».") % {"name": row["entidad"]})
    elif row["cargo"]:
        errors.append(_("Indique la entidad del cargo «%(cargo)s».") % {"cargo": row["cargo"]})
    starts_on = _check_date(row["desde"], errors)
    return {**row, "sexo": sex, "entity_kind": entity_kind, "level": level, "starts_on": starts_on}


def _check_entity(row, errors, existing_entities, seen, line) -> dict[str, Any]:
    if not row["nombre"]:
        errors.append(_("Falta el nombre."))
    _long(row["nombre"], 250, _("Nombre"), errors)
    key = fold(row["nombre"])
    if row["nombre"]:
        if key in existing_entities:
            errors.append(_("«%(name)s» ya está en el Registro.") % {"name": row["nombre"]})
        elif key in seen:
            errors.append(_("Repite la fila %(line)s.") % {"line": seen[key]})
        else:
            seen[key] = line
    kind = _choice(row["tipo"], EntityKind.choices)
    if not kind:
        errors.append(_("Tipo de entidad desconocido: «%(value)s».") % {"value": row["tipo"]})
    level = _choice(row["nivel"], Level.choices)
    if not level:
        errors.append(
            _("Nivel desconocido: «%(value)s» (nacional, regional, provincial, distrital).") % {"value": row["nivel"]}
        )
    media_kind = ""
    if row["tipo_medio"]:
        media_kind = _choice(row["tipo_medio"], MediaKind.choices) or ""
        if not media_kind:
            errors.append(_("Tipo de medio desconocido: «%(value)s».") % {"value": row["tipo_medio"]})
    if kind == EntityKind.MEDIA and not media_kind:
        errors.append(_("Para un medio de comunicación indique tipo_medio (prensa, radio, TV o web)."))
    _check_ubigeo(row["ubigeo"], errors)
    _check_email(row["correo"], _("El correo"), errors)
    if row["web"]:
        try:
            _url(row["web"])
        except ValidationError:
            errors.append(_("La web no es una dirección válida: «%(value)s».") % {"value": row["web"]})
    anniversary = _check_date(row["aniversario"], errors)
    return {**row, "kind": kind, "level": level, "media_kind": media_kind, "anniversary": anniversary}


# --------------------------------------------------------------------------- apply


def _audit_entries(actor, action: str, objects) -> list[AuditEntry]:
    user = actor if getattr(actor, "is_authenticated", False) else None
    label = str(user) if user else ""
    return [
        AuditEntry(
            actor=user,
            actor_label=label,
            action=action,
            target_type=obj._meta.label_lower,
            target_id=str(obj.pk),
            target_label=str(obj)[:300],
            changes={"importado": [None, "sí"]},
        )
        for obj in objects
    ]


def import_apply(
    *, actor, kind: str, rows: list[dict[str, str]], file_name: str, progress: Callable[[int], None] | None = None
) -> int:
    """Write every row or none. Returns how many records were created."""
    check = import_check(kind, rows, progress=progress)
    if not check.ok:
        raise Refused(_("El archivo tiene errores; no se importó nada."))
    with transaction.atomic():
        if kind == "entidades":
            count = _apply_entities(actor, check.clean_rows)
        else:
            count = _apply_persons(actor, check.clean_rows)
        audit_record(
            actor=actor,
            action="directory.import.applied",
            target_label=file_name[:300],
            changes={"tipo": [None, kind], "filas": [None, count]},
        )
    forget_registry_figures()
    return count


def _tag_links(through, owner_field: str, owners_and_names) -> None:
    cache: dict[str, Tag] = {}
    links = []
    for owner, names in owners_and_names:
        for name in [n.strip() for n in names.split(",") if n.strip()]:
            key = fold(name)
            if key not in cache:
                cache[key] = tags_from_names([name])[0]
            links.append(through(**{owner_field: owner, "tag_id": cache[key].pk}))
    through.objects.bulk_create(links, ignore_conflicts=True)


def _apply_entities(actor, rows) -> int:
    entities = []
    for row in rows:
        entity = Entity(
            name=row["nombre"],
            short_name=row["sigla"][:80],
            kind=row["kind"],
            level=row["level"],
            ubigeo=row["ubigeo"],
            address=row["direccion"][:250],
            phone=row["telefono"][:60],
            email=row["correo"],
            website=row["web"],
            anniversary=row["anniversary"],
            media_kind=row["media_kind"],
        )
        entity.refresh_search_text()
        entities.append(entity)
    Entity.objects.bulk_create(entities, batch_size=1000)
    _tag_links(Entity.tags.through, "entity", [(e, r["etiquetas"]) for e, r in zip(entities, rows, strict=True)])
    AuditEntry.objects.bulk_create(_audit_entries(actor, "directory.entity.created", entities), batch_size=1000)
    return len(entities)


def _apply_persons(actor, rows) -> int:
    today = timezone.localdate()
    entities = {fold(e.name): e for e in Entity.objects.only("pk", "name")}
    new_entities = []
    for row in rows:
        key = fold(row["entidad"])
        if row["entidad"] and key not in entities:
            entity = Entity(
                name=row["entidad"][:250], kind=row["entity_kind"], level=row["level"], ubigeo=row["ubigeo"]
            )
            entity.refresh_search_text()
            entities[key] = entity
            new_entities.append(entity)
    Entity.objects.bulk_create(new_entities, batch_size=1000)
    persons = []
    for row in rows:
        person = Person(
            given_names=row["nombres"],
            surnames=row["apellidos"],
            honorific=row["tratamiento"][:40],
            academic_title=row["titulo"][:40],
            sex=row["sexo"],
            institutional_email=row["correo_institucional"],
            institutional_phone=row["telefono_institucional"][:60],
        )
        person.refresh_search_text()
        persons.append(person)
    Person.objects.bulk_create(persons, batch_size=1000)
    positions = {
        (p.entity_id, fold(p.title)): p
        for p in Position.objects.filter(entity__in=[e for e in entities.values() if e.pk]).only(
            "pk", "entity_id", "title"
        )
    }
    new_positions, terms = [], []
    for row in rows:
        if not row["entidad"]:
            continue
        entity = entities[fold(row["entidad"])]
        key = (entity.pk, fold(row["cargo"]))
        if key not in positions:
            positions[key] = Position(entity=entity, title=row["cargo"][:150], jurisdiction=row["ubigeo"])
            new_positions.append(positions[key])
    Position.objects.bulk_create(new_positions, batch_size=1000)
    for person, row in zip(persons, rows, strict=True):
        if row["entidad"]:
            position = positions[(entities[fold(row["entidad"])].pk, fold(row["cargo"]))]
            terms.append(Term(position=position, person=person, starts_on=row["starts_on"] or today))
    Term.objects.bulk_create(terms, batch_size=1000)
    _tag_links(Person.tags.through, "person", [(p, r["etiquetas"]) for p, r in zip(persons, rows, strict=True)])
    audits = _audit_entries(actor, "directory.person.created", persons)
    audits += _audit_entries(actor, "directory.entity.created", new_entities)
    audits += _audit_entries(actor, "directory.term.created", terms)
    AuditEntry.objects.bulk_create(audits, batch_size=1000)
    return len(persons)


# --------------------------------------------------------------------------- in the background
# Reading and checking a big spreadsheet takes a minute of CPU: the page stores the file and queues a job that
# checks it (then, once confirmed, another that applies it), and the preview page follows the job's progress.

IMPORT_DIR = Path(settings.VAR_DIR) / "directory-imports"
CHECK_JOB = "directory.import_check"
APPLY_JOB = "directory.import_apply"


def import_file(stored: str) -> Path:
    """The stored upload behind a generated name (never a path the user chose)."""
    return IMPORT_DIR / Path(stored).name


def _result_file(stored: str, job_name: str) -> Path:
    return import_file(f"{stored}.{job_name.rsplit('_', 1)[-1]}.json")


def _write_whole(path: Path, data: bytes) -> None:
    """Written beside and renamed into place, so the page never reads half a result."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, path)


def import_start(*, actor, kind: str, content: bytes, file_name: str) -> Job:
    """Keep the file under a generated name and queue its check; the caller follows the returned job."""
    if kind not in KINDS:
        raise Refused(_("Elija qué contiene el archivo."))
    suffix = ".xlsx" if file_name.lower().endswith(".xlsx") else ".csv"
    stored = f"{secrets.token_hex(16)}{suffix}"
    _write_whole(import_file(stored), content)
    return enqueue(CHECK_JOB, stored=stored, kind=kind, file_name=file_name[:200], user_id=actor.pk)


def import_confirm_start(*, actor, check_job: Job) -> Job:
    """Queue the all-or-nothing apply of a file whose check this user ran and passed."""
    result = import_result(check_job)
    if result is None or not result.get("ok") or check_job.kwargs.get("user_id") != actor.pk:
        raise Refused(_("La vista previa venció o no es válida. Suba el archivo otra vez."))
    if not import_file(check_job.kwargs["stored"]).exists():
        raise Refused(_("La vista previa venció o no es válida. Suba el archivo otra vez."))
    return enqueue(APPLY_JOB, **check_job.kwargs, check_job_id=check_job.pk)


def import_result(job: Job) -> dict[str, Any] | None:
    """What the job found (check) or did (apply), once it finished; None while it runs."""
    path = _result_file(job.kwargs.get("stored", ""), job.name)
    if job.status != Job.Status.SUCCEEDED or not path.exists():
        return None
    return json.loads(path.read_text())


def _summary(check: ImportCheck) -> dict[str, Any]:
    data = asdict(check)
    data.pop("clean_rows")
    data["ok"] = check.ok
    return data


@job(CHECK_JOB, max_attempts=1)
def import_check_job(*, stored: str, kind: str, file_name: str, user_id: int) -> None:
    from heraldo.directory.transfer import UnreadableFile, read_rows

    user = User.objects.get(pk=user_id)
    with translation.override(user.language or settings.LANGUAGE_CODE):
        try:
            rows = read_rows(stored, import_file(stored).read_bytes())
        except UnreadableFile as error:
            result: dict[str, Any] = {"error": str(error), "ok": False}
        else:
            heartbeat(progress=5)
            check = import_check(kind, rows, progress=lambda done: heartbeat(progress=5 + done * 95 // 100))
            result = _summary(check)
    result["file_name"] = file_name
    _write_whole(_result_file(stored, CHECK_JOB), json.dumps(result).encode())


@job(APPLY_JOB, max_attempts=1)
def import_apply_job(*, stored: str, kind: str, file_name: str, user_id: int, check_job_id: int) -> None:
    from heraldo.directory.transfer import UnreadableFile, read_rows

    user = User.objects.get(pk=user_id)
    path = import_file(stored)
    with translation.override(user.language or settings.LANGUAGE_CODE):
        try:
            rows = read_rows(stored, path.read_bytes())
            count = import_apply(
                actor=user, kind=kind, rows=rows, file_name=file_name, progress=lambda done: heartbeat(progress=done)
            )
        except (UnreadableFile, ValidationError, FileNotFoundError):
            result = {
                "ok": False,
                "error": _("El archivo cambió o el Registro cambió desde la vista previa; no se importó nada."),
            }
        else:
            result = {"ok": True, "applied": count}
        finally:
            path.unlink(missing_ok=True)
    result.update(kind=kind, file_name=file_name)
    _write_whole(_result_file(stored, APPLY_JOB), json.dumps(result).encode())
