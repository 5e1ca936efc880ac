# ruff: noqa: E501
"""Build the monitoring evaluation corpus (dev/ and heldout/) from the hand-written stories in stories_*.py.

    .venv/bin/python evaluation/monitoring/build.py

The stories and their labels are written by hand in `stories_dev.py` and `stories_heldout.py`; this script only
lays them out as an outlet would publish them: RSS or Atom feeds (full text, teasers, date-only values,
transcripts), article pages in one of four page templates (a clean one, an old table template with reader
comments and widgets, a blog template with its footer, a section page of a site without a feed), syndicated
copies and hostile feeds. The template strings that must not reach the extracted text, the paragraph joints
that must not be glued, and the end of each story (to tell a complete text from a teaser) are recorded in
labels.json next to the reader's labels. See docs/monitoring-evaluation.md.
"""

from __future__ import annotations

import html
import json
import re
import runpy
import shutil
import sys
import unicodedata
from datetime import date, datetime
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).parent
LIMA = ZoneInfo("America/Lima")

PERSON_CODES = {
    "A": "alcalde",
    "G": "gerenta",
    "T": "teniente_alcaldesa",
    "R": "regidor_llerena",
    "S": "gerente_seguridad",
    "I": "institution",
}
TONE_CODES = {"+": "positive", "0": "neutral", "-": "negative"}


# --- the watch list as the office would enter it -----------------------------------------------------------------

OUTLETS = {
    "voz": {
        "name": "La Voz de Huarancayo",
        "host": "lavozdehuarancayo.example.pe",
        "media_kind": "WEB",
        "level": "PROVINCIAL",
        "reach": 80000,
    },
    "correo": {
        "name": "Correo del Valle",
        "host": "correodelvalle.example.pe",
        "media_kind": "PRENSA",
        "level": "REGIONAL",
        "reach": 45000,
    },
    "radio": {
        "name": "Radio Alondra 95.3 FM",
        "host": "radioalondra.example.pe",
        "media_kind": "RADIO",
        "level": "DISTRITAL",
        "reach": 25000,
    },
    "tv": {
        "name": "Huarancayo TV Canal 7",
        "host": "huarancayotv.example.pe",
        "media_kind": "TV",
        "level": "PROVINCIAL",
        "reach": 120000,
    },
    "peru": {
        "name": "Perú al Día",
        "host": "peru-aldia.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 900000,
    },
    "ann": {
        "name": "Agencia Nacional de Noticias",
        "host": "ann-noticias.example.pe",
        "media_kind": "WEB",
        "level": "NACIONAL",
        "reach": 300000,
    },
    "informativo": {
        "name": "El Informativo Alondrino",
        "host": "informativoalondrino.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 8000,
    },
    "norte": {
        "name": "Portal Norte Chico",
        "host": "portalnortechico.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 60000,
    },
    "express": {
        "name": "Express Norte",
        "host": "expressnorte.example.pe",
        "media_kind": "WEB",
        "level": "REGIONAL",
        "reach": 15000,
    },
    "boletin": {
        "name": "Boletín Vecinal Digital",
        "host": "boletinvecinal.example.pe",
        "media_kind": "WEB",
        "level": "DISTRITAL",
        "reach": 3000,
    },
    "quinta": {
        "name": "Semanario La Quinta",
        "host": "semanariolaquinta.example.pe",
        "media_kind": "PRENSA",
        "level": "PROVINCIAL",
        "reach": 12000,
    },
    "surchico": {
        "name": "Radio Sur Chico",
        "host": "radiosurchico.example.pe",
        "media_kind": "RADIO",
        "level": "PROVINCIAL",
        "reach": 18000,
    },
}

SETUP_BASE = {
    "municipality": {
        "name": "Municipalidad Distrital de Pampa Alondra",
        "short_name": "MDPA",
        "level": "DISTRITAL",
        "province": "Huarancayo",
        "aliases": ["municipio alondrino", "comuna alondrina", "Municipalidad de Pampa Alondra"],
    },
    "persons": [
        {
            "key": "alcalde",
            "given_names": "Rigoberto",
            "surnames": "Salcedo Huamaní",
            "sex": "M",
            "position": "Alcalde",
            "position_feminine": "Alcaldesa",
            "office_code": "ALCALDE_DISTRITAL",
            "nickname": "el Tigre",
            "aliases": ["Tigre Salcedo", "Rigo Salcedo", "alcalde Salcedo", "Salcedo Huamaní"],
        },
        {
            "key": "gerenta",
            "given_names": "Lucía",
            "surnames": "Ferrándiz Tapia",
            "sex": "F",
            "position": "Gerente Municipal",
            "position_feminine": "Gerenta Municipal",
            "office_code": "GERENTE_MUNICIPAL",
            "aliases": ["gerenta Ferrándiz", "gerente municipal Lucía Ferrándiz"],
        },
        {
            "key": "teniente_alcaldesa",
            "given_names": "Carmen",
            "surnames": "Yupanqui Soto",
            "sex": "F",
            "position": "Teniente Alcalde",
            "position_feminine": "Teniente Alcaldesa",
            "office_code": "TENIENTE_ALCALDE",
            "aliases": ["teniente alcaldesa Yupanqui", "regidora Yupanqui"],
        },
        {
            "key": "regidor_llerena",
            "given_names": "Óscar",
            "surnames": "Llerena Vilca",
            "sex": "M",
            "position": "Regidor",
            "position_feminine": "Regidora",
            "office_code": "REGIDOR",
            "aliases": ["regidor Llerena", "concejal Llerena"],
        },
        {
            "key": "gerente_seguridad",
            "given_names": "Wilber",
            "surnames": "Ñaupari Cóndor",
            "sex": "M",
            "position": "Gerente de Seguridad Ciudadana",
            "position_feminine": "Gerenta de Seguridad Ciudadana",
            "office_code": "GERENTE_SEGURIDAD",
            "aliases": ["Wilber Ñaupari", "gerente Ñaupari"],
        },
    ],
    "topics": [
        {
            "key": "limpieza",
            "name": "Limpieza pública",
            "keywords": [
                "limpieza pública",
                "recojo de residuos",
                "residuos sólidos",
                "basura",
                "camión compactador",
                "relleno sanitario",
            ],
        },
        {
            "key": "seguridad",
            "name": "Seguridad ciudadana",
            "keywords": [
                "seguridad ciudadana",
                "serenazgo",
                "serenos",
                "patrullaje",
                "videovigilancia",
                "robo",
                "asalto",
            ],
        },
        {
            "key": "obras",
            "name": "Obras",
            "keywords": [
                "obra",
                "obras",
                "pavimentación",
                "pistas y veredas",
                "expediente técnico",
                "licitación",
                "puente",
            ],
        },
        {
            "key": "tributos",
            "name": "Tributos municipales",
            "keywords": [
                "impuesto predial",
                "arbitrios",
                "tributos municipales",
                "amnistía tributaria",
                "deuda tributaria",
            ],
        },
        {
            "key": "salud",
            "name": "Salud",
            "keywords": [
                "campaña de salud",
                "vacunación",
                "dengue",
                "posta médica",
                "centro de salud",
                "anemia",
                "fumigación",
            ],
        },
    ],
    "exclusions": [],
}


# --- stories -------------------------------------------------------------------------------------------------------


def story(spec: dict, person_codes: dict[str, str] = PERSON_CODES) -> dict:
    """Normalise one hand-written story: paragraphs, labels in full words."""
    paragraphs = [" ".join(p.split()) for p in spec["body"].strip().split("\n\n") if p.strip()]
    mentions = sorted({person_codes[c] for c in spec.get("m", "").split()})
    return {
        **spec,
        "paragraphs": paragraphs,
        "mentions": mentions,
        "topics": sorted(spec.get("t", "").split()),
        "tone": TONE_CODES[spec.get("tone", "0")],
        "about": spec.get("about", bool(mentions)),
    }


def syndicated_copy(original: dict, spec: dict, person_codes: dict[str, str] = PERSON_CODES) -> dict:
    """The same story elsewhere: its own headline, sometimes its own lead, sometimes a line added at the end."""
    paragraphs = list(original["paragraphs"])
    if spec.get("lead"):
        paragraphs[0] = " ".join(spec["lead"].split())
    if spec.get("extra"):
        paragraphs.append(" ".join(spec["extra"].split()))
    copy = {
        **original,
        **{k: v for k, v in spec.items() if k not in ("lead", "extra", "of")},
        "paragraphs": paragraphs,
        "dup": original.get("dup") or original["id"],
    }
    copy.pop("url", None)  # its own address on its own outlet
    for key, codes, table in (("mentions", "m", person_codes),):
        if codes in spec:
            copy[key] = sorted({table[c] for c in spec[codes].split()})
    if "t" in spec:
        copy["topics"] = sorted(spec["t"].split())
    if "tone" in spec:
        copy["tone"] = TONE_CODES[spec["tone"]]
    return copy


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:70]


def lima_date(moment: str) -> str:
    if len(moment) == 10:
        return moment
    return datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone(LIMA).date().isoformat()


def rfc822(moment: str) -> str:
    if len(moment) == 10:
        return moment  # a date-only value, as some small outlets' CMS write it
    return format_datetime(datetime.fromisoformat(moment.replace("Z", "+00:00")))


def spanish_date(moment: str) -> str:
    day = date.fromisoformat(moment[:10])
    months = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
    return f"{day.day} de {months[day.month - 1]} de {day.year}"


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def joints(paragraphs: list[str]) -> list[str]:
    """How two paragraphs look when glued: the last word of one and the first of the next with no space."""
    return [f"{a.split()[-1]}{b.split()[0]}" for a, b in zip(paragraphs, paragraphs[1:], strict=False)]


def ending(paragraphs: list[str]) -> str:
    words = re.sub(r"[.!?»\"”]+$", "", paragraphs[-1]).split()
    return " ".join(words[-5:])


# --- page templates ---------------------------------------------------------------------------------------------------

# What the templates print around a story (reader comments, widgets, the masthead's town). A part about another
# municipality gives its own in FURNITURE, so its comments insult its own Mayor and its widgets name its own places.
FURNITURE_BASE = {
    "old_comments": [
        "Ese Tigre Salcedo solo sabe inaugurar y tomarse fotos, que trabaje de verdad",
        "Pura propaganda del municipio alondrino, las pistas siguen llenas de basura",
    ],
    "old_most_read": "Asaltan a mototaxista en el óvalo de Alondra Alta",
    "old_motto": "Decano de la prensa huarancaína",
    "old_city": "Huarancayo",
    "section_agenda": "Alondra Alta celebra su aniversario con corso",
    "hostile_place": "Pampa Alondra",
    "hostile_alias": "municipio alondrino",
    "error_page_outlet": "Radio Sur Chico, la voz del sur de la provincia",
}


def page_modern(article: dict, outlet: dict, furniture: dict = FURNITURE_BASE) -> tuple[str, list[str]]:
    boiler = [f"Suscríbete al boletín de {outlet['name']}", "Síguenos en nuestras redes sociales"]
    body = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>{html.escape(article["title"])} | {outlet["name"]}</title>
<meta property="article:published_time" content="{article["date"]}"></head>
<body><header><a href="/">{outlet["name"]}</a><nav><a href="/politica">Política</a> <a href="/regiones">Regiones</a></nav></header>
<main><article><h1>{html.escape(article["title"])}</h1><p class="fecha">{spanish_date(article["date"])}</p>
{paragraphs_html(article["paragraphs"])}
</article>
<aside><p>{boiler[0]}: las noticias de la provincia cada mañana en tu correo.</p></aside></main>
<footer><p>{boiler[1]}. © {outlet["name"]}</p></footer></body></html>
"""
    return body, boiler


def page_old(article: dict, outlet: dict, furniture: dict = FURNITURE_BASE) -> tuple[str, list[str]]:
    """A 2009-style table template: masthead with today's date, most-read widget, weather, reader comments."""
    comments = furniture["old_comments"]
    most_read = furniture["old_most_read"]
    city = furniture["old_city"]
    boiler = [
        furniture["old_motto"],
        "Lo más leído",
        most_read,
        f"Clima en {city}",
        comments[0],
        comments[1],
        "Deja tu comentario",
    ]
    body = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{html.escape(article["title"])}</title></head>
<body bgcolor="#ffffff">
<table width="980" border="0"><tr><td colspan="2"><font size="6"><b>{outlet["name"].upper()}</b></font><br>
<font size="2">{boiler[0]} · {city}, lunes 7 de diciembre de 2026</font></td></tr>
<tr><td width="200" valign="top"><b>{boiler[1]}</b><br><a href="/nota/asalto-ovalo">{most_read}</a><br>
<a href="/nota/feria">Feria gastronómica reúne a cientos de visitantes</a><br><br>
<b>{boiler[3]}</b>: 24 °C, soleado</td>
<td valign="top"><font size="5"><b>{html.escape(article["title"])}</b></font><br>
<font size="1">Publicado el {date.fromisoformat(article["date"][:10]).strftime("%d/%m/%Y")}</font><br>
<div class="cuerpo">{paragraphs_html(article["paragraphs"])}</div>
<br><b>Comentarios (2)</b>
<div class="comentario"><b>Vecino indignado</b> dijo: {comments[0]}.</div>
<div class="comentario"><b>Pedro Q.</b> dijo: {comments[1]}.</div>
<form><b>{boiler[6]}</b><br><textarea name="c"></textarea></form>
</td></tr></table>
<center><font size="1">Copyright 2009-2026 {outlet["name"]}. Prohibida su reproducción.</font></center>
</body></html>
"""
    return body, boiler


def page_blog(article: dict, outlet: dict, furniture: dict = FURNITURE_BASE) -> tuple[str, list[str]]:
    footer = f"La entrada {article['title']} se publicó primero en {outlet['name']}."
    boiler = ["se publicó primero en", "Te puede interesar", "Deja un comentario"]
    body = f"""<!DOCTYPE html>
<html lang="es-PE"><head><meta charset="UTF-8"><title>{html.escape(article["title"])} – {outlet["name"]}</title>
<meta property="article:published_time" content="{article["date"]}"></head>
<body class="single-post"><div class="site"><header class="site-header"><p class="site-title">{outlet["name"]}</p></header>
<div class="content-area"><article class="post"><h1 class="entry-title">{html.escape(article["title"])}</h1>
<div class="entry-meta"><time datetime="{article["date"]}">{spanish_date(article["date"])}</time></div>
<div class="entry-content">{paragraphs_html(article["paragraphs"])}<p>{html.escape(footer)}</p></div></article>
<section class="related"><h3>{boiler[1]}</h3><ul><li><a href="/2026/11/bono">Gobierno amplía bono para ollas comunes</a></li></ul></section>
<div id="respond"><h3>{boiler[2]}</h3><form><textarea></textarea></form></div></div></div></body></html>
"""
    return body, boiler


def page_section_article(article: dict, outlet: dict, furniture: dict = FURNITURE_BASE) -> tuple[str, list[str]]:
    """A small district site without a feed: date-only meta, furniture dates, share buttons, a comment box."""
    boiler = [
        "Compartir en Facebook",
        "Comentarios de nuestros lectores",
        furniture["section_agenda"],
    ]
    body = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>{html.escape(article["title"])}</title>
<meta name="date" content="{article["date"][:10]}"></head>
<body><div id="cabecera"><h2>{outlet["name"]}</h2><span>Última actualización: 07/12/2026 08:15</span></div>
<div id="contenido"><h1>{html.escape(article["title"])}</h1><span class="fecha">{date.fromisoformat(article["date"][:10]).strftime("%d/%m/%Y")}</span>
{paragraphs_html(article["paragraphs"])}
<div class="compartir">{boiler[0]} · Compartir en WhatsApp</div></div>
<div id="lateral"><h3>Agenda</h3><ul><li>01/12/2026 — {boiler[2]}</li></ul></div>
<div id="comentarios"><h3>{boiler[1]}</h3><p>Sé el primero en comentar.</p></div>
</body></html>
"""
    return body, boiler


TEMPLATES = {"modern": page_modern, "old": page_old, "blog": page_blog, "section": page_section_article}


# --- feeds ---------------------------------------------------------------------------------------------------------------


def article_url(article: dict, outlet: dict) -> str:
    return f"https://{outlet['host']}/{article.get('path', 'nota')}/{slug(article['title'])}"


def teaser(paragraphs: list[str]) -> str:
    text = paragraphs[0]
    return text if len(text) <= 180 else text[:180].rsplit(" ", 1)[0] + "…"


def rss(source: dict, outlet: dict, articles: list[dict]) -> str:
    items = []
    for article in articles:
        mode = source["mode"]
        if mode == "full":
            extra = ""
            paragraphs = article["paragraphs"]
            if source.get("footer"):
                extra = f"<p>La entrada {html.escape(article['title'])} se publicó primero en {outlet['name']}.</p>"
            content = f"<content:encoded><![CDATA[{paragraphs_html(paragraphs)}{extra}]]></content:encoded>"
            description = html.escape(teaser(paragraphs)) + (
                f" La entrada {html.escape(article['title'])} se publicó primero en {outlet['name']}."
                if source.get("footer")
                else ""
            )
        elif mode == "description":
            content = ""
            description = f"<![CDATA[{paragraphs_html(article['paragraphs'])}]]>"
        else:
            content = ""
            description = html.escape(teaser(article["paragraphs"]))
        items.append(
            f"""<item>
<title>{html.escape(article["title"])}</title>
<link>{article["url"]}</link>
<guid isPermaLink="true">{article["url"]}</guid>
<pubDate>{rfc822(article["date"])}</pubDate>
<dc:creator>{html.escape(article.get("author", "Redacción"))}</dc:creator>
<description>{description}</description>
{content}
</item>"""
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{outlet["name"]}</title>
<link>https://{outlet["host"]}/</link>
<description>Noticias de {outlet["name"]}</description>
<language>es-PE</language>
{chr(10).join(items)}
</channel>
</rss>
"""


def atom(source: dict, outlet: dict, articles: list[dict]) -> str:
    entries = []
    for article in articles:
        moment = article["date"] if len(article["date"]) > 10 else article["date"]
        entries.append(
            f"""<entry>
<title>{html.escape(article["title"])}</title>
<link rel="alternate" href="{article["url"]}"/>
<id>{article["url"]}</id>
<updated>{moment}</updated>
<published>{moment}</published>
<author><name>{html.escape(article.get("author", "Redacción"))}</name></author>
<summary>{html.escape(teaser(article["paragraphs"]))}</summary>
<content type="html">{html.escape(paragraphs_html(article["paragraphs"]))}</content>
</entry>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{outlet["name"]}</title>
<link href="https://{outlet["host"]}/"/>
<id>https://{outlet["host"]}/</id>
<updated>2026-11-30T12:00:00Z</updated>
{chr(10).join(entries)}
</feed>
"""


def section_page(outlet: dict, articles: list[dict]) -> str:
    links = "\n".join(
        f'<article class="nota"><h2><a href="{a["url"]}">{html.escape(a["title"])}</a></h2></article>' for a in articles
    )
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Noticias | {outlet["name"]}</title></head>
<body><div id="cabecera"><h2>{outlet["name"]}</h2></div>
<div id="contenido">{links}</div>
<div id="pie"><a href="/contacto">Contacto</a></div></body></html>
"""


BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "{place} {place} {place} ">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<rss version="2.0"><channel><title>{name}</title><link>https://{host}/</link><description>Boletín</description>
<item><title>Vecinos de {place} &i;</title><link>https://{host}/nota/vecinos</link><description>&i;</description><pubDate>Mon, 23 Nov 2026 10:00:00 -0500</pubDate></item>
</channel></rss>
"""

XXE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY cuenta SYSTEM "file:///etc/passwd"><!ENTITY red SYSTEM "http://169.254.169.254/latest/meta-data/">]>
<rss version="2.0"><channel><title>{name}</title><link>https://{host}/</link><description>Semanario</description>
<item><title>Municipalidad de {place} &cuenta;</title><link>https://{host}/nota/cuenta</link>
<description>Texto de la nota &cuenta; &red; sobre el {alias}.</description><pubDate>Tue, 24 Nov 2026 09:00:00 -0500</pubDate></item>
</channel></rss>
"""

HTML_ERROR = """<!DOCTYPE html>
<html lang="es"><head><title>503 Servicio no disponible</title></head>
<body><h1>Servicio temporalmente no disponible</h1><p>Estamos en mantenimiento. {outlet}.</p></body></html>
"""


def build_split(name: str) -> None:
    spec = runpy.run_path(str(HERE / f"stories_{name}.py"))
    # A part may be about another invented municipality: it then brings its own watch list (SETUP), outlets,
    # person codes and template furniture; the others use Pampa Alondra's.
    outlets = spec.get("OUTLETS", OUTLETS)
    person_codes = spec.get("PERSON_CODES", PERSON_CODES)
    furniture = {**FURNITURE_BASE, **spec.get("FURNITURE", {})}
    target = HERE / name
    if target.exists():
        shutil.rmtree(target)
    (target / "feeds").mkdir(parents=True)
    by_id: dict[str, dict] = {}
    articles: list[dict] = []
    for raw in spec["STORIES"]:
        article = syndicated_copy(by_id[raw["of"]], raw, person_codes) if "of" in raw else story(raw, person_codes)
        source = spec["SOURCES"][article["src"]]
        outlet = outlets[source["outlet"]]
        article["url"] = article.get("url") or article_url(article, outlet)
        by_id[article["id"]] = article
        articles.append(article)
    labels = []
    for key, source in spec["SOURCES"].items():
        outlet = outlets[source["outlet"]]
        mine = [a for a in articles if a["src"] == key]
        kind = source["format"]
        feed_file = f"feeds/{key}.{'html' if kind in ('section', 'html_error') else 'xml'}"
        if kind == "rss":
            text = rss(source, outlet, mine)
        elif kind == "atom":
            text = atom(source, outlet, mine)
        elif kind == "section":
            text = section_page(outlet, mine)
        elif kind == "truncated":
            cut = [by_id[i] for i in source["copies_of"]]
            full = rss({"mode": "description"}, outlet, [{**a, "url": a["url"]} for a in cut])
            text = full[: int(len(full) * source.get("cut_at", 0.8))]
        elif kind == "bomb":
            text = BOMB.format(name=outlet["name"], host=outlet["host"], place=furniture["hostile_place"])
        elif kind == "xxe":
            text = XXE.format(
                name=outlet["name"],
                host=outlet["host"],
                place=furniture["hostile_place"],
                alias=furniture["hostile_alias"],
            )
        else:
            text = HTML_ERROR.format(outlet=furniture["error_page_outlet"])
        (target / feed_file).write_text(text, encoding="utf-8")
        source["file"] = feed_file
        for article in mine:
            template = source.get("template", "modern")
            page, boiler = TEMPLATES[template](article, outlet, furniture)
            path = target / "pages" / outlet["host"] / f"{article['url'].split(outlet['host'] + '/', 1)[1]}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page, encoding="utf-8")
            fetched_page = kind == "section" or source.get("mode") == "teaser"
            checked = list(boiler) if fetched_page else []
            if source.get("footer") and "se publicó primero en" not in checked:
                checked.append("se publicó primero en")
            labels.append(
                {
                    "id": article["id"],
                    "source": source["name"],
                    "url": article["url"],
                    "title": article["title"],
                    "mentions": article["mentions"],
                    "topics": article["topics"],
                    "tone": article["tone"],
                    "duplicate_group": article.get("dup"),
                    "lima_date": lima_date(article["date"]),
                    "about": article["about"],
                    "boilerplate": checked,
                    "glued": joints(article["paragraphs"]),
                    "must_contain": [ending(article["paragraphs"])],
                    "note": article.get("note", ""),
                }
            )
    # Copies are grouped under the id of the story they copy; the original joins its own group.
    copied = {a["dup"] for a in articles if a.get("dup")}
    for label in labels:
        if label["duplicate_group"] is None and label["id"] in copied:
            label["duplicate_group"] = label["id"]
    order = {a["id"]: n for n, a in enumerate(articles)}
    labels.sort(key=lambda label: order[label["id"]])
    # A part's watch list gives what differs from Pampa Alondra's; the topics are the office's taxonomy, entered alike
    # in every part, so a part that leaves them out gets the base's.
    own_setup = spec.get("SETUP", {})
    setup = json.loads(json.dumps({key: own_setup.get(key, value) for key, value in SETUP_BASE.items()}))
    used = {source["outlet"] for source in spec["SOURCES"].values()}
    setup["outlets"] = [
        {"key": key, **{k: v for k, v in outlet.items() if k != "host"}}
        for key, outlet in outlets.items()
        if key in used
    ]
    setup["sources"] = [
        {
            "name": source["name"],
            "kind": "web" if source["format"] == "section" else "feed",
            "url": f"https://{outlets[source['outlet']]['host']}{source['path']}",
            "file": source["file"],
            "outlet": source["outlet"],
            "is_priority": source.get("priority", False),
            **({"link_selector": "article.nota h2 a"} if source["format"] == "section" else {}),
        }
        for source in spec["SOURCES"].values()
    ]
    hostile = [s["name"] for s in spec["SOURCES"].values() if s["format"] in ("truncated", "bomb", "xxe", "html_error")]
    (target / "setup.json").write_text(json.dumps(setup, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (target / "labels.json").write_text(
        json.dumps({"hostile_sources": hostile, "articles": labels}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{name}: {len(labels)} artículos, {len(spec['SOURCES'])} fuentes ({len(hostile)} hostiles o rotas)")


if __name__ == "__main__":
    # With no argument every split found (stories_<split>.py) is rebuilt; naming splits rebuilds only those, so
    # whoever writes one split never regenerates another's files.
    requested = sys.argv[1:] or sorted(path.stem.removeprefix("stories_") for path in HERE.glob("stories_*.py"))
    for split in requested:
        build_split(split)
