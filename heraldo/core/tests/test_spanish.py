"""The Spanish the script and the letters are written in: the greeting for the hour and the articles."""

from datetime import datetime

import pytest

from heraldo.core.spanish import greeting, in_place, of, to, with_article


@pytest.mark.parametrize(
    ("hour", "expected"),
    [
        (6, "buenos días"),
        (11, "buenos días"),
        (12, "buenas tardes"),
        (18, "buenas tardes"),
        (19, "buenas noches"),
        (22, "buenas noches"),
        (2, "buenas noches"),
    ],
)
def test_the_greeting_follows_the_hour(hour, expected):
    assert greeting(datetime(2026, 12, 15, hour, 30)) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Sesión Solemne", "la Sesión Solemne"),
        ("Salón Consistorial", "el Salón Consistorial"),
        ("Izamiento dominical del Pabellón Nacional", "el Izamiento dominical del Pabellón Nacional"),
        ("Inauguración de la losa deportiva", "la Inauguración de la losa deportiva"),
        ("Misa y Te Deum", "la Misa y Te Deum"),
        ("Día del Niño", "el Día del Niño"),
        ("Programa de vaso de leche", "el Programa de vaso de leche"),
        ("Fiestas Patrias", "las Fiestas Patrias"),
        ("Juegos Florales", "los Juegos Florales"),
        ("Honores a la Bandera", "los Honores a la Bandera"),
        ("Reuniones vecinales", "las Reuniones vecinales"),
        ("Ciudad de los Reyes", "la Ciudad de los Reyes"),
        ("Aula magna", "el Aula magna"),
        ("Entrega de kits escolares", "la Entrega de kits escolares"),
        ("Foro regional de alcaldes", "el Foro regional de alcaldes"),
        ("La Gran Parada Militar", "la Gran Parada Militar"),
        ("Crisis hídrica", "la Crisis hídrica"),
    ],
)
def test_the_article_follows_the_gender_and_number_of_the_head_noun(phrase, expected):
    assert with_article(phrase) == expected


def test_de_el_and_a_el_contract():
    assert of("Salón Consistorial") == "del Salón Consistorial"
    assert to("Izamiento del Pabellón Nacional") == "al Izamiento del Pabellón Nacional"
    assert of("Municipalidad Distrital") == "de la Municipalidad Distrital"
    assert to("Sesión Solemne") == "a la Sesión Solemne"
    assert to("Juegos Florales") == "a los Juegos Florales"


def test_an_override_beats_the_rule():
    assert with_article("Cumpleaños del distrito", article="el") == "el Cumpleaños del distrito"
    assert to("Cumpleaños del distrito", article="el") == "al Cumpleaños del distrito"
    assert to("Santa Candelaria Fest", article="-") == "a Santa Candelaria Fest"


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Salón Consistorial", "en el Salón Consistorial"),
        ("Plaza de Armas", "en la Plaza de Armas"),
        ("Salón de actos de la Municipalidad", "en el Salón de actos de la Municipalidad"),
        ("Coliseo municipal", "en el Coliseo municipal"),
        ("Jr. Junín 345", "en Jr. Junín 345"),
        ("Lima", "en Lima"),
        ("El Mirador", "en el Mirador"),
    ],
)
def test_a_place_named_by_a_common_noun_takes_its_article(place, expected):
    assert in_place(place) == expected
