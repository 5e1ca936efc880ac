"""Forms of Campañas: each refuses bad input on the field it concerns, in Spanish, before any service runs."""

from __future__ import annotations

import re
from typing import cast

from django import forms
from django.utils.translation import gettext_lazy as _

from heraldo.campaigns.channels import Channel
from heraldo.campaigns.models import (
    AdvertisingPlan,
    Campaign,
    CampaignRequest,
    CampaignStatus,
    Kpi,
    MediaPlanEntry,
    Piece,
    PlanLine,
)
from heraldo.campaigns.models.pieces import KIND_CHANNEL
from heraldo.campaigns.selectors import assets_to_use, current_plan, plan_lines_to_choose, releases_to_link
from heraldo.campaigns.services.campaigns import CAMPAIGN_FIELDS, KPI_FIELDS, MEDIA_FIELDS, MEDIA_RESULT_FIELDS
from heraldo.campaigns.services.pieces import PIECE_FIELDS
from heraldo.campaigns.services.plans import LINE_FIELDS, PLAN_FIELDS
from heraldo.campaigns.services.requests import REQUEST_FIELDS
from heraldo.core.uploads import checked_and_renamed
from heraldo.work.models import Task
from heraldo.work.selectors import office_staff_people

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DOCUMENT_KINDS = frozenset({"pdf", "image"})
PIECE_FILE_KINDS = frozenset({"pdf", "image", "audio", "video"})
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
LIST_FIELDS = ("people_shown", "names_mentioned", "posts_mentioned", "voice_of", "logos")


def channel_field(label, *, required: bool = True) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label, choices=Channel.choices, widget=forms.CheckboxSelectMultiple, required=required
    )


class LinesField(forms.CharField):
    """A list typed one item per line (people in a photo, names in a script)."""

    widget = forms.Textarea(attrs={"rows": 2})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class RequestForm(forms.ModelForm):
    suggested_channels = channel_field(_("Canales sugeridos"), required=False)

    class Meta:
        model = CampaignRequest
        fields = list(REQUEST_FIELDS)
        widgets = {
            "wanted_from": DATE_INPUT,
            "wanted_until": DATE_INPUT,
            "objective": forms.Textarea(attrs={"rows": 3}),
            "audience": forms.Textarea(attrs={"rows": 2}),
            "key_dates": forms.Textarea(attrs={"rows": 3}),
            "mandatory_content": forms.Textarea(attrs={"rows": 3}),
        }


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("Descripción del archivo"), max_length=200)
    file = forms.FileField(label=_("Archivo (PDF o imagen)"))

    def clean_file(self):
        return checked_and_renamed(self.cleaned_data.get("file"), kinds=DOCUMENT_KINDS)


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comentario"), widget=forms.Textarea(attrs={"rows": 2}), max_length=4000)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Motivo"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class AcceptForm(forms.Form):
    plan_line = forms.ModelChoiceField(
        PlanLine.objects.none(),
        label=_("Línea del plan de la que cuelga"),
        error_messages={"required": _("Elija la línea del plan de estrategia publicitaria.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan_line"].queryset = plan_lines_to_choose()
        plan = current_plan()
        first = plan.lines.first() if plan else None
        if first and not self.is_bound:
            self.fields["plan_line"].initial = first.pk


class CampaignForm(forms.ModelForm):
    channels = channel_field(_("Canales"))
    owner = forms.ModelChoiceField(office_staff_people(), label=_("Responsable"))

    class Meta:
        model = Campaign
        fields = list(CAMPAIGN_FIELDS)
        widgets = {
            "starts_on": DATE_INPUT,
            "ends_on": DATE_INPUT,
            "objectives": forms.Textarea(attrs={"rows": 3}),
            "audiences": forms.Textarea(attrs={"rows": 2}),
            "key_dates": forms.Textarea(attrs={"rows": 2}),
            "mandatory_content": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = office_staff_people()
        self.fields["plan_line"].queryset = plan_lines_to_choose()


class KpiForm(forms.ModelForm):
    class Meta:
        model = Kpi
        fields = list(KPI_FIELDS)

    def clean_target(self):
        target = self.cleaned_data["target"]
        if target <= 0:
            raise forms.ValidationError(_("La meta es mayor que cero."))
        return target


class KpiResultForm(forms.ModelForm):
    class Meta:
        model = Kpi
        fields = ["achieved"]

    def clean_achieved(self):
        value = self.cleaned_data["achieved"]
        if value is None or value < 0:
            raise forms.ValidationError(_("Indique el resultado logrado (cero o más)."))
        return value


class MediaEntryForm(forms.ModelForm):
    class Meta:
        model = MediaPlanEntry
        fields = list(MEDIA_FIELDS)
        widgets = {
            "starts_on": DATE_INPUT,
            "ends_on": DATE_INPUT,
            "justification": forms.Textarea(attrs={"rows": 3}),
        }


class MediaResultForm(forms.ModelForm):
    class Meta:
        model = MediaPlanEntry
        fields = list(MEDIA_RESULT_FIELDS)


class ActionForm(forms.Form):
    title = forms.CharField(label=_("Acción"), max_length=200)
    description = forms.CharField(label=_("Detalle"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
    owner = forms.ModelChoiceField(office_staff_people(), label=_("Responsable"))
    due_on = forms.DateField(label=_("Vence el"), widget=DATE_INPUT)
    priority = forms.TypedChoiceField(
        label=_("Prioridad"), choices=Task.Priority.choices, coerce=int, initial=Task.Priority.NORMAL
    )

    def __init__(self, *args, campaign: Campaign | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign = campaign
        cast(forms.ModelChoiceField, self.fields["owner"]).queryset = office_staff_people()

    def clean_due_on(self):
        due = self.cleaned_data["due_on"]
        if self.campaign and due > self.campaign.ends_on:
            raise forms.ValidationError(_("La acción vencería después del fin de la campaña."))
        return due


class PieceForm(forms.ModelForm):
    people_shown = LinesField(label=_("Personas que aparecen (una por línea)"), required=False)
    names_mentioned = LinesField(label=_("Nombres mencionados"), required=False)
    posts_mentioned = LinesField(label=_("Cargos mencionados (p. ej. «el Alcalde»)"), required=False)
    voice_of = LinesField(label=_("Voces (spots)"), required=False)
    logos = LinesField(label=_("Logos"), required=False)
    palette = forms.CharField(
        label=_("Colores principales"),
        required=False,
        help_text=_("Hexadecimales separados por comas: #1B4F8C, #F2C200"),
    )
    channel = forms.ChoiceField(
        label=_("Canal"), choices=[("", _("Según el tipo de pieza")), *Channel.choices], required=False
    )
    designer = forms.ModelChoiceField(office_staff_people(), label=_("A cargo de"), required=False)

    class Meta:
        model = Piece
        fields = list(PIECE_FIELDS)
        widgets = {
            "exposure_starts": DATE_INPUT,
            "exposure_ends": DATE_INPUT,
            "due_on": DATE_INPUT,
            "text": forms.Textarea(attrs={"rows": 3}),
            "justification": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["designer"].queryset = office_staff_people()
        self.initial["palette"] = ", ".join(self.instance.palette or [])

    def clean_palette(self):
        colours = [part.strip() for part in (self.cleaned_data.get("palette") or "").split(",") if part.strip()]
        wrong = [colour for colour in colours if not HEX.match(colour)]
        if wrong:
            raise forms.ValidationError(_("«%(colour)s» no es un color hexadecimal (#RRGGBB).") % {"colour": wrong[0]})
        return [colour.upper() for colour in colours]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("channel") and cleaned.get("kind"):
            cleaned["channel"] = KIND_CHANNEL.get(cleaned["kind"], "")
            self.instance.channel = cleaned["channel"]
        return cleaned


class VersionForm(forms.Form):
    file = forms.FileField(label=_("Archivo de la versión (imagen, PDF, audio o video)"))
    note = forms.CharField(label=_("Qué cambia"), max_length=300, required=False)

    def clean_file(self):
        return checked_and_renamed(self.cleaned_data.get("file"), kinds=PIECE_FILE_KINDS)


class BrandCheckForm(forms.Form):
    checked = forms.MultipleChoiceField(label="", widget=forms.CheckboxSelectMultiple, required=False)

    def __init__(self, *args, items: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.MultipleChoiceField, self.fields["checked"]).choices = [(item, item) for item in items]


class CloseForm(forms.Form):
    status = forms.ChoiceField(choices=CampaignStatus.choices, widget=forms.HiddenInput)
    notes = forms.CharField(label=_("Conclusiones"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


class PlanForm(forms.ModelForm):
    class Meta:
        model = AdvertisingPlan
        fields = list(PLAN_FIELDS)
        widgets = {
            "objectives": forms.Textarea(attrs={"rows": 3}),
            "audiences": forms.Textarea(attrs={"rows": 2}),
            "key_messages": forms.Textarea(attrs={"rows": 2}),
        }

    def clean_year(self):
        year = self.cleaned_data["year"]
        if not 2020 <= year <= 2100:
            raise forms.ValidationError(_("Año fuera de rango."))
        return year

    def clean_total_budget(self):
        total = self.cleaned_data["total_budget"]
        if total < 0:
            raise forms.ValidationError(_("El presupuesto no puede ser negativo."))
        return total


class PlanLineForm(forms.ModelForm):
    class Meta:
        model = PlanLine
        fields = list(LINE_FIELDS)
        widgets = {"objective": forms.Textarea(attrs={"rows": 2}), "kpis": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, label in Channel.choices:
            self.fields[f"channel_{code}"] = forms.DecimalField(
                label=label, required=False, min_value=0, max_digits=12, decimal_places=2
            )

    def channel_budgets(self) -> dict:
        return {code: self.cleaned_data.get(f"channel_{code}") for code in Channel.values}

    def channel_fields(self):
        return [self[f"channel_{code}"] for code in Channel.values]

    def main_fields(self):
        return [self[name] for name in LINE_FIELDS]


class PinnedCommentForm(CommentForm):
    """A comment on a version's image: the page's script fills the point clicked; without a script (or by keyboard)
    the reviewer types it, as a percentage from the left and from the top."""

    x = forms.DecimalField(
        label=_("Desde la izquierda (%)"),
        required=False,
        min_value=0,
        max_value=100,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"step": "0.1", "data-pin": "x"}),
    )
    y = forms.DecimalField(
        label=_("Desde arriba (%)"),
        required=False,
        min_value=0,
        max_value=100,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"step": "0.1", "data-pin": "y"}),
    )

    def clean(self):
        data = super().clean()
        if (data.get("x") is None) != (data.get("y") is None) and not self.errors.get("x") and not self.errors.get("y"):
            missing = "y" if data.get("y") is None else "x"
            self.add_error(missing, _("Marque el punto con sus dos coordenadas, o deje ambas vacías."))
        return data


class RescheduleForm(forms.Form):
    """The keyboard and no-script way to do what dragging a piece on the calendar does."""

    starts_on = forms.DateField(label=_("Nueva fecha de salida"), widget=DATE_INPUT)


class ReleaseLinkForm(forms.Form):
    release = forms.ModelChoiceField(
        label=_("Nota de prensa"),
        queryset=None,
        empty_label=_("Elija una nota"),
        error_messages={"invalid_choice": _("Esa nota no existe o fue retirada.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["release"]).queryset = releases_to_link()


class AssetUseForm(forms.Form):
    asset = forms.ModelChoiceField(
        label=_("Archivo de la biblioteca de medios"),
        queryset=None,
        empty_label=_("Elija un archivo"),
        error_messages={"invalid_choice": _("Ese archivo no está en la biblioteca de medios.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["asset"]).queryset = assets_to_use()
