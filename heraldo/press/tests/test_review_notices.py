"""'Nota por aprobar' leaves every approver's bell when one of them takes the step, whichever step it is."""

from __future__ import annotations

import importlib
import re
from datetime import timedelta

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from heraldo.core import roles
from heraldo.core.models import Notification
from heraldo.core.notifications import pending_notifications
from heraldo.press.models import ReleaseStatus
from heraldo.press.services.workflow import release_transition
from heraldo.press.tests.factories import make_release

pytestmark = pytest.mark.django_db
S = ReleaseStatus


@pytest.fixture
def approvers(db):
    """The unit's three heads, each of whom may approve."""
    return [make_user(f"jefa{n}", roles.HEAD_OF_UNIT) for n in range(3)]


def bell(user, client) -> int:
    client.force_login(user, backend="heraldo.core.access.CachedPermissionsBackend")
    found = re.search(r'data-testid="bell-count">(\d+)', client.get(reverse("core:notifications")).content.decode())
    return int(found.group(1)) if found else 0


def review_notices(release):
    return Notification.objects.filter(subject_key=f"press.release.review:{release.pk}")


def test_one_approval_resolves_the_request_for_all_three_approvers(persona, approvers, client):
    # given a release sent for approval: each of the three heads has it in the bell
    officer = persona("press_officer")
    release = make_release(officer)
    release_transition(release=release, actor=officer, name="submit")
    assert review_notices(release).count() == 3
    assert [bell(head, client) for head in approvers] == [1, 1, 1]
    # when the second head approves it
    release_transition(release=release, actor=approvers[1], name="approve", comment="Bien")
    # then it is done for all three, by her, and no bell counts it any more
    assert [bell(head, client) for head in approvers] == [0, 0, 0]
    for notice in review_notices(release):
        assert notice.resolved_by == approvers[1] and notice.resolution == "Nota aprobada"
    # and it never comes back as the release goes on to be published
    release_transition(release=release, actor=officer, name="publish")
    assert [bell(head, client) for head in approvers] == [0, 0, 0]
    assert set(review_notices(release).values_list("resolution", flat=True)) == {"Nota aprobada"}


def test_returning_the_release_resolves_the_request_and_tells_only_the_author(
    persona, approvers, django_capture_on_commit_callbacks
):
    officer = persona("press_officer")
    release = make_release(officer)
    release_transition(release=release, actor=officer, name="submit")
    with django_capture_on_commit_callbacks(execute=True):
        release_transition(release=release, actor=approvers[0], name="return", comment="Falta la cita del alcalde")
    assert set(review_notices(release).values_list("resolution", flat=True)) == {"Nota devuelta con observaciones"}
    assert all(pending_notifications(head).count() == 0 for head in approvers)
    # the author's notice is informational, in the reader's language at display time
    notice = Notification.objects.get(recipient=officer)
    assert not notice.asks_action and notice.title_params == {"headline": release.headline}


def test_a_sensitive_release_asks_alcaldia_next_and_their_approval_resolves_it(persona, approvers):
    officer, mayor, manager = persona("press_officer"), persona("mayor"), make_user("gerente", roles.AUTHORITIES)
    release = make_release(officer, is_sensitive=True)
    release_transition(release=release, actor=officer, name="submit")
    release_transition(release=release, actor=approvers[0], name="approve")
    # the heads' request is done; Alcaldía is now asked
    assert all(pending_notifications(head).count() == 0 for head in approvers)
    assert pending_notifications(mayor).count() == 1 and pending_notifications(manager).count() == 1
    release_transition(release=release, actor=manager, name="mayor_approve")
    assert pending_notifications(mayor).count() == 0
    notice = Notification.objects.get(recipient=mayor)
    assert notice.resolved_by == manager and notice.resolution == "Nota aprobada por Alcaldía"


def test_resubmitting_asks_again_after_the_first_round_was_settled(persona, approvers):
    officer = persona("press_officer")
    release = make_release(officer)
    release_transition(release=release, actor=officer, name="submit")
    release_transition(release=release, actor=approvers[0], name="return", comment="Corregir el titular")
    release_transition(release=release, actor=officer, name="submit")
    assert [pending_notifications(head).count() for head in approvers] == [1, 1, 1]


def test_notices_sent_before_the_upgrade_are_settled_by_the_step_that_ended_their_review(persona, approvers):
    # given "Nota por aprobar" notices as they were stored before they could resolve: one for a release approved
    # since, one for a release still waiting
    officer = persona("press_officer")
    approved, waiting = make_release(officer), make_release(officer, headline="Feria de salud en Arena")
    for release in (approved, waiting):
        release_transition(release=release, actor=officer, name="submit")
    Notification.objects.update(subject_key="", asks_action=False, created_at=timezone.now() - timedelta(hours=1))
    release_transition(release=approved, actor=approvers[2], name="approve")
    assert Notification.objects.filter(resolved_at__isnull=False).count() == 0  # nothing to find by key yet
    # when the migration runs
    migration = importlib.import_module("heraldo.press.migrations.0013_review_notifications_resolve")
    migration.forwards(apps, None)
    # then the approved release's notices are done, by the head who approved it; the waiting one's still ask
    done = review_notices(approved)
    assert done.count() == 3 and all(n.resolved_by == approvers[2] and n.asks_action for n in done)
    assert [pending_notifications(head).count() for head in approvers] == [1, 1, 1]
