from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heraldo.core.forms import DateInput
from heraldo.directory.models import Person
from heraldo.directory.selectors import current_terms
from heraldo.publicity.models import ElectoralProcess, Nickname, PoliticalPalette
from heraldo.publicity.services import NICKNAME_FIELDS, PALETTE_FIELDS, PROCESS_FIELDS
from heraldo.publicity.values import bad_colour, bad_ubigeo


def _clean_ubigeos(form: forms.ModelForm) -> str:
    value = form.cleaned_data.get("jurisdictions", "")
    if bad := bad_ubigeo(value):
        raise forms.ValidationError(
            _("«%(value)s» no es un ubigeo: use 2 (departamento), 4 (provincia) o 6 dígitos (distrito)."),
            params={"value": bad},
        )
    return ", ".join(part for part in value.replace(";", ",").replace(" ", ",").split(",") if part)


class ElectoralProcessForm(forms.ModelForm):
    class Meta:
        model = ElectoralProcess
        fields = PROCESS_FIELDS
        widgets = {
            "convocation_date": DateInput(),
            "ban_start_date": DateInput(),
            "election_day": DateInput(),
            "end_date": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_jurisdictions(self) -> str:
        return _clean_ubigeos(self)


class PoliticalPaletteForm(forms.ModelForm):
    class Meta:
        model = PoliticalPalette
        fields = PALETTE_FIELDS
        widgets = {"keywords": forms.Textarea(attrs={"rows": 4}), "logos": forms.Textarea(attrs={"rows": 3})}

    def clean_colours(self) -> str:
        value = self.cleaned_data.get("colours", "")
        if bad := bad_colour(value):
            raise forms.ValidationError(
                _("«%(value)s» no es un color: escríbalo en hexadecimal, como #E30613."), params={"value": bad}
            )
        return value

    def clean_jurisdictions(self) -> str:
        return _clean_ubigeos(self)


class NicknameForm(forms.ModelForm):
    person = forms.ModelChoiceField(
        label=_("Persona"), queryset=Person.objects.filter(is_active=True).order_by("surnames", "given_names")
    )

    class Meta:
        model = Nickname
        fields = NICKNAME_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The people who hold a cargo today: the authorities and officials publicity must not identify.
        holders = Person.objects.filter(is_active=True, terms__in=current_terms(on=timezone.localdate())).distinct()
        self.fields["person"].queryset = holders.order_by("surnames", "given_names")

    def clean_nickname(self) -> str:
        value = self.cleaned_data["nickname"].strip()
        if len(value) < 3:
            raise forms.ValidationError(_("El apodo tiene al menos 3 letras."))
        return value
