"""Every page of Encargos, for a person who works in English: no Spanish text of the interface left."""

from __future__ import annotations

import re
from datetime import date, time
from html import unescape
from pathlib import Path

import polib
import pytest
from django.urls import reverse

from heraldo.ceremonial.models import EventStaff, StaffRole
from heraldo.ceremonial.tests.factories import EventFactory, lima
from heraldo.work.models import Task
from heraldo.work.services.assignments import assignment_register
from heraldo.work.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


def spanish_interface_strings() -> set[str]:
    """The Spanish source of every string of Encargos' pages (its own catalogue, and the shared one's
    strings used by its templates), where the English differs."""
    strings, english = set(), []
    for path in (ROOT / "heraldo/work/locale/en/LC_MESSAGES/django.po", ROOT / "locale/en/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(path)):
            if path.parts[-5] == "locale" and not any("work" in place for place, _line in entry.occurrences):
                continue
            text = entry.msgid
            english.append(entry.msgstr)
            if "%" in text or "{" in text or len(text) < 6 or entry.msgstr == text:
                continue
            strings.add(text)
    # Official Spanish names the English keeps on purpose ("Proveído (routing note)", "Memorando N.° …").
    kept = "\n".join(english)
    return {text for text in strings if text not in kept}


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_every_encargos_page_is_in_english_for_an_english_user(client_as, persona):
    head = persona("head_of_unit")
    head.language = "en"
    head.save()
    officer = persona("press_officer")
    task = TaskFactory(owner=head, title="Check the banner", due_on=date(2026, 12, 1), due_time=time(10))
    TaskFactory(owner=head, title="Call the radio", due_on=date(2027, 1, 20))
    encargo = assignment_register(
        actor=head,
        data={
            "document_kind": "MEMORANDO",
            "document_number": "Memo 1",
            "sender": "GERENCIA",
            "received_on": date(2026, 12, 4),
            "term_working_days": 5,
            "subject": "Vaccination campaign",
        },
        owner=officer,
    )
    act = EventFactory(title="Flag raising", starts_at=lima(2026, 12, 13, 8))
    EventStaff.objects.create(event=act, user=head, role=StaffRole.PROTOCOL)
    TaskFactory(owner=None, queue_role="Jefatura", title="Queued report")
    client = client_as("head_of_unit")
    client.post(reverse("work:feed_issue"))
    pages = [
        reverse("work:my_work"),
        reverse("work:my_work") + "?grupo=overdue",
        reverse("work:reminder_preferences"),
        reverse("work:feed_settings"),
        reverse("work:task_create"),
        reverse("work:task_detail", args=[task.pk]),
        reverse("work:task_detail", args=[encargo.task_id]),
        reverse("work:assignment_list"),
        reverse("work:assignment_create"),
        reverse("work:team"),
        reverse("work:calendar") + "?mes=2026-12",
        reverse("work:non_working_days") + "?anio=2026",
    ]
    spanish = spanish_interface_strings()
    assert "Mi trabajo" in spanish and "Vencidas" in spanish  # the check itself reads the catalogues
    left = {}
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert '<html lang="en">' in html, url
        text = visible_text(html)
        found = sorted(s for s in spanish if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text))
        if found:
            left[url] = found
    assert left == {}
    assert Task.objects.filter(pk=task.pk).exists()
