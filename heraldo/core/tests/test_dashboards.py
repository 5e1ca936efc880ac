"""The dashboards: figures counted by the job equal the data, cards follow the roles, charts download safely."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import lxml.html
import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from heraldo.core.dashboards import HOME, dashboard_cards, figures_recompute, figures_refresh_recent, read_figures
from heraldo.core.models import DailyFigure

LIMA = ZoneInfo("America/Lima")
# Mid-December in Lima: the month's figures run from 01/12 to 15/12, the trend from 16/11.
NOW = datetime(2026, 12, 15, 10, 0, tzinfo=LIMA)


def lima(month, day, hour=12, minute=0, year=2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LIMA)


def clipping(published_at, tone="neutral", **extra):
    from heraldo.monitoring.models import Clipping

    return Clipping.objects.create(title=extra.pop("title", "Nota"), published_at=published_at, tone=tone, **extra)


def backfill() -> None:
    call_command("dashboard_backfill", days=60, stdout=io.StringIO())


def home_cards(user) -> dict:
    """The home dashboard's cards as built for `user`, after checking the page shows them."""
    client = Client()
    client.force_login(user, backend="heraldo.core.access.CachedPermissionsBackend")
    cards = {card.key: card for card in dashboard_cards(user, HOME)}
    assert shown_cards(client.get(reverse("core:today"))) == set(cards)
    return cards


def shown_cards(response) -> set[str]:
    assert response.status_code == 200
    return set(re.findall(r'data-card="([\w-]+)"', response.content.decode()))


def figures(card) -> dict[str, object]:
    return {str(figure.label): figure.value for figure in card.figures}


@pytest.fixture
def at_noon():
    with time_machine.travel(NOW, tick=False):
        yield


# ---------------------------------------------------------------------------------------- the counting


@pytest.mark.django_db
def test_coverage_counts_originals_by_lima_day_and_tone(persona, at_noon):
    clipping(lima(12, 1, 0, 30), "positive")  # 05:30 UTC on 01/12
    clipping(lima(12, 14, 23, 30), "negative")  # 04:30 UTC on 15/12, still the 14th in Lima
    clipping(lima(12, 15, 9), "negative")
    original = clipping(lima(12, 10), "positive")
    clipping(lima(12, 10, 13), "positive", duplicate_of=original)  # a copy of the same story counts once
    clipping(lima(11, 30, 23, 30), "positive")  # 04:30 UTC on 01/12, but November in Lima
    backfill()

    stored = {(row.day, row.dimension): row.value for row in DailyFigure.objects.filter(metric="monitoring.clippings")}
    assert stored == {
        (date(2026, 12, 1), "positive"): 1,
        (date(2026, 12, 14), "negative"): 1,
        (date(2026, 12, 15), "negative"): 1,
        (date(2026, 12, 10), "positive"): 1,
        (date(2026, 11, 30), "positive"): 1,
    }
    coverage = home_cards(persona("mayor"))["coverage"]
    assert figures(coverage) == {"Notas del mes": 4, "Positivas": 2, "Negativas": 2, "Balance de tono": "+0"}
    chart = coverage.chart
    assert chart.labels[0] == "16/11" and chart.labels[-1] == "15/12"
    by_day = dict(zip(chart.labels, zip(*(series.values for series in chart.series), strict=True), strict=True))
    assert by_day["30/11"] == (1, 0, 0)  # positive, neutral, negative
    assert by_day["14/12"] == (0, 0, 1)
    assert sum(sum(series.values) for series in chart.series) == 5


@pytest.mark.django_db
def test_a_recount_replaces_what_was_stored(at_noon):
    story = clipping(lima(12, 12), "neutral")
    figures_refresh_recent()
    story.tone = "negative"
    story.save(update_fields=["tone"])
    figures_refresh_recent()
    book = read_figures(["monitoring.clippings"], date(2026, 12, 1), date(2026, 12, 31))
    assert book.by_dimension("monitoring.clippings", date(2026, 12, 1), date(2026, 12, 31)) == {"negative": 1}
    story.delete()
    figures_refresh_recent()
    assert not DailyFigure.objects.filter(metric="monitoring.clippings").exists()


@pytest.mark.django_db
def test_the_periodic_step_counts_recent_days_and_the_agenda_ahead(at_noon):
    from heraldo.ceremonial.tests.factories import EventFactory

    clipping(lima(12, 1))  # fifteen days ago: the backfill's business, not the periodic step's
    clipping(lima(12, 8))
    EventFactory(starts_at=lima(12, 30, 10))
    figures_refresh_recent()
    assert list(DailyFigure.objects.filter(metric="monitoring.clippings").values_list("day", flat=True)) == [
        date(2026, 12, 8)
    ]
    assert DailyFigure.objects.get(metric="ceremonial.acts").day == date(2026, 12, 30)


@pytest.mark.django_db
def test_topics_of_the_month_in_order(persona, at_noon):
    from heraldo.monitoring.models import ClippingTopic, Topic

    works, safety, cleaning = (Topic.objects.create(name=name) for name in ("Obras", "Seguridad", "Limpieza"))
    for n, topic in enumerate([works, works, works, safety, cleaning, cleaning]):
        story = clipping(lima(12, 2 + n))
        ClippingTopic.objects.create(clipping=story, topic=topic, is_assigned=True)
    undecided = clipping(lima(12, 3))
    ClippingTopic.objects.create(clipping=undecided, topic=safety, is_assigned=False)
    last_month = clipping(lima(11, 20))
    ClippingTopic.objects.create(clipping=last_month, topic=safety, is_assigned=True)
    backfill()
    topics = home_cards(persona("mayor"))["topics"]
    assert topics.chart.labels == ["Obras", "Limpieza", "Seguridad"]
    assert topics.chart.series[0].values == [3, 2, 1]
    assert figures(topics)["Tema principal"] == "Obras"


@pytest.mark.django_db
def test_press_agenda_opinion_and_campaign_figures(persona, at_noon):
    from heraldo.campaigns.models import CampaignStatus
    from heraldo.campaigns.tests.factories import CampaignFactory
    from heraldo.ceremonial.models import Attendance, EventStatus
    from heraldo.ceremonial.tests.factories import EventFactory
    from heraldo.opinion.models import OpinionIssue, ResidentMessage
    from heraldo.press.models import PressRelease, ReleaseStatus
    from heraldo.press.tests.factories import make_release

    author = persona("press_officer")
    for moment in (lima(12, 3), lima(12, 14, 23, 30), lima(11, 30, 23, 30)):
        release = make_release(author, status=ReleaseStatus.PUBLISHED)
        PressRelease.objects.filter(pk=release.pk).update(published_at=moment)
    make_release(author, status=ReleaseStatus.IN_REVIEW)

    EventFactory(starts_at=lima(12, 2, 10), attendance=Attendance.MAYOR)
    EventFactory(starts_at=lima(12, 31, 23, 30), attendance=Attendance.REPRESENTATIVE)  # later this month
    EventFactory(starts_at=lima(12, 16, 9), attendance=Attendance.MAYOR, status=EventStatus.CANCELADO)
    EventFactory(starts_at=lima(12, 16, 9), attendance=Attendance.NONE, rrule="FREQ=DAILY;COUNT=3")  # 16-18/12
    EventFactory(starts_at=lima(11, 30, 23, 30), attendance=Attendance.MAYOR)

    for kind, moment in [("QUEJA", lima(12, 1, 0, 15)), ("QUEJA", lima(12, 9)), ("CONSULTA", lima(11, 30, 23, 45))]:
        message = ResidentMessage.objects.create(tracking_code=f"C{moment:%d%H%M}", kind=kind, text="Reclamo")
        ResidentMessage.objects.filter(pk=message.pk).update(created_at=moment)
    OpinionIssue.objects.create(opened_on=date(2026, 12, 4))
    OpinionIssue.objects.create(opened_on=date(2026, 11, 4), status=OpinionIssue.Status.CLOSED)

    running = CampaignFactory(status=CampaignStatus.RUNNING, starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 20))
    CampaignFactory(
        status=CampaignStatus.PLANNED,
        starts_on=date(2026, 12, 1),
        ends_on=date(2026, 12, 20),
        plan_line=running.plan_line,
    )
    backfill()

    cards = home_cards(persona("mayor"))
    assert figures(cards["press"]) == {"Publicadas este mes": 2, "Publicadas en 30 días": 3, "En revisión": 1}
    assert figures(cards["agenda"]) == {
        "Actos del mes": 5,
        "Con el Alcalde": 1,
        "Con un representante": 1,
        "Próximos 7 días": 3,
    }
    assert figures(cards["opinion"]) == {
        "Asuntos abiertos": 1,
        "Asuntos abiertos este mes": 1,
        "Mensajes de vecinos del mes": 2,
        "Quejas o reclamos del mes": 2,
    }
    assert figures(cards["campaigns"]) == {"En curso hoy": 1, "En planificación": 1, "Solicitudes por atender": 0}


@pytest.mark.django_db
def test_team_card_shows_each_persons_load_and_what_is_overdue(persona, at_noon):
    from django.utils import timezone

    from heraldo.work.models import Task
    from heraldo.work.tests.factories import TaskFactory

    designer, press = persona("designer"), persona("press_officer")
    TaskFactory(owner=designer, due_on=date(2026, 12, 10))  # overdue
    TaskFactory(owner=designer, due_on=date(2026, 12, 20))
    TaskFactory(owner=press, due_on=date(2026, 12, 17))
    done = TaskFactory(owner=press, due_on=date(2026, 12, 1), status=Task.Status.DONE)
    Task.objects.filter(pk=done.pk).update(completed_at=lima(12, 14, 23, 30))
    old = TaskFactory(owner=press, due_on=date(2026, 11, 1), status=Task.Status.DONE)
    Task.objects.filter(pk=old.pk).update(completed_at=lima(11, 30, 23, 30))
    backfill()

    cards = home_cards(persona("head_of_unit"))
    team = cards["team"]
    assert figures(team) == {"Tareas abiertas": 3, "Vencidas": 1, "Vencen esta semana": 2, "Cumplidas este mes": 1}
    people = dict(zip(team.chart.labels, zip(*(s.values for s in team.chart.series), strict=True), strict=True))
    assert people == {designer.get_full_name(): (1, 1), press.get_full_name(): (1, 0)}
    assert timezone.localdate() == date(2026, 12, 15)


# ------------------------------------------------------------------------------------------- permissions

MAYOR_CARDS = {"coverage", "topics", "press", "agenda", "campaigns", "opinion"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "cards", "panels"),
    [
        ("mayor", MAYOR_CARDS, {"agenda", "approvals", "press-alerts", "campaigns-running", "opinion-issues"}),
        ("head_of_unit", MAYOR_CARDS | {"team"}, {"agenda", "approvals", "team-overdue", "press-alerts"}),
        ("press_officer", MAYOR_CARDS, {"agenda", "campaigns-running", "opinion-issues"}),
        ("outsider", set(), set()),
    ],
)
def test_each_role_sees_the_cards_of_the_modules_it_may_read(client_as, who, cards, panels):
    response = client_as(who).get(reverse("core:today"))
    assert shown_cards(response) == cards
    shown_panels = set(re.findall(r'aria-labelledby="panel-([\w-]+)"', response.content.decode()))
    assert panels <= shown_panels
    if who == "press_officer":
        assert not {"press-alerts", "team-overdue"} & shown_panels
    if who == "mayor":
        assert "team-overdue" not in shown_panels
    if who == "outsider":
        assert b"data-chart=" not in response.content


@pytest.mark.django_db
def test_the_manager_sees_the_mayors_dashboard(client, at_noon):
    from conftest import make_user
    from heraldo.core import roles

    manager = make_user("gerente", roles.AUTHORITIES, first_name="Patricia")
    client.force_login(manager, backend="heraldo.core.access.CachedPermissionsBackend")
    response = client.get(reverse("core:today"))
    assert shown_cards(response) == MAYOR_CARDS
    assert response.content.count(b"chart-numbers") == 5  # every card but campaigns has a chart and its table


@pytest.mark.django_db
def test_module_homes_show_their_own_cards(client_as):
    head = client_as("head_of_unit")
    expected = {
        reverse("monitoring:home"): {"coverage", "topics"},
        reverse("press:home"): {"press"},
        reverse("ceremonial:home"): {"agenda"},
        reverse("campaigns:home"): {"campaigns"},
        reverse("opinion:dashboard"): {"opinion"},
        reverse("work:my_work"): {"team"},
    }
    for url, keys in expected.items():
        content = head.get(url).content.decode()
        shown = {key for key in ("coverage", "topics", "press", "agenda", "campaigns", "opinion", "team")}
        assert {key for key in shown if f'data-card="{key}"' in content} == keys, url
    # The home page links each card to its module; the module's own page does not link to itself.
    assert 'href="/monitoreo/">Abrir Monitoreo' in head.get(reverse("core:today")).content.decode()
    assert "Abrir Monitoreo" not in head.get(reverse("monitoring:home")).content.decode()
    mine = client_as("designer").get(reverse("work:my_work")).content.decode()
    assert 'data-card="team"' not in mine


# ----------------------------------------------------------------------------------------------- export


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "card", "status"),
    [
        ("mayor", "coverage", 200),
        ("head_of_unit", "team", 200),
        ("press_officer", "press", 200),
        ("press_officer", "team", 403),
        ("mayor", "team", 403),
        ("outsider", "coverage", 403),
        ("mayor", "campaigns", 404),  # a card without a chart has nothing to download
        ("mayor", "no-such-card", 404),
    ],
)
def test_chart_downloads_follow_the_cards_permissions(client_as, who, card, status):
    response = client_as(who).get(reverse("core:dashboard_export", args=[card, "csv"]))
    assert response.status_code == status


def test_a_visitor_is_sent_to_sign_in(client, db):
    response = client.get(reverse("core:dashboard_export", args=["coverage", "csv"]))
    assert response.status_code == 302 and "/cuenta/login/" in response["Location"]


@pytest.mark.django_db
def test_chart_numbers_download_as_csv_and_excel_with_formulas_defused(client_as, at_noon):
    from openpyxl import load_workbook

    from heraldo.monitoring.models import ClippingTopic, Topic

    hostile = Topic.objects.create(name='=HYPERLINK("http://example.com","clic")')
    plain = Topic.objects.create(name="Obras")
    for topic, count in ((hostile, 2), (plain, 1)):
        for _n in range(count):
            ClippingTopic.objects.create(clipping=clipping(lima(12, 5)), topic=topic, is_assigned=True)
    figures_recompute(date(2026, 12, 1), date(2026, 12, 15))
    mayor = client_as("mayor")

    response = mayor.get(reverse("core:dashboard_export", args=["topics", "csv"]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [["Tema", "Notas"], ['\'=HYPERLINK("http://example.com","clic")', "2"], ["Obras", "1"]]

    response = mayor.get(reverse("core:dashboard_export", args=["topics", "xlsx"]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values == [["Tema", "Notas"], ['\'=HYPERLINK("http://example.com","clic")', 2], ["Obras", 1]]
    assert sheet.cell(2, 1).data_type == "s"  # text, not a formula

    assert mayor.get(reverse("core:dashboard_export", args=["topics", "pdf"])).status_code == 404


@pytest.mark.django_db
def test_each_chart_has_its_numbers_as_a_table(client_as, at_noon):
    clipping(lima(12, 14), "negative")
    backfill()
    content = client_as("mayor").get(reverse("core:today")).content.decode()
    assert "Ver las cifras del gráfico" in content
    assert (
        '<th scope="row" class="fw-normal">14/12</th><td class="text-end">0</td><td class="text-end">0</td>' in content
    )
    assert reverse("core:dashboard_export", args=["coverage", "xlsx"]) in content


# ------------------------------------------------------------------------------------------------ speed


def _busy_office(scale: int) -> None:
    """Clippings, topics, acts, releases and tasks in proportion to `scale`, with their figures counted."""
    from heraldo.ceremonial.tests.factories import EventFactory
    from heraldo.monitoring.models import Alert, AlertRule, ClippingTopic, Topic
    from heraldo.opinion.models import OpinionIssue

    rule, _created = AlertRule.objects.get_or_create(name="Negativas")
    topic = Topic.objects.create(name=f"Tema {scale}")
    for n in range(20 * scale):
        story = clipping(NOW - timedelta(hours=7 * n), ["positive", "neutral", "negative"][n % 3])
        ClippingTopic.objects.create(clipping=story, topic=topic, is_assigned=True)
        if n % 5 == 0:
            Alert.objects.create(rule=rule, clipping=story)
    for n in range(3 * scale):
        EventFactory(starts_at=NOW + timedelta(hours=2 + n))
        OpinionIssue.objects.create(opened_on=date(2026, 12, 1 + n % 10))
    backfill()


@pytest.mark.django_db
def test_the_mayors_dashboard_takes_the_same_queries_whatever_the_data(client_as, at_noon):
    from django.core.cache import cache

    mayor = client_as("mayor")
    mayor.get(reverse("core:today"))  # the session and the first look-ups settle
    _busy_office(1)
    cache.clear()  # the cards built afresh: the worst case
    with CaptureQueriesContext(connection) as small:
        assert mayor.get(reverse("core:today")).status_code == 200
    _busy_office(4)
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        assert mayor.get(reverse("core:today")).status_code == 200
    assert len(large) == len(small)
    assert len(small) <= 30
    figure_reads = [q["sql"] for q in small.captured_queries if "core_dailyfigure" in q["sql"]]
    assert len(figure_reads) == 1  # every card's stored figures in one read
    with CaptureQueriesContext(connection) as again:
        assert mayor.get(reverse("core:today")).status_code == 200
    assert not [q for q in again.captured_queries if "core_dailyfigure" in q["sql"]]  # the cards come from the cache
    assert len(again) < len(small)


@pytest.mark.django_db
def test_cards_kept_for_one_role_never_reach_another(client_as):
    assert "team" in shown_cards(client_as("head_of_unit").get(reverse("core:today")))
    assert shown_cards(client_as("press_officer").get(reverse("core:today"))) == MAYOR_CARDS
    assert shown_cards(client_as("protocol_officer").get(reverse("core:today"))) == {"press", "agenda"}


@pytest.mark.django_db
def test_pages_with_charts_ship_no_inline_script_or_style(client_as, at_noon):
    from heraldo.monitoring.models import ClippingTopic, Topic

    topic = Topic.objects.create(name='Obras "nuevas" </script><script>alert(1)</script>')
    ClippingTopic.objects.create(clipping=clipping(lima(12, 5)), topic=topic, is_assigned=True)
    backfill()
    html = client_as("mayor").get(reverse("core:today")).content.decode()
    assert "data-chart=" in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert not re.search(r"\sstyle=", html)
    assert "<script>alert(1)" not in html


# --------------------------------------------------------------------------------- the live lists beside


@dataclass
class ShownItem:
    title: str
    detail: str
    badge: str


def home_panel_items(client, key: str) -> list[ShownItem]:
    """The items of one panel of Hoy, as the page shows them."""
    response = client.get(reverse("core:today"))
    assert response.status_code == 200
    page = lxml.html.fromstring(response.content)
    [panel] = page.xpath(f'//section[@aria-labelledby="panel-{key}"]')

    def text(item, css_class: str) -> str:
        return " ".join(item.xpath(f'string(.//*[contains(@class, "{css_class}")])').split())

    return [
        ShownItem(" ".join(item.xpath("string(./a)").split()), text(item, "text-body-secondary"), text(item, "badge"))
        for item in panel.xpath('.//li[contains(@class, "list-group-item")]')
    ]


@pytest.mark.django_db
def test_todays_press_lists_each_story_naming_the_mayor_or_the_municipality_once_most_relevant_first(
    client_as, at_noon
):
    from heraldo.directory.tests.factories import EntityFactory
    from heraldo.monitoring.models import Mention, TermKind, WatchTerm

    outlet = EntityFactory(name="Diario La Costa Alta", kind="MEDIO")
    mayor = WatchTerm.objects.create(phrase="el Alcalde", folded="el alcalde", kind=TermKind.MAYOR)
    city = WatchTerm.objects.create(phrase="la municipalidad", folded="la municipalidad", kind=TermKind.MUNICIPALITY)
    place = WatchTerm.objects.create(phrase="el malecón", folded="el malecon", kind=TermKind.PLACE)

    def story(title, hours_ago, relevance, *terms, **extra):
        found = clipping(NOW - timedelta(hours=hours_ago), title=title, relevance=relevance, outlet=outlet, **extra)
        for start, term in enumerate(terms):
            Mention.objects.create(clipping=found, term=term, start=start, end=start + 1, snippet=title)
        return found

    both = story("Alcalde y municipalidad inauguran", 2, 5, mayor, city)
    top = story("La municipalidad abre el mercado", 1, 9, city, tone="positive")
    story("Copia: la municipalidad abre el mercado", 1, 9, city, duplicate_of=top)
    story("El Alcalde ayer", 30, 9, mayor)
    story("Paseo por el malecón", 1, 9, place)

    items = home_panel_items(client_as("mayor"), "monitoring")

    assert [item.title for item in items] == [top.title, both.title]
    assert [(item.detail, item.badge) for item in items] == [
        ("Diario La Costa Alta", "Positivo"),
        ("Diario La Costa Alta", "Neutral"),
    ]


@pytest.mark.django_db
def test_the_latest_press_alerts_are_the_five_newest_still_standing(client_as, at_noon):
    from heraldo.monitoring.models import Alert, AlertRule

    rule = AlertRule.objects.create(name="Mención negativa del Alcalde")
    alerts = []
    for n in range(7):
        with time_machine.travel(NOW - timedelta(hours=7 - n), tick=False):
            alerts.append(Alert.objects.create(rule=rule, clipping=clipping(NOW, title=f"Nota {n}")))
    Alert.objects.filter(pk=alerts[5].pk).update(withdrawn_at=NOW)

    items = home_panel_items(client_as("mayor"), "press-alerts")

    assert [item.title for item in items] == ["Nota 6", "Nota 4", "Nota 3", "Nota 2", "Nota 1"]
    assert items[0].detail == "Mención negativa del Alcalde · 15/12/2026 09:00"


@pytest.mark.django_db
def test_a_panel_is_built_once_and_shown_again_until_what_it_lists_changes(client_as, persona, at_noon):
    from heraldo.work.models import Task
    from heraldo.work.services.tasks import task_set_status
    from heraldo.work.tests.factories import TaskFactory

    head = client_as("head_of_unit")
    assert home_panel_items(head, "work") == []
    with CaptureQueriesContext(connection) as viewed_again:
        head.get(reverse("core:today"))
    assert not [query for query in viewed_again.captured_queries if '"work_task"' in query["sql"]]

    task = TaskFactory(title="Enviar la nota del puente", owner=persona("head_of_unit"), due_on=NOW.date())
    assert [item.title for item in home_panel_items(head, "work")] == ["Enviar la nota del puente"]

    task_set_status(actor=persona("head_of_unit"), task=task, status=Task.Status.DONE)
    assert home_panel_items(head, "work") == []
