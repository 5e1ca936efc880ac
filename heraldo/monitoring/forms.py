from __future__ import annotations

import re
from urllib.parse import urlencode

from django import forms
from django.db import models
from django.http import QueryDict
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from heraldo.core.fetch import FetchError, check_url
from heraldo.core.forms import DateInput
from heraldo.core.text import fold
from heraldo.directory.models import Entity, EntityKind, Person, Sex
from heraldo.monitoring import archive_filters
from heraldo.monitoring.css import SelectorError, css_to_xpath
from heraldo.monitoring.models import (
    AlertKind,
    AlertPreference,
    AlertRule,
    Clipping,
    DeliveryMode,
    Dossier,
    Medium,
    SavedSearch,
    Source,
    SourceKind,
    TermKind,
    Tone,
    Topic,
    WatchTerm,
)
from heraldo.monitoring.ocr import can_read
from heraldo.monitoring.selectors import AlertFilters, ArchiveQuery, SortOrder, parse_query
from heraldo.monitoring.services.alert_rules import PREFERENCE_FIELDS, RULE_FIELDS
from heraldo.monitoring.services.authorities import person_named
from heraldo.monitoring.services.polling import SOURCE_FIELDS
from heraldo.monitoring.urlnorm import canonical_url

ATTACHMENT_TYPES = {
    "image/jpeg",
    "image/png",
    "image/webp",
    "application/pdf",
    "audio/mpeg",
    "audio/ogg",
    "audio/x-wav",
    "audio/wav",
    "video/mp4",
    "video/webm",
}
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def media_outlets():
    return Entity.objects.filter(kind=EntityKind.MEDIA, is_active=True).order_by("name")


def https_url_formfield(db_field, **kwargs):
    """An address typed without a scheme reads as https, as in the Registro (and Django 6's default)."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        formfield_callback = https_url_formfield
        fields = SOURCE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outlet"].queryset = media_outlets()
        self.fields["interval_minutes"].min_value = 5
        self.fields["interval_minutes"].widget.attrs["min"] = 5

    def clean_interval_minutes(self):
        value = self.cleaned_data["interval_minutes"]
        if value < 5 or value > 7 * 24 * 60:
            raise forms.ValidationError(_("El intervalo debe estar entre 5 minutos y 7 días."))
        return value

    def clean_link_selector(self):
        return self._selector("link_selector")

    def clean_content_selector(self):
        return self._selector("content_selector")

    def _selector(self, name):
        value = self.cleaned_data.get(name, "").strip()
        if value:
            try:
                css_to_xpath(value)
            except SelectorError as exc:
                raise forms.ValidationError(str(exc)) from exc
        return value

    def clean(self):
        data = super().clean()
        kind, url = data.get("kind"), data.get("url", "")
        if kind in (SourceKind.FEED, SourceKind.WEB):
            if not url:
                self.add_error("url", _("Las fuentes consultadas automáticamente necesitan una dirección."))
            else:
                try:
                    check_url(url)
                except FetchError as exc:
                    self.add_error("url", str(exc))
        if kind == SourceKind.MANUAL and not data.get("outlet"):
            self.add_error("outlet", _("Indique el medio de los recortes registrados a mano."))
        return data


class ManualClippingForm(forms.ModelForm):
    published_date = forms.DateField(label=_("Fecha"), widget=DateInput())
    published_time = forms.TimeField(
        label=_("Hora"), required=False, widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )

    class Meta:
        model = Clipping
        formfield_callback = https_url_formfield
        fields = [
            "outlet",
            "medium",
            "programme",
            "title",
            "duration_seconds",
            "summary",
            "transcript",
            "url",
            "attachment",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outlet"].queryset = media_outlets()
        self.fields["outlet"].required = True
        self.fields["medium"].choices = [c for c in Medium.choices if c[0] != Medium.WEB] + [
            (Medium.WEB, Medium.WEB.label)
        ]

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload or not hasattr(upload, "read"):
            return upload
        if upload.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError(_("El archivo supera los 50 MB permitidos."))
        from heraldo.core.uploads import check_upload

        wrong_type = forms.ValidationError(
            _("Adjunte un escaneo (JPG, PNG, WEBP o PDF), un audio (MP3, OGG, WAV) o un video (MP4, WEBM).")
        )
        try:
            checked = check_upload(upload, kinds={"image", "pdf", "audio", "video"})
        except forms.ValidationError as error:
            if error.code in ("file_type", "svg_refused"):
                raise wrong_type from error
            raise  # a damaged image or an active PDF: its own message says what to do
        if checked.mime not in ATTACHMENT_TYPES:
            raise wrong_type
        upload.name = checked.generated_name()  # nothing of the uploaded name reaches the disk
        return upload

    def clean_url(self):
        """An address already in the archive is not registered twice: the analyst is shown the clipping it is."""
        url = self.cleaned_data.get("url") or ""
        canonical = canonical_url(url)
        existing = Clipping.objects.filter(canonical_url=canonical).order_by().first() if canonical else None
        if existing is not None:
            self.existing_clipping = existing
            raise forms.ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>. {}',
                    _("Esta dirección ya está en el archivo como el recorte"),
                    reverse("monitoring:clipping_detail", args=[existing.pk]),
                    f"«{existing.title}»",
                    _(
                        "No se registró otra vez; lo que escribió sigue aquí (vuelva a elegir el adjunto si lo "
                        "había). Borre la dirección para registrarlo como un recorte distinto."
                    ),
                ),
                code="already_archived",
            )
        return url

    def clean(self):
        data = super().clean()
        attachment = data.get("attachment")
        scan = bool(attachment) and can_read(getattr(attachment, "name", ""))
        if not (data.get("summary") or data.get("transcript") or scan):
            raise forms.ValidationError(
                _("Escriba el resumen o la transcripción del recorte, o adjunte el escaneo para leer su texto.")
            )
        return data


class ToneForm(forms.Form):
    tone = forms.ChoiceField(choices=Tone.choices)


class WatchTermForm(forms.Form):
    phrase = forms.CharField(label=_("Frase"), max_length=200)
    kind = forms.ChoiceField(
        label=_("Tipo"),
        choices=[(k, label) for k, label in TermKind.choices if k != TermKind.TOPIC],
    )

    def clean_phrase(self):
        phrase = " ".join(self.cleaned_data["phrase"].split())
        if len(fold(phrase)) < 3:
            raise forms.ValidationError(_("La frase debe tener al menos 3 letras."))
        return phrase

    def clean(self):
        data = super().clean()
        phrase, kind = data.get("phrase"), data.get("kind")
        if phrase and kind and WatchTerm.objects.filter(folded=" ".join(fold(phrase).split()), kind=kind).exists():
            self.add_error("phrase", _("Esa frase ya está en la lista de vigilancia."))
        return data


class TermPersonForm(forms.Form):
    """Link an alias to a person the watch list follows."""

    person = forms.ModelChoiceField(label=_("Persona"), queryset=Person.objects.none(), empty_label=_("— elegir —"))

    def __init__(self, *args, **kwargs):
        from heraldo.monitoring.services.watchlist import watched_people

        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = watched_people()


class TopicForm(forms.Form):
    name = forms.CharField(label=_("Tema"), max_length=120)
    keywords = forms.CharField(
        label=_("Palabras clave"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Una por línea, por ejemplo: limpieza pública, recojo de basura, residuos sólidos."),
    )
    is_active = forms.BooleanField(label=_("Activo"), required=False, initial=True)

    def __init__(self, *args, topic: Topic | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.topic = topic
        if topic is None:
            del self.fields["is_active"]

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        others = Topic.objects.filter(name__iexact=name)
        if self.topic is not None:
            others = others.exclude(pk=self.topic.pk)
        if others.exists():
            raise forms.ValidationError(_("Ya existe un tema con ese nombre."))
        return name

    def clean_keywords(self):
        keywords = [" ".join(line.split()) for line in self.cleaned_data["keywords"].splitlines()]
        keywords = [k for k in keywords if len(k) >= 3]
        if not keywords:
            raise forms.ValidationError(_("Escriba al menos una palabra clave de 3 letras o más."))
        taken = WatchTerm.objects.filter(
            kind=TermKind.TOPIC, folded__in=[" ".join(fold(k).split()) for k in keywords]
        ).select_related("topic")
        if self.topic is not None:
            taken = taken.exclude(topic=self.topic)
        errors = [
            forms.ValidationError(
                _("«%(keyword)s» ya es palabra clave del tema %(topic)s: quítela de ese tema primero o elija otra.")
                % {"keyword": term.phrase, "topic": term.topic or "—"}
            )
            for term in taken
        ]
        if errors:
            raise forms.ValidationError(errors)
        return keywords[:50]


class ClippingTopicsForm(forms.Form):
    topics = forms.ModelMultipleChoiceField(
        label=_("Temas"),
        queryset=Topic.objects.filter(is_active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class AlertRuleForm(forms.ModelForm):
    class Meta:
        model = AlertRule
        fields = RULE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["window_hours"].widget.attrs.update(min=1, max=72)

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == AlertKind.MENTION and not data.get("target"):
            self.add_error("target", _("Elija a quién debe mencionar la nota."))
        if kind == AlertKind.QUERY:
            parsed = parse_query(data.get("query") or "")
            if not parsed.include:
                self.add_error("query", _("Escriba al menos una palabra o frase que la nota deba contener."))
        if kind == AlertKind.SURGE and not (data.get("topic") or data.get("target")):
            self.add_error("topic", _("Elija el tema o a quién se cuenta para detectar el aumento."))
        window = data.get("window_hours")
        if window is not None and not 1 <= window <= 72:
            self.add_error("window_hours", _("La ventana debe estar entre 1 y 72 horas."))
        return data


class AlertPreferenceForm(forms.ModelForm):
    class Meta:
        model = AlertPreference
        fields = [*PREFERENCE_FIELDS, "muted_rules"]
        widgets = {"muted_rules": forms.CheckboxSelectMultiple}

    def __init__(self, *args, gateway_available: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # django-stubs types form.fields as plain Field; "muted_rules" is a ModelMultipleChoiceField.
        self.fields["muted_rules"].queryset = AlertRule.objects.filter(  # type: ignore[attr-defined]
            is_active=True
        ).order_by("name")
        self.fields["muted_rules"].help_text = _("Las reglas marcadas no le enviarán nada por ningún medio.")
        if not gateway_available:
            del self.fields["gateway_mode"]
            del self.fields["gateway_address"]

    def clean_gateway_address(self):
        address = " ".join(self.cleaned_data.get("gateway_address", "").split())
        if address and not re.fullmatch(r"\+?[0-9 ]{6,20}|@?[A-Za-z0-9_]{4,40}|-?[0-9]{5,20}", address):
            raise forms.ValidationError(
                _("Escriba un número con código de país (+51…) o un usuario o chat de Telegram.")
            )
        return address

    def clean(self):
        data = super().clean()
        if data.get("gateway_mode") not in (None, DeliveryMode.NONE) and not data.get("gateway_address"):
            self.add_error("gateway_address", _("Para recibir por WhatsApp o Telegram indique el número o el chat."))
        return data


class ArchiveFilterInput(forms.TextInput):
    """A text box that shows a record chosen by number as "Nombre (id)" and tells the script where to ask for
    suggestions (monitoring/archive_filters.js); without the script it is a plain box for a name or number."""

    def __init__(self, archive_filter: archive_filters.ArchiveFilter):
        super().__init__(attrs={"autocomplete": "off", "spellcheck": "false"})
        self.archive_filter = archive_filter

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-suggestions-url"] = reverse(
            "monitoring:archive_filter_suggestions", args=[self.archive_filter.slug]
        )
        return context


class ArchiveFilterField(forms.Field):
    """One record of an archive filter, typed by name or number instead of picked among thousands of options."""

    def __init__(self, name: str, **kwargs):
        self.archive_filter = archive_filters.FILTERS[name]
        kwargs.setdefault("help_text", _("Escriba parte del nombre o el número."))
        super().__init__(required=False, widget=ArchiveFilterInput(self.archive_filter), **kwargs)

        self.chosen: tuple[str, models.Model] | None = None  # what was typed, and the record it named

    def to_python(self, value):
        text = " ".join(str(value or "").split())[:300]
        if not text:
            return None
        try:
            record = archive_filters.resolve(self.archive_filter, text)
        except archive_filters.Ambiguous:
            raise forms.ValidationError(self.archive_filter.ambiguous % {"text": text}) from None
        except archive_filters.NotFound:
            raise forms.ValidationError(self.archive_filter.not_found % {"text": text}) from None
        self.chosen = (text, record)
        return record

    def prepare_value(self, value):
        """The box shows the record it found as "Nombre (id)", whether a name or a number was typed."""
        text = " ".join(str(value or "").split())[:300]
        if self.chosen is not None and self.chosen[0] == text:
            return self.archive_filter.label_with_id(self.chosen[1])
        return text


class ArchiveSearchForm(forms.Form):
    q = forms.CharField(label=_("Buscar en el archivo"), required=False, max_length=300)
    sort = forms.ChoiceField(label=_("Orden"), choices=SortOrder.CHOICES, required=False)
    source = ArchiveFilterField("source", label=_("Fuente"))
    outlet = ArchiveFilterField("outlet", label=_("Medio"))
    medium = forms.ChoiceField(label=_("Tipo de medio"), choices=[("", _("Todos")), *Medium.choices], required=False)
    tone = forms.ChoiceField(label=_("Tono"), choices=[("", _("Todos")), *Tone.choices], required=False)
    topic = ArchiveFilterField("topic", label=_("Tema"))
    person = ArchiveFilterField("person", label=_("Autoridad"))
    date_from = forms.DateField(label=_("Desde"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("Hasta"), required=False, widget=DateInput())
    include_copies = forms.BooleanField(label=_("Incluir copias de la misma nota"), required=False)
    incomplete = forms.BooleanField(
        label=_("Solo notas con texto incompleto"),
        required=False,
        help_text=_("Avances cuya página no se pudo leer todavía; se reintentan solas."),
    )

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("La fecha final no puede ser anterior a la inicial."))
        return data

    def archive_query(self) -> ArchiveQuery:
        """The search as the archive reads it; an invalid form searches nothing but the words' absence."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        return ArchiveQuery(
            text=data.get("q", ""),
            source=data.get("source"),
            outlet=data.get("outlet"),
            medium=data.get("medium", ""),
            tone=data.get("tone", ""),
            topic=data.get("topic"),
            person=data.get("person"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            include_copies=data.get("include_copies", False),
            incomplete=data.get("incomplete", False),
            sort=data.get("sort") or SortOrder.NEWEST,
        )


class SavedSearchForm(forms.Form):
    name = forms.CharField(label=_("Nombre de la búsqueda"), max_length=120)
    parameters = forms.CharField(widget=forms.HiddenInput, max_length=1500)

    def __init__(self, *args, owner=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if SavedSearch.objects.filter(owner=self.owner, name__iexact=name).exists():
            raise forms.ValidationError(_("Ya tiene una búsqueda guardada con ese nombre."))
        return name

    def clean_parameters(self):
        search = ArchiveSearchForm(QueryDict(self.cleaned_data["parameters"]))
        if not search.is_valid():
            raise forms.ValidationError(_("La búsqueda no es válida: revise los filtros."))
        kept = {k: v for k, v in search.data.items() if k in search.fields and k != "page" and v}
        if not kept:
            raise forms.ValidationError(_("Escriba palabras o elija filtros antes de guardar la búsqueda."))
        self.query_text = search.cleaned_data.get("q", "")
        return urlencode(kept)


class DossierAddForm(forms.Form):
    """Clippings ticked on the archive page (or the one open), into an existing or a new dosier."""

    clippings = forms.ModelMultipleChoiceField(queryset=Clipping.objects.all())
    dossier = forms.ModelChoiceField(label=_("Dosier"), queryset=Dossier.objects.all(), required=False)
    new_name = forms.CharField(label=_("o un dosier nuevo llamado"), max_length=200, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("dossier") and not (data.get("new_name") or "").strip():
            raise forms.ValidationError(_("Elija un dosier o escriba el nombre de uno nuevo."))
        return data


class DossierForm(forms.ModelForm):
    class Meta:
        model = Dossier
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class SummaryForm(forms.Form):
    headline = forms.CharField(label=_("Titular de la síntesis"), max_length=300, required=False)
    editor_note = forms.CharField(
        label=_("Comentario del analista"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    excluded = forms.ModelMultipleChoiceField(
        queryset=Clipping.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, clipping_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["excluded"].queryset = Clipping.objects.filter(pk__in=list(clipping_ids))


class AlertFilterForm(forms.Form):
    rule = forms.ModelChoiceField(
        label=_("Regla"), queryset=AlertRule.objects.all(), required=False, empty_label=_("Todas")
    )
    kind = forms.ChoiceField(label=_("Tipo"), choices=[("", _("Todos")), *AlertKind.choices], required=False)
    seen = forms.ChoiceField(
        label=_("Estado"),
        choices=[("", _("Todas")), ("unseen", _("Sin ver")), ("seen", _("Vistas"))],
        required=False,
    )
    since = forms.DateField(label=_("Desde"), required=False, widget=DateInput())
    until = forms.DateField(label=_("Hasta"), required=False, widget=DateInput())

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", _("La fecha final no puede ser anterior a la inicial."))
        return data

    def filters(self) -> AlertFilters:
        """The filters as the page reads them; an invalid form filters nothing (its errors show beside it)."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        rule = data.get("rule")
        return AlertFilters(
            rule_id=rule.pk if rule else None,
            kind=data.get("kind", ""),
            seen=data.get("seen", ""),
            since=data.get("since"),
            until=data.get("until"),
        )


class AlertIdsField(forms.Field):
    """Alert ids sent as repeated hidden inputs; the service only marks alerts that exist and are still shown."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[int]:
        try:
            return [int(item) for item in value or []]
        except (TypeError, ValueError):
            raise forms.ValidationError(_("Alerta no válida.")) from None


class AlertsSeenForm(forms.Form):
    """Mark one line's alerts (alert=…) or every alert (all=1) seen; `back` keeps the list's filters."""

    alert = AlertIdsField(required=False)
    all = forms.BooleanField(required=False)
    back = forms.CharField(required=False, max_length=500)

    def clean(self):
        data = super().clean()
        if not data.get("alert") and not data.get("all"):
            raise forms.ValidationError(_("Indique qué alertas marcar como vistas."))
        return data

    def back_querystring(self) -> str:
        """Only the list's own filter parameters go back into the redirect."""
        kept = QueryDict(self.cleaned_data.get("back", "")).copy()
        allowed = {key: kept.getlist(key) for key in ("rule", "kind", "seen", "since", "until", "page") if key in kept}
        return urlencode(allowed, doseq=True)


class WatchedAuthorityForm(forms.Form):
    """An authority Monitoreo wants to follow, entered without going through the Registro's roles."""

    given_names = forms.CharField(label=_("Nombres"), max_length=120)
    surnames = forms.CharField(label=_("Apellidos"), max_length=120, help_text=_("Los dos, si los tiene."))
    title = forms.CharField(
        label=_("Cargo"),
        max_length=80,
        required=False,
        help_text=_("Como lo nombra la prensa, por ejemplo: regidor, gerente municipal, teniente alcalde."),
    )
    sex = forms.ChoiceField(label=_("Sexo (para el cargo en femenino)"), choices=Sex.choices, required=False)
    is_mayor = forms.BooleanField(label=_("Es el alcalde o la alcaldesa"), required=False)

    def clean_given_names(self):
        return self._name("given_names")

    def clean_surnames(self):
        return self._name("surnames")

    def _name(self, field: str) -> str:
        value = " ".join(self.cleaned_data[field].split())
        if len(fold(value)) < 2:
            raise forms.ValidationError(_("Escriba el nombre completo, con al menos 2 letras."))
        return value

    def clean(self):
        data = super().clean()
        given, family = data.get("given_names"), data.get("surnames")
        if given and family:
            person = person_named(given, family)
            if person is not None and WatchTerm.objects.filter(person=person).exists():
                self.add_error(
                    "surnames", _("%(name)s ya está en la lista de vigilancia.") % {"name": person.full_name}
                )
        return data
