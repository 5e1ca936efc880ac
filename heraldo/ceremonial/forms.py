"""Forms of the agenda: every bad input gets a Spanish message before any service runs."""

from __future__ import annotations

import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heraldo.ceremonial.models import (
    Attendance,
    AttendanceRequest,
    Event,
    EventStatus,
    Guest,
    PrecedenceTableRow,
    ProgrammeItem,
    ProtocolSettings,
    RequestStatus,
    RsvpChannel,
    RsvpStatus,
    StaffRole,
)
from heraldo.ceremonial.recurrence import (
    RecurrenceError,
    monthly_rule,
    normalise_rule,
    simple_repetition,
    weekly_rule,
)
from heraldo.ceremonial.recurrence_words import describe_rule
from heraldo.ceremonial.selectors import unit_staff
from heraldo.ceremonial.services.ceremony import GUEST_FIELDS, ITEM_FIELDS
from heraldo.ceremonial.services.events import EVENT_FIELDS, OUTCOME_FIELDS
from heraldo.ceremonial.services.precedence import ROW_VERSION_FIELDS, SETTINGS_FIELDS
from heraldo.ceremonial.services.precedence_import import office_code_for, rows_in_force
from heraldo.ceremonial.services.requests import REQUEST_FIELDS
from heraldo.core.forms import DateInput
from heraldo.core.models import User
from heraldo.core.text import fold
from heraldo.directory.models import Entity, Person

MAYOR_OFFICES = ("ALCALDE_DISTRITAL", "ALCALDE_PROVINCIAL")


def representative_choices(current_id=None):
    """Who may stand in for the Mayor: the people holding a cargo in our municipality today
    (regidores, officials), never the Mayor himself. The whole Registro may hold tens of thousands of persons."""
    from django.db.models import Q
    from django.utils import timezone

    from heraldo.directory.selectors import current_terms, own_municipality

    municipality = own_municipality()
    persons = Person.objects.filter(is_active=True)
    if municipality is not None:
        terms = current_terms(on=timezone.localdate()).filter(position__entity=municipality)
        holders = terms.values("person_id")
        mayors = terms.filter(position__office_code__in=MAYOR_OFFICES).values("person_id")
        persons = Person.objects.filter(Q(pk__in=holders) | Q(pk=current_id)).exclude(pk__in=mayors)
    return persons.order_by("surnames", "given_names")


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


def _datetime_field(label):
    return forms.DateTimeField(
        label=label, widget=DateTimeLocalInput(), input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"]
    )


class Repeat:
    NONE = ""
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    CUSTOM = "custom"
    CHOICES = [
        (NONE, _("No se repite")),
        (WEEKLY, _("Cada semana, el mismo día y hora")),
        (MONTHLY, _("Cada mes, el mismo día")),
        (CUSTOM, _("Regla personalizada (RFC 5545)")),
    ]


class EventForm(forms.ModelForm):
    starts_at = _datetime_field(_("Inicio"))
    ends_at = _datetime_field(_("Fin"))
    repeat = forms.ChoiceField(label=_("Repetición"), choices=Repeat.CHOICES, required=False)
    repeat_until = forms.DateField(
        label=_("Repetir hasta"),
        required=False,
        widget=DateInput(),
        help_text=_("Déjelo vacío si se repite sin fecha de término."),
    )
    staff_protocol = forms.ModelMultipleChoiceField(
        label=_("Protocolo"), queryset=User.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    staff_press = forms.ModelMultipleChoiceField(
        label=_("Prensa"), queryset=User.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    staff_photo = forms.ModelMultipleChoiceField(
        label=_("Fotografía y video"), queryset=User.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    staff_design = forms.ModelMultipleChoiceField(
        label=_("Diseño gráfico"), queryset=User.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    staff_monitoring = forms.ModelMultipleChoiceField(
        label=_("Monitoreo de medios"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    staff_support = forms.ModelMultipleChoiceField(
        label=_("Apoyo logístico"), queryset=User.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    confirm_conflicts = forms.BooleanField(
        label=_("Guardar de todos modos, sabiendo que se cruza con las actividades listadas"), required=False
    )
    confirm_staff_clashes = forms.BooleanField(
        label=_("Asignar de todos modos, sabiendo que esas personas ya tienen otro compromiso a esa hora"),
        required=False,
    )

    STAFF_FIELDS = {
        "staff_protocol": StaffRole.PROTOCOL,
        "staff_press": StaffRole.PRESS,
        "staff_photo": StaffRole.PHOTO,
        "staff_design": StaffRole.DESIGN,
        "staff_monitoring": StaffRole.MONITORING,
        "staff_support": StaffRole.SUPPORT,
    }

    class Meta:
        model = Event
        fields = EVENT_FIELDS
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        staff_users = unit_staff(self.instance)
        for name in self.STAFF_FIELDS:
            self.fields[name].queryset = staff_users
            self.fields[name].label_from_instance = lambda u: u.get_full_name() or u.username
        self.fields["organiser_entity"].queryset = Entity.objects.filter(is_active=True).order_by("name")
        self.fields["representative"].queryset = representative_choices(self.instance.representative_id)
        self.fields["representative"].help_text = _("Personas con cargo vigente en nuestra municipalidad.")
        self.fields["rrule"].required = False
        self.fields["rrule"].label = _("Regla personalizada")
        if self.instance.pk:
            for name, role in self.STAFF_FIELDS.items():
                self.initial[name] = [s.user_id for s in self.instance.staff.all() if s.role == role]
            if self.instance.rrule:
                words = describe_rule(self.instance.rrule, starts_at=self.instance.starts_at)
                self.fields["rrule"].help_text = _("Hoy se repite %(words)s.") % {"words": words}
                plain = simple_repetition(self.instance.rrule)
                if plain is None:
                    self.initial["repeat"] = Repeat.CUSTOM
                else:
                    # Offered back as the plain choice it was saved with: no rule string for the user to decipher.
                    self.initial["repeat"] = {"WEEKLY": Repeat.WEEKLY, "MONTHLY": Repeat.MONTHLY}[plain[0]]
                    self.initial["repeat_until"] = plain[1]
                    self.initial["rrule"] = ""
        field_order = ["title", "event_type", "starts_at", "ends_at", "repeat", "repeat_until", "rrule"]
        self.order_fields(field_order)

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("El fin debe ser posterior al inicio."))
        repeat, until = cleaned.get("repeat") or Repeat.NONE, cleaned.get("repeat_until")
        rule = {
            Repeat.NONE: "",
            Repeat.WEEKLY: weekly_rule(until=until),
            Repeat.MONTHLY: monthly_rule(until=until),
            Repeat.CUSTOM: cleaned.get("rrule", ""),
        }[repeat]
        if repeat == Repeat.CUSTOM and not rule:
            self.add_error("rrule", _("Escriba la regla, por ejemplo FREQ=WEEKLY;BYDAY=SU."))
        if rule and starts_at:
            try:
                rule = normalise_rule(rule, starts_at=starts_at)
            except RecurrenceError as exc:
                self.add_error("rrule" if repeat == Repeat.CUSTOM else "repeat_until", str(exc))
        cleaned["rrule"] = rule
        self.instance.rrule = rule
        return cleaned

    def event_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in EVENT_FIELDS}

    def staff_data(self) -> dict:
        return {role: list(self.cleaned_data.get(name) or []) for name, role in self.STAFF_FIELDS.items()}


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Nuevo estado"), choices=EventStatus.choices)
    starts_at = _datetime_field(_("Nuevo inicio"))
    ends_at = _datetime_field(_("Nuevo fin"))
    confirm_conflicts = forms.BooleanField(label=_("Guardar aunque se cruce con otras actividades"), required=False)
    confirm_staff_clashes = forms.BooleanField(
        label=_("Asignar de todos modos, sabiendo que esas personas ya tienen otro compromiso a esa hora"),
        required=False,
    )

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        # django-stubs types form.fields as plain Field; "status" is a ChoiceField.
        self.fields["status"].choices = [  # type: ignore[attr-defined]
            (s, EventStatus(s).label) for s in event.next_statuses()
        ]
        self.fields["starts_at"].required = False
        self.fields["ends_at"].required = False

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == EventStatus.REPROGRAMADO:
            starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
            if not starts_at:
                self.add_error("starts_at", _("Indique la nueva fecha y hora de inicio."))
            if not ends_at:
                self.add_error("ends_at", _("Indique la nueva fecha y hora de fin."))
            if starts_at and ends_at and ends_at <= starts_at:
                self.add_error("ends_at", _("El fin debe ser posterior al inicio."))
        return cleaned


class OccurrenceForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("cancel", _("Suspender esta fecha")),
            ("move", _("Cambiar la hora de esta fecha")),
            ("restore", _("Restituir esta fecha")),
        ],
        label=_("Acción"),
    )
    starts_at = _datetime_field(_("Nuevo inicio"))
    ends_at = _datetime_field(_("Nuevo fin"))
    note = forms.CharField(label=_("Motivo"), max_length=200, required=False)
    confirm_conflicts = forms.BooleanField(label=_("Guardar aunque se cruce con otras actividades"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["starts_at"].required = False
        self.fields["ends_at"].required = False

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "move":
            starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
            if not starts_at or not ends_at:
                self.add_error("starts_at", _("Indique el nuevo inicio y el nuevo fin."))
            elif ends_at <= starts_at:
                self.add_error("ends_at", _("El fin debe ser posterior al inicio."))
        return cleaned


class EventFilterForm(forms.Form):
    q = forms.CharField(label=_("Buscar"), required=False, max_length=100)
    status = forms.ChoiceField(label=_("Estado"), required=False, choices=[("", _("Todos")), *EventStatus.choices])
    date_from = forms.DateField(label=_("Desde"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Hasta"), required=False, widget=DateInput())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date_from") and cleaned.get("date_to") and cleaned["date_from"] > cleaned["date_to"]:
            self.add_error("date_to", _("La fecha final no puede ser anterior a la inicial."))
        return cleaned


ATTENDANCE_CHOICES = Attendance.choices


class AttendanceRequestForm(forms.ModelForm):
    starts_at = _datetime_field(_("Inicio"))
    ends_at = _datetime_field(_("Fin"))

    class Meta:
        model = AttendanceRequest
        fields = REQUEST_FIELDS
        widgets = {"received_on": DateInput(), "answer_by": DateInput(), "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inviting_entity"].queryset = Entity.objects.filter(is_active=True).order_by("name")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("inviting_entity") and not cleaned.get("inviting_name"):
            self.add_error(
                "inviting_name", _("Indique la entidad que invita: elíjala del Registro o escriba su nombre.")
            )
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("El fin debe ser posterior al inicio."))
        received, answer_by = cleaned.get("received_on"), cleaned.get("answer_by")
        if received and answer_by and answer_by < received:
            self.add_error("answer_by", _("La fecha límite de respuesta no puede ser anterior a la recepción."))
        return cleaned


class AnswerForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Respuesta"),
        choices=[
            (s, RequestStatus(s).label)
            for s in (RequestStatus.ACCEPTED, RequestStatus.DELEGATED, RequestStatus.DECLINED)
        ],
        widget=forms.RadioSelect,
    )
    delegate = forms.ModelChoiceField(label=_("Representante"), queryset=Person.objects.none(), required=False)
    delegate_role = forms.CharField(label=_("Cargo del representante"), max_length=150, required=False)
    note = forms.CharField(
        label=_("Respuesta enviada o motivo"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    confirm_conflicts = forms.BooleanField(label=_("Agendar aunque se cruce con otras actividades"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["delegate"].queryset = representative_choices(self.initial.get("delegate"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == RequestStatus.DELEGATED and not cleaned.get("delegate"):
            self.add_error("delegate", _("Indique quién asistirá en representación del Alcalde."))
        return cleaned


class RequestFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Estado"), required=False, choices=[("", _("Todos")), *RequestStatus.choices])
    q = forms.CharField(label=_("Buscar"), required=False, max_length=100)


class ProgrammeItemForm(forms.ModelForm):
    class Meta:
        model = ProgrammeItem
        fields = ITEM_FIELDS
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}

    def clean_duration_minutes(self):
        minutes = self.cleaned_data["duration_minutes"]
        if not 1 <= minutes <= 480:
            raise forms.ValidationError(_("La duración va de 1 a 480 minutos."))
        return minutes


class ReorderForm(forms.Form):
    order = forms.CharField(widget=forms.HiddenInput)

    def clean_order(self):
        try:
            return [int(part) for part in self.cleaned_data["order"].split(",") if part]
        except ValueError as exc:
            raise forms.ValidationError(_("Orden no válido.")) from exc


class PersonSearchForm(forms.Form):
    buscar = forms.CharField(
        label=_("Buscar en el Registro"),
        max_length=100,
        required=False,
        help_text=_("Nombre, apellido, cargo o entidad."),
    )


class WalkInForm(forms.Form):
    """Someone at the door who is not on the list: a person of the Registro, or a name to enter."""

    person = forms.ModelChoiceField(
        queryset=Person.objects.filter(is_active=True), required=False, widget=forms.HiddenInput
    )
    given_names = forms.CharField(label=_("Nombres"), max_length=120, required=False)
    surnames = forms.CharField(label=_("Apellidos"), max_length=120, required=False)
    note = forms.CharField(
        label=_("Cargo o institución"),
        max_length=250,
        required=False,
        help_text=_("Como se presentó; el Registro se completa después."),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("person") and not (cleaned.get("given_names") and cleaned.get("surnames")):
            raise forms.ValidationError(_("Escriba los nombres y los apellidos de quien llegó."))
        return cleaned


class GuestForm(forms.ModelForm):
    class Meta:
        model = Guest
        fields = GUEST_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from heraldo.directory.models import Position

        positions = Position.objects.select_related("entity").order_by("entity__name", "order_in_entity", "title")
        self.fields["position"].queryset = positions.filter(terms__person=self.instance.person).distinct()
        # Only cargos of the precedence table can be represented in a plan.
        self.fields["represents"].queryset = positions.filter(is_active=True).exclude(office_code="")
        self.fields["represents"].help_text = _("Si asiste en lugar de otra autoridad, el cargo de esa autoridad.")


class ManualAnswerForm(forms.Form):
    rsvp_status = forms.ChoiceField(label=_("Respuesta"), choices=RsvpStatus.choices)
    rsvp_channel = forms.ChoiceField(
        label=_("Recibida por"), choices=[c for c in RsvpChannel.choices if c[0] != RsvpChannel.LINK]
    )


class RsvpForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Su respuesta"),
        choices=[(RsvpStatus.ACCEPTED, _("Asistiré")), (RsvpStatus.DECLINED, _("No podré asistir"))],
        widget=forms.RadioSelect,
    )


class ProtocolSettingsForm(forms.ModelForm):
    class Meta:
        model = ProtocolSettings
        fields = SETTINGS_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        guests = self.instance.event.guests.select_related("person").order_by("person__surnames")
        for name in ("courtesy_cession_to", "orator", "reader"):
            self.fields[name].queryset = guests
            self.fields[name].label_from_instance = lambda guest: guest.person.full_name

    def clean_head_table_size(self):
        size = self.cleaned_data["head_table_size"]
        if not 1 <= size <= 25:
            raise forms.ValidationError(_("La mesa de honor tiene de 1 a 25 asientos."))
        return size


class PrecedenceRowVersionForm(forms.ModelForm):
    """A new version of an office's row, valid from a date; the old one closes the day before."""

    class Meta:
        model = PrecedenceTableRow
        fields = ROW_VERSION_FIELDS
        widgets = {"valid_from": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["valid_from"].required = True
        self.fields["legal_source"].help_text = _("Norma que sustenta la fila, por ejemplo D.S. 100-2005-RE.")
        # The office's internal code travels hidden: a version keeps it, a new office gets one from its name.
        self.fields["office_code"].required = False
        self.fields["office_code"].widget = forms.HiddenInput()

    def clean_office_code(self):
        code = (self.cleaned_data.get("office_code") or "").strip().upper()
        if code and not re.fullmatch(r"[A-Z][A-Z0-9_]{1,59}", code):
            raise forms.ValidationError(_("El cargo no es válido: vuelva a abrirlo desde el cuadro."))
        return code

    def clean(self):
        cleaned = super().clean()
        label = cleaned.get("label")
        if label and not cleaned.get("office_code"):
            day = cleaned.get("valid_from") or timezone.localdate()
            if any(fold(row.label) == fold(label) for row in rows_in_force(day)):
                self.add_error("label", _("Ese cargo ya está en el cuadro: registre una nueva versión desde su fila."))
            taken = set(PrecedenceTableRow.objects.values_list("office_code", flat=True))
            cleaned["office_code"] = office_code_for(label, taken)
        return cleaned


class PrecedenceImportForm(forms.Form):
    file = forms.FileField(label=_("Cuadro oficial en CSV o Excel (.xlsx)"))
    valid_from = forms.DateField(
        label=_("Vigente desde"), widget=DateInput(), help_text=_("Las filas que cambian se cierran el día anterior.")
    )
    legal_source = forms.CharField(
        label=_("Base legal"),
        max_length=250,
        required=False,
        help_text=_("Por ejemplo: D.S. 100-2005-RE. Se usa en las filas que no la indican."),
    )

    def clean_rank(self):
        rank = self.cleaned_data["rank"]
        if rank < 1:
            raise forms.ValidationError(_("El nivel empieza en 1."))
        return rank


class OutcomeForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = OUTCOME_FIELDS
        widgets = {
            "outcome_notes": forms.Textarea(attrs={"rows": 3}),
            "outcome_links": forms.Textarea(attrs={"rows": 2}),
        }

    def clean_outcome_links(self):
        from django.core.validators import URLValidator

        validate = URLValidator(schemes=["http", "https"])
        lines = [line.strip() for line in self.cleaned_data["outcome_links"].splitlines() if line.strip()]
        for line in lines:
            try:
                validate(line)
            except forms.ValidationError as exc:
                raise forms.ValidationError(
                    _("«%(link)s» no es una dirección web válida (http o https).") % {"link": line[:80]}
                ) from exc
        return "\n".join(lines)
