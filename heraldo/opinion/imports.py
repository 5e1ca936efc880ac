"""Imports of social-media exports, the complaints book (Libro de Reclamaciones) and call-centre records.

A file is read whole and every row checked first: one bad row refuses the file, with a Spanish sentence per row,
and nothing is kept. A good file is shown as a preview (the rows exactly as they will be kept) and applied in one
transaction. A row's own number or id finds it again, so importing the same file twice adds nothing.

Adapters (columns, accents and case ignored; English names of the platforms' exports are accepted too):
- Redes: id, fecha, texto, and optionally autor, plataforma, tema, sector, tono, figura_publica (sí/no).
- Libro de Reclamaciones: numero, fecha, detalle, and optionally tipo (reclamo/queja), pedido, tema, sector. The
  consumer's name, document and address are never read.
- Central telefónica: numero, fecha, detalle, and optionally tema, sector, tono.
Authors are kept as a pseudonym (a keyed hash) unless the row marks them as a public figure (Ley 29733)."""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date, datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.audit import audit_record
from heraldo.core.text import fold
from heraldo.core.writes import StateConflict
from heraldo.directory.transfer import UnreadableFile, read_rows
from heraldo.monitoring.models import TermKind, Topic, WatchTerm
from heraldo.monitoring.tone import classify
from heraldo.opinion.models import ImportedRecord, Sector, Signal, SignalImport, Tone
from heraldo.opinion.sectors import sector_named_in
from heraldo.opinion.services import signal_days_refresh_later

MAX_IMPORT_ROWS = 5000
MAX_TEXT = 5000
EARLIEST = date(2000, 1, 1)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

ALIASES = {
    "id": ("id", "post_id", "comment_id", "id_publicacion", "id_comentario", "numero", "nro", "n", "numero_de_hoja",
           "hoja", "codigo", "ticket"),
    "date": ("fecha", "date", "created_time", "timestamp", "fecha_de_publicacion", "fecha_de_registro"),
    "text": ("texto", "message", "text", "comentario", "mensaje", "contenido", "detalle", "descripcion", "motivo"),
    "author": ("autor", "author", "from_name", "usuario", "username"),
    "channel": ("plataforma", "platform", "red", "pagina", "page"),
    "topic": ("tema", "topic"),
    "sector": ("sector", "zona"),
    "tone": ("tono", "tone", "sentimiento"),
    "public_figure": ("figura_publica", "public_figure"),
    "kind": ("tipo",),
    "request": ("pedido",),
}  # fmt: skip
_TONES = {"positivo": Tone.POSITIVE, "positive": Tone.POSITIVE, "neutral": Tone.NEUTRAL, "neutro": Tone.NEUTRAL,
          "negativo": Tone.NEGATIVE, "negative": Tone.NEGATIVE}  # fmt: skip
_YES = {"si", "s", "yes", "y", "1", "x", "true", "verdadero"}


class ImportRefused(ValueError):
    """The file is refused whole; `errors` are (row, sentence) pairs, row 0 for the file itself."""

    def __init__(self, errors: list[tuple[int, str]]):
        super().__init__(errors[0][1])
        self.errors = errors


def _pick(row: dict[str, str], name: str) -> str:
    for alias in ALIASES[name]:
        if row.get(alias):
            return row[alias]
    return ""


def _has_column(rows: list[dict[str, str]], name: str) -> bool:
    return any(alias in rows[0] for alias in ALIASES[name])


def parse_day(value: str) -> date | None:
    value = value.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    try:  # ISO 8601 with a time and zone, as platforms export (2026-10-01T14:03:00+0000)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()


def pseudonym(author: str) -> str:
    """The same person gets the same pseudonym in every import; the name cannot be read back from it."""
    digest = hmac.new(settings.SECRET_KEY.encode(), fold(author).strip().encode(), hashlib.sha256).hexdigest()
    return f"autor-{digest[:10]}"


def _topic_finder():
    topics = {fold(t.name): t.pk for t in Topic.objects.all()}
    terms = [
        (f" {' '.join(re.findall(r'[a-z0-9]+', folded))} ", topic_id)
        for folded, topic_id in WatchTerm.objects.filter(kind=TermKind.TOPIC, is_active=True, topic__isnull=False)
        .order_by("-folded")
        .values_list("folded", "topic_id")
    ]

    def by_text(text: str) -> int | None:
        words = f" {' '.join(re.findall(r'[a-z0-9]+', fold(text)))} "
        return next((topic_id for term, topic_id in terms if len(term) > 3 and term in words), None)

    return topics, by_text


def checked_rows(source: str, filename: str, content: bytes) -> list[dict]:
    """Every row of the file as it will be kept, or ImportRefused with a sentence for each bad row."""
    try:
        rows = read_rows(filename, content)
    except UnreadableFile as exc:
        raise ImportRefused([(0, str(exc))]) from exc
    if len(rows) > MAX_IMPORT_ROWS:
        raise ImportRefused(
            [(0, _("El archivo tiene más de %(max)s filas. Divídalo en partes.") % {"max": MAX_IMPORT_ROWS})]
        )
    missing = [name for name in ("id", "date", "text") if not _has_column(rows, name)]
    if missing:
        labels = {"id": _("número o id"), "date": _("fecha"), "text": _("texto o detalle")}
        raise ImportRefused(
            [(1, _("Faltan columnas: %(columns)s.") % {"columns": ", ".join(str(labels[m]) for m in missing)})]
        )
    topics, topic_in_text = _topic_finder()
    sectors = list(Sector.objects.filter(is_active=True))
    today = timezone.localdate()
    errors: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    kept: list[dict] = []
    for number, row in enumerate(rows, start=2):
        external_id = _pick(row, "id")[:120]
        text = _CONTROL.sub("", _pick(row, "text")).strip()
        request = _CONTROL.sub("", _pick(row, "request")).strip()
        if request:
            text = f"{text}\n{_('Pedido')}: {request}"
        day = parse_day(_pick(row, "date"))
        row_errors = []
        if not external_id:
            row_errors.append(_("falta el número o id"))
        elif external_id in seen:
            row_errors.append(
                _("el número %(id)s ya está en la fila %(row)s") % {"id": external_id, "row": seen[external_id]}
            )
        if day is None:
            row_errors.append(
                _("la fecha «%(value)s» no se entiende (use dd/mm/aaaa)") % {"value": _pick(row, "date")[:30]}
            )
        elif day > today or day < EARLIEST:
            row_errors.append(_("la fecha %(day)s está fuera de lo posible") % {"day": day.strftime("%d/%m/%Y")})
        if not text:
            row_errors.append(_("falta el texto"))
        elif len(text) > MAX_TEXT:
            row_errors.append(_("el texto pasa de %(max)s caracteres") % {"max": MAX_TEXT})
        topic_name = _pick(row, "topic")
        topic_id = topics.get(fold(topic_name).strip()) if topic_name else topic_in_text(text)
        if topic_name and topic_id is None:
            row_errors.append(_("el tema «%(value)s» no existe en la lista de temas") % {"value": topic_name[:60]})
        sector_name = _pick(row, "sector")
        sector = sector_named_in(sector_name, sectors) if sector_name else sector_named_in(text, sectors)
        if sector_name and sector is None:
            row_errors.append(_("el sector «%(value)s» no existe") % {"value": sector_name[:60]})
        tone_value = fold(_pick(row, "tone")).strip()
        if tone_value and tone_value not in _TONES:
            row_errors.append(_("el tono «%(value)s» no es positivo, neutral ni negativo") % {"value": tone_value[:20]})
        if row_errors:
            sentence = "; ".join(str(e) for e in row_errors)
            errors.append((number, sentence[0].upper() + sentence[1:] + "."))
            continue
        seen[external_id] = number
        if source == SignalImport.Source.COMPLAINTS_BOOK:
            tone = Tone.NEGATIVE  # a reclamo or a queja is, by what it is, a complaint
        else:
            tone = _TONES[tone_value] if tone_value else classify(text).tone
        author = _pick(row, "author").strip()
        if author and fold(_pick(row, "public_figure")).strip() not in _YES:
            author = pseudonym(author)
        kept.append(
            {
                "row": number,
                "id": external_id,
                "day": day.isoformat(),
                "text": text,
                "channel": _pick(row, "channel")[:60],
                "author": author[:80] if source == SignalImport.Source.SOCIAL else "",
                "topic": topic_id,
                "sector": getattr(sector, "pk", None),
                "tone": tone,
            }
        )
    if errors:
        raise ImportRefused(errors)
    return kept


def import_preview(*, actor, source: str, filename: str, content: bytes) -> SignalImport:
    """Check the file and keep it as a preview; nothing becomes a signal yet."""
    rows = checked_rows(source, filename, content)
    known = set(
        ImportedRecord.objects.filter(source=source, external_id__in=[r["id"] for r in rows]).values_list(
            "external_id", flat=True
        )
    )
    for row in rows:
        row["repeated"] = row["id"] in known
    batch = SignalImport.objects.create(
        source=source,
        filename=filename[:200],
        rows=rows,
        new_count=sum(1 for r in rows if not r["repeated"]),
        repeated_count=len(known),
        created_by=actor,
    )
    audit_record(actor=actor, action="opinion.import.previewed", target=batch)
    return batch


def import_apply(*, actor, batch: SignalImport) -> int:
    """Keep every new row of the preview as a record and its signal, all in one transaction; rows already
    imported (now or since the preview) are left as they are. Returns how many were added."""
    with transaction.atomic():
        batch = SignalImport.objects.select_for_update().get(pk=batch.pk)
        if batch.status != SignalImport.Status.PREVIEW:
            raise StateConflict(_("Esta importación ya fue aplicada o descartada."))
        known = set(
            ImportedRecord.objects.filter(
                source=batch.source, external_id__in=[r["id"] for r in batch.rows]
            ).values_list("external_id", flat=True)
        )
        fresh = [row for row in batch.rows if row["id"] not in known]
        records = ImportedRecord.objects.bulk_create(
            [
                ImportedRecord(
                    source=batch.source,
                    external_id=row["id"],
                    batch=batch,
                    occurred_on=date.fromisoformat(row["day"]),
                    channel=row["channel"],
                    author=row["author"],
                    text=row["text"],
                )
                for row in fresh
            ]
        )
        record_type = ContentType.objects.get_for_model(ImportedRecord)
        origin = Signal.Origin.SOCIAL if batch.source == SignalImport.Source.SOCIAL else Signal.Origin.RESIDENT
        Signal.objects.bulk_create(
            [
                Signal(
                    origin=origin,
                    occurred_on=record.occurred_on,
                    topic_id=row["topic"],
                    sector_id=row["sector"],
                    tone=row["tone"],
                    summary=row["text"][:300],
                    evidence_type=record_type,
                    evidence_id=record.pk,
                    created_by=actor,
                )
                for record, row in zip(records, fresh, strict=True)
            ],
            batch_size=500,
        )
        batch.status = SignalImport.Status.APPLIED
        batch.new_count = len(fresh)
        batch.repeated_count = len(batch.rows) - len(fresh)
        batch.save(update_fields=["status", "new_count", "repeated_count", "updated_at"])
        audit_record(actor=actor, action="opinion.import.applied", target=batch, changes={"added": [None, len(fresh)]})
        signal_days_refresh_later({record.occurred_on for record in records})
    return len(fresh)


def import_discard(*, actor, batch: SignalImport) -> SignalImport:
    with transaction.atomic():
        updated = SignalImport.objects.filter(pk=batch.pk, status=SignalImport.Status.PREVIEW).update(
            status=SignalImport.Status.DISCARDED, rows=[], updated_at=timezone.now()
        )
        if not updated:
            raise StateConflict(_("Esta importación ya fue aplicada o descartada."))
        audit_record(actor=actor, action="opinion.import.discarded", target=batch)
    batch.refresh_from_db()
    return batch
