from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from heraldo.core.sanitize import html_to_editable
from heraldo.core.uploads import check_upload
from heraldo.press.models import Bulletin, Category, MediaAsset, PressRelease, ReleaseStatus, Tag
from heraldo.press.rich_text import release_body_clean
from heraldo.press.services.media import CAPTION_FIELDS
from heraldo.press.services.releases import EDITABLE_FIELDS

MAX_PHOTOS_PER_UPLOAD = 20


class ReleaseForm(forms.ModelForm):
    tag_names = forms.CharField(
        label=_("Etiquetas"),
        required=False,
        max_length=400,
        help_text=_("Separadas por comas: obras, Barrio Alto, educación."),
    )

    class Meta:
        model = PressRelease
        fields = EDITABLE_FIELDS
        widgets = {
            "lead": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 14}),
            "quotes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "body": _(
                "Escriba párrafos separados por una línea en blanco, o pegue desde Word o una web: "
                "se conserva la estructura y se quita lo demás (le diremos qué)."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.removed_from_body: list[str] = []
        self.fields["category"].empty_label = _("Sin categoría")
        self.fields["media_list"].empty_label = _("Todos los periodistas del Registro")
        self.fields["event"].empty_label = _("Ninguna")
        self.fields["event"].queryset = self._recent_events()
        if self.instance.pk and not self.is_bound:
            self.initial["body"] = html_to_editable(self.instance.body)
            self.initial["tag_names"] = ", ".join(t.name for t in self.instance.tags.all())

    def _recent_events(self):
        """Events of the last 60 days and the next 30 (the ones a release reports on), plus the current one."""
        from datetime import timedelta

        from django.db.models import Q

        from heraldo.ceremonial.models import Event

        now = timezone.now()
        window = Q(starts_at__gte=now - timedelta(days=60), starts_at__lte=now + timedelta(days=30))
        if self.instance.event_id:
            window |= Q(pk=self.instance.event_id)
        return Event.objects.filter(window).order_by("-starts_at")

    def clean_headline(self):
        headline = " ".join(self.cleaned_data["headline"].split())
        if len(headline) < 10:
            raise ValidationError(_("El titular es demasiado corto: cuente la noticia en una frase."))
        return headline

    def clean_lead(self):
        lead = self.cleaned_data["lead"].strip()
        if len(lead) < 30:
            raise ValidationError(
                _("La entradilla debe decir qué pasó, quién, cuándo y dónde (al menos 30 caracteres).")
            )
        return lead

    def clean_body(self):
        result = release_body_clean(self.cleaned_data.get("body", ""))
        self.removed_from_body = result.removed
        return result.html

    def clean_tag_names(self):
        names = []
        for raw in self.cleaned_data["tag_names"].split(","):
            name = " ".join(raw.split())[:60]
            if name and name.casefold() not in {n.casefold() for n in names}:
                if not slugify(name):
                    raise ValidationError(_("La etiqueta «%(name)s» no tiene letras ni números.") % {"name": name})
                names.append(name)
        if len(names) > 12:
            raise ValidationError(_("Use como máximo 12 etiquetas."))
        return names

    def tags(self) -> list[Tag]:
        result = []
        for name in self.cleaned_data["tag_names"]:
            tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.filter(slug=slugify(name)).first()
            if tag is None:
                tag = Tag.objects.create(name=name, slug=slugify(name)[:60])
            result.append(tag)
        return result


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else single(data, initial)


class PhotoUploadForm(forms.Form):
    photos = MultipleFileField(
        label=_("Fotos"),
        widget=MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp", "multiple": True}),
        help_text=_("JPG, PNG o WebP. Puede elegir varias a la vez."),
    )
    credit = forms.CharField(label=_("Crédito"), required=False, max_length=150)

    def clean_photos(self):
        files = self.cleaned_data["photos"]
        if not files:
            raise ValidationError(_("Elija al menos una foto."))
        if len(files) > MAX_PHOTOS_PER_UPLOAD:
            raise ValidationError(_("Suba como máximo %(n)s fotos a la vez.") % {"n": MAX_PHOTOS_PER_UPLOAD})
        checked = []
        for upload in files:
            try:
                checked.append((upload, check_upload(upload, kinds={"image"})))
            except ValidationError as error:
                raise ValidationError(
                    _("«%(name)s»: %(problem)s") % {"name": upload.name[:80], "problem": error.messages[0]}
                ) from error
        return checked


class PhotoDetailsForm(forms.ModelForm):
    position = forms.IntegerField(label=_("Orden"), min_value=0, max_value=999, required=False)

    class Meta:
        model = MediaAsset
        fields = ["caption", "credit", "alt_text", "rights"]


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("Título del adjunto"), max_length=200)
    file = forms.FileField(label=_("Archivo PDF"), widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.checked = check_upload(upload, kinds={"pdf"})
        return upload


class TransitionForm(forms.Form):
    comment = forms.CharField(
        label=_("Comentario"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    when = forms.DateTimeField(
        label=_("Publicar el"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M"],
    )

    def clean_when(self):
        when = self.cleaned_data.get("when")
        if when and when <= timezone.now():
            raise ValidationError(_("La fecha de publicación debe ser futura."))
        return when


class ReleaseFilterForm(forms.Form):
    q = forms.CharField(label=_("Buscar"), required=False, max_length=200)
    status = forms.ChoiceField(label=_("Estado"), required=False, choices=[("", _("Todos")), *ReleaseStatus.choices])
    category = forms.ModelChoiceField(label=_("Categoría"), required=False, queryset=Category.objects.all())
    mine = forms.BooleanField(label=_("Solo mis notas"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].empty_label = _("Todas")


class SocialTextsForm(forms.Form):
    """One textarea per network, each checked against that network's length limit."""

    def __init__(self, *args, initial_texts: dict[str, str] | None = None, **kwargs):
        from heraldo.press.models import SocialNetwork
        from heraldo.press.social import RULES

        super().__init__(*args, **kwargs)
        for network, label in SocialNetwork.choices:
            rules = RULES[network]
            self.fields[network] = forms.CharField(
                label=label,
                required=False,
                max_length=70000,
                initial=(initial_texts or {}).get(network, ""),
                widget=forms.Textarea(attrs={"rows": 4, "data-limit": rules.limit, "data-network": network}),
                help_text=_("Máximo %(limit)s caracteres. %(advice)s") % {"limit": rules.limit, "advice": rules.advice},
            )

    def clean(self):
        from heraldo.press.social import length_problem

        cleaned = super().clean()
        for network, text in list(cleaned.items()):
            if text:
                problem = length_problem(network, text)
                if problem:
                    self.add_error(network, problem)
        return cleaned

    def texts(self) -> dict[str, str]:
        return {network: text.strip() for network, text in self.cleaned_data.items() if text and text.strip()}


class AssetUploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Fotos o videos"),
        widget=MultipleFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime"}
        ),
        help_text=_("JPG, PNG, WebP, MP4, WebM o MOV. Se revisa el contenido, no el nombre."),
    )
    event_name = forms.CharField(label=_("Actividad"), required=False, max_length=200)
    taken_on = forms.DateField(
        label=_("Fecha de la toma"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    credit = forms.CharField(label=_("Crédito"), required=False, max_length=150)
    rights = forms.ChoiceField(label=_("Derechos de uso"), choices=[])
    consent_notes = forms.CharField(
        label=_("Notas de consentimiento"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        from heraldo.press.models import UsageRights

        super().__init__(*args, **kwargs)
        self.fields["rights"].choices = UsageRights.choices

    def clean_taken_on(self):
        day = self.cleaned_data.get("taken_on")
        if day and day > timezone.localdate():
            raise ValidationError(_("La fecha de la toma no puede ser futura."))
        return day

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_PHOTOS_PER_UPLOAD:
            raise ValidationError(_("Suba como máximo %(n)s archivos a la vez.") % {"n": MAX_PHOTOS_PER_UPLOAD})
        checked = []
        for upload in files:
            try:
                checked.append((upload, check_upload(upload, kinds={"image", "video"})))
            except ValidationError as error:
                raise ValidationError(
                    _("«%(name)s»: %(problem)s") % {"name": upload.name[:80], "problem": error.messages[0]}
                ) from error
        return checked


class AssetForm(forms.ModelForm):
    class Meta:
        model = MediaAsset
        fields = [*CAPTION_FIELDS, "people", "rights", "consent_notes"]
        widgets = {
            "taken_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "consent_notes": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        from heraldo.directory.models import Person

        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = Person.objects.filter(is_active=True).order_by("surnames", "given_names")
        self.fields["people"].widget.attrs["size"] = 8


class AssetFilterForm(forms.Form):
    q = forms.CharField(label=_("Buscar"), required=False, max_length=200)
    kind = forms.ChoiceField(label=_("Tipo"), required=False, choices=[("", _("Todos")), *MediaAsset.Kind.choices])


class BrandKitForm(forms.Form):
    palette = forms.CharField(
        label=_("Paleta de colores"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Un color por línea: nombre y código, por ejemplo «Rojo institucional #9B1C2C»."),
    )
    typography = forms.CharField(
        label=_("Tipografía"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Una por línea: uso y fuente separados por dos puntos, por ejemplo «Titulares: Source Sans 3»."),
    )
    logo_min_width_mm = forms.IntegerField(label=_("Ancho mínimo del logo (mm)"), min_value=5, max_value=500)
    logo_min_width_px = forms.IntegerField(label=_("Ancho mínimo del logo (px)"), min_value=16, max_value=2000)
    logo_clear_space = forms.CharField(label=_("Área de respeto del logo"), max_length=200)
    usage_notes = forms.CharField(label=_("Notas de uso"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    review_checklist = forms.CharField(
        label=_("Lista de revisión antes de aprobar"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Un punto por línea."),
    )

    def clean_palette(self):
        import re

        from heraldo.press.brand import parse_hex

        colours = []
        for number, line in enumerate(self.cleaned_data["palette"].splitlines(), start=1):
            line = line.strip()
            if not line:
                continue
            match = re.match(r"^(.+?)\s+(#?[0-9a-fA-F]{6})$", line)
            if not match or parse_hex(match.group(2)) is None:
                raise ValidationError(
                    _("Línea %(n)s: escriba el nombre y un código de 6 cifras, como «Rojo #9B1C2C».") % {"n": number}
                )
            colours.append({"name": match.group(1).strip(), "hex": "#" + match.group(2).lstrip("#").upper()})
        if not colours:
            raise ValidationError(_("La paleta necesita al menos un color."))
        return colours

    def clean_typography(self):
        fonts = []
        for number, line in enumerate(self.cleaned_data["typography"].splitlines(), start=1):
            if not line.strip():
                continue
            use, sep, family = line.partition(":")
            if not sep or not use.strip() or not family.strip():
                raise ValidationError(_("Línea %(n)s: use «Uso: Fuente».") % {"n": number})
            fonts.append({"use": use.strip(), "family": family.strip()})
        return fonts


class BulletinForm(forms.ModelForm):
    chosen_releases = forms.ModelMultipleChoiceField(
        label=_("Notas de esta edición"),
        queryset=PressRelease.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Notas publicadas, de la más reciente a la más antigua; aparecen en el boletín en este orden."),
    )

    class Meta:
        model = Bulletin
        fields = ["title", "number", "period_label", "intro"]
        widgets = {"intro": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        recent = list(PressRelease.objects.published().order_by("-published_at").values_list("pk", flat=True)[:80])
        self.fields["chosen_releases"].queryset = PressRelease.objects.filter(pk__in=recent).order_by("-published_at")
        if self.instance.pk and not self.is_bound:
            self.initial["chosen_releases"] = list(self.instance.items.values_list("release_id", flat=True))

    def clean_chosen_releases(self):
        chosen = list(self.cleaned_data["chosen_releases"])
        chosen.sort(key=lambda r: r.published_at, reverse=True)
        return chosen

    def service_data(self) -> dict:
        """The bulletin's own fields; the chosen releases go to the service as `releases`."""
        return {k: v for k, v in self.cleaned_data.items() if k != "chosen_releases"}


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Su correo"), max_length=254)


class BrandTemplateForm(forms.Form):
    title = forms.CharField(label=_("Título"), max_length=200)
    description = forms.CharField(label=_("Uso"), max_length=300, required=False)
    file = forms.FileField(
        label=_("Archivo"), help_text=_("PDF, PNG, JPG o SVG. Los SVG se reconstruyen sin código ni enlaces externos.")
    )
    is_crest = forms.BooleanField(
        label=_("Es el escudo de la municipalidad"),
        required=False,
        help_text=_("Se muestra en la sala de prensa, el boletín y las páginas públicas (PNG, JPG o SVG)."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.checked = check_upload(upload, kinds={"image", "pdf", "svg"})
        return upload

    def clean(self):
        cleaned = super().clean()
        checked = getattr(self, "checked", None)
        if cleaned.get("is_crest") and checked is not None and not checked.mime.startswith("image/"):
            self.add_error("is_crest", _("El escudo debe ser una imagen (PNG, JPG o SVG), no un PDF."))
        return cleaned


class LibraryPhotoForm(forms.Form):
    """One library photo chosen for a release (the picker's "Agregar a la nota" button)."""

    asset = forms.ModelChoiceField(
        queryset=MediaAsset.objects.all(),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("Esa foto ya no está en la biblioteca.")},
    )


class LibrarySearchForm(forms.Form):
    q = forms.CharField(label=_("Buscar en la biblioteca"), required=False, max_length=200)
