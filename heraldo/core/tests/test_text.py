"""One fold for every search, watch list and comparison in Heraldo."""

from hypothesis import given
from hypothesis import strategies as st

from heraldo.core.text import _fold_by_decomposing, fold, search_words


def test_accents_case_and_enye_fold_away():
    assert fold("Limpieza PÚBLICA") == "limpieza publica"
    assert fold("Núñez") == fold("Nunez") == "nunez"
    assert fold("NIÑO") == "nino"
    assert fold("Straße") == "strasse"
    assert fold(None) == fold("") == ""


@given(st.text(alphabet="aáeéiíoóuúüñÑAÉÜbcdXYZ .,-ßİŉ¿¡\u0301\u0303", max_size=60))
def test_the_table_agrees_with_decomposing_on_spanish_text(text):
    assert fold(text) == _fold_by_decomposing(text)


@given(st.text(max_size=200))
def test_the_table_agrees_with_decomposing_on_any_text(text):
    assert fold(text) == _fold_by_decomposing(text)


def test_search_words_are_folded_and_bounded():
    assert search_words("  Señora  NÚÑEZ ") == ["senora", "nunez"]
    assert search_words("a b c d e f g h i j") == list("abcdefgh")
    assert search_words("a b c", limit=2) == ["a", "b"]
