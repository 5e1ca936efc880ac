"""The master of ceremonies' script (*guion*), written from the run-of-show and the engine's plan
with each authority's form of address ("Señor Alcalde de la Municipalidad Distrital de …").

The script is plain text the office edits, written to a small convention the printed script reads
back (`script_sections`): "[10:05] Moment" opens a moment of the programme, a line in parentheses is a
cue for the master of ceremonies (who goes to the lectern, how long, who is responsible) and is not
read aloud, "— " starts a name in a list; every other line is read aloud.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from heraldo.ceremonial.models import Event, Guest
from heraldo.ceremonial.protocol import EventPlan, plan_for_event
from heraldo.ceremonial.services.ceremony import programme_with_times
from heraldo.core.spanish import greeting, of, to, with_article


def formal_reference(guest: Guest) -> str:
    """How the master of ceremonies names an authority, cargo and entity included."""
    person = guest.person
    name = person.full_name
    if guest.position_id is None:
        return name
    position = guest.position
    address = position.address_for(person.sex) or ("Señora" if person.sex == "F" else "Señor")
    cargo = position.title_for(person.sex)
    entity = position.entity.name
    if address.casefold().endswith(cargo.casefold()):
        reference = f"{address} {of(entity)}, {name}"
    else:
        reference = f"{address} {name}, {cargo} {of(entity)}"
    if guest.represents_id:
        represented = guest.represents
        reference += f", en representación {of(represented.title)} {of(represented.entity.name)}"
    return reference


_TITLED_ADDRESSES = ("señor ", "señora ", "señorita ")


def invite_to_speak(guest: Guest) -> str:
    """ "al Señor Alcalde …" / "a la Señora Regidora …"; a plain name takes no article ("a Rosa Inga")."""
    reference = formal_reference(guest)
    if reference.casefold().startswith(_TITLED_ADDRESSES):
        return to(reference)
    return f"a {reference}"


def _speaker_cue(guest: Guest) -> str:
    person = guest.person
    if guest.position_id is None:
        return f"(Al atril: {person.full_name})"
    return f"(Al atril: {person.full_name}, {guest.position.title_for(person.sex)})"


def _speech_lines(event_plan: EventPlan, kinds: set[str]) -> list[str]:
    plan = event_plan.plan
    lines = []
    for speech in plan.speeches if plan else ():
        if speech.kind.value not in kinds:
            continue
        guest = event_plan.guest(speech.attendee_id)
        if guest:
            lines.extend([_speaker_cue(guest), f"Invitamos a hacer uso de la palabra {invite_to_speak(guest)}."])
        else:
            lines.extend(["(Al atril: por designar)", "Invitamos a hacer uso de la palabra a [por designar]."])
    return lines


# Moments whose spoken words the script writes itself: their own text is a direction, not words to read.
_WRITTEN_ROLES = {
    "reception",
    "presidency",
    "anthem",
    "flags",
    "local_anthem",
    "welcome",
    "reading",
    "oration",
    "speeches",
    "closing",
}


def _timing_cue(item) -> str:
    parts = [f"{item.duration_minutes} min"]
    if item.responsible:
        parts.append(f"a cargo de: {item.responsible}")
    if item.text and item.role in _WRITTEN_ROLES:
        parts.append(item.text)
    return f"({' · '.join(parts)})"


def generate_script(event: Event) -> str:
    event_plan = plan_for_event(event)
    plan = event_plan.plan
    start = timezone.localtime(event.starts_at)
    title = event.title
    article = event.title_article
    out = [
        title.upper(),
        f"{start:%d/%m/%Y} · {start:%H:%M} · {event.place}",
        "GUION DEL MAESTRO DE CEREMONIAS",
        "",
    ]
    end = start
    for item, moment in programme_with_times(event):
        end = moment + timedelta(minutes=item.duration_minutes)
        out.append(f"[{moment:%H:%M}] {item.title}")
        out.append(_timing_cue(item))
        role = item.role
        if role == "reception":
            out.append(
                f"Señoras y señores, muy {greeting(moment)}. Les invitamos a ocupar sus asientos: en breves "
                f"momentos daremos inicio {to(title, article=article)}."
            )
        elif role == "presidency" and plan:
            out.append("Invitamos a ocupar su lugar en la mesa de honor a:")
            members = {seat.attendee_id for seat in plan.head_table}
            for attendee_id in plan.greeting_order:
                guest = event_plan.guest(attendee_id)
                if attendee_id in members and guest:
                    out.append(f"— {formal_reference(guest)}.")
        elif role in ("anthem", "flags"):
            out.append("Invitamos a los presentes a ponerse de pie para entonar el Himno Nacional del Perú.")
            if role == "flags" and plan:
                for bearer in plan.flag_raising:
                    guest = event_plan.guest(bearer.attendee_id)
                    if guest:
                        out.append(f"Procederá al izamiento ({bearer.emblem.value.lower()}) {formal_reference(guest)}.")
        elif role == "local_anthem":
            out.append("Invitamos a los presentes a ponerse de pie para entonar el himno del distrito.")
        elif role == "welcome":
            out.extend(_speech_lines(event_plan, {"WELCOME"}) or [item.text or "Palabras de bienvenida."])
        elif role == "reading":
            out.extend(_speech_lines(event_plan, {"READING"}) or [f"A continuación: {item.title.lower()}."])
        elif role == "oration":
            out.extend(_speech_lines(event_plan, {"ORATION"}) or ["Discurso de orden a cargo de [por designar]."])
        elif role == "speeches":
            out.extend(_speech_lines(event_plan, {"SPEECH"}) or ["(Sin discursos previstos.)"])
        elif role == "closing":
            out.extend(_speech_lines(event_plan, {"CLOSING"}) or ["Palabras de clausura de quien preside el acto."])
        elif item.text:
            out.append(item.text)
        else:
            out.append(f"A continuación: {item.title.lower()}.")
        out.append("")
    out.append(f"[{end:%H:%M}] Cierre")
    named = with_article(title, article=article)
    out.append(
        f"Agradecemos a las autoridades e invitados su presencia. Con esto concluye {named}. "
        f"Muchas gracias y muy {greeting(end)}."
    )
    return "\n".join(out)


@dataclass
class ScriptLine:
    kind: str  # "say" (read aloud), "cue" (a direction for the master of ceremonies), "name" (a list entry)
    text: str


@dataclass
class ScriptSection:
    time: str
    title: str
    lines: list[ScriptLine] = field(default_factory=list)


def script_sections(text: str) -> tuple[list[str], list[ScriptSection]]:
    """The stored script read back for printing: its heading lines, then each moment with its lines."""
    heading: list[str] = []
    sections: list[ScriptSection] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("[") and "]" in line[:8]:
            time, _bracket, title = line[1:].partition("]")
            sections.append(ScriptSection(time.strip(), title.strip()))
            continue
        if not sections:
            heading.append(line)
            continue
        if line.startswith("(") and line.endswith(")"):
            sections[-1].lines.append(ScriptLine("cue", line[1:-1]))
        elif line.startswith("— "):
            sections[-1].lines.append(ScriptLine("name", line[2:]))
        else:
            sections[-1].lines.append(ScriptLine("say", line))
    return heading, sections
