"""Links stored before sanitising (`javascript:`, `data:`, `vbscript:`) are cleaned by the data migrations.

Rows are written with today's models, the four apps are taken back before their cleaning migration, the unsafe
values are planted as an older Heraldo (or a feed, or a hand-made import) could have stored them, and the
migrations run forward. Safe values must come through untouched. The test ends with every app at its last
migration.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from heraldo.ceremonial.models import Event
from heraldo.directory.models import Entity
from heraldo.monitoring.models import Clipping, Source, SourceKind
from heraldo.press.models import PressRelease, ReleaseRevision

BEFORE = [
    ("press", "0013_review_notifications_resolve"),
    ("monitoring", "0015_district_name_is_a_place"),
    ("directory", "0010_follow_ups_become_office_tasks"),
    ("ceremonial", "0013_staff_design_and_monitoring"),
]
CLEANING = [
    ("press", "0014_clean_unsafe_links"),
    ("monitoring", "0016_clear_unsafe_links"),
    ("directory", "0011_clear_unsafe_websites"),
    ("ceremonial", "0014_clear_unsafe_outcome_links"),
]
UNSAFE_BODY = (
    '<p>Vea <a href="javascript:alert(document.cookie)">el programa</a>, '
    '<a href="&#106;ava&#x09;script:alert(1)">la ruta</a> y <a href="https://munisantacandelaria.gob.pe/obra">la '
    "obra</a>.</p>"
)
SAFE_BODY = (  # as the release sanitiser stores it today
    '<p>Más datos en <a href="https://munisantacandelaria.gob.pe/" rel="noopener noreferrer nofollow">la web</a> '
    'o <a href="mailto:prensa@x.pe" rel="noopener noreferrer nofollow">prensa</a>.</p>'
)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def to_leaves() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_stored_unsafe_links_are_cleaned_and_safe_ones_kept(persona, client_as):
    author = persona("press_officer")
    unsafe_release = PressRelease.objects.create(
        headline="Obra en Villa del Mar", lead="Inicia la obra.", author=author
    )
    safe_release = PressRelease.objects.create(headline="Feria", lead="Feria del libro.", body=SAFE_BODY, author=author)
    scripted = PressRelease.objects.create(headline="Antigua", lead="Nota de 2019.", author=author)
    revision = ReleaseRevision.objects.create(release=unsafe_release, number=1, headline="v1", lead="x", author=author)
    feed = Source.objects.create(name="Diario del Sur", kind=SourceKind.FEED, url="https://diariodelsur.example.pe/rss")
    bad_source = Source.objects.create(name="Canal raro", kind=SourceKind.FEED, url="https://raro.example.pe/rss")
    clipping_bad = Clipping.objects.create(title="Nota con enlace hostil", published_at=timezone.now(), source=feed)
    clipping_data = Clipping.objects.create(title="Nota con enlace data", published_at=timezone.now(), source=feed)
    clipping_good = Clipping.objects.create(
        title="Nota sana", published_at=timezone.now(), source=feed, url="HTTPS://diariodelsur.example.pe/nota/1"
    )
    entity_bad = Entity.objects.create(name="Radio Mar Brava", kind="MEDIO", level="DISTRITAL")
    entity_good = Entity.objects.create(name="Diario del Sur", kind="MEDIO", level="REGIONAL", website="https://ds.pe")
    start = timezone.now() - timedelta(days=2)
    event = Event.objects.create(
        title="Inauguración", starts_at=start, ends_at=start + timedelta(hours=1), place="Plaza"
    )

    old = migrate(BEFORE)
    planted = {
        ("press", "PressRelease", unsafe_release.pk): {"body": UNSAFE_BODY},
        ("press", "PressRelease", scripted.pk): {"body": '<p onclick="robar()">Texto<script>alert(1)</script></p>'},
        ("press", "ReleaseRevision", revision.pk): {"body": '<p><img src="data:image/svg+xml;base64,PHN2Zz4="></p>'},
        ("monitoring", "Clipping", clipping_bad.pk): {
            "url": " JavaScript:alert(1)",
            "canonical_url": "javascript:alert(1)",
        },
        ("monitoring", "Clipping", clipping_data.pk): {"url": "data:text/html,<script>alert(1)</script>"},
        ("monitoring", "Source", bad_source.pk): {"url": "vbscript:msgbox(1)"},
        ("directory", "Entity", entity_bad.pk): {"website": "javascript:alert(1)"},
        ("ceremonial", "Event", event.pk): {
            "outcome_links": "https://munisantacandelaria.gob.pe/fotos\njavascript:alert(1)\nhttps://x.pe/nota"
        },
    }
    for (app, model, pk), values in planted.items():
        old.get_model(app, model).objects.filter(pk=pk).update(**values)

    migrate(CLEANING)
    to_leaves()

    unsafe_release.refresh_from_db()
    assert "script" not in unsafe_release.body.lower()
    assert ">el programa</a>" in unsafe_release.body and ">la ruta</a>" in unsafe_release.body  # the words stay
    assert 'href="https://munisantacandelaria.gob.pe/obra"' in unsafe_release.body
    safe_release.refresh_from_db()
    assert safe_release.body == SAFE_BODY  # a body without an unsafe link is not rewritten
    scripted.refresh_from_db()
    assert scripted.body == "<p>Texto</p>"  # stored before the sanitiser: no script, no handler
    revision.refresh_from_db()
    assert "data:" not in revision.body
    clipping_bad.refresh_from_db()
    clipping_data.refresh_from_db()
    clipping_good.refresh_from_db()
    assert (clipping_bad.url, clipping_bad.canonical_url, clipping_data.url) == ("", "", "")
    assert clipping_bad.title == "Nota con enlace hostil"  # the clipping itself stays
    assert clipping_good.url == "HTTPS://diariodelsur.example.pe/nota/1"
    bad_source.refresh_from_db()
    feed.refresh_from_db()
    assert (bad_source.url, bad_source.is_active) == ("", False)
    assert (feed.url, feed.is_active) == ("https://diariodelsur.example.pe/rss", True)
    entity_bad.refresh_from_db()
    entity_good.refresh_from_db()
    assert (entity_bad.website, entity_good.website) == ("", "https://ds.pe")
    event.refresh_from_db()
    assert event.outcome_links == "https://munisantacandelaria.gob.pe/fotos\nhttps://x.pe/nota"

    # and the pages that render these links carry none of them
    pages = [
        (client_as("media_analyst"), reverse("monitoring:clipping_detail", args=[clipping_bad.pk])),
        (client_as("head_of_unit"), reverse("directory:entity_detail", args=[entity_bad.pk])),
        (client_as("head_of_unit"), reverse("press:release_detail", args=[unsafe_release.pk])),
    ]
    for client, url in pages:
        html = client.get(url).content.decode().lower()
        for scheme in ("javascript:", "vbscript:", "data:text"):
            assert f'href="{scheme}' not in html and f"href=' {scheme}" not in html, url
