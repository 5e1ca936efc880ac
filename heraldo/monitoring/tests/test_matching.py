"""Watch-list matching: accent/case folded, word boundaries, longest hit, negative keywords."""

from hypothesis import given
from hypothesis import strategies as st

from heraldo.monitoring.matching import Matcher


def spans(matcher, text):
    return [(h.term_id, text[h.start : h.end]) for h in matcher.find(text)]


def test_accents_and_case_do_not_matter_but_word_boundaries_do():
    matcher = Matcher([(1, "Limpieza Pública", False), (2, "Lima", False)])
    text = "La LIMPIEZA PUBLICA de Limache no es de Lima."
    assert spans(matcher, text) == [(1, "LIMPIEZA PUBLICA"), (2, "Lima")]


def test_the_longest_hit_wins_over_the_one_inside_it():
    matcher = Matcher([(1, "Santa Candelaria", False), (2, "Municipalidad de Santa Candelaria", False)])
    assert spans(matcher, "La Municipalidad de Santa Candelaria informa") == [(2, "Municipalidad de Santa Candelaria")]


def test_a_negative_keyword_nearby_removes_the_hit():
    matcher = Matcher([(1, "Jorge Cárdenas", False), (9, "Candelaria FC", True)])
    assert spans(matcher, "El delantero Jorge Cárdenas anotó para Candelaria FC.") == []
    assert spans(matcher, "El alcalde Jorge Cárdenas inauguró la obra.") == [(1, "Jorge Cárdenas")]


def test_n_with_tilde_folds_like_any_accent_as_in_every_search():
    matcher = Matcher([(1, "Regidora Núñez", False)])
    assert spans(matcher, "La regidora NUNEZ y la regidora Núñez") == [(1, "regidora NUNEZ"), (1, "regidora Núñez")]


@given(st.text(max_size=200))
def test_matching_never_crashes_on_any_text(text):
    Matcher([(1, "alcalde", False), (2, "obra", True)]).find(text)


def test_a_quoted_word_inside_a_name_does_not_break_it_and_the_hit_keeps_the_texts_offsets():
    matcher = Matcher([(1, "Chino Cárdenas", False), (2, "losa deportiva", False)])
    text = "El alcalde Jorge «Chino» Cárdenas inauguró la «losa» deportiva; «Chino» es su apodo."
    assert spans(matcher, text) == [(1, "Chino» Cárdenas"), (2, "losa» deportiva")]


@given(st.text(alphabet='ab «»“”"', max_size=60))
def test_hits_across_quoted_words_stay_inside_the_text(text):
    for hit in Matcher([(1, "a b", False), (2, "b", False)]).find(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start] in "ab" and text[hit.end - 1] in "ab"
