"""The morning síntesis: only what concerns the municipality, by topic, copies merged, by relevance, real quotes."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from heraldo.directory.models import Entity
from heraldo.monitoring.ingestion import clipping_store
from heraldo.monitoring.models import Source, SourceKind
from heraldo.monitoring.services.summary import summary_content, summary_get_or_create, summary_period

WORKS = (
    "La Municipalidad Distrital de Santa Candelaria del Mar inauguró la pavimentación de doce cuadras en el "
    "asentamiento humano Villa del Mar, tras veinte años de espera de los vecinos. El alcalde Jorge Cárdenas "
    "Vilca recorrió las calles junto a los dirigentes. «Esta pavimentación era un pedido de hace veinte años y "
    "hoy es una realidad», afirmó el alcalde. Los vecinos agradecieron la obra, que costó 1,2 millones de soles."
)


def _source(name):
    outlet = Entity.objects.create(name=name, kind="MEDIO", level="PROVINCIAL", media_kind="WEB")
    return Source.objects.create(
        name=name, kind=SourceKind.FEED, url=f"https://{len(name)}.example.pe/rss", outlet=outlet
    )


def _day_with_stories():
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    agency, radio = _source("Agencia Sur"), _source("Radio Mar Brava")
    clipping_store(
        title="Pistas nuevas en Villa del Mar",
        body_text=WORKS,
        published_at=start + timedelta(hours=1),
        url="https://a.pe/1",
        source=radio,
    )
    clipping_store(
        title="Santa Candelaria del Mar estrena doce cuadras",
        summary="Agencia.",
        body_text=WORKS + " Síguenos.",
        published_at=start + timedelta(hours=2),
        url="https://b.pe/1",
        source=agency,
    )
    clipping_store(
        title="Alcalde de Puerto Esperanza inaugura colegio",
        body_text="El alcalde de Puerto Esperanza, Luis Quispe, inauguró un colegio. La obra costó un millón.",
        published_at=start + timedelta(hours=3),
        url="https://c.pe/1",
    )
    clipping_store(
        title="Serenazgo de Santa Candelaria del Mar recibe motos",
        body_text="El serenazgo de Santa Candelaria del Mar recibió diez motos para la seguridad ciudadana.",
        published_at=start + timedelta(hours=4),
        url="https://d.pe/1",
    )
    return day


def test_the_synthesis_lists_only_our_stories_by_topic_once_with_the_copies_outlets(watchlist):
    from heraldo.monitoring.services.watchlist import topic_create

    topic_create(actor=None, name="Obras", keywords=["pavimentación", "obra", "pistas"])
    topic_create(actor=None, name="Seguridad ciudadana", keywords=["serenazgo"])
    day = _day_with_stories()
    content = summary_content(summary=summary_get_or_create(day=day))
    listed = {s.title: [c.title for items in s.by_tone.values() for c in items] for s in content.sections}
    assert listed == {
        "Obras": ["Pistas nuevas en Villa del Mar"],
        "Seguridad ciudadana": ["Serenazgo de Santa Candelaria del Mar recibe motos"],
    }
    [works] = listed_clippings = [
        c for s in content.sections if s.title == "Obras" for i in s.by_tone.values() for c in i
    ]
    assert [copy.outlet.name for copy in works.copies.all()] == ["Agencia Sur"]
    assert listed_clippings


def test_the_synthesis_quotes_what_was_said_between_quotes_and_who_said_it(watchlist, client_as):
    day = _day_with_stories()
    content = summary_content(summary=summary_get_or_create(day=day))
    assert [(q.text, q.speaker) for q in content.quotes] == [
        ("Esta pavimentación era un pedido de hace veinte años y hoy es una realidad", "Jorge Cárdenas Vilca")
    ]
    html = client_as("media_analyst").get(reverse("monitoring:summary_detail", args=[day.isoformat()])).content.decode()
    assert "también en: Agencia Sur" in html
    assert "Puerto Esperanza" not in html


def test_the_synthesis_lists_a_short_story_once_whatever_each_outlet_did_with_its_lead(watchlist):
    # given a short story from a feed that repeats its lead, copied by a site without one, and a regatta in the district
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    lead = (
        "Con aplausos recibieron los vecinos al nuevo camión compactador que compró la Municipalidad Distrital de "
        "Santa Candelaria del Mar."
    )
    body = f"{lead}\n\nEl gerente de servicios dijo que con dos camiones el recojo será diario en el casco urbano."
    clipping_store(title="Llegó el compactador", summary=lead, body_text=body, published_at=start, url="https://a.pe/7")
    clipping_store(
        title="Vecinos celebran nuevo compactador",
        body_text=body,
        published_at=start + timedelta(hours=5),
        url="https://b.pe/7",
    )
    clipping_store(
        title="Regata reúne a treinta botes en Santa Candelaria del Mar",
        body_text="Treinta botes compitieron el domingo frente a la playa de Santa Candelaria del Mar.\n\n"
        "Ganó la tripulación de Huacho. Serenos y bomberos vigilaron la orilla durante la competencia.",
        published_at=start + timedelta(hours=6),
        url="https://c.pe/7",
    )
    # then the síntesis has the compactor once, and not the regatta
    content = summary_content(summary=summary_get_or_create(day=day))
    listed = [c.title for s in content.sections for items in s.by_tone.values() for c in items]
    assert listed == ["Llegó el compactador"]


def test_the_synthesis_lists_a_story_whose_copy_alone_names_the_municipality(watchlist):
    # given a short story that names no one of ours, then an outlet's telling with its own lead naming the municipality
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    rest = "El gerente de servicios dijo que con dos camiones el recojo será diario en todo el casco urbano."
    clipping_store(
        title="Llegó el compactador",
        body_text="Con aplausos recibieron los vecinos de Villa del Mar al nuevo camión compactador que llegó al "
        f"distrito.\n\n{rest}",
        published_at=start,
        url="https://a.pe/8",
    )
    clipping_store(
        title="Vecinos celebran nuevo compactador",
        body_text="Los vecinos de Villa del Mar recibieron con aplausos al nuevo camión compactador de la "
        f"Municipalidad Distrital de Santa Candelaria del Mar.\n\n{rest}",
        published_at=start + timedelta(hours=5),
        url="https://b.pe/8",
        source=_source("Radio Mar Brava"),
    )
    # then the síntesis lists the story once, under the first telling, with the outlet that named us
    content = summary_content(summary=summary_get_or_create(day=day))
    [story] = [c for s in content.sections for items in s.by_tone.values() for c in items]
    assert story.title == "Llegó el compactador"
    assert [copy.outlet.name for copy in story.copies.all()] == ["Radio Mar Brava"]


SINGER_PROFILE = (
    "Jorge Cárdenas, el cantante de valses, llenó otra vez la peña del jirón Lima con su nuevo disco, grabado con "
    "guitarristas del puerto. No debe confundirse con el alcalde de Santa Candelaria del Mar, con quien solo "
    "comparte el nombre. Sus seguidores corearon «Mi Candelaria» hasta la madrugada."
)


def test_a_story_that_names_the_mayor_only_to_tell_him_apart_is_not_in_the_synthesis_nor_alerts_him(
    watchlist, mayor_rule, django_capture_on_commit_callbacks
):
    from heraldo.monitoring.models import Alert
    from heraldo.monitoring.services.alerts import alerts_evaluate

    # given the profile of a singer who shares our Mayor's name, and a story about our works
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    profile, _ = clipping_store(
        title="El otro Jorge Cárdenas: un cantor de valses",
        body_text=SINGER_PROFILE,
        published_at=start + timedelta(hours=1),
        url="https://e.pe/1",
        queue_alerts=False,
    )
    works, _ = clipping_store(
        title="Pistas nuevas en Villa del Mar",
        body_text=WORKS,
        published_at=start + timedelta(hours=2),
        url="https://e.pe/2",
        queue_alerts=False,
    )
    alerts_evaluate(clipping=profile, now=start + timedelta(hours=3))

    # then the mention of the Mayor is kept and shown as said in passing
    told_apart = profile.mentions.get(term__kind="mayor", is_aside=True)
    assert "confundirse con el alcalde" in told_apart.snippet
    assert profile.relevance == 0 and profile.tone == "neutral"
    # and the síntesis takes only the story about us, and the Mayor gets no alert for the singer
    content = summary_content(summary=summary_get_or_create(day=day))
    listed = [c.pk for s in content.sections for items in s.by_tone.values() for c in items]
    assert listed == [works.pk]
    assert not Alert.objects.filter(clipping=profile).exists()


def test_a_story_about_us_that_also_tells_the_mayor_apart_from_a_namesake_stays_ours(watchlist):
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    story, _ = clipping_store(
        title="Pistas nuevas en Villa del Mar",
        body_text=WORKS + " El cantante Jorge Cárdenas, que nada tiene que ver con el alcalde Jorge Cárdenas Vilca, "
        "animó la inauguración.",
        published_at=start + timedelta(hours=1),
        url="https://e.pe/3",
        queue_alerts=False,
    )
    content = summary_content(summary=summary_get_or_create(day=day))
    assert [c.pk for s in content.sections for items in s.by_tone.values() for c in items] == [story.pk]
    assert story.mentions.filter(is_aside=False, term__kind="mayor").exists()


def test_the_mayor_in_a_roll_of_an_audience_is_an_aside_but_a_roll_that_leads_the_story_is_the_news(watchlist):
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    # given a regional act with our Mayor in its list of guests, further down the story
    audience, _ = clipping_store(
        title="El Gobierno Regional presenta su plan de lluvias",
        body_text="El gobernador regional presentó el plan de lluvias en la sede regional.\n\nAsistieron doce "
        "alcaldes distritales, entre ellos Luis Quispe, de Puerto Esperanza; Ana Torres, de Bahía Blanca, y Jorge "
        "Cárdenas Vilca, de Santa Candelaria del Mar.",
        published_at=start + timedelta(hours=1),
        url="https://e.pe/4",
        queue_alerts=False,
    )
    # and a lead whose roll of mayors, ours among them, is who acts
    demand, _ = clipping_store(
        title="Alcaldes de la costa exigen al MEF restituir fondos de saneamiento",
        body_text="Una docena de alcaldes de la costa, entre ellos Jorge Cárdenas Vilca, de Santa Candelaria del "
        "Mar, y Luis Quispe, de Puerto Esperanza, exigieron al Ministerio de Economía restituir los fondos de agua y "
        "desagüe.\n\nLos burgomaestres anunciaron un viaje a Lima.",
        published_at=start + timedelta(hours=2),
        url="https://e.pe/5",
        queue_alerts=False,
    )

    content = summary_content(summary=summary_get_or_create(day=day))

    # then only the demand is in the síntesis; the guest list keeps its mention, marked as said in passing
    assert audience.mentions.filter(term__kind="mayor", is_aside=True).exists()
    assert [c.pk for s in content.sections for items in s.by_tone.values() for c in items] == [demand.pk]


def test_a_namesake_mayor_said_to_be_no_kin_of_ours_does_not_bring_his_story_into_the_synthesis(watchlist):
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    story, _ = clipping_store(
        title="Fiscalía investiga al alcalde de Puerto Esperanza por compra de combustible",
        body_text="La Fiscalía abrió investigación contra el alcalde de Puerto Esperanza, Luis Cárdenas Rojas, por la "
        "compra de combustible sin sustento.\n\nEl alcalde Cárdenas, que no tiene parentesco con el alcalde de Santa "
        "Candelaria del Mar, dijo que lo demostrará con las bitácoras.",
        published_at=start + timedelta(hours=1),
        url="https://e.pe/6",
        queue_alerts=False,
    )
    content = summary_content(summary=summary_get_or_create(day=day))
    assert not [c for s in content.sections for items in s.by_tone.values() for c in items]
    assert not story.mentions.filter(term__kind="mayor", is_aside=False).exists()


def test_a_story_that_names_us_once_down_the_page_beside_other_governments_is_not_in_the_synthesis(watchlist):
    day = timezone.localdate() - timedelta(days=1)
    start, _end = summary_period(day)
    # given the Mayor among the guests of a regional act, with no "entre ellos" to say it is a roll
    guests, _ = clipping_store(
        title="Gobernador inaugura el hospital regional ante alcaldes de la costa",
        body_text="El gobernador regional inauguró ayer el nuevo hospital, de 140 camas.\n\nLo acompañaron el "
        "alcalde de Puerto Esperanza, Luis Quispe, y el alcalde de Santa Candelaria del Mar, Jorge Cárdenas Vilca, "
        "que recorrieron las salas.",
        published_at=start + timedelta(hours=1),
        url="https://e.pe/7",
        queue_alerts=False,
    )
    # a national report's line that counts the municipality beside other governments
    report, _ = clipping_store(
        title="Contraloría: 126 obras paralizadas en la costa sur",
        body_text="La Contraloría reportó 126 obras paralizadas en la costa sur.\n\nEn la provincia, el reporte "
        "registra seis obras del gobierno regional, cuatro de la Municipalidad de Puerto Esperanza y dos de la "
        "Municipalidad Distrital de Santa Candelaria del Mar.",
        published_at=start + timedelta(hours=2),
        url="https://e.pe/8",
        queue_alerts=False,
    )
    # and a story whose one sentence about us has the Mayor speak, about municipalities in general
    speech, _ = clipping_store(
        title="Alcaldes de la costa piden declarar la emergencia por el dengue",
        body_text="Los alcaldes de la costa sur pidieron declarar la emergencia sanitaria por el dengue.\n\nEl más "
        "enfático fue el alcalde de Santa Candelaria del Mar, Jorge Cárdenas Vilca: «Las municipalidades fumigamos "
        "con nuestra plata y nadie nos ayuda».",
        published_at=start + timedelta(hours=3),
        url="https://e.pe/9",
        queue_alerts=False,
    )

    # and a pact the Mayor signs beside one other mayor, which binds the municipality
    pact, _ = clipping_store(
        title="Alcaldes de la provincia firman pacto contra la anemia",
        body_text="Los alcaldes de la provincia firmaron ante la ministra un pacto contra la anemia infantil.\n\nEntre "
        "los firmantes estuvieron el alcalde provincial Julio Cahuana Rojas y el alcalde de Santa Candelaria del Mar, "
        "Jorge Cárdenas Vilca.",
        published_at=start + timedelta(hours=4),
        url="https://e.pe/10",
        queue_alerts=False,
    )

    content = summary_content(summary=summary_get_or_create(day=day))

    # then the Mayor's own words and the pact are in the síntesis; the other two keep their mentions, said in passing
    listed = {c.pk for s in content.sections for items in s.by_tone.values() for c in items}
    assert listed == {speech.pk, pact.pk}
    assert guests.mentions.filter(term__kind="mayor", is_aside=True).exists()
    assert report.mentions.filter(term__kind="municipality", is_aside=True).exists()
    assert not report.mentions.filter(is_aside=False, term__kind__in=["mayor", "municipality", "place"]).exists()
