"""Agenda month view with 2,000 events in the database, target under 200 ms.

Run: .venv/bin/python bench/ceremonial_month.py   (uses its own database under var/bench-ceremonial)
Creates 2,000 events over a year (some recurring, some with exceptions), then times the
month page as a signed-in protocol officer sees it, and the public iCalendar feed.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
from bench._smoke import sized, var_dir  # noqa: E402

os.environ["HERALDO_VAR_DIR"] = var_dir("ceremonial", fresh=True)

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

EVENTS = sized(2000, 40)
RUNS = sized(15, 2)


def main() -> None:
    call_command("migrate", verbosity=0)
    from heraldo.ceremonial.models import Event, OccurrenceException
    from heraldo.ceremonial.recurrence import LIMA
    from heraldo.ceremonial.selectors import place_key
    from heraldo.core import roles
    from heraldo.core.models import User

    rng = random.Random(7)
    start = datetime(2026, 6, 1, 7, 0, tzinfo=LIMA)
    events = []
    for n in range(EVENTS):
        begins = start + timedelta(days=rng.randint(0, 364), hours=rng.randint(0, 12))
        place = f"Lugar {n % 150}"
        events.append(
            Event(
                title=f"Actividad {n}",
                starts_at=begins,
                ends_at=begins + timedelta(minutes=rng.choice([30, 60, 90, 120])),
                place=place,
                place_key=place_key(place),
                status="CONFIRMADO",
                is_public=n % 2 == 0,
                rrule="FREQ=WEEKLY" if n % 100 == 0 else "",
            )
        )
    Event.objects.bulk_create(events, batch_size=500)
    for event in Event.objects.exclude(rrule="")[:10]:
        OccurrenceException.objects.create(
            event=event, original_start=event.starts_at + timedelta(days=7), cancelled=True
        )
    user = User.objects.create_user("bench", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=roles.PROTOCOL))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user, backend="heraldo.core.access.CachedPermissionsBackend")

    def timed(url: str) -> list[float]:
        client.get(url)  # warm caches and templates
        samples = []
        for _run in range(RUNS):
            began = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, response.status_code
        return samples

    month = timed("/agenda/?fecha=2026-11-15")
    feed = timed("/agenda/ical/agenda-oficial.ics")
    in_month = Event.objects.filter(starts_at__month=11, starts_at__year=2026).count()
    print(f"{EVENTS} events ({in_month} in the month plus weekly series)")
    print(f"month view: median {statistics.median(month):.0f} ms, worst {max(month):.0f} ms (target < 200 ms)")
    print(f"public iCalendar feed: median {statistics.median(feed):.0f} ms, worst {max(feed):.0f} ms")


if __name__ == "__main__":
    main()
