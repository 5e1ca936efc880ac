from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from heraldo.core.models import Job, User


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class AuditSearchForm(forms.Form):
    q = forms.CharField(label=_("Buscar"), required=False, max_length=200)
    module = forms.ChoiceField(label=_("Módulo"), required=False)
    actor = forms.ModelChoiceField(label=_("Autor"), required=False, queryset=User.objects.none())
    date_from = forms.DateField(label=_("Desde"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Hasta"), required=False, widget=DateInput())

    MODULE_CHOICES = [
        ("", _("Todos")),
        ("core", _("Sistema y cuentas")),
        ("directory", _("Registro")),
        ("ceremonial", _("Agenda y Protocolo")),
        ("press", _("Prensa y Publicaciones")),
        ("campaigns", _("Campañas")),
        ("monitoring", _("Monitoreo")),
        ("reports", _("Reportes")),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].choices = self.MODULE_CHOICES
        self.fields["actor"].queryset = User.objects.order_by("first_name", "last_name")
        self.fields["actor"].empty_label = _("Todos")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("La fecha final no puede ser anterior a la inicial."))
        return cleaned


class JobFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Estado"), required=False, choices=[("", _("Todos")), *Job.Status.choices])


class LanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Idioma"), choices=User._meta.get_field("language").choices, widget=forms.RadioSelect
    )
