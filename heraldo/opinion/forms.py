"""Forms of Opinión pública: the residents' public form, the tracking lookup, and the office's forms."""

from __future__ import annotations

import json
import time
from typing import cast

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from heraldo.core.models import User
from heraldo.monitoring.models import Topic
from heraldo.opinion.models import PlaybookAction, ResidentMessage, Sector, SignalImport, Survey, SurveyQuestion, Tone
from heraldo.opinion.sectors import checked_outline
from heraldo.work.selectors import office_staff_people

# Humans take a while to write a complaint; a script posting within seconds of loading the form is not one.
FORM_MIN_SECONDS = 4
FORM_MAX_SECONDS = 4 * 3600
_FORM_SALT = "heraldo.opinion.resident-form"
MAX_OUTLINE_BYTES = 2 * 1024 * 1024


def form_started_token() -> str:
    return signing.dumps({"t": time.time()}, salt=_FORM_SALT)


def started_timing(token: str) -> str:
    """How long a public form was open: "ok"; "fast" (before a person could fill it) or "forged" (no token of
    ours); "stale" (open for hours: the person is asked to send it again, nothing is lost)."""
    try:
        started = signing.loads(token, salt=_FORM_SALT)["t"]
    except (signing.BadSignature, KeyError, TypeError):
        return "forged"
    age = time.time() - float(started)
    if age < FORM_MIN_SECONDS:
        return "fast"
    if age > FORM_MAX_SECONDS:
        return "stale"
    return "ok"


class ResidentMessageForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("¿Qué desea enviarnos?"), choices=ResidentMessage.Kind.choices, widget=forms.RadioSelect
    )
    topic = forms.ModelChoiceField(
        label=_("Tema"), queryset=Topic.objects.none(), required=False, empty_label=_("No sé / otro tema")
    )
    sector = forms.ModelChoiceField(
        label=_("Sector o barrio"), queryset=Sector.objects.none(), required=False, empty_label=_("No sé / otro")
    )
    place = forms.CharField(
        label=_("Lugar (calle, referencia)"), max_length=200, required=False, help_text=_("Opcional.")
    )
    text = forms.CharField(
        label=_("Su mensaje"),
        min_length=15,
        max_length=4000,
        error_messages={
            "min_length": _("Escriba al menos 15 caracteres para que podamos entenderle."),
            "max_length": _("El mensaje puede tener hasta 4000 caracteres; resúmalo un poco."),
        },
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Entre 15 y 4000 caracteres. No escriba datos personales de otras personas."),
    )
    email = forms.EmailField(
        label=_("Correo electrónico para recibir la respuesta"),
        required=False,
        help_text=_("Opcional. Solo se usa para responderle; sin correo, consulte la respuesta con su código."),
    )
    # Left empty by people (the field is hidden); filled by scripts that fill every field.
    website = forms.CharField(label=_("Deje este campo vacío"), required=False)
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(is_active=True).order_by("name")
        self.fields["sector"].queryset = Sector.objects.filter(is_active=True).order_by("name")
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        if not self.is_bound:
            self.initial["started"] = form_started_token()

    def clean_text(self):
        return " ".join(self.cleaned_data["text"].split(" ")).strip()

    def timing(self) -> str:
        return started_timing(self.data.get("started", ""))

    def refresh_started(self) -> None:
        """A new start for a form shown again, so the person's second send is not refused as stale."""
        data = self.data.copy()  # type: ignore[attr-defined]  # a QueryDict: the request's is immutable
        data["started"] = form_started_token()
        self.data = data


class TrackingForm(forms.Form):
    code = forms.CharField(label=_("Código de seguimiento"), max_length=20, help_text=_("Por ejemplo VC-7KQ2M-XH4PD."))


class ClassifyForm(forms.ModelForm):
    tone = forms.ChoiceField(label=_("Tono"), choices=Tone.choices)

    class Meta:
        model = ResidentMessage
        fields = ["kind", "topic", "sector"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.order_by("name")
        self.fields["sector"].queryset = Sector.objects.order_by("name")


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Respuesta al vecino"), min_length=10, max_length=4000, widget=forms.Textarea(attrs={"rows": 5})
    )


class SectorForm(forms.ModelForm):
    outline_file = forms.FileField(
        label=_("Contorno (archivo GeoJSON)"),
        required=False,
        help_text=_("Opcional: un polígono exportado de QGIS, geojson.io u otro programa de mapas."),
    )
    remove_outline = forms.BooleanField(label=_("Quitar el contorno"), required=False)

    class Meta:
        model = Sector
        fields = ["name", "kind", "nicknames", "is_active"]
        widgets = {"nicknames": forms.Textarea(attrs={"rows": 3})}

    def clean_outline_file(self):
        upload = self.cleaned_data.get("outline_file")
        if not upload:
            return None
        if upload.size > MAX_OUTLINE_BYTES:
            raise ValidationError(_("El archivo del contorno pesa más de 2 MB."))
        try:
            data = json.loads(upload.read().decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise ValidationError(_("El archivo del contorno no es GeoJSON (JSON) válido.")) from exc
        return checked_outline(data)

    def sector_data(self) -> dict:
        data = {name: self.cleaned_data[name] for name in self.Meta.fields}
        if self.cleaned_data.get("outline_file"):
            data["outline"] = self.cleaned_data["outline_file"]
        elif self.cleaned_data.get("remove_outline"):
            data["outline"] = None
        return data


class IssueActForm(forms.Form):
    actions = forms.ModelMultipleChoiceField(
        label=_("Acciones correctivas"),
        queryset=PlaybookAction.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Elija al menos una acción.")},
    )
    owner = forms.ModelChoiceField(label=_("Responsable de las acciones"), queryset=User.objects.none())
    recommendation = forms.CharField(
        label=_("Recomendación al Alcalde"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Lo que el Alcalde leerá: qué pasa, qué se propone y qué se espera."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actions"].queryset = PlaybookAction.objects.filter(is_active=True)
        self.fields["owner"].queryset = office_staff_people()
        self.fields["owner"].label_from_instance = lambda user: user.get_full_name() or user.username


class IssueCloseForm(forms.Form):
    note = forms.CharField(
        label=_("Nota de cierre"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Qué se hizo y qué cambió."),
    )


class RecommendationForm(forms.Form):
    recommendation = forms.CharField(
        label=_("Recomendación al Alcalde"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Lo que el Alcalde leerá: qué pasa, qué se propone y qué se espera."),
    )


class DecisionForm(forms.Form):
    step = forms.ChoiceField(
        choices=[("head", "head"), ("mayor", "mayor"), ("return", "return")], widget=forms.HiddenInput
    )
    note = forms.CharField(
        label=_("Observaciones"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Obligatorias para devolverla."),
    )


class SurveyForm(forms.ModelForm):
    class Meta:
        model = Survey
        fields = ["title", "description", "is_public", "topic", "target_responses", "sector_quota"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(is_active=True).order_by("name")


class QuestionForm(forms.ModelForm):
    class Meta:
        model = SurveyQuestion
        fields = ["position", "text", "kind", "choices", "required", "topic", "show_if_question", "show_if_answer"]
        widgets = {"choices": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, survey: Survey, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["topic"]).queryset = Topic.objects.filter(is_active=True).order_by(
            "name"
        )
        earlier = survey.questions.order_by("position", "pk")
        if self.instance.pk:
            earlier = earlier.exclude(pk=self.instance.pk)
        cast(forms.ModelChoiceField, self.fields["show_if_question"]).queryset = earlier
        if not self.instance.pk:
            self.initial.setdefault("position", (survey.questions.count() + 1) * 10)

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        choices = [line.strip() for line in (data.get("choices") or "").splitlines() if line.strip()]
        if kind in (SurveyQuestion.Kind.SINGLE, SurveyQuestion.Kind.MULTIPLE) and len(choices) < 2:
            self.add_error("choices", _("Escriba al menos dos opciones, una por línea."))
        if len(set(choices)) != len(choices):
            self.add_error("choices", _("Hay opciones repetidas."))
        if bool(data.get("show_if_question")) != bool((data.get("show_if_answer") or "").strip()):
            self.add_error("show_if_answer", _("Para una condición, elija la pregunta y escriba la respuesta."))
        return data


class ImportForm(forms.Form):
    source = forms.ChoiceField(label=_("Qué contiene el archivo"), choices=SignalImport.Source.choices)
    upload = forms.FileField(
        label=_("Archivo CSV o Excel (.xlsx)"),
        help_text=_("Hasta 10 MB y 5000 filas. Primero verá una vista previa; nada se guarda hasta confirmar."),
    )


class SignalCorrectForm(forms.Form):
    """The analyst's correction of the signals ticked on the evidence page, or of every signal its filters show."""

    SCOPE_TICKED = "marcadas"
    SCOPE_FILTERED = "filtro"

    scope = forms.ChoiceField(
        label=_("Corregir"),
        choices=[(SCOPE_TICKED, _("Las señales marcadas")), (SCOPE_FILTERED, _("Todas las señales de este filtro"))],
        initial=SCOPE_TICKED,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
    )
    topic = forms.ModelChoiceField(
        label=_("Tema correcto"), queryset=Topic.objects.none(), required=False, empty_label=_("(no cambiar)")
    )
    sector = forms.ModelChoiceField(
        label=_("Sector correcto"), queryset=Sector.objects.none(), required=False, empty_label=_("(no cambiar)")
    )

    def __init__(self, *args, ticked: list[int] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.ticked = ticked or []
        cast(forms.ModelChoiceField, self.fields["topic"]).queryset = Topic.objects.filter(is_active=True).order_by(
            "name"
        )
        cast(forms.ModelChoiceField, self.fields["sector"]).queryset = Sector.objects.filter(is_active=True)
        for name in ("topic", "sector"):
            self.fields[name].widget.attrs["class"] = "form-select form-select-sm"

    def clean(self):
        data = super().clean()
        if not data.get("topic") and not data.get("sector"):
            raise ValidationError(_("Elija el tema o el sector que deben tener."))
        if data.get("scope") == self.SCOPE_TICKED and not self.ticked:
            raise ValidationError(_("Marque al menos una señal, o elija corregir todas las de este filtro."))
        return data
