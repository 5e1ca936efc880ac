"""Mi trabajo gathers what other modules ask of me: releases to approve, acts I staff, guests to call."""

from __future__ import annotations

import pytest
from django.urls import reverse

from heraldo.ceremonial.models import EventStaff, Guest, RsvpStatus, StaffRole
from heraldo.ceremonial.tests.factories import EventFactory, PersonFactory, lima
from heraldo.press.models import ReleaseStatus
from heraldo.press.tests.factories import make_release

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _now(time_machine):
    time_machine.move_to(lima(2026, 12, 7, 9), tick=False)


def test_the_head_sees_the_releases_waiting_for_her_approval_and_an_author_does_not(client_as, persona):
    author = persona("press_officer")
    make_release(author, headline="Feria del libro en la plaza", status=ReleaseStatus.IN_REVIEW)
    make_release(author, headline="Borrador sin enviar")
    html = client_as("head_of_unit").get(reverse("work:my_work")).content.decode()
    assert 'data-testid="work-section-approvals"' in html and "Feria del libro en la plaza" in html
    assert "Borrador sin enviar" not in html
    assert (
        'data-testid="work-section-approvals"'
        not in client_as("press_officer").get(reverse("work:my_work")).content.decode()
    )


def test_a_protocol_officer_sees_every_sunday_she_staffs_this_week_and_the_guests_to_call(client_as, persona):
    officer = persona("protocol_officer")
    series = EventFactory(
        title="Izamiento dominical",
        starts_at=lima(2026, 11, 1, 8),
        ends_at=lima(2026, 11, 1, 9),
        rrule="FREQ=WEEKLY;BYDAY=SU",
    )
    ceremony = EventFactory(title="Aniversario del distrito", starts_at=lima(2026, 12, 12, 10))
    later = EventFactory(title="Navidad del niño", starts_at=lima(2026, 12, 24, 10))
    not_mine = EventFactory(title="Sesión de concejo", starts_at=lima(2026, 12, 9, 10))
    for event in (series, ceremony, later):
        EventStaff.objects.create(event=event, user=officer, role=StaffRole.PROTOCOL)
    for _n in range(3):
        Guest.objects.create(event=ceremony, person=PersonFactory())
    Guest.objects.create(event=ceremony, person=PersonFactory(), rsvp_status=RsvpStatus.ACCEPTED)
    Guest.objects.create(event=not_mine, person=PersonFactory())

    html = client_as("protocol_officer").get(reverse("work:my_work")).content.decode()

    acts = html.split('data-testid="work-section-staffed_acts"')[1].split("</section>")[0]
    assert "Izamiento dominical" in acts and "13/12/2026 08:00" in acts and "Aniversario del distrito" in acts
    assert "Navidad del niño" not in acts and "Sesión de concejo" not in acts
    calls = html.split('data-testid="work-section-guests_to_call"')[1].split("</section>")[0]
    assert "Aniversario del distrito" in calls and "3 invitados sin respuesta" in calls
    assert reverse("ceremonial:guests", args=[ceremony.pk]) in calls
    assert "Sesión de concejo" not in calls


def test_a_designer_who_staffs_an_act_sees_it_but_no_guests_to_call(client_as, persona):
    designer = persona("designer")
    act = EventFactory(title="Izamiento", starts_at=lima(2026, 12, 8, 8))
    EventStaff.objects.create(event=act, user=designer, role=StaffRole.PHOTO)
    Guest.objects.create(event=act, person=PersonFactory())
    html = client_as("designer").get(reverse("work:my_work")).content.decode()
    assert "Izamiento" in html.split('data-testid="work-section-staffed_acts"')[1]
    assert 'data-testid="work-section-guests_to_call"' not in html


def test_the_sections_cost_the_same_queries_for_two_items_or_twenty(client_as, persona, django_assert_max_num_queries):
    head = persona("head_of_unit")
    author = persona("press_officer")
    client = client_as("head_of_unit")

    def make(n: int, start: int) -> None:
        for i in range(n):
            make_release(author, headline=f"Nota {start + i}", status=ReleaseStatus.IN_REVIEW)
            event = EventFactory(title=f"Acto {start + i}", starts_at=lima(2026, 12, 8, 8 + i % 10))
            EventStaff.objects.create(event=event, user=head, role=StaffRole.PROTOCOL)
            Guest.objects.create(event=event, person=PersonFactory())

    make(2, 0)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("work:my_work"))
    make(18, 2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get(reverse("work:my_work")).content.decode()
    assert "Nota 19" in html or "Nota 0" in html
