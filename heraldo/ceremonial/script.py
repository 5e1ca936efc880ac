"""The master of ceremonies' script (*guion*), written from the run-of-show and the engine's plan
with each authority's form of address ("Señor Alcalde de la Municipalidad Distrital de …")."""

from __future__ import annotations

from django.utils import timezone

from heraldo.ceremonial.models import Event, Guest
from heraldo.ceremonial.protocol import EventPlan, plan_for_event
from heraldo.ceremonial.services.ceremony import programme_with_times

_FEMININE_HEADS = (
    "municipalidad",
    "comisaría",
    "prefectura",
    "subprefectura",
    "junta",
    "asociación",
    "institución",
    "parroquia",
    "universidad",
    "dirección",
    "gerencia",
    "corte",
    "fiscalía",
    "región",
    "sociedad",
    "cámara",
    "defensoría",
    "contraloría",
    "policía",
    "iglesia",
    "diócesis",
    "red",
    "unidad",
)


def _of(entity_name: str) -> str:
    first = entity_name.split()[0].casefold() if entity_name else ""
    return "de la" if first in _FEMININE_HEADS else "del"


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
        reference = f"{address} {_of(entity)} {entity}, {name}"
    else:
        reference = f"{address} {name}, {cargo} {_of(entity)} {entity}"
    if guest.represents_id:
        represented = guest.represents
        reference += (
            f", en representación del {represented.title} {_of(represented.entity.name)} {represented.entity.name}"
        )
    return reference


def _speech_lines(event_plan: EventPlan, kinds: set[str]) -> list[str]:
    plan = event_plan.plan
    lines = []
    for speech in plan.speeches if plan else ():
        if speech.kind.value not in kinds:
            continue
        guest = event_plan.guest(speech.attendee_id)
        who = formal_reference(guest) if guest else "[por designar]"
        lines.append(f"Invitamos a hacer uso de la palabra a {who}.")
    return lines


def generate_script(event: Event) -> str:
    event_plan = plan_for_event(event)
    plan = event_plan.plan
    start = timezone.localtime(event.starts_at)
    out = [
        event.title.upper(),
        f"{start:%d/%m/%Y} · {start:%H:%M} · {event.place}",
        "GUION DEL MAESTRO DE CEREMONIAS",
        "",
    ]
    for item, moment in programme_with_times(event):
        out.append(f"[{moment:%H:%M}] {item.title}")
        role = item.role
        if role == "reception":
            out.append(
                f"Señoras y señores, muy buenos días. Les invitamos a ocupar sus asientos: en breves momentos "
                f"daremos inicio a {event.title}."
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
    out.append(
        "Agradecemos a las autoridades e invitados su presencia. Con esto concluye la ceremonia. Muchas gracias."
    )
    return "\n".join(out)
