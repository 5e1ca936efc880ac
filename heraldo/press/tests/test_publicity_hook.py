"""The publicity-law checks before a release is approved or published, and the head of unit's written exception."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from heraldo.core.models import AuditEntry
from heraldo.press.models import ReleaseStatus
from heraldo.press.services.publicity import release_publicity_override
from heraldo.press.services.releases import release_photo_add
from heraldo.press.services.workflow import PublicationHeld, TransitionRefused, release_transition
from heraldo.press.tests.factories import jpeg_upload, make_release
from heraldo.publicity.models import ElectoralProcess
from heraldo.publicity.tests.factories import municipality_with_mayor

pytestmark = pytest.mark.django_db
S = ReleaseStatus
REASON = "Aviso de corte de agua por emergencia: la cita del Alcalde es la única fuente oficial."


@pytest.fixture
def mayor():
    return municipality_with_mayor()[1]


def in_review(persona, **text):
    release = make_release(persona("press_officer"), **text)
    release_transition(release=release, actor=persona("press_officer"), name="submit")
    return release


def test_a_release_naming_the_mayor_cannot_be_approved_during_the_ban(persona, mayor):
    # Given a release that names the mayor, in review during the 2026 elections
    release = in_review(persona, lead="El alcalde Jorge Luis Mendoza Rivas entregó el mercado remodelado.")
    # When the head of unit approves it, then the checks refuse with the rule and the sentence
    with pytest.raises(TransitionRefused, match=r"\[E2\].*Jorge Luis Mendoza Rivas"):
        release_transition(release=release, actor=persona("head_of_unit"), name="approve")
    release.refresh_from_db()
    assert release.status == S.IN_REVIEW


def test_a_neutral_release_is_approved_and_published(persona, mayor):
    release = in_review(persona, headline="Se reabre el mercado de Barrio Alto", lead="Con 120 puestos renovados.")
    release_transition(release=release, actor=persona("head_of_unit"), name="approve")
    release_transition(release=release, actor=persona("press_officer"), name="publish")
    release.refresh_from_db()
    assert release.status == S.PUBLISHED


def test_the_mayor_tagged_in_a_photo_blocks_too(persona, mayor):
    release = make_release(persona("press_officer"), headline="Feria de salud", lead="Atención gratuita.")
    photo, _duplicate = release_photo_add(
        release=release, actor=persona("press_officer"), upload=jpeg_upload(), alt_text="Vecinos en la feria"
    )
    photo.asset.people.add(mayor)
    release_transition(release=release, actor=persona("press_officer"), name="submit")
    with pytest.raises(TransitionRefused, match=r"\[E2\] Aparece la imagen"):
        release_transition(release=release, actor=persona("head_of_unit"), name="approve")


def test_without_an_electoral_process_nothing_blocks(persona, mayor):
    ElectoralProcess.objects.all().delete()
    release = in_review(persona, lead="El alcalde Jorge Luis Mendoza Rivas entregó el mercado.")
    release_transition(release=release, actor=persona("head_of_unit"), name="approve")
    release.refresh_from_db()
    assert release.status == S.APPROVED


def test_the_head_of_unit_overrides_with_a_written_reason_which_is_audited(client_as, persona, mayor):
    release = in_review(persona, lead="El alcalde Jorge Luis Mendoza Rivas anuncia el corte de agua.")
    head = client_as("head_of_unit")
    # A press officer may not; a short reason is refused, naming what is missing
    with pytest.raises(Exception, match="Solo la Jefatura"):
        release_publicity_override(release=release, actor=persona("press_officer"), reason=REASON)
    response = head.post(
        reverse("press:release_publicity_override", args=[release.pk]), {"reason": "porque sí"}, follow=True
    )
    assert "al menos 20 caracteres" in response.content.decode()
    # The head of unit writes the reason: recorded, audited, and the release can be approved and published
    head.post(reverse("press:release_publicity_override", args=[release.pk]), {"reason": REASON})
    release.refresh_from_db()
    assert release.publicity_override_reason == REASON
    assert release.publicity_override_by == persona("head_of_unit")
    entry = AuditEntry.objects.get(action="press.release.publicity_overridden", target_id=str(release.pk))
    assert entry.changes["publicity_override_reason"][1] == REASON
    release_transition(release=release, actor=persona("head_of_unit"), name="approve")
    release_transition(release=release, actor=persona("press_officer"), name="publish")
    release.refresh_from_db()
    assert release.status == S.PUBLISHED


def test_an_exception_covers_only_the_findings_it_was_given_for(persona, mayor):
    release = in_review(persona, lead="El alcalde Jorge Luis Mendoza Rivas anuncia el corte de agua.")
    release_publicity_override(release=release, actor=persona("head_of_unit"), reason=REASON)
    # A later change adds an appeal for a candidate: that finding was never excepted
    type(release).objects.filter(pk=release.pk).update(body="<p>Vota por el cambio.</p>")
    with pytest.raises(TransitionRefused, match=r"\[E6\]"):
        release_transition(release=release, actor=persona("head_of_unit"), name="approve")


def test_publication_is_held_when_the_text_blocks(persona, mayor):
    release = make_release(
        persona("press_officer"), status=S.APPROVED, lead="Nuestro alcalde inauguró la losa deportiva."
    )
    with pytest.raises(PublicationHeld):
        release_transition(release=release, actor=persona("press_officer"), name="publish")
    release.refresh_from_db()
    assert release.status == S.APPROVED
    assert "[E2]" in release.hold_reason and "nuestro alcalde" in release.hold_reason


def test_a_scheduled_release_is_checked_from_its_publication_day(persona, mayor):
    # Given only the regional process (ban from 8 Jan 2026) and a neutral release
    from heraldo.press.publicity import release_verdict

    ElectoralProcess.objects.exclude(kind="REGIONAL_MUNICIPAL").delete()
    release = make_release(persona("press_officer"), headline="Feria del libro", lead="Del 2 al 9 de diciembre.")

    def scheduled(day: dt.datetime):
        type(release).objects.filter(pk=release.pk).update(scheduled_for=timezone.make_aware(day))
        release.refresh_from_db()
        return release_verdict(release)

    # Scheduled before the ban, it stays in the newsroom past it: withdraw or adapt by the day before
    before = scheduled(dt.datetime(2025, 12, 1, 9))
    assert [f.rule for f in before.findings] == ["E7"]
    assert "07/01/2026" in before.findings[0].message
    # Scheduled on the ban's first day, nothing crosses it
    assert scheduled(dt.datetime(2026, 1, 8, 9)).findings == ()


def test_the_release_page_shows_the_findings_and_the_override_form_to_the_head_only(client_as, persona, mayor):
    release = in_review(persona, lead="El alcalde Jorge Luis Mendoza Rivas entregó el mercado.")
    page = client_as("head_of_unit").get(reverse("press:release_detail", args=[release.pk])).content.decode()
    assert 'data-testid="publicity-verdict"' in page and "Bloqueada" in page
    assert "Se nombra a Jorge Luis Mendoza Rivas" in page
    assert "Autorizar la excepción" in page
    officer_page = client_as("press_officer").get(reverse("press:release_detail", args=[release.pk])).content.decode()
    assert "Se nombra a Jorge Luis Mendoza Rivas" in officer_page
    assert "Autorizar la excepción" not in officer_page
