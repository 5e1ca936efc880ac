from pathlib import Path

import polib
import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[3]
# The project's catalogue and each app's own (makemessages writes an app's strings into its locale/).
CATALOGUES = sorted([ROOT / "locale", *ROOT.glob("heraldo/*/locale")])


@pytest.mark.parametrize("locale_dir", CATALOGUES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_spanish_string_has_an_english_translation(locale_dir):
    catalogue = polib.pofile(str(locale_dir / "en" / "LC_MESSAGES" / "django.po"))
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
