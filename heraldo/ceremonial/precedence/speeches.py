"""Who speaks when (SP-01 to SP-06) and, at a swearing-in, who swears in whom (JU-01,
JU-02)."""

from __future__ import annotations

from heraldo.ceremonial.precedence.explanations import ExplanationLog, gettext_noop
from heraldo.ceremonial.precedence.inputs import EventClass, Host, ProtocolOptions
from heraldo.ceremonial.precedence.plan import Oath, SpeechKind, SpeechSlot
from heraldo.ceremonial.precedence.presidency import Presidency
from heraldo.ceremonial.precedence.ranking import Standing
from heraldo.ceremonial.precedence.table import OfficeClass

_MAX_SPEECHES = 4


def plan_speeches(
    ranked: list[Standing],
    host: Host,
    presidency: Presidency,
    options: ProtocolOptions,
    log: ExplanationLog,
) -> tuple[SpeechSlot, ...]:
    by_id = {s.id: s for s in ranked}
    presider = presidency.presider
    slots: list[SpeechSlot] = []
    welcome = _welcome_speaker(ranked, host, presidency, options, log)
    if welcome is not None:
        slots.append(SpeechSlot(SpeechKind.WELCOME, welcome.id, welcome.title))
    if options.reader is not None:
        reader = by_id[options.reader]
        slots.append(SpeechSlot(SpeechKind.READING, reader.id, reader.title))
    if options.orator is not None:
        orator = by_id[options.orator]
        slots.append(SpeechSlot(SpeechKind.ORATION, orator.id, orator.title))
    elif options.event_class is EventClass.SESION_SOLEMNE:
        slots.append(SpeechSlot(SpeechKind.ORATION, None, "Orador(a) de orden por designar"))
        log.warn("speeches.orator_missing", "SP-05", gettext_noop("Sesión solemne sin orador(a) de orden."))
    if options.event_class is EventClass.SESION_SOLEMNE:
        log.apply("SP-05", gettext_noop("Lectura y discurso de orden antes del mensaje de la presidencia."))

    taken = {presider.id, options.reader, options.orator, getattr(welcome, "id", None)}
    # SP-06: a representative speaks in the turn of his own office, whatever the mode.
    others = sorted(
        (by_id[i] for i in dict.fromkeys(options.speakers) if i not in taken),
        key=lambda s: s.own_key,
        reverse=True,
    )
    if others:
        log.apply(
            "SP-02",
            gettext_noop("Intervenciones en orden ascendente de precedencia."),
            *(s.id for s in others),
        )
    representatives = [s.id for s in others if s.attendee.represents is not None]
    if representatives:
        log.apply(
            "SP-06",
            gettext_noop("Los representantes hablan en el turno de su cargo."),
            *representatives,
        )
    slots.extend(SpeechSlot(SpeechKind.SPEECH, s.id, s.title) for s in others)

    slots.append(SpeechSlot(SpeechKind.CLOSING, presider.id, presider.title))
    log.apply("SP-01", gettext_noop("Cierra quien preside, %(name)s."), presider.id, name=presider.name)
    if presider.represents_head_of_state():
        log.apply("SP-06", gettext_noop("El representante del Presidente cierra el acto."), presider.id)
    speaking = [slot for slot in slots if slot.kind is not SpeechKind.READING]
    if len(speaking) > _MAX_SPEECHES:
        log.warn(
            "speeches.too_many",
            "SP-06",
            gettext_noop("Hay %(count)s intervenciones; mejor un máximo de %(maximum)s."),
            count=len(speaking),
            maximum=_MAX_SPEECHES,
        )
    return tuple(slots)


def _welcome_speaker(
    ranked: list[Standing],
    host: Host,
    presidency: Presidency,
    options: ProtocolOptions,
    log: ExplanationLog,
) -> Standing | None:
    if not presidency.host_presides:
        if not presidency.hosts_after:
            return None
        opener = presidency.hosts_after[0]
        log.apply(
            "SP-03",
            gettext_noop("El anfitrión no preside: %(name)s da la bienvenida."),
            opener.id,
            name=opener.name,
        )
        return opener
    if not options.welcome_by_council:
        return None
    speaker: Standing | None
    if options.welcome_speaker is not None:
        speaker = next(s for s in ranked if s.id == options.welcome_speaker)
    else:
        council = (
            s
            for s in sorted(ranked, key=lambda s: s.own_key)
            if s is not presidency.presider and s.belongs_to(host.organiser.entity, OfficeClass.COUNCIL)
        )
        speaker = next(council, None)
    if speaker is None:
        log.warn(
            "speeches.no_council_welcome",
            "SP-04",
            gettext_noop("No hay regidor(a) para la bienvenida."),
        )
        return None
    log.apply("SP-04", gettext_noop("Bienvenida a cargo del concejo: %(name)s."), speaker.id, name=speaker.name)
    return speaker


def plan_oaths(
    ranked: list[Standing],
    host: Host,
    presidency: Presidency,
    options: ProtocolOptions,
    log: ExplanationLog,
) -> tuple[Oath, ...]:
    if options.event_class is not EventClass.JURAMENTACION:
        return ()
    mayor = next((s for s in presidency.host_parties if s.attendee.represents is None), None)
    if mayor is None:
        log.warn("oath.mayor_absent", "JU-01", gettext_noop("No asiste el alcalde electo."))
        return ()
    council = sorted(
        (s for s in ranked if s.belongs_to(host.organiser.entity, OfficeClass.COUNCIL)),
        key=lambda s: s.own_key,
    )
    if not council:
        log.warn(
            "oath.no_council",
            "JU-01",
            gettext_noop("No hay regidor que tome el juramento al alcalde."),
        )
        return ()
    first = council[0]
    log.apply(
        "JU-01",
        gettext_noop("%(name)s, primer regidor presente, juramenta al alcalde."),
        first.id,
        name=first.name,
    )
    log.apply("JU-02", gettext_noop("El alcalde juramenta a los regidores en orden de lista."), mayor.id)
    return (
        Oath(sworn_id=mayor.id, administered_by_id=first.id),
        *(Oath(sworn_id=s.id, administered_by_id=mayor.id) for s in council),
    )
