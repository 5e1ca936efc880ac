"""`manage.py monitoring_evaluate`: the figures it prints are the right arithmetic over what the pipeline stored.

The fixture corpus (tests/data/eval_fixture) is four stories of a district and one broken feed. Some labels are
wrong on purpose so the figures have known imperfections whatever the pipeline does: f2 is labelled as naming
the regidor (its text does not) and dated a day late; f3 names the municipality by its official name but is
not labelled with it. What depends on the pipeline (tone, síntesis) is checked against the stored rows.
"""

from __future__ import annotations

import json
import shutil
import socket
from datetime import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from heraldo.core.text import fold
from heraldo.monitoring.evaluation import Stored, binary_classes, duplicate_figures, prf, tone_figures
from heraldo.monitoring.models import Clipping, Source

FIXTURE = Path(__file__).parent / "data" / "eval_fixture"


@pytest.fixture(autouse=True)
def _loopback_addresses(monkeypatch):
    """Each invented outlet is served on its own 127.0.0.N address; still no name is resolved on the network."""
    real = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):
        if not (host in ("localhost", "::1") or str(host).startswith("127.")):
            raise socket.gaierror(f"test resolver: {host} is not loopback")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


def run(*options: str, corpus: Path = FIXTURE) -> str:
    out = StringIO()
    call_command("monitoring_evaluate", str(corpus), "--current-database", *options, stdout=out)
    return out.getvalue()


@pytest.fixture
def figures(db):
    return json.loads(run("--json"))


def test_an_analyst_reads_per_person_figures_with_the_known_miss_and_false_hit(figures):
    mentions = figures["mentions"]
    assert mentions["alcalde"] == prf(2, 0, 0)  # full name in both copies of the plant story
    assert (mentions["regidor"]["tp"], mentions["regidor"]["fn"], mentions["regidor"]["fp"]) == (1, 1, 0)
    assert mentions["regidor"]["recall"] == 0.5
    assert round(mentions["regidor"]["f1"], 3) == 0.667
    assert mentions["institution"]["fp"] == 1 and mentions["institution"]["precision"] == 0.0
    assert figures["errors"]["mentions"]["regidor"] == {"false_hits": [], "misses": ["f2"]}
    assert figures["errors"]["mentions"]["institution"] == {"false_hits": ["f3"], "misses": []}


def test_copies_hostile_feed_and_lima_day_are_counted(figures):
    assert figures["articles_stored"] == 4
    duplicates = figures["duplicates"]
    assert (duplicates["copies_expected"], duplicates["copies_linked"], duplicates["wrongly_linked"]) == (1, 1, 0)
    assert figures["hostile_sources"][0]["source"] == "Canal roto"
    assert figures["hostile_marked_failing"] == 1 and figures["hostile_nothing_stored"] == 1
    assert Source.objects.get(name="Canal roto").health == "failing"
    assert figures["lima_day"] == {"right": 3, "wrong": ["f2"]}


def test_tone_matrix_and_macro_f1_follow_the_stored_tones(figures):
    labels = {a["id"]: a for a in json.loads((FIXTURE / "labels.json").read_text())["articles"]}
    expected = {gold: {"positive": 0, "neutral": 0, "negative": 0, "not_stored": 0} for gold in labels_tones()}
    for article in labels.values():
        clipping = Clipping.objects.get(url__endswith=article["url"].split(".example.pe")[1])
        expected[article["tone"]][clipping.tone] += 1
    tone = figures["tone"]
    assert tone["confusion"] == expected
    present = [c["f1"] for c in tone["classes"].values() if c["tp"] + c["fp"] + c["fn"]]
    assert tone["macro_f1"] == pytest.approx(sum(present) / len(present))


def labels_tones() -> tuple[str, ...]:
    return ("positive", "neutral", "negative")


def test_boilerplate_and_summary_figures_match_the_stored_text(figures):
    clipping = Clipping.objects.get(url__endswith="/nota/informe-vacunacion")
    leaked = "todos los derechos reservados" in fold(f"{clipping.title}\n{clipping.full_text}")
    assert len(figures["boilerplate"]["found"]) == int(leaked)
    summary = figures["summary"]
    assert summary["about"] + len(summary["not_about"]) == summary["listed"]
    assert set(summary["not_about"]) <= {"f4"}  # the neighbouring district's story is the only one not about us


def test_the_printed_report_shows_the_tables(db):
    text = run()
    assert "  regidor                 1.000  0.500  0.667     1     0     1" in text
    assert "Copias sindicadas: 1 grupos, 1 copias; enlazadas 1, perdidas 0, mal enlazadas 0" in text
    assert "Canal roto: tras la 1.ª consulta" in text
    assert "Día de Lima correcto: 3 de 4" in text


def test_it_refuses_a_database_that_already_holds_monitoring_data(db):
    Source.objects.create(name="Fuente real", url="https://diario.example.pe/rss")
    with pytest.raises(CommandError, match="ya tiene fuentes"):
        run()
    assert Source.objects.count() == 1


def test_an_incomplete_corpus_is_refused_naming_the_file(db, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE, corpus)
    (corpus / "labels.json").unlink()
    with pytest.raises(CommandError, match="labels.json"):
        run(corpus=corpus)
    assert not Source.objects.exists()


def test_metric_arithmetic_on_hand_counted_cases():
    assert prf(3, 1, 2) == pytest.approx(
        {"tp": 3, "fp": 1, "fn": 2, "precision": 0.75, "recall": 0.6, "f1": 2 * 0.75 * 0.6 / 1.35}
    )
    # A labelled article that was not stored is a miss for each of its classes.
    pairs = [({"a"}, {"a"}), ({"a", "b"}, {"b"}), (set(), {"a"}), ({"b"}, None)]
    classes = binary_classes(pairs, ["a", "b"])
    assert (classes["a"]["tp"], classes["a"]["fp"], classes["a"]["fn"]) == (1, 1, 1)
    assert (classes["b"]["tp"], classes["b"]["fp"], classes["b"]["fn"]) == (1, 0, 1)
    tone = tone_figures([("positive", "positive"), ("positive", "negative"), ("neutral", "neutral")])
    assert tone["classes"]["negative"]["f1"] == 0.0  # said once, never right
    assert tone["macro_f1"] == pytest.approx((2 / 3 + 1.0 + 0.0) / 3)


def test_copy_figures_on_a_hand_built_grouping():
    moment = timezone.make_aware(datetime(2026, 11, 20, 9))

    def stored(pk, original=None):
        return Stored(pk, "s", "", moment, "neutral", set(), set(), original)

    articles = [
        {"id": "a1", "duplicate_group": "g"},
        {"id": "a2", "duplicate_group": "g"},
        {"id": "a3", "duplicate_group": "g"},
        {"id": "b1", "duplicate_group": None},
    ]
    # a2 linked to a1, a3 missed, b1 wrongly linked to a1.
    found = {"a1": stored(1), "a2": stored(2, 1), "a3": stored(3), "b1": stored(4, 1)}
    figures = duplicate_figures(articles, found)
    assert (figures["copies_expected"], figures["copies_linked"], figures["copies_missed"]) == (2, 1, 1)
    assert figures["wrongly_linked"] == 1
    assert figures["groups_incomplete"] == ["g"]
    # Pairs said the same: a1-a2, a1-b1, a2-b1; right: a1-a2 only; missed: a1-a3, a2-a3.
    assert (figures["pairs"]["tp"], figures["pairs"]["fp"], figures["pairs"]["fn"]) == (1, 2, 2)
