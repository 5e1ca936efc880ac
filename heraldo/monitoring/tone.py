"""Tone of Spanish news text (positive, neutral, negative), offline and explained.

Two parts that vote together:
- a lexicon of municipal-news phrases with weights, where a negator ("no",
  "sin", "nunca"…) within three words flips a phrase and an intensifier
  ("muy", "gravemente"…) strengthens it;
- a multinomial naive Bayes model over words and word pairs, trained at start-up
  from the labelled sentences kept in `tone_data/` plus the office's own
  corrections (so each correction teaches the model).
The explanation lists the phrases that weighed most, with their direction.
Toward the municipality (`tone_toward`), rules about who each sentence is about and who says it gather that
evidence into a few signals, and a regression learned from labelled stories of several writers over those
signals and the story's word stems (`tone_data/decision.json`) decides.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from heraldo.core.text import fold
from heraldo.monitoring.matching import Matcher

POSITIVE, NEUTRAL, NEGATIVE = "positive", "neutral", "negative"
LABELS = (POSITIVE, NEUTRAL, NEGATIVE)
DATA_DIR = Path(__file__).parent / "tone_data"

NEGATORS = {"no", "nunca", "sin", "ni", "tampoco", "jamas", "nadie", "ningun", "ninguna", "ninguno", "contra"}
# A negation reaches to the end of its clause (commas do not end it: "no fue, en ningún momento del proceso,
# responsable de irregularidades"), at most this many words; "sin" only governs the next few words.
NEGATION_REACH = 10
# A negation reaches into a "que" clause only through a predicate of truth ("no es cierto que se privatice").
TRUTH_PREDICATES = {"cierto", "cierta", "verdad", "verdadero", "seguro", "posible", "probable", "justo", "necesario"}
# How long a lack has lasted is not what a negation denies: "el camión no pasa desde hace dos semanas" complains.
DURATIONS = {"desde hace"}
UNDOER_REACH = 5  # "declaró improcedente el pedido de vacancia"
SHORT_NEGATORS = {"sin", "ni", "contra"}  # "plan contra la inseguridad" is not bad news
# Words, and the colons and dashes between clauses ("no se equivocó: …"), which end a negation's reach too.
CLAUSE_BREAKS = {"pero", "sino", "aunque", "mientras", "embargo", "cambio", ":", "\u2013", "\u2014"}
# Words that undo the harm they govern: a court's dismissal, a measure against a problem ("declaró improcedente la
# vacancia", "para reducir la inseguridad", "evitó el colapso"). Harm after them is good news.
UNDOERS = {
    "improcedente",
    "infundado",
    "infundada",
    "infundados",
    "desestimo",
    "desestima",
    "desestimaron",
    "archivo",
    "archiva",
    "archivaron",
    "descarto",
    "descarta",
    "descartaron",
    "absuelto",
    "absuelta",
    "reducir",
    "redujo",
    "reduce",
    "reducen",
    "combatir",
    "combate",
    "combatio",
    "prevenir",
    "previene",
    "evitar",
    "evito",
    "evitaron",
    "erradicar",
    "frenar",
    "disminuir",
    "disminuyo",
    "levantamiento",  # "el levantamiento del embargo"
    "levanto",
    "levantaron",
}
INTENSIFIERS = {
    "muy": 1.5,
    "mas": 1.2,
    "sumamente": 1.8,
    "totalmente": 1.6,
    "gravemente": 1.8,
    "grave": 1.4,
    "graves": 1.4,
    "seriamente": 1.6,
    "altamente": 1.5,
    "notablemente": 1.5,
    "rotundo": 1.5,
    "duramente": 1.6,
    "completamente": 1.5,
}
# Folded phrases; weights are in log-odds units.
LEXICON: dict[str, float] = {
    # positive
    "inauguro": 1.5,
    "inauguracion": 1.0,
    "inaugurado": 1.2,
    "beneficia": 1.2,
    "beneficiara": 1.2,
    "beneficio": 0.8,
    "beneficiadas": 1.0,
    "beneficiada": 1.0,
    "agradecen": 1.5,
    "agradecio": 1.5,
    "agradece": 1.5,
    "agradecieron": 1.5,
    "exito": 1.6,
    "exitosamente": 1.6,
    "logro": 1.2,
    "logra": 1.0,
    "reconocimiento": 1.4,
    "reconocida": 1.2,
    "premio": 1.4,
    "premiada": 1.4,
    "premio a": 1.2,
    "elogio": 1.5,
    "elogiada": 1.5,
    "elogian": 1.5,
    "felicito": 1.5,
    "felicitado": 1.5,
    "celebran": 1.2,
    "mejoro": 1.4,
    "mejora": 1.0,
    "renovada": 1.0,
    "gratuita": 0.8,
    "gratuitas": 0.8,
    "gratuito": 0.8,
    "destaco": 0.8,
    "destacada": 1.0,
    "aplaudieron": 1.5,
    "satisfaccion": 1.5,
    "culmino": 1.0,
    "supero la meta": 1.6,
    "oportuna": 1.0,
    "cumplio": 1.0,
    "reduccion": 0.6,
    "redujo": 0.8,
    "donacion": 1.0,
    "dono": 1.0,
    "entrego": 1.0,
    "tranquilidad": 1.0,
    "alegria": 1.5,
    "valiosa": 1.2,
    "historica": 0.8,
    "optimas": 1.2,
    "gran acogida": 1.5,
    "ganó": 1.0,
    "gano": 1.0,
    "medalla": 1.2,
    "medallas": 1.2,
    "fortalece": 1.0,
    "impulsara": 1.0,
    "impulso": 0.8,
    "gracias a": 1.0,
    "exitosa": 1.5,
    "agradecimiento": 1.5,
    "recupero": 1.0,
    "modernizo": 1.0,
    "consiguio": 1.0,
    "obtuvo": 1.0,
    "celebra": 1.0,
    "celebraron": 1.0,
    "amplio": 0.8,
    "ampliacion": 0.6,
    "ilumino": 1.0,
    "favorece": 1.0,
    "permitio": 0.8,
    "primer puesto": 1.4,
    "reconocen": 1.2,
    "reconocio": 1.2,
    "disfrutaron": 1.4,
    "lograron": 1.0,
    "logro una": 1.0,
    "destacan": 1.0,
    "resaltan": 1.0,
    "resalto": 0.8,
    "benefició": 1.0,
    "beneficio a": 1.0,
    "efectivo": 0.8,
    "fortalecer": 0.6,
    "beneficiara a": 1.0,
    "mejoras": 1.0,
    "felicitaron": 1.5,
    "felicitan": 1.5,
    "felicito a": 1.2,
    "saludaron": 1.0,
    "saludan": 1.0,
    "agradecio a": 1.0,
    "elogiaron": 1.5,
    "premio nacional": 1.2,
    "buenas practicas": 1.0,
    # the municipality's actions and services, in the present and future tenses news use, and plain praise
    "inaugura": 1.2,
    "inauguran": 1.2,
    "inaugurara": 1.0,
    "inaugurada": 1.0,
    "entrega": 0.6,
    "entregara": 0.6,
    "entregaron": 0.6,
    "entregan": 0.6,
    "beneficiaran": 1.2,
    "beneficiados": 1.0,
    "benefician": 1.0,
    "beneficiarios": 0.6,
    "capacita": 0.8,
    "capacitara": 0.8,
    "capacito": 0.8,
    "capacitacion": 0.6,
    "gratuitos": 0.8,
    "gratis": 0.8,
    "gratuitamente": 0.8,
    "mejorara": 0.8,
    "mejoraran": 0.8,
    "mejoramiento": 0.6,
    "moderniza": 0.8,
    "modernizacion": 0.6,
    "estrena": 1.0,
    "estrenan": 1.0,
    "rehabilito": 0.8,
    "rehabilitacion": 0.6,
    "reconoce": 1.0,
    "reconocieron": 1.2,
    "distincion": 1.2,
    "galardon": 1.4,
    "premiado": 1.4,
    "premian": 1.4,
    "felicita": 1.5,
    "aplauden": 1.5,
    "aplaude": 1.5,
    "aplausos": 1.2,
    "buena noticia": 1.5,
    "buena iniciativa": 1.5,
    "bien por": 1.2,
    "asi se trabaja": 1.5,
    "buen trabajo": 1.5,
    "buena gestion": 1.5,
    "garantiza": 0.8,
    "garantizo": 0.8,
    "atendera": 0.6,
    "atendio": 0.6,
    "atendieron": 0.6,
    "capturaron": 0.8,
    "capturan": 0.8,
    "recuperaron": 1.0,
    "recupera": 0.8,
    "cumple": 1.0,
    "cumplido": 1.0,
    "satisfechos": 1.5,
    "contentos": 1.2,
    "agradecidos": 1.5,
    # achievement told as news tells it: a first time, an end to waiting, a place in a ranking
    "por primera vez": 1.0,
    "por fin": 1.0,
    "ya tiene": 0.8,
    "ya tienen": 0.8,
    "ya funciona": 1.0,
    "ya funcionan": 1.0,
    "ya puede": 0.8,
    "ya pueden": 0.8,
    "ya cuenta con": 0.8,
    "ya cuentan con": 0.8,
    "ahora si": 0.8,
    "primer lugar": 1.4,
    "mejor resultado": 1.0,
    "la mejor": 0.8,
    "el mejor": 0.8,
    "sin problemas": 0.8,
    "en plazo": 0.6,
    "dando resultados": 1.0,
    "buenos resultados": 1.2,
    "municipio modelo": 1.0,
    "municipios modelo": 1.0,
    "eficiente": 1.2,
    "eficiencia": 1.2,
    "rapidez": 0.8,
    "concluyo": 0.8,
    "concluyeron": 0.8,
    "buenas noticias": 1.5,
    "ceremonia": 0.5,
    "respaldo": 0.8,
    "ahorro": 0.6,
    "ahorraran": 0.6,
    # negative
    "falta de": 1.4,
    "no hace nada": 2.0,
    "no cumplio": 1.8,
    "sin explicaciones": 1.5,
    "ya presenta": 1.0,
    "desalojo": 0.8,
    "violento": 1.5,
    "huyo": 1.4,
    "escaparon": 1.4,
    "ocultar": 1.5,
    "acusan": 1.5,
    "acusado": 1.5,
    "acusada": 1.5,
    "exigen": 0.6,
    "cuestiono": 1.2,
    "cuestionar": 0.8,
    "mal estado": 1.6,
    "perdida": 0.5,
    "perdidas": 1.0,
    "afecta": 0.8,
    "afectados": 1.0,
    "damnificadas": 0.8,
    "sufren": 1.5,
    "sufre": 1.5,
    "dividido": 1.2,
    "negó": 1.2,
    "nego": 1.2,
    "peor": 1.6,
    "ultimo lugar": 1.6,
    "denuncian": 1.8,
    "denuncia": 1.4,
    "denuncio": 1.5,
    "denunciado": 1.8,
    "corrupcion": 2.0,
    "colusion": 2.0,
    "peculado": 2.0,
    "irregularidades": 1.8,
    "perjuicio": 1.8,
    "paralizada": 1.6,
    "paralizados": 1.6,
    "protesta": 1.5,
    "protestan": 1.5,
    "huelga": 1.4,
    "herido": 1.5,
    "heridos": 1.5,
    "abandono": 1.5,
    "abandonados": 1.5,
    "colapso": 1.6,
    "colapsó": 1.6,
    "renuncia": 0.3,
    "clausurado": 1.2,
    "cobros indebidos": 2.0,
    "pesima": 2.0,
    "caos": 1.8,
    "desplomo": 1.8,
    "vacancia": 1.5,
    "indignados": 1.8,
    "indignante": 2.0,
    "inconclusa": 1.5,
    "delincuencia": 1.2,
    "inseguridad": 1.4,
    "contamina": 1.6,
    "contaminada": 1.6,
    "contaminacion": 1.5,
    "multada": 1.5,
    "sancionada": 1.5,
    "despidos": 1.5,
    "descuidada": 1.5,
    "critican": 1.5,
    "criticada": 1.5,
    "detenido": 0.5,
    "amenazan": 1.4,
    "amenazas": 1.4,
    "accidente": 1.3,
    "accidentes": 1.3,
    "enfrentaron": 1.4,
    "enfrentamientos": 1.5,
    "vencidos": 1.5,
    "malogradas": 1.5,
    "insostenible": 1.8,
    "fracaso": 1.8,
    "quejas": 1.3,
    "quejan": 1.3,
    "fallas": 1.3,
    "escandalo": 1.8,
    "extorsion": 1.8,
    "desviado": 1.6,
    "suspendida": 0.8,
    "suspendido": 0.8,
    "preocupacion": 0.8,
    "nepotismo": 2.0,
    "coimas": 2.0,
    "abucheado": 1.8,
    "rechazan": 1.3,
    "rechaza": 0.8,
    "reclaman": 1.0,
    "reclamos": 0.8,
    "furiosa": 1.8,
    "molestos": 1.4,
    "enganados": 1.6,
    "sobrevalorada": 1.8,
    "retraso": 0.6,
    "demora": 0.4,
    "desborde": 1.3,
    "inundo": 1.3,
    "inundaciones": 0.5,
    "lamentan": 1.4,
    "prision preventiva": 1.8,
    "agredir": 1.6,
    "fantasmas": 1.5,
    "perdieron": 1.2,
    "perdio": 1.2,
    "desaparicion": 1.4,
    "desprotegida": 1.6,
    "arbitrarios": 1.5,
    "arbitrario": 1.5,
    "abusivos": 1.6,
    # complaints about a municipality's service and unkept promises ("no ha cumplido" is "cumplido" negated)
    "reclamaron": 1.0,
    "queja": 1.0,
    "quejarse": 1.2,
    "quejarme": 1.2,
    "malestar": 1.5,
    "falta de respeto": 2.0,
    "incumplio": 1.8,
    "incumplimiento": 1.8,
    "incumplidas": 1.5,
    "no asistio": 1.0,
    "no funcionan": 1.2,
    "no funciona": 1.2,
    "cansados": 1.4,
    "hartos": 1.6,
    "sigue esperando": 1.2,
    "siguen esperando": 1.2,
    "seguimos esperando": 1.2,
    "no contestan": 1.0,
    "no respondio": 1.0,
    "despedidos": 1.5,
    "despido": 1.2,
    "deteriorada": 1.5,
    "deteriorado": 1.5,
    "rajaduras": 1.5,
    "huecos": 1.0,
    "baches": 1.0,
    "rechazaron": 1.3,
    "malogrado": 1.4,
    "malogrados": 1.4,
    "inservible": 1.6,
    "pide explicaciones": 1.2,
    "piden explicaciones": 1.2,
    "sobrecosto": 1.8,
    # complaints as news tells them: nobody answered, still without, promised, half done; audits; admissions
    "no contesto": 1.0,
    "no contestaron": 1.0,
    "no responde": 1.0,
    "no respondieron": 1.0,
    "sin respuesta": 1.2,
    "nadie respondio": 1.2,
    "nadie me respondio": 1.2,
    "no quiso declarar": 1.0,
    "no quiso responder": 1.0,
    "no hemos recibido respuesta": 1.2,
    "sin agua": 1.0,
    "sin luz": 1.0,
    "a oscuras": 1.0,
    "a medias": 1.2,
    "prometidos": 0.8,
    "prometidas": 0.8,
    "prometio": 0.4,
    "atraso": 1.0,
    "atrasados": 1.0,
    "atrasadas": 1.0,
    "sobreprecio": 1.8,
    "desde hace": 0.8,
    "contraloria": 0.8,
    "fiscalia": 0.6,
    "nadie": 0.8,
    "reclamo": 0.8,
    "reclama": 0.8,
    "prometido": 0.6,
    "prometida": 0.6,
    "prometieron": 0.4,
    "responsabilidad administrativa": 1.5,
    "presunta responsabilidad": 1.2,
    "a dedo": 1.5,
    "sin concurso": 1.2,
    "sin licitacion": 1.2,
    "verguenza": 1.5,
    "abandonada": 1.5,
    "abandonado": 1.5,
    "acumulada": 0.8,
    "acumuladas": 0.8,
    "se acumula": 0.8,
    "a cielo abierto": 1.2,
    "inasistencia": 1.2,
    "desbordo": 1.3,
    "no reciben": 1.0,
    "no recibe": 1.0,
    "apagadas": 0.8,
    "tardo": 0.8,
    "tardaron": 0.8,
    "demoro": 0.8,
    "ironizo": 1.0,
    "se cae a pedazos": 1.5,
    "abrio investigacion": 1.2,
    "abre investigacion": 1.2,
    "informe de control": 0.6,
    "empujones": 1.2,
    "abuso de autoridad": 1.8,
    "golpean": 1.5,
    "golpearon": 1.5,
    "paralizacion": 1.4,
    "inconcluso": 1.5,
    "reconocio que": 0.6,
    "reconoce que": 0.6,
    "admitio": 0.6,
    "admite": 0.6,
}
NEGATIVE_LEXICON = {
    "falta de",
    "no hace nada",
    "no cumplio",
    "sin explicaciones",
    "ya presenta",
    "desalojo",
    "violento",
    "huyo",
    "escaparon",
    "ocultar",
    "acusan",
    "acusado",
    "acusada",
    "exigen",
    "cuestiono",
    "cuestionar",
    "mal estado",
    "perdida",
    "perdidas",
    "afecta",
    "afectados",
    "damnificadas",
    "sufren",
    "sufre",
    "dividido",
    "negó",
    "nego",
    "peor",
    "ultimo lugar",
    "denuncian",
    "denuncia",
    "denuncio",
    "denunciado",
    "corrupcion",
    "colusion",
    "peculado",
    "irregularidades",
    "perjuicio",
    "paralizada",
    "paralizados",
    "protesta",
    "protestan",
    "huelga",
    "herido",
    "heridos",
    "abandono",
    "abandonados",
    "colapso",
    "colapsó",
    "renuncia",
    "clausurado",
    "cobros indebidos",
    "pesima",
    "caos",
    "desplomo",
    "vacancia",
    "indignados",
    "indignante",
    "inconclusa",
    "delincuencia",
    "inseguridad",
    "contamina",
    "contaminada",
    "contaminacion",
    "multada",
    "sancionada",
    "despidos",
    "descuidada",
    "critican",
    "criticada",
    "detenido",
    "amenazan",
    "amenazas",
    "accidente",
    "accidentes",
    "enfrentaron",
    "enfrentamientos",
    "vencidos",
    "malogradas",
    "insostenible",
    "fracaso",
    "quejas",
    "quejan",
    "fallas",
    "escandalo",
    "extorsion",
    "desviado",
    "suspendida",
    "suspendido",
    "preocupacion",
    "nepotismo",
    "coimas",
    "abucheado",
    "rechazan",
    "rechaza",
    "reclaman",
    "reclamos",
    "furiosa",
    "molestos",
    "enganados",
    "sobrevalorada",
    "retraso",
    "demora",
    "desborde",
    "inundo",
    "inundaciones",
    "lamentan",
    "prision preventiva",
    "agredir",
    "fantasmas",
    "perdieron",
    "perdio",
    "desaparicion",
    "desprotegida",
    "arbitrarios",
    "arbitrario",
    "abusivos",
    "reclamaron",
    "queja",
    "quejarse",
    "quejarme",
    "malestar",
    "falta de respeto",
    "incumplio",
    "incumplimiento",
    "incumplidas",
    "no asistio",
    "no funcionan",
    "no funciona",
    "cansados",
    "hartos",
    "sigue esperando",
    "siguen esperando",
    "seguimos esperando",
    "no contestan",
    "no respondio",
    "despedidos",
    "despido",
    "deteriorada",
    "deteriorado",
    "rajaduras",
    "huecos",
    "baches",
    "rechazaron",
    "malogrado",
    "malogrados",
    "inservible",
    "pide explicaciones",
    "piden explicaciones",
    "sobrecosto",
    "no contesto",
    "no contestaron",
    "no responde",
    "no respondieron",
    "sin respuesta",
    "nadie respondio",
    "nadie me respondio",
    "no quiso declarar",
    "no quiso responder",
    "no hemos recibido respuesta",
    "sin agua",
    "sin luz",
    "a oscuras",
    "a medias",
    "prometidos",
    "prometidas",
    "prometio",
    "atraso",
    "atrasados",
    "atrasadas",
    "sobreprecio",
    "desde hace",
    "contraloria",
    "fiscalia",
    "nadie",
    "reclamo",
    "reclama",
    "prometido",
    "prometida",
    "prometieron",
    "responsabilidad administrativa",
    "presunta responsabilidad",
    "a dedo",
    "sin concurso",
    "sin licitacion",
    "verguenza",
    "abandonada",
    "abandonado",
    "acumulada",
    "acumuladas",
    "se acumula",
    "a cielo abierto",
    "inasistencia",
    "desbordo",
    "no reciben",
    "no recibe",
    "apagadas",
    "tardo",
    "tardaron",
    "demoro",
    "ironizo",
    "se cae a pedazos",
    "abrio investigacion",
    "abre investigacion",
    "informe de control",
    "empujones",
    "abuso de autoridad",
    "golpean",
    "golpearon",
    "paralizacion",
    "inconcluso",
    "reconocio que",
    "reconoce que",
    "admitio",
    "admite",
}
# Legal and audit trouble as Peruvian news tells it (general usage, not any one story's words): searches, seizures,
# travel bans, detention, prosecutors' inquiries, the offences charged, audits' findings, removal from office.
# Harm like the rest of the negative lexicon: negated, undone ("archivó la investigación fiscal") or said by our
# authority of others, it does not count against us.
LEGAL_TROUBLE = {
    "allanamiento": 1.5,
    "allanamientos": 1.5,
    "allanaron": 1.5,
    "allanan": 1.5,
    "allanada": 1.2,
    "allanado": 1.2,
    "embargaron": 1.4,
    "embargada": 1.2,
    "embargadas": 1.2,
    "embargado": 1.2,
    "embargo de": 1.2,
    "impedimento de salida": 1.8,
    "detencion preliminar": 1.6,
    "investigacion fiscal": 1.2,
    "investigacion preliminar": 1.0,
    "investigado": 1.0,
    "investigada": 1.0,
    "investigados": 1.0,
    "imputado": 1.2,
    "imputados": 1.2,
    "anticorrupcion": 1.0,
    "negociacion incompatible": 1.8,
    "malversacion": 2.0,
    "cohecho": 2.0,
    "enriquecimiento ilicito": 2.0,
    "organizacion criminal": 2.0,
    "lavado de activos": 2.0,
    "sobrevaloracion": 1.8,
    "sobrevalorado": 1.8,
    "sobrevalorados": 1.8,
    "responsabilidad penal": 1.5,
    "inhabilitacion": 1.5,
    "inhabilitado": 1.5,
    "censura": 1.2,
    "censurado": 1.5,
    "querella": 1.0,
}
LEXICON.update(LEGAL_TROUBLE)
NEGATIVE_LEXICON |= set(LEGAL_TROUBLE)
STOPWORDS = {
    "sobre",
    "desde",
    "hasta",
    "entre",
    "donde",
    "cuando",
    "porque",
    "tiene",
    "genera",
    "estas",
    "estos",
    "fueron",
}
LEXICON_WEIGHT = 1.3
_WORD = re.compile(r"\w+", re.UNICODE)
_WORD_OR_CLAUSE_BREAK = re.compile(r"\w+|[:\u2013\u2014]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _features(words: Sequence[str]) -> list[str]:
    feats: list[str] = []
    negate = 0
    for index, word in enumerate(words):
        if word in NEGATORS:
            negate = 3
            feats.append(word)
            continue
        feats.append(f"no_{word}" if negate else word)
        if index:
            feats.append(f"{words[index - 1]}_{word}")
        negate = max(0, negate - 1)
    return feats


class LexiconHit(NamedTuple):
    shown: str  # the phrase as the analyst reads it, with its negator ("no ha cumplido")
    weight: float  # signed: positive is good news
    start: int
    phrase: str  # the lexicon's phrase
    denied: bool  # a harm negated ("no hay ninguna denuncia"): in the accused's mouth, a denial


@dataclass
class ToneResult:
    tone: str
    score: float  # positive minus negative evidence (toward us: the learned decision's score)
    reasons: list[dict] = field(default_factory=list)
    signals: dict[str, float] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)  # the vocabulary the decision read (`word_stems`)


class ToneModel:
    def __init__(self, examples: Iterable[tuple[str, str]]) -> None:
        counts = {label: Counter() for label in LABELS}
        docs = Counter()
        for text, label in examples:
            if label not in counts:
                continue
            docs[label] += 1
            counts[label].update(set(_features(tokens(text))))
        total_docs = sum(docs.values()) or 1
        vocabulary = set().union(*counts.values())
        self._vocabulary_size = len(vocabulary) or 1
        self._prior = {label: math.log((docs[label] + 1) / (total_docs + 3)) for label in LABELS}
        totals = {label: sum(counts[label].values()) for label in LABELS}
        # Log-likelihoods computed once per known feature; every unseen feature shares one value per label.
        self._unseen = {label: math.log(1 / (totals[label] + self._vocabulary_size)) for label in LABELS}
        self._known = {
            feature: {
                label: math.log((counts[label][feature] + 1) / (totals[label] + self._vocabulary_size))
                for label in LABELS
            }
            for feature in vocabulary
        }
        # Phrases are matched with one Aho–Corasick automaton over the folded words (linear in the text).
        self._phrases = [phrase for phrase in LEXICON if fold(phrase) == phrase]
        self._lexicon_matcher = Matcher((index, phrase, False) for index, phrase in enumerate(self._phrases))

    def lexicon_hits(self, words: Sequence[str]) -> list[tuple[str, float]]:
        """(phrase, signed weight) for each lexicon phrase, negation and intensity applied.

        A negator flips what follows it up to the end of its clause (at most NEGATION_REACH words);
        within three words the flip is fuller than beyond. It flips one predicate: once a phrase took it, the
        phrases after are outside its scope ("no ha cumplido con la posta, reclaman dirigentes": the complaint
        is not negated). A word that undoes harm ("improcedente", "reducir", "combatir"…) turns the harm it
        governs, within UNDOER_REACH words, into good news ("declaró improcedente la vacancia").
        """
        return [(hit.shown, hit.weight) for hit in self._hits(words)]

    def lexicon_hits_in(self, folded: str, span: tuple[int, int]) -> list[LexiconHit]:
        """The lexicon hits of folded[start:end], each with where in `folded` its phrase starts."""
        found = list(_WORD_OR_CLAUSE_BREAK.finditer(folded, span[0], span[1]))
        hits = self._hits([match.group() for match in found])
        return [LexiconHit(hit.shown, hit.weight, found[hit.start].start(), hit.phrase, hit.denied) for hit in hits]

    def _hits(self, words: Sequence[str]) -> list[LexiconHit]:
        """Hits whose `start` is the index of the phrase's first word in `words`."""
        hits: list[LexiconHit] = []
        joined = " ".join(words)
        taken_until = 0  # where the last phrase ended: a negator before it was spent on it
        for hit in sorted(self._lexicon_matcher.find(joined, folded=True), key=lambda h: h.start):
            phrase = self._phrases[hit.term_id]
            before = joined[min(taken_until, hit.start) : hit.start].split()[-NEGATION_REACH:]
            taken_until = max(taken_until, hit.end)
            index = joined.count(" ", 0, hit.start)
            harmful = phrase in NEGATIVE_LEXICON
            weight = LEXICON[phrase] * (-1 if harmful else 1)
            negator_at = None if phrase.split()[0] in NEGATORS or phrase in DURATIONS else _negator_reach(before)
            # an undoer governs its whole noun phrase ("archivó la denuncia por colusión"), not one phrase of it
            governed = joined[: hit.start].split()[-UNDOER_REACH:]
            undoer = _undoer_reach(governed) if harmful and negator_at is None else None
            if negator_at is not None:
                weight = -weight * (0.8 if negator_at <= 3 else 0.6)
                shown = f"{' '.join(before[-negator_at:])} {phrase}".strip()
            elif undoer is not None:
                weight = -weight * 0.8
                shown = f"{' '.join(governed[-undoer:])} {phrase}".strip()
                undoer_index = index - undoer
                # the undoing word is not harm of its own ("rechaza" in "rechaza la vacancia")
                hits = [h for h in hits if h.start != undoer_index]
            else:
                shown = phrase
            for w in before[-1:]:
                weight *= INTENSIFIERS.get(w, 1.0)
            hits.append(LexiconHit(shown, weight, index, phrase, denied=harmful and negator_at is not None))
        return hits

    def sentence_vote(self, text: str, *, folded: bool = False) -> float:
        """The learned model's lean on one sentence, in [-1, 1] (positive minus negative posterior)."""
        # Summed per label with plain floats: the story's tone asks this of every sentence that names us.
        positive, neutral, negative = (self._prior[label] for label in LABELS)
        unseen = 0
        for feature in set(_features(_WORD.findall(text) if folded else tokens(text))):
            likelihoods = self._known.get(feature)
            if likelihoods is None:
                unseen += 1
            else:
                positive += likelihoods[POSITIVE]
                neutral += likelihoods[NEUTRAL]
                negative += likelihoods[NEGATIVE]
        positive += unseen * self._unseen[POSITIVE]
        neutral += unseen * self._unseen[NEUTRAL]
        negative += unseen * self._unseen[NEGATIVE]
        top = max(positive, neutral, negative)
        odds = [math.exp(score - top) for score in (positive, neutral, negative)]
        return (odds[0] - odds[2]) / sum(odds)

    def classify(self, text: str) -> ToneResult:
        words = tokens(text)
        feats = set(_features(words))
        scores = dict(self._prior)
        contributions: Counter = Counter()
        unseen = 0
        for feature in feats:
            likelihoods = self._known.get(feature)
            if likelihoods is None:
                unseen += 1
                continue
            for label in LABELS:
                scores[label] += likelihoods[label]
            contributions[feature] = likelihoods[POSITIVE] - likelihoods[NEGATIVE]
        for label in LABELS:
            scores[label] += unseen * self._unseen[label]
        lexicon = self.lexicon_hits(words)
        lexical = sum(weight for _phrase, weight in lexicon)
        scores[POSITIVE] += LEXICON_WEIGHT * max(lexical, 0)
        scores[NEGATIVE] += LEXICON_WEIGHT * max(-lexical, 0)
        if not lexicon:
            scores[NEUTRAL] += 0.8
        tone = max(LABELS, key=lambda label: scores[label])
        reasons = []
        for phrase, weight in sorted(lexicon, key=lambda h: -abs(h[1])):
            if len(reasons) < 5 and phrase not in {r["phrase"] for r in reasons}:
                reasons.append(
                    {
                        "phrase": phrase,
                        "direction": POSITIVE if weight > 0 else NEGATIVE,
                        "weight": round(abs(weight), 2),
                    }
                )
        if len(reasons) < 5 and tone != NEUTRAL:
            learned = [
                (f, w)
                for f, w in contributions.items()
                if abs(w) > 0.4 and "_" not in f and len(f) > 4 and f not in STOPWORDS and (w > 0) == (tone == POSITIVE)
            ]
            learned.sort(key=lambda item: -abs(item[1]))
            seen = {r["phrase"] for r in reasons}
            for feature, weight in learned[: 5 - len(reasons)]:
                if feature not in seen:
                    reasons.append(
                        {
                            "phrase": feature,
                            "direction": POSITIVE if weight > 0 else NEGATIVE,
                            "weight": round(abs(weight), 2),
                            "learned": True,
                        }
                    )
        return ToneResult(tone=tone, score=round(scores[POSITIVE] - scores[NEGATIVE], 3), reasons=reasons)


# --- tone toward the municipality --------------------------------------------------------

# Speech and criticism verbs: our authority as the speaker ("el alcalde criticó…", "…», afirmó Cárdenas").
SPEECH_VERBS = (
    "afirmo|afirma|dijo|dice|declaro|declara|senalo|senala|sostuvo|sostiene|indico|indica|explico|explica|"
    "anuncio|anuncia|aseguro|asegura|advirtio|advierte|critico|critica|cuestiono|cuestiona|lamento|lamenta|"
    "exigio|exige|reclamo|reclama|denuncio|acuso|acusa|califico|califica|rechazo|rechaza|pidio|pide|nego|niega|"
    "respondio|responde|manifesto|manifiesta|expreso|expresa|recordo|agrego|anadio|insistio|arremetio"
)
# Answering an accusation: the harm named is what they answer to ("respondió a las críticas sobre las cámaras que no
# funcionan"), not news about us.
_DEFENCE_VERB = re.compile(
    r"\b(?:respondio|responde|aclaro|aclara|nego|niega|desmintio|desmiente|rechazo que|rechaza que)\b"
)
_SPEECH_VERB = re.compile(rf"(?:{SPEECH_VERBS})")
# A quotation closed by a speech verb with no one named ("«…», declaró."): the speaker is the one just quoted.
_UNNAMED_SPEAKER = re.compile(rf"[»\"”],?\s+(?:{SPEECH_VERBS})\s*[.;]?\s*$")
_AFTER_SUBJECT = re.compile(rf"^[^.«»\"]{{0,45}}?\b(?:{SPEECH_VERBS})\b")
_BEFORE_SUBJECT = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:el|la)?\s*$")
_COLON_QUOTE = re.compile(r"^\s*:\s*[«\"“]")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_SENTENCE_MARK = re.compile(r"[«“»”\"\n.!?;]")
OURS_WEIGHT = 1.0  # a sentence (or the headline) naming us
NEXT_WEIGHT = 0.75  # the sentence right after one naming us ("Sin embargo, los comerciantes reclaman…")
HEADLINE_WEIGHT = 0.5  # a headline that does not name us: it sums up a story that does, or one that merely mentions us
SIGNALS_SHOWN = 3  # the explanation lists the signals that weighed most in the decision, then the phrases
LEARNED_WORDS_SHOWN = 3  # and the words that weighed most the way the decision went
VOTE_WEIGHT = 0.6  # the learned model's lean on each sentence naming us (corrections teach it)
# The municipality or its authority doing one of a municipality's works or services, as the subject of the verb
# ("la municipalidad instaló…", "el alcalde inauguró…", "brigadas de la comuna fumigaron…"): news reports a
# service delivered in plain words, with no praise, and readers take it as good news about the municipality.
# Stems of the verbs (folded), matched in any tense or participle, once per sentence that names us before the verb
# (not after "en" or "a": "los vecinos de <place> construyeron…" is not the municipality building). Weight and reach
# chosen on the evaluation's dev part (docs/monitoring-evaluation.md).
SERVICE_STEMS = (
    "inaugur|entreg|constru|instal|implement|ampli|renov|habilit|ejecut|culmin|capacit|benefici|mejor|recuper|"
    "moderniz|adquir|repar|asfalt|paviment|rehabilit|distribu|atend|organiz|promov|fumig|vacun|fiscaliz|clausur|"
    "patrull|limpi|recog|arboriz|ilumin|senaliz|sembr|don|lanz|estren|coloc|repart|financ|formaliz|rescat|"
    "remodel|refaccion"
)
# Endings of the verb forms news uses (folded): present, preterite, future, participles, gerund, infinitive.
VERB_ENDINGS = (
    "aron|ieron|yeron|iendo|yendo|ando|ados|adas|idos|idas|aran|iran|eran|aban|iera|ado|ada|ido|ida|ara|ira|era|"
    "aba|ian|yen|an|en|ar|er|ir|io|ia|yo|ye|a|o|e"
)
_SERVICE_VERB = re.compile(rf"\b(?:{SERVICE_STEMS})(?:{VERB_ENDINGS})\b")
SERVICE_WEIGHT = 0.3
# A service, a visit or a thing the neighbours lack, negated ("no pasa", "nunca se construyó", "no tiene"), in a story
# about us: what the municipality did not deliver.
ARRIVAL_VERBS = (
    "llego|llegan|llega|llegaron|vienen|viene|vino|pasa|pasan|paso|sube|suben|subio|aparece|aparecen|volvio|volvieron|"
    "tiene|tienen|hay"
)
_UNDELIVERED = re.compile(
    rf"\b(?:no|nunca|jamas)\s+(?:(?:se|ha|han|lo|la|le|les)\s+)?(?:(?:{SERVICE_STEMS})(?:{VERB_ENDINGS})|{ARRIVAL_VERBS})\b"
)
UNDELIVERED_WEIGHT = 0.5
# Enforcement by us: what follows the verb is the offender ("decomisaron embutidos vencidos", "multó a la discoteca",
# "inició el embargo de las cuentas de empresas morosas"; "sin embargo" is a connective, not a seizure).
ENFORCEMENT_STEMS = (
    "decomis|incaut|mult|sancion|clausur|captur|detuv|interv|desarticul|fiscaliz|erradic|(?<!sin )embarg"
)
_ENFORCEMENT_VERB = re.compile(rf"\b(?:{ENFORCEMENT_STEMS})(?:{VERB_ENDINGS})\b")
# Outcomes told through figures ("los robos bajaron de 46 a 7", "la recaudación subió 30 %", "cero casos de dengue",
# "ya no se inunda"): a change in something the municipality answers for, good when what is counted is a harm that
# went down or a service that went up. Words are general Spanish news usage for counts and their direction.
FEWER_VERBS = (
    r"bajo(?=\s+(?:de|a|en|hasta|un|una|\d))|bajaron|bajan|redujo|redujeron|reduce|reducen|disminuyo|disminuyeron|"
    "disminuye|disminuyen|cayo|"
    "cayeron|cae|caen|descendio|descendieron|desciende"
)
MORE_VERBS = (
    "subio|subieron|sube|suben|aumento|aumentaron|aumenta|aumentan|elevo|elevaron|crecio|crecieron|crece|crecen|"
    "duplico|duplicaron|duplica|duplican|triplico|triplicaron|triplica|triplican|se multiplico|se multiplicaron"
)
# What is counted: harms (fewer is better) and services or results (more is better), as stems.
HARM_COUNTS = (
    "robo|asalto|delito|denuncia|queja|reclamo|caso|accidente|muert|fallec|herid|homicid|extorsion|espera|deuda|"
    "deudor|morosidad|anemia|desnutric|basura|desecho|residuo|botadero|basural|punto critico|emergencia|contagi|infect|"
    "inundac|demora|cola|criadero|victima|incidencia|agresion|violencia|atropell|perdida|desercion|dengue|brote"
)
SERVICE_COUNTS = (
    "recaudac|aprobac|cobertura|atencion|atendid|beneficiari|vacunad|venta|visitante|turista|contribuyente|"
    "inversion|ejecucion|empleo|matricul|asistencia|recicla|area verde|arbol|recojo|recoleccion|afluencia|"
    "ingreso|usuario|patrullaje|recuperad"
)
_FEWER_OR_MORE = re.compile(rf"\b(?:(?P<fewer>{FEWER_VERBS})|(?P<more>{MORE_VERBS}))\b")
# A ranking's ends ("el penúltimo lugar", "primeros puestos"): good or bad news by themselves.
_RANK = re.compile(
    r"\b(?:(?P<top>primer|primeros)|(?P<bottom>ultimo|ultimos|penultimo|penultimos))\s+(?:lugar|lugares|puesto|puestos)\b"
)
_FIGURE = r"\d+(?:[.,]\d+)?"
# "de 38 a 19", "de 38 toneladas diarias pasó a 19" (years are periods, not figures: "de 2019 a 2024")
_FROM_TO = re.compile(
    rf"\bde\s+(?P<before>{_FIGURE})(?:\s+[a-z]+){{0,3}}?\s+(?:paso\s+|pasaron\s+)?a\s+(?P<after>{_FIGURE})\b"
    r"(?!\s*(?::|horas|hrs|h\b|anos|de la|del|y\b))"  # a timetable or an age range, not a change
)
_COUNTED = re.compile(rf"\b(?:(?P<harm>{HARM_COUNTS})|(?P<service>{SERVICE_COUNTS}))")
COUNT_REACH = 60  # characters either side of the direction where what is counted is named
_NONE_OF = re.compile(rf"\b(?:cero|ningun|ninguna|ni un|ni una|ni un solo|ni una sola)\s+(?:(?:{HARM_COUNTS})\w*)")
# "ya no" before a service or an arrival is a service lost ("ya no pasa el camión"); before anything else, a harm
# that ended ("ya no se inunda", "ya no tienen que cruzar el río").
_NO_LONGER = re.compile(r"\bya no\s+(?:(?:se|nos|les|le|lo|la|los|las|me)\s+)?(\w+)(\s+que)?((?:\s+\w+){0,3})")
# "ya no creemos", "ya no pueden llegar": trust or means lost. "ya no a las 10": a schedule moved, not an outcome.
NO_LONGER_LOST = re.compile(r"cre\w*|confi\w*|pregunt\w*|pued\w*|pode\w*|estan|estaban|queda\w*")
NO_LONGER_NOTHING = {"a", "al", "por", "en", "de", "del", "el", "la", "los", "las", "con", "para", "solo"}
# A promise past its date, a lack that persists ("debía entregarse en junio", "aún no", "sigue sin", "pese a que"…).
_OVERDUE = re.compile(
    r"\b(?:sigue sin|siguen sin|aun no|todavia no|hasta ahora no|hasta hoy no|hasta la fecha no|y nada|"
    r"pese a que|a pesar de que|pese a los|pese al|pese a la|debia|debian|debio|debieron|deberia haber|"
    r"vencio el plazo|plazo vencio|plazo vencido|ya vencio|fuera de plazo|sigue paralizad\w*|siguen paralizad\w*|"
    r"sigue abierto|sigue abierta|sigue cerrado|sigue cerrada|sigue igual|siguen igual|nunca llego|nunca llegaron)\b"
)
FACT_SHOWN_WEIGHT = 0.5  # how an outcome or an overdue promise ranks among the explanation's phrases
_BEFORE_NOW = re.compile(r"\b(?:hasta|antes)\b")  # "hasta octubre debían viajar": a hardship that ended
_PROMISE = re.compile(r"\b(?:prometio|prometieron|prometido|se comprometio|se comprometieron|ofrecio|ofrecieron)\b")
# The municipality as the agent of a passive ("el puente, construido por la municipalidad, …").
_DONE_BY = re.compile(
    rf"\b(?:{SERVICE_STEMS})(?:ados|adas|idos|idas|ado|ada|ido|ida)\s+por\s+(?:el\s+|la\s+|los\s+|las\s+)?$"
)
# A neighbour's relief in their own words: a quote that sets now against before ("«ahora mi hija va sola al
# colegio»", "«antes no se podía ni pasar; hoy juegan los niños»"), an end to waiting, thanks, contentment.
_QUOTE = re.compile(r"\u00ab([^\u00bb]+)\u00bb|\u201c([^\u201d]+)\u201d")
_RELIEF = re.compile(
    r"^\W*ahora\b|\bahora si\b|\bpor fin\b|\bgracias a\b|\bnos cambio la vida\b|\bantes\b.*\b(?:ahora|hoy)\b|"
    r"\b(?:estamos|estoy|quedamos|vivimos|me voy|nos vamos|andamos)\s+(?:muy\s+|mas\s+)?"
    r"(?:content[oa]s?|felices|feliz|agradecid[oa]s?|tranquil[oa]s?)\b"
)
LEAD_SENTENCES = 2  # the headline and the first sentence of the text: where news says whom a story is about
REST_WEIGHT = 0.75  # a sentence of a story about us that does not name us
# Position-only references to us once named (see references_to_us). Persons among them may be the speaker.
PERSON_REFERENCES = {"alcalde", "alcaldesa", "burgomaestre", "gerenta municipal", "gerente municipal"}
_REFERENCE = re.compile(
    r"\b(?:la|el|los|esta|este|dicha|dicho|nuestra|nuestro|del|al)\s+"
    r"(municipalidad|comuna|municipio|alcaldia|gestion municipal|gestion edil|burgomaestre|alcaldesa|alcalde|"
    r"gerenta municipal|gerente municipal|serenazgo|serenos|concejo municipal)\b"
    r"(?!\s+(?:distrital\s+|provincial\s+)?(?:de|del|provincial|regional)\b)"
)
_OPENING_QUOTES, _CLOSING_QUOTES = ("\u00ab", '"', "\u201c"), ("\u00bb", '"', "\u201d")
_SOURCE = re.compile(r"\bsegun\s+[^,]*$")  # after "según" and before the comma that closes the source
# Irony: a sentence opening with "¡Qué…", "Tremendo…", "Vaya…", or saying "como siempre" or "ironizó".
_IRONY = re.compile(r"^\s*[\u00a1\u00ab\"]?\s*(?:que|tremend[ao]s?|vaya|menud[ao])\s+\w+|\bcomo siempre\b|\bironiz")
SERVICE_REACH = 8  # words from the end of our name to the verb: the name, its apposition, "y de la red de salud"
# Before our name, a preposition that makes it a place or an object, not the one acting ("en Pampa", "a la comuna").
_NOT_AGENT_BEFORE = re.compile(r"\b(?:en|a|al|para|hacia|desde|contra|sin|ante|con)\s+(?:la\s+|el\s+)?$")


# The learned decision: a multinomial logistic regression over the story's signals (what the rules above found, each
# compressed as sign·log(1+|x|)) and the word stems of the story, trained on the evaluation corpus's labelled
# stories by evaluation/monitoring/tone_train.py (weights and how they were chosen: tone_data/decision.json).
# The rules carry what they can explain; the stems carry how news is told beyond any lexicon ("se acumulan",
# "a la fecha", "beneficiará"), learned from several writers so that a new writer's way of telling is met.
DECISION_FILE = DATA_DIR / "decision.json"
CLASSES = (NEGATIVE, NEUTRAL, POSITIVE)  # the order of every weight triple in decision.json
STEM_LENGTH = 6  # "acumulan", "acumulacion", "acumulada" share "acumul": one decision for a word's family
FEW_WORDS = 20  # known words of a brief news story (most training stories have 40 to 150)
_WORD_OF_PAIR = re.compile(r"[a-z\u00f1]+")
HEADLINE_MARK, PAIR_MARK = "h:", "p:"  # a headline word's stem, a pair's stems ("p:sigue_sin")
# Words too common to say anything about tone; the stems of the rest are the learned decision's vocabulary.
FUNCTION_WORDS = frozenset(
    "las los del que por con para una uno unos unas como mas pero este esta estos estas fue han son entre sobre "
    "desde tambien sin hasta les muy cuando donde porque segun ante tras otro otra sus".split()
)


def word_stems(folded: str, targets: Iterable[Target] = ()) -> dict[str, str]:
    """The learned decision's vocabulary in a story, each with the words it came from (the explanation shows them).

    Each word's stem; the headline's again, marked HEADLINE_MARK (a headline sums the story up, so its words weigh
    apart from the same words in the text); and each pair of neighbouring words, marked PAIR_MARK ("sigue sin",
    "no entrego", "a la fecha": what a word means depends on the one before it). The words of our own names are left
    out: they say who the story is about, not how it tells it, and each municipality's names differ ("santa",
    "pampa" would otherwise be learned from the training districts); a pair never spans one of them.
    """
    stems: dict[str, str] = {}
    headline_end = folded.find("\n") % (len(folded) + 1)
    position = 0
    for target in sorted(targets, key=lambda t: t.start):
        _add_stems(stems, folded, position, target.start, headline_end)
        position = max(position, target.end)
    _add_stems(stems, folded, position, len(folded), headline_end)
    return stems


def _add_stems(stems: dict[str, str], folded: str, start: int, end: int, headline_end: int) -> None:
    previous = ""
    for found in _WORD_OF_PAIR.finditer(folded, start, end):
        word = found.group()
        if len(word) >= 3 and word not in FUNCTION_WORDS:
            stem = word[:STEM_LENGTH]
            stems.setdefault(stem, word)
            if found.start() < headline_end:
                stems.setdefault(HEADLINE_MARK + stem, word)
        if len(previous) > 1 and len(word) > 2:
            stems.setdefault(f"{PAIR_MARK}{previous[:STEM_LENGTH]}_{word[:STEM_LENGTH]}", f"{previous} {word}")
        previous = word


def _worth_showing(words: str) -> bool:
    """A learned word or pair an analyst can read as a reason: "reclamos", "sigue sin", "nunca llego"; not "en las"
    or "los vecinos" (the pair's weight is then the plain word's business)."""
    return all(word in NEGATORS or (len(word) >= 4 and word not in FUNCTION_WORDS) for word in words.split())


def word_share(known: int) -> float:
    """What each known stem of a story weighs: 1/sqrt(how many), so that a long story does not outvote a short one."""
    return 1 / math.sqrt(known) if known else 0.0


def word_trust(known_words: int) -> float:
    """How far a text's words are trusted: fully from a short news story's count of known words (its headline's
    words and its pairs are not counted again), less below."""
    return min(1.0, known_words / FEW_WORDS)


def is_plain_word(stem: str) -> bool:
    return not stem.startswith((HEADLINE_MARK, PAIR_MARK))


class Decision(NamedTuple):
    """Two learned regressions: one over a news story's signals and words, one over the signals alone for short
    texts (a one-line note, a teaser), whose few words say little; a text between the two takes both, the story's
    in proportion to how many known words it has (`word_trust`)."""

    signal_weights: dict[str, tuple[float, float, float]]  # per compressed signal, per class of CLASSES
    word_weights: dict[str, tuple[float, float, float]]  # per stem; a story's known stems weigh word_share
    bias: tuple[float, float, float]
    short_signal_weights: dict[str, tuple[float, float, float]]
    short_bias: tuple[float, float, float]

    @classmethod
    def load(cls, path: Path = DECISION_FILE) -> Decision:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            {name: tuple(weights) for name, weights in data["signals"].items()},
            {stem: tuple(weights) for stem, weights in data["words"].items()},
            tuple(data["bias"]),
            {name: tuple(weights) for name, weights in data["short"]["signals"].items()},
            tuple(data["short"]["bias"]),
        )

    def evidence(self, signals: dict[str, float], stems: Iterable[str]) -> list[float]:
        """Per class of CLASSES, the evidence for it (a logit)."""
        known = [self.word_weights[stem] for stem in stems if stem in self.word_weights]
        trust, share = self._trust(stems), word_share(len(known))
        story = _signal_evidence(self.bias, self.signal_weights, signals)
        for weights in known:
            for index in range(3):
                story[index] += weights[index] * share
        short = _signal_evidence(self.short_bias, self.short_signal_weights, signals)
        return [trust * mine + (1 - trust) * theirs for mine, theirs in zip(story, short, strict=True)]

    def tone(self, evidence: Sequence[float]) -> str:
        return CLASSES[max(range(3), key=evidence.__getitem__)]

    def contributions(self, signals: dict[str, float], stems: Iterable[str]) -> dict[str, float]:
        """Each signal's push toward positive (> 0) or negative (< 0): its positive minus its negative evidence."""
        trust = self._trust(stems)
        pushes = {}
        for name in self.signal_weights.keys() | self.short_signal_weights.keys():
            story, short = (
                weights.get(name, (0.0, 0.0, 0.0)) for weights in (self.signal_weights, self.short_signal_weights)
            )
            toward = trust * (story[2] - story[0]) + (1 - trust) * (short[2] - short[0])
            pushes[name] = toward * compress(signals.get(name, 0.0))
        return pushes

    def word_contributions(self, stems: Iterable[str]) -> dict[str, float]:
        """The same push for each known stem of the story (shared as the decision shares it)."""
        known = [stem for stem in stems if stem in self.word_weights]
        weight = self._trust(known) * word_share(len(known))
        return {stem: (self.word_weights[stem][2] - self.word_weights[stem][0]) * weight for stem in known}

    def _trust(self, stems: Iterable[str]) -> float:
        return word_trust(sum(stem in self.word_weights and is_plain_word(stem) for stem in stems))


def _signal_evidence(bias: Sequence[float], weights: dict[str, tuple[float, float, float]], signals: dict[str, float]):
    totals = list(bias)
    for name, triple in weights.items():
        value = compress(signals.get(name, 0.0))
        for index in range(3):
            totals[index] += triple[index] * value
    return totals


def compress(value: float) -> float:
    """sign·log(1+|x|): a second complaint adds less than the first (and a long story does not outvote a short one)."""
    return math.copysign(math.log1p(abs(value)), value)


_DECISION: Decision | None = None


def decision() -> Decision:
    global _DECISION
    if _DECISION is None:
        _DECISION = Decision.load()
    return _DECISION


@dataclass
class Target:
    start: int
    end: int
    is_person: bool  # an authority (who may be the speaker), not the institution or a place
    is_place: bool = False  # the district's name alone: a travel piece names it too, so it does not make the story ours


def sentences(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; the headline (first line) is one, quotes are never cut."""
    spans, start, depth = [], 0, 0
    for found in _SENTENCE_MARK.finditer(folded):  # only quotes and sentence ends matter: skip the other characters
        index, char = found.start(), found.group()
        if char in "«“":
            depth += 1
        elif char in "»”" and depth:
            depth -= 1
        elif char == '"':
            depth = 0 if depth else 1
        elif (char == "\n" or (char in ".!?;" and folded[index + 1 : index + 2] in (" ", "\n", ""))) and (
            depth == 0 or char == "\n"
        ):
            if folded[start:index].strip():
                spans.append((start, index + 1))
            start, depth = index + 1, 0 if char == "\n" else depth
    if folded[start:].strip():
        spans.append((start, len(folded)))
    return spans


def _speaks(folded: str, sentence: tuple[int, int], target: Target) -> bool:
    """Our authority is the speaker of this sentence (what they say of others is not said of us)."""
    if not target.is_person:
        return False
    after = folded[target.end : sentence[1]]
    before = folded[sentence[0] : target.start]
    return bool(_AFTER_SUBJECT.match(after) or _BEFORE_SUBJECT.search(before) or _COLON_QUOTE.match(after))


def tone_toward(model: ToneModel, folded: str, targets: list[Target]) -> ToneResult:
    """The story's tone toward the municipality and its authorities, explained.

    Without a mention of ours it is neutral. Each sentence naming us counts fully (the headline is a sentence;
    "la municipalidad", "el alcalde"… name us once the story has, see `references_to_us`), the one right after it
    NEXT_WEIGHT, a headline that does not name us HEADLINE_WEIGHT. When the headline or the lead names us or the
    district, and the story names us (not only the district), the story is about us and its other sentences count
    REST_WEIGHT; otherwise they do not count: a crash on the highway in a story that also gives the
    municipality's opening hours is not bad news about us. A negated service, visit or possession ("el camión no
    pasa") counts against us; "según <source>," is who tells the news, not what it tells.
    In a sentence whose speaker is our authority and that names nobody else of ours, negative words are what
    they say of others (the Mayor criticising the regional government): they are listed as not counted; when
    the sentence names us besides the speaker (the regidor denouncing the municipality), they count. Negative
    words in what our enforcement acts on ("decomisaron embutidos vencidos") describe the offender, not us.
    Praise after an ironic opening ("¡Qué eficiencia…!", to the end of its paragraph) or in scare quotes
    ("su «emoción»") counts against us when the rest of the story is bad news.
    What the rules found is summed up as a few signals (praise, harm, services, undelivered services, the learned
    model's vote, irony; news told through facts: a figure that changed, a promise overdue, a work done by us told in
    the passive; a neighbour's relief in their own words), and the learned decision (`Decision`,
    tone_data/decision.json) weighs them with the story's word stems; the explanation names the signals (and the
    words, together) that weighed most, then the phrases, then the words that carried the decision.
    """
    if not targets:
        return ToneResult(tone=NEUTRAL, score=0.0, reasons=[])
    named = targets
    targets = sorted([*targets, *references_to_us(folded, targets)], key=lambda t: t.start)
    spans = sentences(folded)
    lead_end = spans[min(LEAD_SENTENCES, len(spans)) - 1][1]
    ours_in_lead = any(t.start < lead_end for t in targets) and any(not t.is_place for t in targets)
    score = 0.0
    previous_named = ours_spoke_last = False
    counted: list[tuple[str, float]] = []
    ignored: list[tuple[str, float, str]] = []  # (phrase, weight, why: "said" or "offender")
    ironic: list[tuple[str, float]] = []
    ironic_until = 0
    signals: Counter = Counter()
    explained: list[tuple[str, float]] = []  # facts behind the learned signals that the rules' sum does not weigh
    for sentence in spans:
        inside = [t for t in targets if sentence[0] <= t.start < sentence[1]]
        if inside:
            weight = OURS_WEIGHT
        elif previous_named:
            weight = NEXT_WEIGHT
        elif sentence[0] == 0:
            weight = HEADLINE_WEIGHT
        else:
            weight = REST_WEIGHT if ours_in_lead else 0.0
        previous_named = bool(inside)
        # a neighbour's relief counts wherever it is quoted in a story naming us: it often closes a story that
        # names us late, past the sentences that count; not our own authority's words
        if not any(_speaks(folded, sentence, t) for t in inside):
            for relief in _relief_quotes(folded, sentence):
                signals["relief"] += 1
                explained.append((relief, FACT_SHOWN_WEIGHT))
        if not weight:
            continue
        speakers = [t for t in inside if _speaks(folded, sentence, t)]
        quoted = not inside and ours_spoke_last and _UNNAMED_SPEAKER.search(folded, sentence[0], sentence[1])
        spoken = bool(speakers) or bool(quoted)
        defends = spoken and _DEFENCE_VERB.search(folded, sentence[0], sentence[1])
        about_others = spoken and (defends or all(any(_overlap(t, s) for s in speakers) for t in inside))
        ours_spoke_last = spoken
        service = _service_by_us(folded, sentence, inside)
        if service:
            score += SERVICE_WEIGHT
            signals["service"] += 1
            counted.append((service, SERVICE_WEIGHT))
        undelivered = None if spoken else _UNDELIVERED.search(folded, sentence[0], sentence[1])
        if undelivered:
            score -= UNDELIVERED_WEIGHT * weight
            signals["undelivered"] += weight
            counted.append((undelivered.group(), -UNDELIVERED_WEIGHT * weight))
        offender_from = _enforcement_object_start(folded, sentence, inside)
        done_by = next(
            (f for t in inside if (f := _DONE_BY.search(folded, max(sentence[0], t.start - 40), t.start))), None
        )
        if done_by:
            signals["done_by"] += 1
            explained.append((done_by.group().strip(), SERVICE_WEIGHT))
        if not spoken:
            # news told through facts: a figure that changed, a promise overdue (shown, not added to the rules' sum)
            for shown, sign in _outcomes(folded, sentence):
                signals["outcome"] += sign * weight
                explained.append((shown, sign * FACT_SHOWN_WEIGHT * weight))
            for cue in _overdue(folded, sentence):
                signals["overdue"] += weight
                explained.append((cue, -FACT_SHOWN_WEIGHT * weight))
            promised = len(_PROMISE.findall(folded, sentence[0], sentence[1]))
            if promised:
                signals["promise"] += promised * weight
        cites = "segun " in folded[sentence[0] : sentence[1]]
        if _IRONY.search(folded[sentence[0] : sentence[1]]):
            ironic_until = folded.find("\n\n", sentence[0]) % (len(folded) + 1)  # to the end of the paragraph
        for phrase, value, at, base, denied in model.lexicon_hits_in(folded, sentence):
            # what our speaker says: their own verb ("negó", "criticó"), their denials, and harm they tell of
            # others are not news about us
            said = spoken and (_SPEECH_VERB.fullmatch(base) or denied or (value < 0 and about_others))
            if cites and _SOURCE.search(folded, max(sentence[0], at - 40), at) and "," in folded[at : sentence[1]]:
                continue  # "según la Contraloría, …": who tells the news, not what it tells
            if said or (value < 0 and offender_from is not None and at >= offender_from):
                ignored.append((phrase, value, "said" if said else "offender"))
                continue
            scare_quoted = (
                folded[at - 1 : at] in _OPENING_QUOTES
                and folded[at + len(base) : at + len(base) + 1] in _CLOSING_QUOTES
            )
            if value > 0 and (at < ironic_until or scare_quoted):
                ironic.append((phrase, value * weight))
                continue
            score += value * weight
            signals["praise" if value > 0 else "harm"] += abs(value * weight)
            counted.append((phrase, value * weight))
        if inside and not about_others:
            vote = model.sentence_vote(folded[sentence[0] : sentence[1]], folded=True)
            score += VOTE_WEIGHT * vote
            signals["vote"] += vote
    # Irony is read from its contrast with the facts: praise words in an ironic passage are praise unless the
    # rest of the story is bad news for us (the rules' own sum says which; the tone itself is the learned decision's).
    read_as_irony = score < 0
    for phrase, value in ironic:
        value = -value if read_as_irony else value
        score += value
        signals["irony"] += value
        counted.append((phrase, value))
    learned = decision()
    # The words are the story's minus the names of us it stores, not minus the position-only references added above:
    # training reads what the running pipeline reads (`ToneResult.words`). Leaving out what our authorities say of
    # others as well was measured and did not carry to new writers (docs/monitoring-evaluation.md, eleventh pass).
    stems = word_stems(folded, named)
    evidence = learned.evidence(signals, stems)
    tone = learned.tone(evidence)
    top = max(evidence)
    odds = [math.exp(value - top) for value in evidence]
    decided = (odds[2] - odds[0]) / sum(odds)  # how far toward positive (1) or negative (-1) the decision leans
    words = learned.word_contributions(stems)
    contributions = learned.contributions(signals, stems)
    contributions["words"] = sum(words.values())
    # what weighed most in the decision, then the phrases behind it
    reasons: list[dict] = [
        {
            "phrase": name,
            "signal": True,
            "direction": POSITIVE if value > 0 else NEGATIVE,
            "weight": round(abs(value), 2),
        }
        for name, value in sorted(contributions.items(), key=lambda item: -abs(item[1]))[:SIGNALS_SHOWN]
        if abs(value) >= 0.05
    ]
    phrases: list[dict] = []
    for phrase, weight in sorted(counted + explained, key=lambda h: -abs(h[1])):
        if len(phrases) < 6 and phrase not in {r["phrase"] for r in phrases}:
            direction = POSITIVE if weight > 0 else NEGATIVE
            phrases.append({"phrase": phrase, "direction": direction, "weight": round(abs(weight), 2)})
            if read_as_irony and any(phrase == ironic_phrase for ironic_phrase, _value in ironic):
                phrases[-1]["ironic"] = True
    for phrase, value, why in ignored:
        if len(phrases) < 9 and phrase not in {r["phrase"] for r in phrases}:
            direction = POSITIVE if value > 0 else NEGATIVE
            phrases.append({"phrase": phrase, "direction": direction, "weight": 0, "ignored": True, "why": why})
    # the words that carried the decision the way it went, as the text spells them
    if tone != NEUTRAL:
        toward = 1 if tone == POSITIVE else -1
        listed = {r["phrase"] for r in phrases}
        carried = sorted(
            (
                (value * toward, stems[stem])
                for stem, value in words.items()
                if value * toward > 0 and _worth_showing(stems[stem])
            ),
            reverse=True,
        )
        by_words: list[dict] = []
        for value, word in carried:
            if word not in listed and len(by_words) < LEARNED_WORDS_SHOWN:  # a headline word and its twin show once
                listed.add(word)
                by_words.append({"phrase": word, "direction": tone, "weight": round(value, 2), "learned": True})
        phrases += by_words
    reasons += phrases
    return ToneResult(tone=tone, score=round(decided, 3), reasons=reasons, signals=dict(signals), words=stems)


def references_to_us(folded: str, targets: list[Target]) -> list[Target]:
    """Position-only references after the story first names us ("la municipalidad", "el alcalde", "la comuna").

    News names the municipality or its Mayor once and then refers to them by position; those sentences speak of
    us as much as the first. Not before the first mention, and not when another body is specified ("el alcalde
    provincial", "la municipalidad de Alondra Alta").
    """
    first = min(t.start for t in targets)
    return [
        Target(found.start(1), found.end(1), is_person=found.group(1) in PERSON_REFERENCES)
        for found in _REFERENCE.finditer(folded, first)
        if not any(t.start <= found.start(1) < t.end for t in targets)
    ]


def _overlap(one: Target, other: Target) -> bool:
    return one.start < other.end and other.start < one.end


def _enforcement_object_start(folded: str, sentence: tuple[int, int], inside: list[Target]) -> int | None:
    """Where the object of our enforcement starts (after "decomisó", "multó", "clausuró"…), if we enforce here."""
    verb = _verb_by_us(_ENFORCEMENT_VERB, folded, sentence, inside)
    return None if verb is None else verb.end()


def _service_by_us(folded: str, sentence: tuple[int, int], inside: list[Target]) -> str | None:
    """The service verb our name is the subject of in this sentence, if any (see SERVICE_STEMS)."""
    verb = _verb_by_us(_SERVICE_VERB, folded, sentence, inside)
    return None if verb is None else verb.group()


def _verb_by_us(verbs: re.Pattern, folded: str, sentence: tuple[int, int], inside: list[Target]) -> re.Match | None:
    """A verb of `verbs` whose subject is one of our names in this sentence (within SERVICE_REACH words after it)."""
    for target in inside:
        verb = verbs.search(folded, target.end, sentence[1])
        if verb is None or _NOT_AGENT_BEFORE.search(folded, max(sentence[0], target.start - 12), target.start):
            continue
        between = folded[target.end : verb.start()].split()
        # "no entregó", "nunca instaló": not a service delivered
        if len(between) < SERVICE_REACH and not NEGATORS.intersection(between):
            return verb
    return None


def _negator_reach(before: Sequence[str]) -> int | None:
    """How many words back the governing negator is, if one governs the next word; None otherwise."""
    for distance, word in enumerate(reversed(before), start=1):
        if word in CLAUSE_BREAKS:
            return None
        if word == "que" and before[-distance - 1 : -distance] and before[-distance - 1] not in TRUTH_PREDICATES:
            return None  # "nunca menciona que tardó": what is said or known is not negated
        if word in NEGATORS:
            return distance if (word not in SHORT_NEGATORS or distance <= 3) else None
    return None


def _outcomes(folded: str, sentence: tuple[int, int]) -> list[tuple[str, int]]:
    """Each figure this sentence tells got better (+1) or worse (-1), with the words that tell it (FEWER_VERBS…)."""
    start, end = sentence
    found_outcomes: list[tuple[str, int]] = []
    directions: list[tuple[int, int, bool]] = []  # (start, end, fewer)
    for found in _FEWER_OR_MORE.finditer(folded, start, end):
        directions.append((found.start(), found.end(), found.group("fewer") is not None))
    figures_from = len(directions)  # the directions told only by figures, whose counted thing comes before them
    for found in _FROM_TO.finditer(folded, start, end):
        before, after = (float(found.group(g).replace(",", ".")) for g in ("before", "after"))
        if any(1900 <= figure <= 2100 and figure.is_integer() for figure in (before, after)) or before == after:
            continue
        if not any(d_start - 40 <= found.start() <= d_end + 40 for d_start, d_end, _fewer in directions):
            directions.append((found.start(), found.end(), after < before))
    for index, (d_start, d_end, fewer) in enumerate(directions):
        left, right = max(start, d_start - COUNT_REACH), min(end, d_end + COUNT_REACH)
        # "sus residuos: de 38 toneladas pasó a 19, con 24 recicladoras": what a figure counts is named before it
        counted = (index >= figures_from and _nearest_count(folded, left, d_start, d_end, d_start)) or None
        counted = counted or _nearest_count(folded, left, d_start, d_end, right)
        if counted is not None:
            harm, where = counted
            shown = folded[min(d_start, where.start()) : max(d_end, where.end())]
            found_outcomes.append(
                (shown if len(shown) <= COUNT_REACH else folded[d_start:d_end], 1 if fewer == harm else -1)
            )
    found_outcomes += [(found.group(), 1) for found in _NONE_OF.finditer(folded, start, end)]
    found_outcomes += [(found.group(), 1 if found.group("top") else -1) for found in _RANK.finditer(folded, start, end)]
    for found in _NO_LONGER.finditer(folded, start, end):
        verb, obligation, following = found.group(1), found.group(2), found.group(3).strip()
        if verb in NO_LONGER_NOTHING:
            continue
        counted_after = _COUNTED.match(following)
        if obligation and verb.startswith(("tien", "teng", "tend", "hay")):  # "ya no tienen que cruzar el río"
            sign = 1
        elif following.startswith("nada"):  # "ya no esperan nada"
            sign = -1
        elif verb in ARRIVAL_VERBS.split("|"):  # "ya no pasa el camión"; but "ya no hay colas"
            sign = 1 if counted_after is not None and counted_after.group("harm") else -1
        elif _SERVICE_VERB.fullmatch(verb) or NO_LONGER_LOST.fullmatch(verb):
            sign = -1
        else:  # "ya no se inunda"
            sign = 1
        found_outcomes.append((folded[found.start() : found.end(1)], sign))
    return found_outcomes


def _relief_quotes(folded: str, sentence: tuple[int, int]) -> list[str]:
    """The quotes in this sentence that voice relief (see _RELIEF), each clipped for the explanation."""
    found = []
    for quote in _QUOTE.finditer(folded, sentence[0], sentence[1]):
        said = quote.group(1) or quote.group(2)
        if _RELIEF.search(said):
            found.append(said[:60])
    return found


def _overdue(folded: str, sentence: tuple[int, int]) -> list[str]:
    """The promises past their date or lacks that persist this sentence tells (see _OVERDUE)."""
    cues = []
    for found in _OVERDUE.finditer(folded, sentence[0], sentence[1]):
        cue, before = found.group(), folded[sentence[0] : found.start()]
        if cue.startswith("deb") and (_BEFORE_NOW.search(before) or before.endswith(("le ", "les "))):
            continue  # "hasta octubre debían viajar" is a hardship that ended; "el sueldo que se les debía", a debt
        if cue.startswith("sigue") and (counted := _COUNTED.match(folded, found.end() + 1)) and counted.group("harm"):
            continue  # "sigue sin dengue"
        cues.append(cue)
    return cues


def _nearest_count(folded: str, left: int, start: int, end: int, right: int) -> tuple[bool, re.Match] | None:
    """What is counted nearest to folded[start:end] (is it a harm?, where), if anything is within left..right."""
    best: tuple[int, bool, re.Match] | None = None
    for found in _COUNTED.finditer(folded, left, right):
        if start <= found.start() < end:
            continue
        distance = start - found.end() if found.end() <= start else found.start() - end
        if best is None or distance < best[0]:
            best = (distance, found.group("harm") is not None, found)
    return None if best is None else (best[1], best[2])


def _undoer_reach(before: Sequence[str]) -> int | None:
    """How many words back a word that undoes the harm after it is, if one does (same clause)."""
    for distance, word in enumerate(reversed(before), start=1):
        if word in CLAUSE_BREAKS:
            return None
        if word in UNDOERS:
            return distance
    return None


def labelled_examples() -> list[tuple[str, str]]:
    examples = []
    for label in LABELS:
        for line in (DATA_DIR / f"{label}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                examples.append((line.strip(), label))
    return examples


_MODEL: ToneModel | None = None
_MODEL_VERSION: int | None = None


def current_model() -> ToneModel:
    """The model trained on the labelled set plus this office's corrections (cached until a new one)."""
    global _MODEL, _MODEL_VERSION
    from heraldo.monitoring.models import ToneCorrection

    version = ToneCorrection.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    if _MODEL is None or version != _MODEL_VERSION:
        corrections = list(ToneCorrection.objects.values_list("text", "tone"))
        # A correction counts three times: the office's own judgement outweighs the generic set.
        _MODEL = ToneModel(labelled_examples() + corrections * 3)
        _MODEL_VERSION = version
    return _MODEL


def classify(text: str) -> ToneResult:
    return current_model().classify(text)
