"""Forms of Reportes: every bad input is stopped here with a Spanish message, before any service runs."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import cast

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from heraldo.core.forms import DateInput
from heraldo.core.report_sections import countable_figures, month_bounds
from heraldo.reports.documents import WORD_TEMPLATE_MAX_BYTES, check_word_template
from heraldo.reports.models import MONTHS, PoiActivity

MAX_PERIOD_DAYS = 366
MAX_RECIPIENTS = 20
NARRATIVE_MAX = 20_000


class CompileForm(forms.Form):
    """A month (the usual case) or any period of up to a year."""

    month = forms.CharField(
        label=_("Mes"),
        required=False,
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2026-11"}),
    )
    period_start = forms.DateField(label=_("Desde"), required=False, widget=DateInput())
    period_end = forms.DateField(label=_("Hasta"), required=False, widget=DateInput())

    def clean(self):
        data = super().clean()
        month, start, end = data.get("month"), data.get("period_start"), data.get("period_end")
        if self.errors:
            return data
        if month:
            match = re.fullmatch(r"(\d{4})-(\d{2})", month.strip())
            if not match or not 1 <= int(match[2]) <= 12 or int(match[1]) < 2000:
                raise ValidationError({"month": _("Indique el mes como año-mes, por ejemplo 2026-11.")})
            start, end = month_bounds(int(match[1]), int(match[2]))
        elif not (start and end):
            raise ValidationError(_("Elija un mes, o las dos fechas del periodo."))
        if end < start:
            raise ValidationError({"period_end": _("La fecha final es anterior a la inicial.")})
        if (end - start).days + 1 > MAX_PERIOD_DAYS:
            raise ValidationError({"period_end": _("El periodo puede abarcar hasta un año.")})
        data["period_start"], data["period_end"] = start, end
        return data


class NarrativesForm(forms.Form):
    """One text box per section of the report, prefilled with what is saved (the draft at first)."""

    def __init__(self, *args, sections: list[dict], texts: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for section in sections:
            self.fields[f"narrative_{section['key']}"] = forms.CharField(
                label=_("Redacción"),
                help_text=_("Se propuso un primer borrador a partir de las cifras; edítelo libremente."),
                required=False,
                max_length=NARRATIVE_MAX,
                initial=texts.get(section["key"], section["draft"]),
                widget=forms.Textarea(attrs={"rows": 6}),
                error_messages={"max_length": _("La redacción de una sección puede tener hasta 20 000 caracteres.")},
            )

    def texts(self) -> dict[str, str]:
        """The sections whose box was sent; a box the request did not carry leaves its text as it is."""
        return {
            name.removeprefix("narrative_"): value.strip()
            for name, value in self.cleaned_data.items()
            if name in self.data
        }


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comentario"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Escriba el comentario."),
            "max_length": _("El comentario puede tener hasta 4000 caracteres."),
        },
    )
    section_key = forms.ChoiceField(label=_("Sobre la sección"), required=False)

    def __init__(self, *args, sections: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("Todo el informe")), *((s["key"], s["title"]) for s in sections)]
        cast(forms.ChoiceField, self.fields["section_key"]).choices = choices


class SendForm(forms.Form):
    recipients = forms.CharField(
        label=_("Correos de la Alcaldía"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Uno por línea o separados por comas. Recibirán el PDF y el Word del informe."),
        error_messages={"required": _("Indique al menos un correo de la Alcaldía.")},
    )

    def clean_recipients(self) -> list[str]:
        addresses = [a.strip().lower() for a in re.split(r"[\s,;]+", self.cleaned_data["recipients"]) if a.strip()]
        wrong = []
        for address in addresses:
            try:
                validate_email(address)
            except ValidationError:
                wrong.append(address)
        if wrong:
            raise ValidationError(_("Estos correos no son válidos: %(list)s.") % {"list": ", ".join(wrong[:5])})
        unique = list(dict.fromkeys(addresses))
        if len(unique) > MAX_RECIPIENTS:
            raise ValidationError(_("El informe se envía a 20 correos como máximo."))
        return unique


def _month_field(index: int, *, required: bool) -> forms.DecimalField:
    return forms.DecimalField(
        label=str(MONTHS[index]),
        required=required,
        min_value=0,
        max_digits=12,
        decimal_places=2,
        error_messages={
            "required": _("Indique la meta del mes (0 si no hay)."),
            "min_value": _("No puede ser negativo."),
            "invalid": _("Escriba un número, por ejemplo 4 o 2.5."),
            "max_decimal_places": _("Use como máximo dos decimales."),
            "max_digits": _("El número es demasiado grande."),
        },
        widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
    )


class PoiActivityForm(forms.Form):
    year = forms.IntegerField(
        label=_("Año"),
        min_value=2000,
        max_value=2100,
        error_messages={"min_value": _("Indique un año válido."), "max_value": _("Indique un año válido.")},
    )
    name = forms.CharField(label=_("Actividad"), max_length=200, error_messages={"required": _("Nombre la actividad.")})
    unit_of_measure = forms.CharField(
        label=_("Unidad de medida"),
        max_length=80,
        help_text=_("Por ejemplo: nota de prensa, acto, informe."),
        error_messages={"required": _("Indique la unidad de medida.")},
    )
    counts_from = forms.ChoiceField(
        label=_("Se cuenta desde"),
        required=False,
        help_text=_("Una cifra del informe, o «a mano» para registrar el avance de cada mes."),
    )
    position = forms.IntegerField(label=_("Orden"), min_value=0, max_value=999, initial=0, required=False)

    def __init__(self, *args, activity: PoiActivity | None = None, **kwargs):
        if activity is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                "year": activity.year,
                "name": activity.name,
                "unit_of_measure": activity.unit_of_measure,
                "counts_from": activity.counts_from,
                "position": activity.position,
                **{f"month_{i + 1}": value for i, value in enumerate(activity.monthly_targets or [])},
            }
        super().__init__(*args, **kwargs)
        self.activity = activity
        choices = [("", _("A mano (avance mensual)")), *countable_figures()]
        cast(forms.ChoiceField, self.fields["counts_from"]).choices = choices
        for index in range(12):
            self.fields[f"month_{index + 1}"] = _month_field(index, required=True)

    def month_fields(self):
        return [self[f"month_{index + 1}"] for index in range(12)]

    def clean(self):
        data = super().clean()
        year, name = data.get("year"), data.get("name")
        if year and name:
            clash = PoiActivity.objects.filter(year=year, name__iexact=name.strip())
            if self.activity is not None:
                clash = clash.exclude(pk=self.activity.pk)
            if clash.exists():
                self.add_error("name", _("Ese año ya tiene una actividad con ese nombre."))
        return data

    def values(self) -> dict:
        data = self.cleaned_data
        return {
            "year": data["year"],
            "name": data["name"].strip(),
            "unit_of_measure": data["unit_of_measure"].strip(),
            "counts_from": data["counts_from"],
            "position": data.get("position") or 0,
            "monthly_targets": [float(data[f"month_{i + 1}"]) for i in range(12)],
        }


class PoiActualsForm(forms.Form):
    def __init__(self, *args, activity: PoiActivity, **kwargs):
        initial = {f"month_{a.month}": a.value for a in activity.actuals.all()}
        super().__init__(*args, initial=initial, **kwargs)
        for index in range(12):
            self.fields[f"month_{index + 1}"] = _month_field(index, required=False)

    def values(self) -> dict[int, object]:
        return {index + 1: self.cleaned_data.get(f"month_{index + 1}") for index in range(12)}


class WordTemplateForm(forms.Form):
    template = forms.FileField(
        label=_("Plantilla de Word (.docx)"),
        help_text=_("Un documento .docx con las marcas que describe la guía; se prueba antes de guardarlo."),
        error_messages={"required": _("Elija el archivo de la plantilla."), "empty": _("El archivo está vacío.")},
    )

    def clean_template(self):
        upload = self.cleaned_data["template"]
        if upload.size > WORD_TEMPLATE_MAX_BYTES:
            raise ValidationError(_("La plantilla pesa más de 5 MB."))
        data = upload.read()
        check_word_template(data)
        self.data_bytes = data
        return upload


def default_month(today: date) -> str:
    """The month a report is usually written for: the one that just ended."""
    last = today.replace(day=1) - timedelta(days=1)
    return f"{last:%Y-%m}"
