from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from heraldo.core.audit import audit_record
from heraldo.monitoring.models import Clipping, ToneCorrection


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
    audit_record(
        actor=actor, action="monitoring.clipping.tone_corrected", target=clipping, changes={"tone": [previous, tone]}
    )
    return clipping
