"""Each section of the monthly report counts exactly what the modules hold for the period, in Lima time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.contrib.contenttypes.models import ContentType

from heraldo.campaigns.models import Kpi
from heraldo.campaigns.tests.factories import CampaignFactory
from heraldo.ceremonial.models import Attendance, EventStatus
from heraldo.ceremonial.tests.factories import EventFactory
from heraldo.core.report_sections import compile_sections, registered_sections
from heraldo.directory.models import Coordination
from heraldo.directory.tests.factories import EntityFactory, PersonFactory
from heraldo.monitoring.models import Clipping, ClippingTopic, Tone, Topic
from heraldo.opinion.models import OpinionIssue, ResidentMessage
from heraldo.press.models import Bulletin, PressRelease, ReleaseStatus
from heraldo.press.tests.factories import make_release
from heraldo.work.models import Assignment, Task
from heraldo.work.tests.factories import TaskFactory

LIMA = ZoneInfo("America/Lima")
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def lima(*args) -> datetime:
    return datetime(*args, tzinfo=LIMA)


def figures(sections, key: str) -> dict:
    section = next(s for s in sections if s.key == key)
    return {f.key: f.value for f in section.figures}


def previous(sections, key: str) -> dict:
    section = next(s for s in sections if s.key == key)
    return {f.key: f.previous for f in section.figures}


def table(sections, key: str, table_key: str) -> list[str]:
    section = next(s for s in sections if s.key == key)
    return [row.title for row in next(t for t in section.tables if t.key == table_key).rows]


@pytest.fixture
def november(persona):
    """A constructed month: what each module did in November 2026, with decoys just outside it."""
    head = persona("head_of_unit")
    # Agenda: two acts with the Mayor (one at 23:30 on the last evening), one with a representative, one
    # cancelled, one merely requested, one on the first night of December and one in December's agenda.
    EventFactory(title="Izamiento", starts_at=lima(2026, 11, 8, 8))
    EventFactory(title="Sesión de la noche", starts_at=lima(2026, 11, 30, 23, 30))
    EventFactory(
        title="Aniversario del colegio",
        starts_at=lima(2026, 11, 12, 10),
        attendance=Attendance.REPRESENTATIVE,
        representative=PersonFactory(),
        status=EventStatus.REALIZADO,
    )
    EventFactory(title="Cancelado", starts_at=lima(2026, 11, 14, 10), status=EventStatus.CANCELADO)
    EventFactory(title="Solo solicitado", starts_at=lima(2026, 11, 15, 10), status=EventStatus.SOLICITADO)
    EventFactory(title="Madrugada de diciembre", starts_at=lima(2026, 12, 1, 0, 30))
    EventFactory(title="Octubre", starts_at=lima(2026, 10, 20, 10))
    # Registro: three coordinations with two entities, one an agreement; one in October.
    regional, university = EntityFactory(name="Gobierno Regional"), EntityFactory(name="Universidad")
    for entity, kind, day in ((regional, "REUNION", 3), (regional, "CONVENIO", 20), (university, "LLAMADA", 30)):
        Coordination.objects.create(entity=entity, kind=kind, occurred_on=date(2026, 11, day), subject=f"Tema {day}")
    Coordination.objects.create(entity=university, kind="REUNION", occurred_on=date(2026, 10, 31), subject="Octubre")
    # Prensa: three releases published in November (one withdrawn later, one distributed), one in October,
    # one still a draft; one bulletin published.
    for headline, when, status in (
        ("Nota uno", lima(2026, 11, 2, 9), ReleaseStatus.PUBLISHED),
        ("Nota dos", lima(2026, 11, 30, 23, 30), ReleaseStatus.PUBLISHED),
        ("Nota retirada", lima(2026, 11, 10, 9), ReleaseStatus.WITHDRAWN),
        ("Nota de octubre", lima(2026, 10, 31, 23, 0), ReleaseStatus.PUBLISHED),
    ):
        release = make_release(head, headline=headline)
        PressRelease.objects.filter(pk=release.pk).update(status=status, published_at=when)
    PressRelease.objects.filter(headline="Nota uno").update(distributed_at=lima(2026, 11, 2, 10))
    make_release(head, headline="Borrador")
    Bulletin.objects.create(
        title="Boletín",
        number=1,
        period_label="Noviembre",
        status=Bulletin.Status.PUBLISHED,
        published_at=lima(2026, 11, 28, 12),
        created_by=head,
    )
    # Monitoreo: four originals (two negative) and one copy; topics decided on two, a keyword hit not decided.
    garbage = Topic.objects.create(name="Limpieza pública")
    works = Topic.objects.create(name="Obras")
    outlet = EntityFactory(name="Diario La Voz", kind="MEDIO")
    clippings = [
        Clipping.objects.create(title=f"Recorte {i}", published_at=when, tone=tone, outlet=outlet)
        for i, (when, tone) in enumerate(
            (
                (lima(2026, 11, 5, 9), Tone.NEGATIVE),
                (lima(2026, 11, 6, 9), Tone.NEGATIVE),
                (lima(2026, 11, 7, 9), Tone.POSITIVE),
                (lima(2026, 11, 30, 23, 30), Tone.NEUTRAL),
            )
        )
    ]
    Clipping.objects.create(title="Copia", published_at=lima(2026, 11, 5, 10), duplicate_of=clippings[0])
    Clipping.objects.create(title="Octubre", published_at=lima(2026, 10, 30, 9), tone=Tone.NEGATIVE)
    ClippingTopic.objects.create(clipping=clippings[0], topic=garbage, is_assigned=True)
    ClippingTopic.objects.create(clipping=clippings[1], topic=garbage, is_assigned=True)
    ClippingTopic.objects.create(clipping=clippings[2], topic=works, is_assigned=False)
    # Campañas: one running in November with two KPIs (one met), one that ended in October.
    campaign = CampaignFactory(title="Predial al día", starts_on=date(2026, 11, 1), ends_on=date(2026, 12, 15))
    Kpi.objects.create(campaign=campaign, name="Alcance", target=Decimal("1000"), achieved=Decimal("1200"))
    Kpi.objects.create(campaign=campaign, name="Asistencia", target=Decimal("100"), achieved=Decimal("40"))
    Kpi.objects.create(campaign=campaign, name="Sin medir", target=Decimal("5"))
    CampaignFactory(
        title="Octubre", plan_line=campaign.plan_line, starts_on=date(2026, 10, 1), ends_on=date(2026, 10, 31)
    )

    # Encargos: received in November: one closed in November, one open and overdue, one open not yet due;
    # one from October closed on the last evening of November; one cancelled.
    def assignment(number, received, due, *, completed_at=None, status=Task.Status.PENDING):
        task = TaskFactory(title=number, due_on=due, status=status, completed_at=completed_at)
        return Assignment.objects.create(
            document_kind="MEMORANDO",
            document_number=number,
            sender="ALCALDIA",
            received_on=received,
            term_working_days=5,
            task=task,
        )

    assignment("M-1", date(2026, 11, 3), date(2026, 11, 10), completed_at=lima(2026, 11, 9, 12), status="CUMPLIDA")
    assignment("M-2", date(2026, 11, 4), date(2026, 11, 11))
    assignment("M-3", date(2026, 11, 25), date(2026, 12, 4))
    assignment(
        "M-4", date(2026, 10, 20), date(2026, 10, 27), completed_at=lima(2026, 11, 30, 23, 30), status="CUMPLIDA"
    )
    assignment("M-5", date(2026, 11, 5), date(2026, 11, 12), status=Task.Status.CANCELLED)
    # Opinión pública: one issue opened and acted on in November, one closed in November; two messages.
    opened = OpinionIssue.objects.create(topic=garbage, opened_on=date(2026, 11, 10), figures={})
    OpinionIssue.objects.create(topic=works, opened_on=date(2026, 10, 1), closed_on=date(2026, 11, 20), figures={})
    task = TaskFactory(title="Operativo de limpieza", subject_type=ContentType.objects.get_for_model(OpinionIssue))
    Task.objects.filter(pk=task.pk).update(subject_id=opened.pk, created_at=lima(2026, 11, 11, 9))
    for code, when in (("ABC-1", lima(2026, 11, 3, 9)), ("ABC-2", lima(2026, 11, 30, 23, 30))):
        message = ResidentMessage.objects.create(tracking_code=code, kind="QUEJA", text="El camión no pasó.")
        ResidentMessage.objects.filter(pk=message.pk).update(created_at=when)
    return head


@pytest.mark.django_db
def test_each_section_counts_what_the_modules_did_in_the_month(november):
    # when November is compiled
    sections = compile_sections(*NOVEMBER)

    # then every figure equals the records of the month, the 23:30 events of the 30th included
    assert figures(sections, "ceremonial") == {"acts": 3, "mayor": 2, "representative": 1, "next_agenda": 1}
    assert table(sections, "ceremonial", "mayor") == ["Izamiento", "Sesión de la noche"]
    assert table(sections, "ceremonial", "next_agenda") == ["Madrugada de diciembre"]
    assert figures(sections, "directory") == {"coordinations": 3, "entities": 2, "agreements": 1}
    assert figures(sections, "press") == {"releases": 3, "distributed": 1, "bulletins": 1}
    assert table(sections, "press", "releases") == ["Nota uno", "Nota retirada", "Nota dos"]
    assert figures(sections, "monitoring") == {"clippings": 4, "positive": 1, "neutral": 1, "negative": 2}
    assert figures(sections, "campaigns") == {"campaigns": 1, "kpis": 2, "kpis_met": 1}
    assert figures(sections, "work") == {"received": 3, "closed": 2, "overdue": 1, "pending": 2}
    assert table(sections, "work", "overdue") == ["M-2 — M-2"]
    assert figures(sections, "opinion") == {"opened": 1, "closed": 1, "actions": 1, "messages": 2}


@pytest.mark.django_db
def test_figures_are_compared_with_the_previous_month(november):
    sections = compile_sections(*NOVEMBER)

    assert previous(sections, "ceremonial")["acts"] == 1
    assert previous(sections, "press")["releases"] == 1
    assert previous(sections, "monitoring") == {"clippings": 1, "positive": 0, "neutral": 0, "negative": 1}
    monitoring = next(s for s in sections if s.key == "monitoring")
    topics = next(c for c in monitoring.charts if c.key == "topics")
    # the decided topic only; the keyword hit on «Obras» was never decided
    assert (topics.labels, topics.values, topics.previous) == (["Limpieza pública"], [2], [0])
    assert "2 negativas" in monitoring.draft
    assert "Limpieza pública" in monitoring.draft


@pytest.mark.django_db
def test_every_figure_links_to_the_rows_behind_it(november):
    for section in compile_sections(*NOVEMBER):
        tables = {t.key: t for t in section.tables}
        for figure in section.figures:
            # the table behind the figure has as many items as the figure says, each with its address
            assert tables[figure.table].total == figure.value, (section.key, figure.key)
            assert all(row.url.startswith("/") for row in tables[figure.table].rows)


@pytest.mark.django_db
def test_a_month_with_nothing_shows_every_module_with_honest_zeros():
    sections = compile_sections(date(2031, 2, 1), date(2031, 2, 28))

    assert [s.key for s in sections] == [r.key for r in registered_sections()]
    assert {s.key for s in sections} == {
        "ceremonial",
        "directory",
        "press",
        "monitoring",
        "campaigns",
        "work",
        "opinion",
    }
    for section in sections:
        assert section.figures, section.key
        assert all(f.value == 0 and f.previous == 0 for f in section.figures), section.key
        assert all(t.rows == [] for t in section.tables), section.key
        assert section.draft, section.key
        assert "0" in section.draft


@pytest.mark.django_db
def test_an_event_at_2330_lima_on_the_31st_belongs_to_that_month(persona):
    head = persona("head_of_unit")
    evening = lima(2026, 10, 31, 23, 30)  # 04:30 UTC on 1 November
    EventFactory(title="Serenata", starts_at=evening)
    Clipping.objects.create(title="Nota de la noche", published_at=evening, tone=Tone.POSITIVE)
    release = make_release(head, headline="Nota nocturna")
    PressRelease.objects.filter(pk=release.pk).update(status=ReleaseStatus.PUBLISHED, published_at=evening)

    october = compile_sections(date(2026, 10, 1), date(2026, 10, 31))
    november = compile_sections(*NOVEMBER)

    assert figures(october, "ceremonial")["acts"] == 1
    assert figures(october, "monitoring")["clippings"] == 1
    assert figures(october, "press")["releases"] == 1
    assert figures(november, "ceremonial")["acts"] == 0
    assert figures(november, "monitoring")["clippings"] == 0
    assert figures(november, "press")["releases"] == 0
    # and November compares with October, where the evening's records are
    assert previous(november, "press")["releases"] == 1


@pytest.mark.django_db
def test_an_arbitrary_period_compares_with_the_same_number_of_days_before(persona):
    EventFactory(title="Dentro", starts_at=lima(2026, 11, 12, 10))
    EventFactory(title="Antes", starts_at=lima(2026, 11, 5, 10))

    sections = compile_sections(date(2026, 11, 10), date(2026, 11, 16))

    assert figures(sections, "ceremonial")["acts"] == 1
    assert previous(sections, "ceremonial")["acts"] == 1  # 3 to 9 November


def test_lima_bounds_include_the_last_evening():
    from heraldo.core.report_sections import local_bounds, previous_period

    since, until = local_bounds(*NOVEMBER)
    assert since <= lima(2026, 11, 30, 23, 30) < until
    assert until == lima(2026, 12, 1, 0, 0)
    assert previous_period(*NOVEMBER) == (date(2026, 10, 1), date(2026, 10, 31))
    assert previous_period(date(2026, 3, 1), date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert timedelta(0) == until - lima(2026, 12, 1)
