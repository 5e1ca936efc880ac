"""Teasers: a feed item whose article page cannot be read is kept incomplete, retried with back-off, completed
when the page answers, and the analyst sees which ones are incomplete."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from heraldo.monitoring.ingestion import monitoring_complete_teasers, poll, source_poll
from heraldo.monitoring.models import Clipping, Mention, Source, SourceKind, TermKind
from heraldo.monitoring.tests.conftest import fixture_text


def _teaser_feed(base: str, count: int = 1) -> str:
    items = "".join(
        f"<item><title>Concejo sesionará el lunes {n}</title><link>{base}/nota/sesion-{n}</link><guid>t-{n}</guid>"
        "<pubDate>Fri, 27 Nov 2026 18:00:00 -0500</pubDate>"
        "<description>El concejo sesionará el lunes para debatir el comercio ambulatorio.</description></item>"
        for n in range(count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Avances</title>{items}</channel></rss>'


def _source(feed_server, count: int = 1) -> Source:
    base = feed_server.url_for("/").rstrip("/")
    feed_server.expect_request("/avances.xml").respond_with_data(
        _teaser_feed(base, count), content_type="application/rss+xml"
    )
    return Source.objects.create(name="Avances", kind=SourceKind.FEED, url=feed_server.url_for("/avances.xml"))


def test_a_teaser_whose_page_fails_is_incomplete_retried_with_back_off_and_completed(watchlist, feed_server):
    # given a feed of teasers whose article page is down
    source = _source(feed_server)
    feed_server.expect_request("/nota/sesion-0").respond_with_data("mantenimiento", status=503)
    started = timezone.now()

    # when it is polled
    source_poll(source=source)

    # then the teaser is kept, marked incomplete with the reason, and due again in 15 minutes
    clipping = Clipping.objects.get()
    assert clipping.text_incomplete
    assert "503" in clipping.completion_error
    assert timedelta(minutes=14) < clipping.completion_due_at - started < timedelta(minutes=16)

    # when the retry step runs while the page still fails, the wait doubles
    first_due = clipping.completion_due_at
    assert monitoring_complete_teasers(now=first_due) == [clipping.pk]
    clipping.refresh_from_db()
    assert clipping.text_incomplete and clipping.completion_attempts == 1
    assert clipping.completion_due_at - first_due == timedelta(minutes=30)
    # and nothing is due in between
    assert monitoring_complete_teasers(now=first_due + timedelta(minutes=10)) == []

    # when the page answers at the next retry
    feed_server.clear_all_handlers()
    feed_server.expect_request("/nota/sesion-0").respond_with_data(
        fixture_text("sesion_concejo.html"), content_type="text/html"
    )
    monitoring_complete_teasers(now=clipping.completion_due_at)

    # then the clipping holds the article, the teaser is its summary, and the mentions follow the new text
    clipping.refresh_from_db()
    assert not clipping.text_incomplete
    assert clipping.completion_due_at is None
    assert "diez de la mañana" in clipping.body_text
    assert clipping.summary.startswith("El concejo sesionará el lunes")
    assert Mention.objects.filter(clipping=clipping, term__kind=TermKind.PLACE).exists()  # the district, by the council


def test_retries_stop_after_the_last_attempt(watchlist, feed_server):
    source = _source(feed_server)
    feed_server.expect_request("/nota/sesion-0").respond_with_data("no", status=404)
    source_poll(source=source)
    clipping = Clipping.objects.get()
    for _attempt in range(poll.COMPLETION_MAX_ATTEMPTS):
        if clipping.completion_due_at is None:
            break
        monitoring_complete_teasers(now=clipping.completion_due_at)
        clipping.refresh_from_db()
    assert clipping.completion_due_at is None
    assert clipping.text_incomplete
    assert clipping.completion_attempts == poll.COMPLETION_MAX_ATTEMPTS


def test_teasers_beyond_the_page_budget_of_a_poll_are_incomplete_and_completed_later(
    watchlist, feed_server, monkeypatch
):
    # given more teasers than pages a poll may fetch, all pages answering
    monkeypatch.setattr(poll, "MAX_ARTICLE_FETCHES_PER_POLL", 2)
    source = _source(feed_server, count=3)
    for n in range(3):
        feed_server.expect_request(f"/nota/sesion-{n}").respond_with_data(
            fixture_text("sesion_concejo.html"), content_type="text/html"
        )

    # when polled: two are complete, the third is incomplete and says why
    source_poll(source=source)
    incomplete = Clipping.objects.get(text_incomplete=True)
    assert "límite" in incomplete.completion_error
    assert Clipping.objects.filter(text_incomplete=False).count() == 2

    # then the retry step completes it
    monitoring_complete_teasers(now=incomplete.completion_due_at)
    incomplete.refresh_from_db()
    assert not incomplete.text_incomplete
    assert "diez de la mañana" in incomplete.body_text


def test_the_analyst_filters_the_incomplete_ones_and_sees_the_badge(client_as, watchlist, feed_server):
    # given one incomplete and one complete clipping
    source = _source(feed_server, count=2)
    feed_server.expect_request("/nota/sesion-0").respond_with_data("caído", status=503)
    feed_server.expect_request("/nota/sesion-1").respond_with_data(
        fixture_text("sesion_concejo.html"), content_type="text/html"
    )
    source_poll(source=source)
    incomplete = Clipping.objects.get(text_incomplete=True)
    client = client_as("media_analyst")

    # when the analyst asks the archive for the incomplete ones
    page = client.get(reverse("monitoring:clipping_list"), {"incomplete": "on"}).content.decode()

    # then only that one is listed, with its badge
    assert "Concejo sesionará el lunes 0" in page
    assert "Concejo sesionará el lunes 1" not in page
    assert "Texto incompleto" in page

    # and its page says so, why, and when it will be tried again
    detail = client.get(reverse("monitoring:clipping_detail", args=[incomplete.pk])).content.decode()
    assert "Texto incompleto" in detail
    assert "503" in detail
    assert "Se volverá a intentar el" in detail

    # and the analyst can ask for the page now: once it answers, the clipping is complete
    feed_server.clear_all_handlers()
    feed_server.expect_request("/nota/sesion-0").respond_with_data(
        fixture_text("sesion_concejo.html"), content_type="text/html"
    )
    client.post(reverse("monitoring:clipping_complete", args=[incomplete.pk]))
    incomplete.refresh_from_db()
    assert not incomplete.text_incomplete
