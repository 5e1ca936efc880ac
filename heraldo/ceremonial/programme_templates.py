"""Run-of-show templates per event type (domain note section 7, and section 1.4 for the
municipal programmes found). Pure data: (title, minutes, responsible, text, role).

`role` tells the script generator where the precedence engine's output goes:
`presidency` (presentation of the head table), `anthem`, `welcome`, `reading`,
`oration` (discurso de orden), `speeches` (in ascending precedence), `closing`
(the presider's words), `flags` (who raises which flag).
"""

from __future__ import annotations

from typing import NamedTuple


class Step(NamedTuple):
    title: str
    minutes: int
    responsible: str = ""
    text: str = ""
    role: str = ""


_RECEPTION = Step(
    "Recepción y ubicación de autoridades e invitados",
    15,
    "Protocolo",
    "Las anfitrionas conducen a cada autoridad a su asiento según el plano.",
    "reception",
)
_PRESIDENCY = Step("Ingreso y presentación de la mesa de honor", 5, "Maestro de ceremonias", "", "presidency")
_ANTHEM = Step(
    "Entonación del Himno Nacional del Perú",
    5,
    "Banda de músicos / audio",
    "Se invita a los presentes a ponerse de pie.",
    "anthem",
)
_LOCAL_ANTHEM = Step("Entonación del himno del distrito", 4, "Banda de músicos / audio", "", "local_anthem")
_WELCOME = Step("Palabras de bienvenida", 5, "", "", "welcome")
_SPEECHES = Step("Discursos de las autoridades", 15, "", "En orden ascendente de precedencia.", "speeches")
_CLOSING = Step("Palabras de clausura", 10, "", "Cierra quien preside el acto.", "closing")
_TOAST = Step("Brindis de honor", 10, "Protocolo", "", "")

TEMPLATES: dict[str, tuple[Step, ...]] = {
    "SESION_SOLEMNE": (
        _RECEPTION,
        _PRESIDENCY,
        Step("Apertura de la sesión solemne", 2, "", "El Alcalde declara abierta la sesión.", "opening"),
        _ANTHEM,
        Step("Lectura del acta de creación del distrito", 8, "Secretaría General", "", "reading"),
        Step("Discurso de orden", 15, "", "A cargo del orador designado por el Concejo.", "oration"),
        Step("Entrega de reconocimientos", 15, "Protocolo", "", "central"),
        _SPEECHES,
        _CLOSING,
        _LOCAL_ANTHEM,
        _TOAST,
    ),
    "IZAMIENTO": (
        Step("Formación de autoridades, delegaciones e instituciones", 10, "Protocolo", "", "reception"),
        _PRESIDENCY,
        Step(
            "Izamiento del Pabellón Nacional y de la bandera del distrito",
            5,
            "Escolta",
            "Con la entonación del Himno Nacional.",
            "flags",
        ),
        Step("Palabras alusivas", 5, "", "A cargo de un regidor.", "welcome"),
        Step("Desfile cívico", 20, "Instituciones participantes", "", "central"),
    ),
    "INAUGURACION": (
        _RECEPTION,
        _PRESIDENCY,
        _ANTHEM,
        _WELCOME,
        Step("Informe técnico de la obra", 5, "Gerencia de Obras", "", "reading"),
        Step("Corte de cinta y develación de placa", 5, "Protocolo", "", "central"),
        Step("Bendición de la obra", 5, "Párroco", "", "central"),
        _SPEECHES,
        _CLOSING,
    ),
    "CEREMONIA_CIVICA": (
        _RECEPTION,
        _PRESIDENCY,
        _ANTHEM,
        _WELCOME,
        Step("Acto central", 15, "", "", "central"),
        _SPEECHES,
        _CLOSING,
        _LOCAL_ANTHEM,
    ),
    "TE_DEUM": (
        Step("Recepción de autoridades en el atrio", 10, "Protocolo", "", "reception"),
        Step(
            "Misa y Te Deum",
            60,
            "Parroquia",
            "Las autoridades ocupan las primeras bancas según precedencia.",
            "central",
        ),
        Step("Saludo protocolar a la salida", 10, "Protocolo", "", ""),
    ),
    "JURAMENTACION": (
        _RECEPTION,
        _PRESIDENCY,
        _ANTHEM,
        Step(
            "Juramentación del Alcalde", 5, "", "El primer regidor de la lista toma el juramento al Alcalde.", "oaths"
        ),
        Step(
            "Juramentación de los regidores",
            10,
            "",
            "El Alcalde toma el juramento a los regidores, en el orden de la lista.",
            "",
        ),
        Step("Mensaje del Alcalde", 15, "Alcalde", "", "closing"),
        _LOCAL_ANTHEM,
    ),
}
DEFAULT = (_RECEPTION, _PRESIDENCY, _ANTHEM, _WELCOME, Step("Acto central", 15, "", "", "central"), _SPEECHES, _CLOSING)


def template_for(event_type: str) -> tuple[Step, ...]:
    return TEMPLATES.get(event_type, DEFAULT)
