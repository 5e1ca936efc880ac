from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.core.jobs import enqueue
from heraldo.monitoring.ingestion import clipping_reanalyse, clipping_retry_completion
from heraldo.monitoring.models import Clipping, ScanReading, ToneCorrection
from heraldo.monitoring.ocr import OcrError, OcrUnavailable, can_read, scan_text
from heraldo.monitoring.services.alerts import alerts_reconsider

log = logging.getLogger(__name__)

# A whole newspaper page is some 40,000 characters; twelve pages with room to spare.
MAX_SCAN_TEXT_CHARS = 500_000


@transaction.atomic
def clipping_correct_tone(*, actor, clipping: Clipping, tone: str) -> Clipping:
    """One-click correction: kept as a training example for this office's classifier."""
    previous = clipping.tone
    ToneCorrection.objects.create(
        clipping=clipping,
        text=f"{clipping.title}. {clipping.full_text[:3000]}",
        previous_tone=previous,
        tone=tone,
        corrected_by=actor,
    )
    clipping.tone = tone
    clipping.tone_corrected_by = actor
    clipping.tone_corrected_at = timezone.now()
    clipping.save(update_fields=["tone", "tone_corrected_by", "tone_corrected_at"])
    clipping.mentions.update(tone=tone)
    alerts_reconsider(clipping=clipping, actor=actor)
    audit_record(
        actor=actor, action="monitoring.clipping.tone_corrected", target=clipping, changes={"tone": [previous, tone]}
    )
    return clipping


def clipping_queue_scan_reading(*, clipping: Clipping) -> bool:
    """Ask the worker to read the text of the clipping's scan; False when the attachment is not a scan."""
    if not clipping.attachment or not can_read(clipping.attachment.name):
        return False
    Clipping.objects.filter(pk=clipping.pk).update(ocr_status=ScanReading.PENDING, ocr_error="")
    clipping.ocr_status, clipping.ocr_error = ScanReading.PENDING, ""
    enqueue("monitoring.read_scan", clipping_id=clipping.pk)
    return True


def clipping_requeue_scan_reading(*, actor, clipping: Clipping) -> bool:
    """Someone asks for the scan to be read again (a better scan, an OCR fix); False when there is none."""
    with transaction.atomic():
        queued = clipping_queue_scan_reading(clipping=clipping)
        if queued:
            audit_record(actor=actor, action="monitoring.clipping.scan_requeued", target=clipping)
    return queued


def clipping_read_scan(*, clipping_id: int) -> Clipping | None:
    """Read the scan (worker side) and make its text searchable; failures are recorded in Spanish, not retried."""
    clipping = Clipping.objects.filter(pk=clipping_id).first()
    if clipping is None or not clipping.attachment or not can_read(clipping.attachment.name):
        return None
    suffix = Path(clipping.attachment.name).suffix.lower()
    try:
        # Copied out of the storage: it may not be a local disk in production.
        with tempfile.NamedTemporaryFile(suffix=suffix) as local, clipping.attachment.open("rb") as stored:
            shutil.copyfileobj(stored, local)
            local.flush()
            text = scan_text(Path(local.name))
    except (OcrUnavailable, OcrError) as exc:
        status = ScanReading.UNAVAILABLE if isinstance(exc, OcrUnavailable) else ScanReading.FAILED
        Clipping.objects.filter(pk=clipping.pk).update(ocr_status=status, ocr_error=str(exc)[:300])
        log.warning("monitoring.scan_unreadable", extra={"clipping_id": clipping.pk, "error": str(exc)[:200]})
        return clipping
    clipping.ocr_text = text[:MAX_SCAN_TEXT_CHARS]
    clipping.ocr_status = ScanReading.DONE
    clipping.ocr_error = ""
    return clipping_reanalyse(clipping)


def clipping_complete_now(*, actor, clipping: Clipping) -> bool:
    """An analyst asks for an incomplete clipping's article page now; True when its text is now complete."""
    with transaction.atomic():
        audit_record(actor=actor, action="monitoring.clipping.completion_retried", target=clipping)
    return clipping_retry_completion(clipping=clipping)
