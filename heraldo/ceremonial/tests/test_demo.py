from heraldo.ceremonial.models import AttendanceRequest, Event, Guest, ProgrammeItem
from heraldo.core.demo import demo_load


def test_demo_agenda_loads_once_with_a_recurring_flag_raising_and_a_ceremony(db):
    demo_load()
    counts = (
        Event.objects.count(),
        AttendanceRequest.objects.count(),
        Guest.objects.count(),
        ProgrammeItem.objects.count(),
    )
    demo_load()
    assert (
        Event.objects.count(),
        AttendanceRequest.objects.count(),
        Guest.objects.count(),
        ProgrammeItem.objects.count(),
    ) == counts
    assert Event.objects.filter(rrule="FREQ=WEEKLY;BYDAY=SU", event_type="IZAMIENTO").exists()
    ceremony = Event.objects.get(event_type="SESION_SOLEMNE")
    assert ceremony.programme.exists()
    assert ceremony.guests.count() == 15  # from the demo Registro
