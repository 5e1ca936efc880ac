"""The language of a story: py3langid's model read a slice at a time, with the office's languages only."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from heraldo.monitoring.language import LANGUAGES, language_of, languages_identifier

SAMPLES = {
    "El concejo municipal aprobó la ordenanza de limpieza pública por unanimidad.": "es",
    "The mayor announced a new waste collection plan for the district.": "en",
    "O prefeito anunciou um novo plano de coleta de lixo para o bairro.": "pt",
    "Le maire a annoncé un nouveau plan de collecte des déchets.": "fr",
}


@pytest.mark.parametrize(("text", "language"), SAMPLES.items())
def test_each_language_of_the_office_press_is_told_apart(text, language):
    assert language_of(text) == language


def test_the_model_read_in_slices_decides_as_py3langid_restricted_to_the_same_languages():
    # given py3langid's own reading of its model, restricted with its public API
    reference = LanguageIdentifier.from_model_file(MODEL_FILE)
    reference.set_languages(list(LANGUAGES))
    sentences = [
        line
        for tone in ("negative", "neutral", "positive")
        for line in (Path(__file__).parents[1] / "tone_data" / f"{tone}.txt").read_text().splitlines()
        if line.strip()
    ]
    # when ours reads the same file a slice at a time
    ours = languages_identifier(LANGUAGES)
    # then both give the same language and score for every sentence
    assert [ours.classify(s) for s in [*sentences, *SAMPLES]] == [reference.classify(s) for s in [*sentences, *SAMPLES]]
