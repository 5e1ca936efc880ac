from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from heraldo.core.roles import ROLE_LABELS, UNIT_ROLES
from heraldo.core.uploads import checked_and_renamed
from heraldo.work.models import Assignment, NonWorkingDay, ReminderPreference, Task
from heraldo.work.selectors import office_staff_people
from heraldo.work.services.assignments import ASSIGNMENT_FIELDS
from heraldo.work.services.calendar import NON_WORKING_DAY_FIELDS

# A scanned document or an evidence file.
DOCUMENT_KINDS = frozenset({"pdf", "image"})
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def office_staff() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(office_staff_people(), label=_("Responsable"), required=False)


class AssignmentForm(forms.ModelForm):
    subject = forms.CharField(label=_("Asunto"), max_length=200)
    description = forms.CharField(label=_("Detalle"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    owner = office_staff()
    priority = forms.TypedChoiceField(
        label=_("Prioridad"), choices=Task.Priority.choices, coerce=int, initial=Task.Priority.NORMAL
    )
    due_on = forms.DateField(
        label=_("Fecha límite fijada por el documento"),
        required=False,
        widget=DATE_INPUT,
        help_text=_("Solo si el documento fija una fecha; si no, el plazo se cuenta en días hábiles."),
    )

    class Meta:
        model = Assignment
        fields = list(ASSIGNMENT_FIELDS)
        widgets = {"received_on": DATE_INPUT}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].help_text = _("Vacío: queda en la bandeja de la Jefatura para asignarlo después.")
        self.fields["term_working_days"].min_value = 1
        self.fields["term_working_days"].widget.attrs["min"] = 1

    def clean_scan(self):
        return checked_and_renamed(self.cleaned_data.get("scan"), kinds=DOCUMENT_KINDS)

    def clean(self):
        cleaned = super().clean()
        received_on, due_on = cleaned.get("received_on"), cleaned.get("due_on")
        if received_on and due_on and due_on < received_on:
            self.add_error("due_on", _("El plazo no puede vencer antes de la recepción del encargo."))
        return cleaned

    def clean_term_working_days(self):
        days = self.cleaned_data["term_working_days"]
        if days < 1:
            raise forms.ValidationError(_("El plazo es de al menos un día hábil."))
        return days


class AssignForm(forms.Form):
    owner = office_staff()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].required = True


class FulfilForm(forms.Form):
    reply_number = forms.CharField(label=_("Documento de respuesta"), max_length=120)
    reply_on = forms.DateField(label=_("Fecha de la respuesta"), widget=DATE_INPUT)


class TaskForm(forms.ModelForm):
    owner = office_staff()
    queue_role = forms.ChoiceField(
        label=_("O en la cola de un rol"),
        required=False,
        choices=[("", "—"), *[(role, ROLE_LABELS[role]) for role in UNIT_ROLES]],
    )
    confirm_non_working_day = forms.BooleanField(
        label=_("Confirmo el vencimiento aunque no sea día hábil"), required=False
    )

    class Meta:
        model = Task
        fields = ["title", "description", "owner", "queue_role", "collaborators", "due_on", "due_time", "priority"]
        widgets = {
            "due_on": DATE_INPUT,
            "due_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["collaborators"].queryset = self.fields["owner"].queryset
        self.fields["collaborators"].required = False


class ReminderPreferenceForm(forms.ModelForm):
    digest_hour = forms.TypedChoiceField(
        label=_("Hora del resumen diario"), coerce=int, choices=[(hour, f"{hour:02d}:00") for hour in range(5, 23)]
    )

    class Meta:
        model = ReminderPreference
        fields = ["digest_hour", "days_ahead", "by_email"]


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comentario"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000,
        help_text=_("Escriba @usuario para avisar a alguien."),
    )


class ChecklistItemForm(forms.Form):
    text = forms.CharField(label=_("Nuevo paso"), max_length=200)


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("Descripción"), max_length=200)
    file = forms.FileField(label=_("Archivo"), help_text=_("PDF o imagen."))

    def clean_file(self):
        return checked_and_renamed(self.cleaned_data.get("file"), kinds=DOCUMENT_KINDS)


class NonWorkingDayForm(forms.ModelForm):
    class Meta:
        model = NonWorkingDay
        fields = list(NON_WORKING_DAY_FIELDS)
        widgets = {"day": DATE_INPUT}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            choice for choice in NonWorkingDay.Kind.choices if choice[0] != NonWorkingDay.Kind.NATIONAL
        ]
        self.fields["name"].required = True
