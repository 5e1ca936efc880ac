"""The ban-start sweep: when a ban on state publicity starts (or is a week off), what is still exposed and must be
withdrawn or adapted becomes a task, once per piece or release and process."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from heraldo.campaigns.models import BanSweepTask, SweepAction
from heraldo.campaigns.services.sweeps import ban_start_sweep_due, ban_start_sweep_run, processes_to_sweep
from heraldo.campaigns.tests.factories import CampaignFactory, PieceFactory
from heraldo.core import roles
from heraldo.core.schedule import _TASKS
from heraldo.press.models import PressRelease, ReleaseStatus
from heraldo.publicity.models import ElectoralProcess
from heraldo.publicity.tests.factories import ElectoralProcessFactory
from heraldo.work.models import Task

pytestmark = pytest.mark.django_db

BAN = date(2027, 2, 1)


@pytest.fixture
def process():
    """The 2026 processes concluded; a complementary election whose ban starts 01/02/2027 in Lima province."""
    ElectoralProcess.objects.update(end_date=date(2026, 12, 31))
    return ElectoralProcessFactory(name="Complementarias 2027", convocation_date=BAN, jurisdictions="1501")


def test_what_is_still_out_on_the_ban_s_first_day_becomes_a_task_once(persona, process):
    designer = persona("designer")
    campaign = CampaignFactory()
    with_mayor = PieceFactory(
        campaign=campaign, title="Banderola con el alcalde", text="Nuestro alcalde te invita.", designer=designer
    )
    plain = PieceFactory(campaign=campaign, title="Volante de vacunación")
    PieceFactory(campaign=campaign, title="Ya retirado", exposure_ends=date(2027, 1, 31))
    PieceFactory(campaign=campaign, title="Sale después", exposure_starts=date(2027, 2, 10))
    PieceFactory(campaign=campaign, title="En otra provincia", ubigeo="040101")

    result = ban_start_sweep_run(process=process, today=date(2027, 1, 26))

    assert (result.exposed, result.tasks) == (2, 2)
    records = {record.piece.title: record for record in BanSweepTask.objects.select_related("piece", "task")}
    assert set(records) == {with_mayor.title, plain.title}
    withdraw = records[with_mayor.title]
    assert withdraw.action == SweepAction.WITHDRAW
    assert withdraw.task.owner == designer and withdraw.task.due_on == date(2027, 1, 31)
    assert withdraw.task.subject == with_mayor
    assert "Retirar «Banderola con el alcalde»" in withdraw.task.title and "[E2]" in withdraw.task.description
    adapt = records[plain.title]
    assert adapt.action == SweepAction.ADAPT and adapt.task.owner == campaign.owner  # no designer: the campaign's

    again = ban_start_sweep_run(process=process, today=date(2027, 1, 27))
    assert again.tasks == 0 and Task.objects.count() == 2


def test_a_release_still_online_is_swept_too(persona, process):
    author = persona("press_officer")
    published = PressRelease.objects.create(
        author=author,
        headline="El alcalde inaugura la feria",
        lead="Nuestro alcalde inauguró la feria.",
        status=ReleaseStatus.PUBLISHED,
        published_at=datetime(2027, 1, 10, 9, tzinfo=ZoneInfo("America/Lima")),
    )
    PressRelease.objects.create(author=author, headline="Borrador", lead="Nuestro alcalde.")

    ban_start_sweep_run(process=process, today=date(2027, 1, 26))

    record = BanSweepTask.objects.get()
    assert record.release == published and record.task.owner == author
    assert record.task.subject == published


def test_after_the_ban_started_the_task_is_due_today(persona, process, time_machine):
    """A release published before the ban is still online after it starts: the sweep finds it then too."""
    time_machine.move_to(datetime(2027, 2, 3, 7, tzinfo=ZoneInfo("America/Lima")), tick=False)
    PieceFactory(text="Nuestro alcalde te invita.")
    PressRelease.objects.create(
        author=persona("press_officer"),
        headline="Nuestro alcalde en la feria",
        lead="Nuestro alcalde visitó la feria.",
        status=ReleaseStatus.PUBLISHED,
        published_at=datetime(2027, 1, 10, 9, tzinfo=ZoneInfo("America/Lima")),
    )
    ban_start_sweep_run(process=process, today=date(2027, 2, 3))
    assert [task.due_on for task in Task.objects.all()] == [date(2027, 2, 3), date(2027, 2, 3)]


def test_with_nobody_able_to_do_it_the_task_waits_in_the_head_of_unit_s_queue(process):
    piece = PieceFactory(text="Nuestro alcalde te invita.")
    owner = piece.campaign.owner
    owner.is_active = False
    owner.save(update_fields=["is_active"])
    ban_start_sweep_run(process=process, today=date(2027, 1, 26))
    task = Task.objects.get()
    assert task.owner is None and task.queue_role == roles.HEAD_OF_UNIT


def test_the_daily_step_sweeps_only_bans_a_week_off_or_running(process, settings):
    settings.HERALDO_PUBLICITY_SWEEP_LEAD_DAYS = 7
    later = ElectoralProcessFactory(name="Revocatoria 2027", convocation_date=date(2027, 6, 1))
    ElectoralProcessFactory(name="Concluido", convocation_date=date(2027, 1, 5), end_date=date(2027, 1, 20))

    assert [p.name for p in processes_to_sweep(date(2027, 1, 24))] == []
    assert [p.name for p in processes_to_sweep(date(2027, 1, 25))] == [process.name]
    assert [p.name for p in processes_to_sweep(date(2027, 3, 1))] == [process.name]
    assert later.name in [p.name for p in processes_to_sweep(date(2027, 5, 30))]

    PieceFactory(text="Nuestro alcalde te invita.")
    results = ban_start_sweep_due(today=date(2027, 1, 25))
    assert [(r.process, r.tasks) for r in results] == [(process.name, 1)]
    assert "campaigns-ban-sweep" in _TASKS


def test_reading_the_exposed_pieces_does_not_grow_with_their_number(process):
    """Pieces and releases that go out on the ban's first day are read (and kept: nothing to withdraw); the reads
    are the same for 3 of each as for 40, each with its media plan and a library photo."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from heraldo.campaigns.models import MediaPlanEntry
    from heraldo.campaigns.tests.test_links import asset

    campaign = CampaignFactory()
    MediaPlanEntry.objects.create(
        campaign=campaign,
        channel="PRINT",
        outlet="Imprenta",
        target_public="Vecinos",
        purpose="Informar",
        coverage="Distrito",
        starts_on=BAN,
        ends_on=BAN,
        local_reach="Distrito",
        justification="Llega a todos.",
        cost=100,
    )
    photo = asset(campaign.owner, "Feria")

    def pieces(count):
        for n in range(count):
            PieceFactory(campaign=campaign, exposure_starts=BAN).assets.add(photo)
            release = PressRelease.objects.create(
                author=campaign.owner,
                headline=f"Vacunación {n}",
                lead="Lugares y horarios de vacunación.",
                status=ReleaseStatus.PUBLISHED,
                published_at=datetime(2027, 2, 1, 9, tzinfo=ZoneInfo("America/Lima")),
            )
            release.photos.create(asset=photo)

    pieces(3)
    with CaptureQueriesContext(connection) as few:
        assert ban_start_sweep_run(process=process, today=BAN).tasks == 0
    pieces(37)
    with CaptureQueriesContext(connection) as many:
        result = ban_start_sweep_run(process=process, today=BAN)
    assert (result.exposed, result.tasks) == (80, 0)
    assert len(many.captured_queries) == len(few.captured_queries)
