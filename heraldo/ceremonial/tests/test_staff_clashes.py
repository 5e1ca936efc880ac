"""Staff put on an act while busy (another act they staff, or a task due at a set time) are warned about,
like the Mayor's clashes: on the event form and in the API, and saved once the warning is acknowledged."""

from __future__ import annotations

from datetime import date, time

import pytest
from django.urls import reverse

from heraldo.ceremonial.models import Attendance, EventStaff, StaffRole
from heraldo.ceremonial.services.events import StaffClashesNotConfirmed, event_create
from heraldo.ceremonial.tests.factories import EventFactory, lima
from heraldo.core.models import AuditEntry
from heraldo.work.models import Task
from heraldo.work.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def busy_press_officer(persona):
    """A press officer covering the anniversary session on 10/12, 10:00–12:00."""
    officer = persona("press_officer")
    session = EventFactory(
        title="Sesión solemne de aniversario",
        starts_at=lima(2026, 12, 10, 10),
        ends_at=lima(2026, 12, 10, 12),
        attendance=Attendance.NONE,
    )
    EventStaff.objects.create(event=session, user=officer, role=StaffRole.PRESS)
    return officer, session


def new_act(**overrides):
    data = {
        "title": "Entrega de canastas",
        "event_type": "ACTO_OFICIAL",
        "starts_at": lima(2026, 12, 10, 11),
        "ends_at": lima(2026, 12, 10, 13),
        "place": "Mercado Central",
        "attendance": Attendance.NONE,
    } | overrides
    return data


def test_putting_a_busy_officer_on_an_overlapping_act_is_refused_until_confirmed_and_audited(persona):
    officer, session = busy_press_officer(persona)
    protocol = persona("protocol_officer")
    with pytest.raises(StaffClashesNotConfirmed) as refused:
        event_create(actor=protocol, data=new_act(), staff={StaffRole.PRESS: [officer]})
    [clash] = refused.value.clashes
    assert (clash.person, clash.title, clash.kind) == (officer, "Sesión solemne de aniversario", "event")
    assert refused.value.payload["staff_clashes"][0]["url"] == session.get_absolute_url()
    assert not EventStaff.objects.filter(event__title="Entrega de canastas").exists()

    event = event_create(actor=protocol, data=new_act(), staff={StaffRole.PRESS: [officer]}, allow_staff_clashes=True)
    assert EventStaff.objects.filter(event=event, user=officer).exists()
    entry = AuditEntry.objects.get(action="ceremonial.event.created", target_id=str(event.pk))
    assert "Sesión solemne de aniversario" in entry.changes["staff_clashes_confirmed"][1][0]


def test_acts_that_only_touch_a_colleague_not_on_it_or_a_cancelled_act_are_no_clash(persona):
    officer, session = busy_press_officer(persona)
    protocol = persona("protocol_officer")
    # starts when the session ends
    event_create(actor=protocol, data=new_act(starts_at=lima(2026, 12, 10, 12)), staff={StaffRole.PRESS: [officer]})
    # someone not on the session
    event_create(
        actor=protocol, data=new_act(title="Otra", place="Parque Zonal"), staff={StaffRole.PHOTO: [persona("designer")]}
    )
    session.status = "CANCELADO"
    session.save()
    event_create(
        actor=protocol,
        data=new_act(
            title="Tercera", place="Coliseo", starts_at=lima(2026, 12, 10, 10), ends_at=lima(2026, 12, 10, 11)
        ),
        staff={StaffRole.PRESS: [officer]},
    )


def test_a_task_due_at_a_time_inside_the_act_is_a_clash_an_all_day_one_is_not(persona):
    designer = persona("designer")
    TaskFactory(owner=designer, title="Entregar el banner", due_on=date(2026, 12, 10), due_time=time(11, 30))
    TaskFactory(owner=designer, title="Sin hora", due_on=date(2026, 12, 10))
    TaskFactory(owner=designer, title="Después", due_on=date(2026, 12, 10), due_time=time(13, 0))
    TaskFactory(owner=designer, title="Cumplida", due_on=date(2026, 12, 10), due_time=time(11, 0), status="CUMPLIDA")
    with pytest.raises(StaffClashesNotConfirmed) as refused:
        event_create(actor=persona("protocol_officer"), data=new_act(), staff={StaffRole.PHOTO: [designer]})
    assert [(c.title, c.kind) for c in refused.value.clashes] == [("Entregar el banner", "task")]


def test_a_weekly_series_clashes_with_the_one_sunday_its_staff_already_cover(persona):
    photographer = persona("designer")
    sunday = EventFactory(
        title="Feria dominical", starts_at=lima(2026, 12, 20, 8), ends_at=lima(2026, 12, 20, 9), attendance="NINGUNO"
    )
    EventStaff.objects.create(event=sunday, user=photographer, role=StaffRole.PHOTO)
    series = new_act(
        title="Izamiento dominical",
        starts_at=lima(2026, 12, 6, 8),
        ends_at=lima(2026, 12, 6, 8, 45),
        rrule="FREQ=WEEKLY;BYDAY=SU",
    )
    with pytest.raises(StaffClashesNotConfirmed) as refused:
        event_create(actor=persona("protocol_officer"), data=series, staff={StaffRole.PHOTO: [photographer]})
    assert [(c.title, c.starts_at) for c in refused.value.clashes] == [("Feria dominical", lima(2026, 12, 20, 8))]


def test_on_a_new_date_everyone_already_on_the_act_is_checked_again(persona):
    officer, _session = busy_press_officer(persona)
    protocol = persona("protocol_officer")
    act = event_create(
        actor=protocol,
        data=new_act(starts_at=lima(2026, 12, 11, 11), ends_at=lima(2026, 12, 11, 12)),
        staff={StaffRole.PRESS: [officer]},
    )
    from heraldo.ceremonial.services.events import event_update

    with pytest.raises(StaffClashesNotConfirmed):
        event_update(actor=protocol, event=act, data=new_act())
    # the title alone changes nothing for anyone's day
    event_update(actor=protocol, event=act, data={"title": "Entrega de canastas navideñas"})


def test_the_event_form_lists_the_clash_and_saves_when_the_box_is_ticked(client_as, persona):
    officer, _session = busy_press_officer(persona)
    client = client_as("protocol_officer")
    form = {
        "title": "Entrega de canastas",
        "event_type": "ACTO_OFICIAL",
        "starts_at": "2026-12-10T11:00",
        "ends_at": "2026-12-10T13:00",
        "place": "Mercado Central",
        "organiser_kind": "PROPIA",
        "attendance": "NINGUNO",
        "repeat": "",
        "staff_press": [officer.pk],
    }
    warned = client.post(reverse("ceremonial:event_create"), form)
    html = warned.content.decode()
    assert warned.status_code == 200
    assert 'data-testid="staff-clashes"' in html and "Sesión solemne de aniversario" in html
    assert 'name="confirm_staff_clashes"' in html
    assert not Task.objects.filter(title__contains="Entrega de canastas").exists()
    saved = client.post(reverse("ceremonial:event_create"), form | {"confirm_staff_clashes": "on"})
    assert saved.status_code == 302
    assert Task.objects.filter(owner=officer, origin=Task.Origin.EVENT_STAFF).count() == 1


def test_the_api_answers_409_with_each_persons_clash_and_assigns_when_confirmed(client_as, persona):
    officer, _session = busy_press_officer(persona)
    act = EventFactory(
        title="Entrega de canastas",
        starts_at=lima(2026, 12, 10, 11),
        ends_at=lima(2026, 12, 10, 13),
        attendance="NINGUNO",
    )
    client = client_as("protocol_officer")
    url = f"/api/v1/agenda/actividades/{act.pk}/personal/"
    body = {"staff": [{"user": officer.pk, "role": "PRENSA"}]}
    refused = client.put(url, body, content_type="application/json")
    assert refused.status_code == 409, refused.content
    clash = refused.json()["staff_clashes"][0]
    assert (clash["user"], clash["kind"], clash["title"]) == (officer.pk, "event", "Sesión solemne de aniversario")
    assert not act.staff.exists()
    done = client.put(url, body | {"confirm_staff_clashes": True}, content_type="application/json")
    assert done.status_code == 200, done.content
    assert done.json()["staff"] == [
        {"user": officer.pk, "role": "PRENSA", "name": officer.get_full_name() or officer.username}
    ]
    assert client.get(url).json()["staff"][0]["user"] == officer.pk
    # a reader of the agenda cannot change who staffs it, and an outsider is not a valid person
    assert client_as("mayor").put(url, body, content_type="application/json").status_code in (403, 404)
    outsider = persona("outsider")
    bad = client.put(url, {"staff": [{"user": outsider.pk, "role": "PRENSA"}]}, content_type="application/json")
    assert bad.status_code == 400, bad.content
    assert "user" in str(bad.json()), bad.json()


def test_rescheduling_an_act_onto_its_staffs_other_commitment_is_warned_on_the_page_and_in_the_api(client_as, persona):
    officer, _session = busy_press_officer(persona)
    act = EventFactory(
        title="Entrega de canastas",
        starts_at=lima(2026, 12, 11, 11),
        ends_at=lima(2026, 12, 11, 12),
        attendance="NINGUNO",
    )
    EventStaff.objects.create(event=act, user=officer, role=StaffRole.PRESS)
    client = client_as("protocol_officer")
    move = {"status": "REPROGRAMADO", "starts_at": "2026-12-10T11:00", "ends_at": "2026-12-10T12:00"}
    warned = client.post(reverse("ceremonial:event_status", args=[act.pk]), move)
    assert warned.status_code == 200 and 'data-testid="staff-clashes"' in warned.content.decode()
    act.refresh_from_db()
    assert act.starts_at == lima(2026, 12, 11, 11)
    api = client.post(
        f"/api/v1/agenda/actividades/{act.pk}/estado/",
        {"status": "REPROGRAMADO", "starts_at": "2026-12-10T11:00:00-05:00", "ends_at": "2026-12-10T12:00:00-05:00"},
        content_type="application/json",
    )
    assert api.status_code == 409 and api.json()["staff_clashes"][0]["title"] == "Sesión solemne de aniversario"
    done = client.post(reverse("ceremonial:event_status", args=[act.pk]), move | {"confirm_staff_clashes": "on"})
    assert done.status_code == 302
    act.refresh_from_db()
    assert act.starts_at == lima(2026, 12, 10, 11)


def test_the_event_form_staffs_design_monitoring_and_logistics_too(client_as, persona):
    designer, analyst, protocol = persona("designer"), persona("media_analyst"), persona("protocol_officer")
    form = {
        "title": "Feria de emprendedores",
        "event_type": "ACTO_OFICIAL",
        "starts_at": "2026-12-18T10:00",
        "ends_at": "2026-12-18T12:00",
        "place": "Parque Central",
        "organiser_kind": "PROPIA",
        "attendance": "NINGUNO",
        "repeat": "",
        "staff_design": [designer.pk],
        "staff_monitoring": [analyst.pk],
        "staff_support": [protocol.pk],
    }
    assert client_as("protocol_officer").post(reverse("ceremonial:event_create"), form).status_code == 302
    staffed = set(EventStaff.objects.values_list("user__username", "role"))
    assert staffed == {
        (designer.username, StaffRole.DESIGN),
        (analyst.username, StaffRole.MONITORING),
        (protocol.username, StaffRole.SUPPORT),
    }
    assert Task.objects.filter(origin=Task.Origin.EVENT_STAFF).count() == 3
