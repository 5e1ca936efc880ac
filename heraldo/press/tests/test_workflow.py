"""The approval workflow: who may take each step, comments, Alcaldía's second approval, scheduling, holds."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from heraldo.core import roles
from heraldo.core.models import AuditEntry, Notification
from heraldo.press.checks import register_prepublication_check, unregister_prepublication_check
from heraldo.press.models import MediaAsset, ReleaseStatus
from heraldo.press.services.releases import release_autosave, release_photo_add, release_update
from heraldo.press.services.workflow import (
    PublicationHeld,
    TransitionRefused,
    press_publish_due,
    release_transition,
)
from heraldo.press.tests.factories import jpeg_upload, make_release

pytestmark = pytest.mark.django_db
S = ReleaseStatus


def step(client, release, name, **data):
    return client.post(reverse("press:release_transition", args=[release.pk, name]), data, follow=True)


def test_draft_to_published_through_the_pages_with_comments_and_audit(
    client_as, persona, django_capture_on_commit_callbacks
):
    release = make_release(persona("press_officer"))
    officer, head = client_as("press_officer"), client_as("head_of_unit")
    with django_capture_on_commit_callbacks(execute=True):
        step(officer, release, "submit", comment="Lista para revisar")
    release.refresh_from_db()
    assert release.status == S.IN_REVIEW
    assert Notification.objects.filter(recipient=persona("head_of_unit"), title__contains="Nota por aprobar").exists()
    step(head, release, "approve", comment="Bien")
    release.refresh_from_db()
    assert release.status == S.APPROVED and release.approved_by == persona("head_of_unit")
    step(officer, release, "publish")
    release.refresh_from_db()
    assert release.status == S.PUBLISHED and release.published_at
    assert [t.to_status for t in release.transitions.all()] == [S.IN_REVIEW, S.APPROVED, S.PUBLISHED]
    assert release.transitions.first().comment == "Lista para revisar"
    actions = set(AuditEntry.objects.filter(target_id=str(release.pk)).values_list("action", flat=True))
    assert {"press.release.submitted", "press.release.approved", "press.release.published"} <= actions


def test_states_cannot_be_skipped_and_roles_are_enforced(client_as, persona):
    release = make_release(persona("press_officer"))
    response = step(client_as("press_officer"), release, "publish")
    assert "esa acción no corresponde" in response.content.decode()
    release_transition(release=release, actor=persona("press_officer"), name="submit")
    response = step(client_as("press_officer"), release, "approve")
    assert "Su rol no permite" in response.content.decode()
    assert step(client_as("outsider"), release, "approve").status_code == 404
    release.refresh_from_db()
    assert release.status == S.IN_REVIEW


def test_the_author_cannot_approve_their_own_release(persona):
    head = persona("head_of_unit")
    release = make_release(head)
    release_transition(release=release, actor=head, name="submit")
    with pytest.raises(TransitionRefused, match="Quien redactó"):
        release_transition(release=release, actor=head, name="approve")


def test_whoever_last_changed_the_text_cannot_approve_it(persona):
    # given a press officer's draft rewritten by the head of unit and sent to review by its author
    officer, head = persona("press_officer"), persona("head_of_unit")
    release = make_release(officer)
    release_update(release=release, actor=head, headline="Alcalde entrega el mercado remodelado de Barrio Alto")
    release_transition(release=release, actor=officer, name="submit")

    # then the head of unit cannot approve it alone; another head of unit can
    with pytest.raises(TransitionRefused, match="último cambio al contenido"):
        release_transition(release=release, actor=head, name="approve")
    release_transition(release=release, actor=make_user("jefa_suplente", roles.HEAD_OF_UNIT), name="approve")
    assert release.status == S.APPROVED


def test_typing_saved_automatically_counts_as_the_last_change(persona):
    # given the head of unit, the officer and the head again typing into the draft within minutes
    officer, head = persona("press_officer"), persona("head_of_unit")
    release = make_release(officer)
    for actor, lead in ((head, "Primera versión de la jefa."), (officer, "Corrección."), (head, "Versión final.")):
        release.refresh_from_db()
        release_autosave(release=release, actor=actor, expected_version=release.version, lead=lead * 3)
    release.refresh_from_db()
    release_transition(release=release, actor=officer, name="submit")

    # then the head, who typed last, is not the one who approves it
    with pytest.raises(TransitionRefused, match="último cambio al contenido"):
        release_transition(release=release, actor=head, name="approve")


def test_returning_needs_a_comment_and_clears_the_way_back_to_draft(persona, django_capture_on_commit_callbacks):
    release = make_release(persona("press_officer"))
    release_transition(release=release, actor=persona("press_officer"), name="submit")
    with pytest.raises(TransitionRefused, match="comentario"):
        release_transition(release=release, actor=persona("head_of_unit"), name="return")
    with django_capture_on_commit_callbacks(execute=True):
        release_transition(release=release, actor=persona("head_of_unit"), name="return", comment="Falta la cifra")
    assert release.status == S.DRAFT
    assert Notification.objects.filter(recipient=persona("press_officer"), title__contains="observaciones").exists()


def test_sensitive_release_needs_alcaldia_after_the_head_of_unit(persona):
    release = make_release(persona("press_officer"), is_sensitive=True)
    release_transition(release=release, actor=persona("press_officer"), name="submit")
    release_transition(release=release, actor=persona("head_of_unit"), name="approve")
    assert release.status == S.MAYOR_REVIEW
    with pytest.raises(TransitionRefused, match="Alcaldía"):
        release_transition(release=release, actor=persona("head_of_unit"), name="mayor_approve")
    release_transition(release=release, actor=persona("mayor"), name="mayor_approve", comment="Conforme")
    assert release.status == S.APPROVED and release.mayor_approved_by == persona("mayor")


def test_submission_needs_alt_text_on_every_photo(persona):
    officer = persona("press_officer")
    release = make_release(officer)
    release_photo_add(release=release, actor=officer, upload=jpeg_upload())
    with pytest.raises(TransitionRefused, match="texto alternativo"):
        release_transition(release=release, actor=officer, name="submit")


def approved(persona, **extra):
    release = make_release(persona("press_officer"), **extra)
    release_transition(release=release, actor=persona("press_officer"), name="submit")
    release_transition(release=release, actor=persona("head_of_unit"), name="approve")
    return release


def test_scheduled_release_is_published_by_the_periodic_step_at_its_time(persona):
    release = approved(persona)
    now = timezone.now()
    with pytest.raises(TransitionRefused, match="futuras"):
        release_transition(
            release=release, actor=persona("press_officer"), name="schedule", when=now - dt.timedelta(hours=1)
        )
    release_transition(
        release=release, actor=persona("press_officer"), name="schedule", when=now + dt.timedelta(hours=2)
    )
    assert press_publish_due(now=now + dt.timedelta(hours=1)) == []
    assert press_publish_due(now=now + dt.timedelta(hours=2, minutes=1)) == [release.pk]
    release.refresh_from_db()
    assert release.status == S.PUBLISHED and release.published_at == now + dt.timedelta(hours=2, minutes=1)
    assert press_publish_due(now=now + dt.timedelta(hours=3)) == []


def test_a_prepublication_check_holds_the_release_back_with_its_reason(persona):
    def electoral_ban(release):
        return "Periodo electoral: la nota muestra autoridades."

    release = approved(persona)
    register_prepublication_check(electoral_ban)
    try:
        with pytest.raises(PublicationHeld):
            release_transition(release=release, actor=persona("press_officer"), name="publish")
        release.refresh_from_db()
        assert release.status == S.APPROVED
        assert release.hold_reason == "Periodo electoral: la nota muestra autoridades."
        assert AuditEntry.objects.filter(action="press.release.held", target_id=str(release.pk)).exists()
        # scheduled: the job keeps it waiting, then publishes once the check lets it go
        now = timezone.now()
        release_transition(
            release=release, actor=persona("press_officer"), name="schedule", when=now + dt.timedelta(minutes=5)
        )
        assert press_publish_due(now=now + dt.timedelta(minutes=6)) == []
    finally:
        unregister_prepublication_check(electoral_ban)
    assert press_publish_due(now=timezone.now() + dt.timedelta(minutes=7)) == [release.pk]


def test_publication_strips_gps_from_the_originals(persona):
    officer = persona("press_officer")
    release = make_release(officer)
    release_photo_add(release=release, actor=officer, upload=jpeg_upload(gps=True), alt_text="Vecinos en la feria")
    asset = MediaAsset.objects.get()
    assert asset.has_location
    release_transition(release=release, actor=officer, name="submit")
    release_transition(release=release, actor=persona("head_of_unit"), name="approve")
    release_transition(release=release, actor=officer, name="publish")
    asset.refresh_from_db()
    from heraldo.core.uploads import image_has_location

    assert not asset.has_location and asset.location_stripped_at
    with asset.original.open("rb") as handle:
        assert not image_has_location(handle.read())


def test_withdrawal_needs_approve_press_and_a_comment(persona):
    release = approved(persona)
    release_transition(release=release, actor=persona("press_officer"), name="publish")
    with pytest.raises(TransitionRefused):
        release_transition(release=release, actor=persona("press_officer"), name="withdraw", comment="Error")
    release_transition(release=release, actor=persona("head_of_unit"), name="withdraw", comment="Dato equivocado")
    assert release.status == S.WITHDRAWN


def test_approval_queue_and_hoy_panel_show_what_waits_for_me(client_as, persona):
    release = make_release(persona("press_officer"), headline="Campaña de vacunación llega a Barrio Alto")
    release_transition(release=release, actor=persona("press_officer"), name="submit")
    head = client_as("head_of_unit")
    assert "Campaña de vacunación" in head.get(reverse("press:approvals")).content.decode()
    assert "Campaña de vacunación" in head.get(reverse("core:today")).content.decode()
    assert client_as("press_officer").get(reverse("press:approvals")).status_code == 403


def test_global_search_finds_releases_for_press_roles_only(client_as, persona):
    make_release(persona("press_officer"), headline="Feria gastronómica en la plaza principal")
    assert (
        "Feria gastronómica"
        in client_as("designer").get(reverse("core:search"), {"q": "gastronomica"}).content.decode()
    )
    assert (
        "Feria gastronómica"
        not in client_as("media_analyst").get(reverse("core:search"), {"q": "gastronomica"}).content.decode()
    )


def test_the_confirmation_names_the_state_without_breaking_gender(client_as, persona):
    # given a release in review
    release = make_release(persona("press_officer"))
    release_transition(release=release, actor=persona("press_officer"), name="submit")

    # when the head of unit approves it
    html = step(client_as("head_of_unit"), release, "approve", comment="Bien").content.decode()

    # then the message names the state by its display name, as a state
    assert "Listo: la nota quedó en estado «Aprobado»." in html
    assert "la nota está «Aprobado»" not in html
