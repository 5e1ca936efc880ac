"""A release seen by the publicity-law checks (heraldo.publicity): its texts, the people tagged in its photos, the
day it goes out. Blocking findings hold approval and publication unless the head of unit wrote an exception that
covers each of them (`publicity_override_*` on the release)."""

from __future__ import annotations

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.sanitize import html_to_text
from heraldo.press.models import PressRelease
from heraldo.publicity.checks import Finding, Verdict, evaluate, finding_key, translated


def release_facts(release: PressRelease, *, people: list[int] | None = None) -> dict:
    """The piece the checks read: a release published on the web newsroom, unpaid, exposed from the day it goes out.
    `people`: the Registro's people tagged in its photos, when the caller read them for many releases at once."""
    start = timezone.localtime(release.scheduled_for).date() if release.scheduled_for else timezone.localdate()
    if people is None:
        people = sorted({pk for pk in release.photos.values_list("asset__people", flat=True) if pk is not None})
    return {
        "id": release.pk,
        "kind": "INFORMATIVO",
        "channel": "WEB",
        "paid": False,
        "exposure_window": [start.isoformat(), None],
        "texts": [
            text for text in (release.headline, release.lead, html_to_text(release.body), release.quotes) if text
        ],
        "detected_people": people,
    }


def release_verdict(release: PressRelease, *, today: date | None = None) -> Verdict:
    return evaluate(release_facts(release), today=today)


def uncovered(release: PressRelease, verdict: Verdict) -> list[Finding]:
    """The blocking findings the head of unit's exception does not cover."""
    covered = set(release.publicity_override_findings or []) if release.publicity_override_at else set()
    return [finding for finding in verdict.blocking if finding_key(finding) not in covered]


def publicity_refusal(release: PressRelease) -> str | None:
    """Why the checks hold this release (None: nothing blocks it, or the exception covers everything)."""
    findings = uncovered(release, release_verdict(release))
    if not findings:
        return None
    sentences = " ".join(f"[{finding.rule}] {translated(finding.template, finding.params)}" for finding in findings)
    return _(
        "Normas de publicidad estatal: %(findings)s La Jefatura de Imagen puede autorizar una excepción escrita."
    ) % {"findings": sentences}
