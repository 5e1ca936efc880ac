"""The checks of domain note 5.3: one piece (`check`) or every piece still exposed on a ban start
(`ban_start_sweep`). The office's data comes in as a `Knowledge`, built once and reused for every piece."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from math import hypot

from heraldo.publicity.rules.colour import lab
from heraldo.publicity.rules.data import Authority, Palette, Process, Settings, covers
from heraldo.publicity.rules.facts import COMMERCIAL_TOPICS, EXCEPTION_TOPICS, PROMOTIONAL_TOPICS, PieceFacts
from heraldo.publicity.rules.matching import (
    APPEALS,
    PROMOTIONAL,
    OfficialMatcher,
    OrganisationMatcher,
    PhraseMatcher,
)
from heraldo.publicity.rules.verdict import Finding, FollowUp, Level, Regime, Verdict, gettext_noop
from heraldo.work.calendar import add_working_days, national_holidays

ORGANIC_CHANNELS = frozenset({"SOCIAL", "WEB", "PRESS"})
# Black, white and greys are in every palette: only colours with some hue are compared.
MIN_CHROMA = 15.0

_appeals = PhraseMatcher(APPEALS)
_promotional = PhraseMatcher(PROMOTIONAL)


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


@lru_cache(maxsize=64)
def _national_holidays(year: int) -> frozenset[date]:
    return frozenset(holiday.day for holiday in national_holidays(year))


@dataclass
class Knowledge:
    """The processes, authorities, palettes and days off the rules read; matchers are compiled once."""

    processes: tuple[Process, ...] = ()
    authorities: tuple[Authority, ...] = ()
    palettes: tuple[Palette, ...] = ()
    days_off: Collection[date] = frozenset()
    settings: Settings = field(default_factory=Settings)

    def __post_init__(self) -> None:
        self._days_off_by_years: dict[tuple[int, int], frozenset[date]] = {}
        self.officials = OfficialMatcher(self.authorities)
        self.organisations = OrganisationMatcher(self.palettes)
        # Each party's colours with some hue, in CIELAB, computed once for every piece to come.
        self.party_colours: list[tuple[Palette, tuple[tuple[str, tuple[float, float, float]], ...]]] = [
            (palette, tuple((colour, lab(colour)) for colour in palette.colours if _chroma(colour) >= MIN_CHROMA))
            for palette in self.palettes
        ]

    def days_off_for(self, start: date, end: date) -> frozenset[date]:
        """The office's days off plus the national holidays of every year the term touches (a year missing
        from the office's calendar still skips its holidays)."""
        key = (start.year, end.year)
        if key not in self._days_off_by_years:
            days = set(self.days_off)
            for year in range(start.year, end.year + 1):
                days |= _national_holidays(year)
            self._days_off_by_years[key] = frozenset(days)
        return self._days_off_by_years[key]


@dataclass(frozen=True)
class Identified:
    how: str  # "image", "name", "voice", "post"
    who: str  # the person's name, or the words found


def _identified(facts: PieceFacts, knowledge: Knowledge) -> tuple[list[Identified], bool]:
    """Every way the piece identifies an official, and whether the mayor appears in its images."""
    found: list[Identified] = []
    mayor_in_image = False
    for person in facts.detected_people:
        if authority := knowledge.officials.person(person):
            found.append(Identified("image", authority.full_name))
            mayor_in_image = mayor_in_image or authority.is_mayor
    for name in facts.detected_names:
        if authority := knowledge.officials.person(name):
            found.append(Identified("name", authority.full_name))
    for voice in facts.voice_of:
        if authority := knowledge.officials.person(voice):
            found.append(Identified("voice", authority.full_name))
    found += [Identified("post", post) for post in facts.detected_posts]
    mentions, posts = knowledge.officials.in_texts(facts.texts)
    found += [Identified("name", mention.authority.full_name) for mention in mentions if mention.authority]
    found += [Identified("post", post) for post in posts]
    unique = list(dict.fromkeys(found))
    return unique, mayor_in_image


_HOW = {
    "image": gettext_noop("Aparece la imagen de %(who)s, autoridad o funcionario de la municipalidad."),
    "name": gettext_noop("Se nombra a %(who)s, autoridad o funcionario de la municipalidad."),
    "voice": gettext_noop("Se oye la voz de %(who)s, autoridad o funcionario de la municipalidad."),
    "post": gettext_noop("Se menciona un cargo que identifica a un funcionario: «%(who)s»."),
}


def check(facts: PieceFacts, knowledge: Knowledge, *, today: date | None = None) -> Verdict:
    ubigeo = facts.ubigeo or knowledge.settings.municipality_ubigeo
    active = [p for p in knowledge.processes if p.in_force_over(facts.start, facts.end, ubigeo)]
    identified, mayor_in_image = _identified(facts, knowledge)
    if active:
        findings, tasks = _electoral(facts, knowledge, active, identified, mayor_in_image, ubigeo, today)
        regime = Regime.ELECTORAL
    else:
        findings, tasks = _ordinary(facts, identified)
        regime = Regime.ORDINARY
    return Verdict(regime, tuple(p.name for p in active), tuple(findings), tuple(tasks))


def _electoral(
    facts: PieceFacts,
    knowledge: Knowledge,
    active: list[Process],
    identified: list[Identified],
    mayor_in_image: bool,
    ubigeo: str,
    today: date | None,
) -> tuple[list[Finding], list[FollowUp]]:
    findings: list[Finding] = []
    tasks: list[FollowUp] = []
    settings = knowledge.settings
    first_ban = min(p.ban_start for p in active)
    # Under the ban, the piece is seen from its start or from the ban's start, whichever comes later.
    ban_exposure = max(facts.start, first_ban)

    # E7: the window crosses a ban start — the piece must be withdrawn or adapted before it.
    for process in sorted(active, key=lambda p: p.ban_start):
        if facts.start < process.ban_start:
            due = process.ban_start - timedelta(days=1)
            params = {"process": process.name, "ban": _day(process.ban_start), "due": _day(due)}
            findings.append(
                Finding(
                    "E7",
                    Level.WARN,
                    "ban.crossed",
                    gettext_noop(
                        "La pieza seguirá expuesta cuando empiece la prohibición de publicidad estatal por "
                        "%(process)s (%(ban)s): retírela o adécuela a más tardar el %(due)s."
                    ),
                    params,
                )
            )
            tasks.append(
                FollowUp(
                    "retiro_o_adecuacion",
                    due,
                    "E7",
                    gettext_noop("Retirar o adecuar la pieza antes de la prohibición (%(ban)s)."),
                    params,
                )
            )

    # E1: only exceptional publicity, with its written justification.
    category_ok = facts.category in EXCEPTION_TOPICS
    if facts.informative:
        pass  # a press note informs: the ban reaches it through what it shows (E2, E3, E6, E8), not as publicity
    elif not category_ok:
        findings.append(
            Finding(
                "E1",
                Level.BLOCK,
                "exception.missing",
                gettext_noop(
                    "Periodo electoral: la publicidad estatal está prohibida salvo los avisos de educación, salud, "
                    "seguridad, emergencia o servicio público impostergable. Indique cuál de ellos es esta pieza."
                ),
            )
        )
    elif not facts.justification:
        findings.append(
            Finding(
                "E1",
                Level.BLOCK,
                "exception.unjustified",
                gettext_noop(
                    "Periodo electoral: la pieza se ampara en la excepción «%(category)s», pero falta la "
                    "justificación escrita que la sustenta."
                ),
                {"category": facts.category},
            )
        )

    # E2: no official identifiable in any way.
    for item in identified:
        findings.append(Finding("E2", Level.BLOCK, f"official.{item.how}", _HOW[item.how], {"who": item.who}))

    # E3: political organisations by name, slogan or logo (block) or by colour (warn).
    for phrase, palette in knowledge.organisations.find((*facts.texts, *facts.logos)):
        findings.append(
            Finding(
                "E3",
                Level.BLOCK,
                "organisation.named",
                gettext_noop("La pieza contiene «%(phrase)s», propio de la organización política %(organisation)s."),
                {"phrase": phrase, "organisation": palette.organisation},
            )
        )
    findings += _colour_findings(facts, knowledge, ubigeo)

    # E6: content for or against a political option.
    for phrase in dict.fromkeys(_appeals.find(facts.texts)):
        findings.append(
            Finding(
                "E6",
                Level.BLOCK,
                "appeal",
                gettext_noop(
                    "La pieza contiene «%(phrase)s»: ningún contenido puede favorecer o perjudicar a una "
                    "organización política o candidato."
                ),
                {"phrase": phrase},
            )
        )

    # E8: organic posts and press notes with the mayor's image count as publicity too.
    if mayor_in_image and not facts.paid and facts.channel in ORGANIC_CHANNELS:
        findings.append(
            Finding(
                "E8",
                Level.WARN,
                "organic.mayor_image",
                gettext_noop(
                    "Aunque no sea pagada, una publicación o nota de prensa con la imagen del Alcalde hecha con "
                    "recursos públicos cuenta como publicidad estatal para el JNE."
                ),
            )
        )

    # E4 / E5: the follow-ups of an admissible exception.
    if category_ok and not facts.informative:
        if facts.broadcast:
            due = ban_exposure - timedelta(days=settings.jee_lead_days)
            params = {"due": _day(due), "start": _day(ban_exposure), "days": str(settings.jee_lead_days)}
            if facts.jee_authorization_no:
                findings.append(
                    Finding(
                        "E4",
                        Level.INFO,
                        "jee.authorised",
                        gettext_noop("Autorización del JEE registrada: %(number)s."),
                        {"number": facts.jee_authorization_no},
                    )
                )
            else:
                late = today is not None and today > due
                findings.append(
                    Finding(
                        "E4",
                        Level.WARN,
                        "jee.late" if late else "jee.required",
                        gettext_noop(
                            "Radio y televisión necesitan autorización previa del JEE: el plazo para pedirla venció "
                            "el %(due)s (%(days)s días antes de la emisión del %(start)s). No la emita sin ella."
                        )
                        if late
                        else gettext_noop(
                            "Radio y televisión necesitan autorización previa del JEE: pídala a más tardar el "
                            "%(due)s (%(days)s días antes de la emisión del %(start)s)."
                        ),
                        params,
                    )
                )
                tasks.append(
                    FollowUp(
                        "autorizacion_jee",
                        due,
                        "E4",
                        gettext_noop("Pedir la autorización del JEE a más tardar el %(due)s."),
                        params,
                    )
                )
        else:
            count = settings.report_working_days
            window = ban_exposure + timedelta(days=count * 3 + 30)
            due = add_working_days(ban_exposure, count, knowledge.days_off_for(ban_exposure, window))
            params = {"due": _day(due), "start": _day(ban_exposure), "days": str(count)}
            findings.append(
                Finding(
                    "E5",
                    Level.INFO,
                    "report.due",
                    gettext_noop(
                        "Envíe el reporte posterior al JEE a más tardar el %(due)s (%(days)s días hábiles desde "
                        "el inicio de la difusión, el %(start)s)."
                    ),
                    params,
                )
            )
            tasks.append(
                FollowUp(
                    "reporte_posterior",
                    due,
                    "E5",
                    gettext_noop("Enviar el reporte posterior al JEE a más tardar el %(due)s."),
                    params,
                )
            )
    return findings, tasks


def _chroma(colour: str) -> float:
    return hypot(*lab(colour)[1:])


def _colour_findings(facts: PieceFacts, knowledge: Knowledge, ubigeo: str) -> list[Finding]:
    findings: list[Finding] = []
    piece = [(colour, lab(colour)) for colour in facts.palette if _chroma(colour) >= MIN_CHROMA]
    if not piece:
        return findings
    limit = knowledge.settings.colour_threshold**2
    for palette, colours in knowledge.party_colours:
        if not colours or not covers(palette.jurisdictions, ubigeo):
            continue
        close = next(
            (
                (mine, theirs)
                for theirs, (l2, a2, b2) in colours
                for mine, (l1, a1, b1) in piece
                if (l1 - l2) ** 2 + (a1 - a2) ** 2 + (b1 - b2) ** 2 < limit
            ),
            None,
        )
        if close is None:
            continue
        template = (
            gettext_noop(
                "El color %(colour)s se parece al %(theirs)s de %(organisation)s, la organización del Alcalde: "
                "cámbielo."
            )
            if palette.is_mayors
            else gettext_noop(
                "El color %(colour)s se parece al %(theirs)s de la organización política %(organisation)s."
            )
        )
        findings.append(
            Finding(
                "E3",
                Level.WARN,
                "organisation.colour",
                template,
                {"colour": close[0], "theirs": close[1], "organisation": palette.organisation},
            )
        )
    return findings


def _ordinary(facts: PieceFacts, identified: list[Identified]) -> tuple[list[Finding], list[FollowUp]]:
    findings: list[Finding] = []
    if facts.paid:
        if not facts.plan_id:
            findings.append(
                Finding(
                    "P1",
                    Level.BLOCK,
                    "plan.missing",
                    gettext_noop(
                        "La publicidad pagada necesita una línea del plan de estrategia publicitaria aprobado "
                        "(Ley 28874, art. 3)."
                    ),
                )
            )
        if not facts.justification:
            findings.append(
                Finding(
                    "P1",
                    Level.BLOCK,
                    "justification.missing",
                    gettext_noop("Falta la descripción y justificación de la campaña (Ley 28874, art. 3)."),
                )
            )
        if not facts.media_justification:
            findings.append(
                Finding(
                    "P1",
                    Level.WARN,
                    "media.unjustified",
                    gettext_noop(
                        "Falta la justificación técnica de los medios elegidos: público objetivo, cobertura, "
                        "duración, alcance local y licencia del MTC (Ley 28874, art. 3)."
                    ),
                )
            )
    for item in identified:
        findings.append(
            Finding(
                "P2",
                Level.BLOCK if facts.paid else Level.WARN,
                f"official.{item.how}",
                _HOW[item.how]
                if facts.paid
                else gettext_noop("Contenido no pagado en el que se identifica a un funcionario: «%(who)s». Revíselo."),
                {"who": item.who},
            )
        )
    promotional = list(dict.fromkeys(_promotional.find(facts.texts)))
    if facts.topic == "PROMOCION_GESTION" or promotional or (facts.topic in PROMOTIONAL_TOPICS and identified):
        findings.append(
            Finding(
                "P3",
                Level.WARN,
                "purpose.promotional",
                gettext_noop(
                    "La publicidad estatal promueve conductas de relevancia social o difunde planes y programas; "
                    "anunciar obras o logros para mostrar a las autoridades no lo es."
                ),
            )
        )
    if facts.topic in COMMERCIAL_TOPICS:
        findings.append(
            Finding(
                "P4",
                Level.INFO,
                "commercial",
                gettext_noop("La publicidad comercial de la municipalidad también se rige por el D.L. 1044."),
            )
        )
    return findings, []


@dataclass(frozen=True)
class SweepItem:
    facts: PieceFacts
    verdict: Verdict

    @property
    def action(self) -> str:
        """What to do on the ban start: withdraw it, adapt it, or keep it with its follow-ups."""
        return {"block": "retirar", "warn": "adecuar"}.get(self.verdict.verdict, "mantener")


def ban_start_sweep(pieces: Iterable[PieceFacts], process: Process, knowledge: Knowledge) -> list[SweepItem]:
    """Every piece still exposed when `process`'s ban starts (E7), checked under the electoral regime."""
    items = []
    ubigeo_default = knowledge.settings.municipality_ubigeo
    for facts in pieces:
        if facts.start > process.ban_start or (facts.end is not None and facts.end < process.ban_start):
            continue
        if not covers(process.jurisdictions, facts.ubigeo or ubigeo_default):
            continue
        items.append(SweepItem(facts, check(facts, knowledge, today=process.ban_start)))
    return items
