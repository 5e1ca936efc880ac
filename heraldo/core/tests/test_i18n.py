from pathlib import Path

import polib
from django.urls import reverse

PO = Path(__file__).resolve().parents[3] / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_every_spanish_string_has_an_english_translation():
    catalogue = polib.pofile(str(PO))
    missing = [entry.msgid for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
    assert missing == []


def test_a_user_who_chose_english_works_in_english(client_as, persona):
    user = persona("press_officer")
    user.language = "en"
    user.save()
    html = client_as("press_officer").get(reverse("core:today")).content.decode()
    assert '<html lang="en">' in html
    assert "Agenda y Protocolo" not in html


def test_dates_are_written_day_first(client_as):
    from django.utils import timezone

    html = client_as("head_of_unit").get(reverse("core:jobs")).content.decode()
    assert html  # page renders
    from django.utils.formats import date_format

    assert date_format(timezone.localdate().replace(day=28, month=11, year=2026), "SHORT_DATE_FORMAT") == "28/11/2026"
