"""'Consultar ahora' queues the poll for a worker: the page answers at once, whatever the site does."""

from __future__ import annotations

import pytest
from django.urls import reverse

from heraldo.core.jobs import run_job
from heraldo.core.models import AuditEntry, Job
from heraldo.monitoring.models import Clipping, SourceKind

pytestmark = pytest.mark.django_db


def _poll_jobs(source) -> list[Job]:
    return list(Job.objects.filter(name="monitoring.source_poll", kwargs__source_id=source.pk))


def test_the_click_queues_the_poll_without_touching_the_site_and_the_worker_stores_the_news(
    client_as, feed_source, feed_server, django_capture_on_commit_callbacks
):
    client = client_as("media_analyst")
    with django_capture_on_commit_callbacks(execute=False) as dispatches:  # the queue gets the job after commit
        response = client.post(reverse("monitoring:source_poll", args=[feed_source.pk]), follow=True)
    html = response.content.decode()
    assert "Consulta pedida" in html
    assert feed_source.name in html
    assert len(dispatches) == 1
    assert feed_source.clippings.count() == 0  # nothing was fetched inside the request
    assert feed_server.log == []
    (job,) = _poll_jobs(feed_source)
    assert job.status == Job.Status.QUEUED
    assert AuditEntry.objects.filter(action="monitoring.source.polled", actor__username="media_analyst").count() == 1
    # until a worker takes it, the page says the poll is waiting and offers no second button
    assert 'id="poll-pending"' in html
    assert "Consulta en cola desde las" in html
    assert 'hx-trigger="every 3s"' in html
    assert "Consultar ahora</button>" not in html

    run_job(job.pk)

    assert feed_source.clippings.count() == Clipping.objects.count() > 0
    html = client.get(reverse("monitoring:source_detail", args=[feed_source.pk])).content.decode()
    assert "Consultar ahora</button>" in html
    assert 'id="poll-pending"' not in html
    feed_source.refresh_from_db()
    assert feed_source.health == "ok"
    assert feed_source.last_success_at is not None


def test_a_second_click_while_the_poll_waits_queues_nothing_more(client_as, feed_source):
    client = client_as("media_analyst")
    client.post(reverse("monitoring:source_poll", args=[feed_source.pk]))
    response = client.post(reverse("monitoring:source_poll", args=[feed_source.pk]), follow=True)
    assert "Ya hay una consulta pedida para esta fuente" in response.content.decode()
    assert len(_poll_jobs(feed_source)) == 1
    assert AuditEntry.objects.filter(action="monitoring.source.polled").count() == 1


def test_while_the_worker_polls_the_page_says_so(client_as, feed_source):
    client = client_as("media_analyst")
    client.post(reverse("monitoring:source_poll", args=[feed_source.pk]))
    Job.objects.filter(name="monitoring.source_poll").update(status=Job.Status.RUNNING)
    html = client.get(reverse("monitoring:source_detail", args=[feed_source.pk])).content.decode()
    assert "Consultando…" in html
    assert 'id="poll-pending"' in html


def test_a_poll_queued_for_a_source_switched_off_since_fetches_nothing(client_as, feed_source, feed_server):
    client_as("media_analyst").post(reverse("monitoring:source_poll", args=[feed_source.pk]))
    feed_source.is_active = False
    feed_source.save(update_fields=["is_active"])
    (job,) = _poll_jobs(feed_source)
    assert run_job(job.pk).status == Job.Status.SUCCEEDED
    assert Clipping.objects.count() == 0
    assert feed_server.log == []


def test_a_manual_source_is_not_polled_and_roles_without_management_are_refused(client_as, district):
    from heraldo.monitoring.models import Source

    manual = Source.objects.create(name="Recortes a mano", kind=SourceKind.MANUAL)
    response = client_as("media_analyst").post(reverse("monitoring:source_poll", args=[manual.pk]), follow=True)
    assert "Las fuentes manuales no se consultan" in response.content.decode()
    feed = Source.objects.create(name="Otra", kind=SourceKind.FEED, url="http://127.0.0.1:9/feed")
    assert client_as("mayor").post(reverse("monitoring:source_poll", args=[feed.pk])).status_code in (403, 404)
    assert Job.objects.filter(name="monitoring.source_poll").count() == 0


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_page_follows_the_queued_poll_and_shows_its_news_when_the_worker_is_done(browser_page, persona, district):
    from playwright.sync_api import expect

    from conftest import sign_in
    from heraldo.monitoring.ingestion import clipping_store
    from heraldo.monitoring.models import Source

    source = Source.objects.create(name="Radio Mar Brava", kind=SourceKind.FEED, url="http://127.0.0.1:9/feed")
    waiting = Job.objects.create(name="monitoring.source_poll", kwargs={"source_id": source.pk})
    persona("media_analyst")
    page = browser_page
    sign_in(page, "media_analyst")
    page.goto(f"{page.base_url}{reverse('monitoring:source_detail', args=[source.pk])}")
    expect(page.get_by_role("status")).to_contain_text("Consulta en cola desde las")

    # the worker stores a story and finishes: the page shows it and offers the button again, without a reload
    from django.utils import timezone

    clipping_store(title="Vecinos piden más serenazgo", published_at=timezone.now(), body_text="Texto.", source=source)
    Job.objects.filter(pk=waiting.pk).update(status=Job.Status.SUCCEEDED)
    expect(page.get_by_role("link", name="Vecinos piden más serenazgo")).to_be_visible(timeout=10_000)
    expect(page.get_by_role("button", name="Consultar ahora")).to_be_enabled()
