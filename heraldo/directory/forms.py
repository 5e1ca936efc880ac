from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heraldo.core.forms import DateInput
from heraldo.directory.models import (
    Entity,
    EntityKind,
    Level,
    MediaKind,
    Person,
    Position,
    Tag,
    Term,
    TermStatus,
)
from heraldo.directory.office_codes import office_code_choices
from heraldo.directory.selectors import CURRENT_STATUSES
from heraldo.directory.services.coordination import COORDINATION_FIELDS
from heraldo.directory.services.registry import ENTITY_FIELDS, PERSON_FIELDS, PERSONAL_FIELDS, POSITION_FIELDS

ACTIVE_CHOICES = [("1", _("Solo vigentes")), ("0", _("Solo no vigentes")), ("all", _("Todos"))]


class EntityFilterForm(forms.Form):
    q = forms.CharField(label=_("Buscar"), required=False, max_length=120)
    kind = forms.ChoiceField(label=_("Tipo"), required=False, choices=[("", _("Todos")), *EntityKind.choices])
    level = forms.ChoiceField(label=_("Nivel"), required=False, choices=[("", _("Todos")), *Level.choices])
    ubigeo = forms.RegexField(
        label=_("Ubigeo (inicio)"),
        required=False,
        regex=r"^\d{2,6}$",
        error_messages={"invalid": _("Escriba de 2 a 6 dígitos del ubigeo.")},
    )
    tag = forms.ModelChoiceField(
        label=_("Etiqueta"), required=False, queryset=Tag.objects.all(), empty_label=_("Todas")
    )
    media_kind = forms.ChoiceField(
        label=_("Tipo de medio"), required=False, choices=[("", _("Todos")), *MediaKind.choices]
    )
    active = forms.ChoiceField(label=_("Vigencia"), required=False, choices=ACTIVE_CHOICES)

    def filters(self) -> dict:
        if not self.is_bound:
            return {"active": "1"}
        if not self.is_valid():
            return {"active": "1", "q": self.data.get("q", "")[:120]}
        data = dict(self.cleaned_data)
        data["tag"] = data["tag"].pk if data.get("tag") else ""
        data["active"] = data.get("active") or "1"
        return {k: v for k, v in data.items() if v not in (None, "")}


class PersonFilterForm(forms.Form):
    q = forms.CharField(label=_("Buscar"), required=False, max_length=120)
    tag = forms.ModelChoiceField(
        label=_("Etiqueta"), required=False, queryset=Tag.objects.all(), empty_label=_("Todas")
    )
    active = forms.ChoiceField(label=_("Vigencia"), required=False, choices=ACTIVE_CHOICES)

    def filters(self) -> dict:
        if not self.is_bound or not self.is_valid():
            return {"active": "1", "q": (self.data.get("q") or "")[:120]}
        data = dict(self.cleaned_data)
        data["tag"] = data["tag"].pk if data.get("tag") else ""
        data["active"] = data.get("active") or "1"
        return {k: v for k, v in data.items() if v not in (None, "")}


class EntityForm(forms.ModelForm):
    tags = forms.ModelMultipleChoiceField(
        label=_("Etiquetas"), required=False, queryset=Tag.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    website = forms.URLField(label=_("Sitio web"), required=False, assume_scheme="https", max_length=200)
    new_tags = forms.CharField(
        label=_("Etiquetas nuevas"), required=False, max_length=200, help_text=_("Separadas por comas.")
    )

    class Meta:
        model = Entity
        fields = ENTITY_FIELDS
        widgets = {"anniversary": DateInput(), "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["tags"].initial = list(self.instance.tags.all())
        # Typed by name, not picked from a drop-down of every entity (there may be 10,000).
        self.fields["parent"] = forms.CharField(
            label=_("Entidad superior"),
            required=False,
            max_length=250,
            initial=self.instance.parent.name if self.instance.parent_id else "",
            help_text=_("Nombre exacto de la entidad de la que depende (se ignoran tildes y mayúsculas)."),
        )
        self.initial["parent"] = self.instance.parent.name if self.instance.parent_id else ""
        self.order_fields(self._meta.fields)

    def clean_parent(self):
        from heraldo.core.text import fold

        name = (self.cleaned_data.get("parent") or "").strip()
        if not name:
            return None
        wanted = fold(name)
        candidates = Entity.objects.filter(search_text__startswith=wanted).exclude(pk=self.instance.pk)
        exact = [entity for entity in candidates[:50] if fold(entity.name) == wanted]
        if len(exact) == 1:
            return exact[0]
        from heraldo.directory.services.duplicates import similar_entities

        near = [entity.name for entity, _score in similar_entities(name, exclude_pk=self.instance.pk, limit=3)]
        if near:
            raise forms.ValidationError(
                _("No hay una entidad con ese nombre. ¿Quiso decir: %(names)s?") % {"names": "; ".join(near)}
            )
        raise forms.ValidationError(_("No hay una entidad con ese nombre en el Registro."))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == EntityKind.MEDIA and not cleaned.get("media_kind"):
            self.add_error("media_kind", _("Indique si el medio es prensa escrita, radio, televisión o digital."))
        if cleaned.get("kind") != EntityKind.MEDIA and cleaned.get("media_kind"):
            self.add_error("media_kind", _("Solo los medios de comunicación tienen tipo de medio."))
        if cleaned.get("is_own_municipality"):
            others = Entity.objects.filter(is_own_municipality=True).exclude(pk=self.instance.pk)
            if others.exists():
                self.add_error(
                    "is_own_municipality",
                    _("Ya está marcada %(name)s como nuestra municipalidad.") % {"name": others.first().name},
                )
        return cleaned

    def tag_objects(self):
        from heraldo.directory.services.registry import tags_from_names

        names = [n for n in (self.cleaned_data.get("new_tags") or "").split(",") if n.strip()]
        return [*self.cleaned_data.get("tags", []), *tags_from_names(names)]

    def service_data(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k not in ("tags", "new_tags")}


class PersonForm(forms.ModelForm):
    tags = forms.ModelMultipleChoiceField(
        label=_("Etiquetas"), required=False, queryset=Tag.objects.all(), widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Person
        fields = PERSON_FIELDS
        widgets = {
            "birth_date": DateInput(),
            "date_of_grade": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, show_personal: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not show_personal:
            # Roles without view_personal_data neither see nor overwrite these fields.
            for name in PERSONAL_FIELDS:
                del self.fields[name]
        if self.instance.pk:
            self.fields["tags"].initial = list(self.instance.tags.all())

    def clean_photo(self):
        from django.core.exceptions import ValidationError as DjangoValidationError
        from django.core.files.base import ContentFile

        from heraldo.core.uploads import check_upload, strip_location

        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "content_type"):
            if photo.size > 5 * 1024 * 1024:
                raise forms.ValidationError(_("La foto no puede pasar de 5 MB."))
            try:
                checked = check_upload(photo, kinds={"image"})
            except DjangoValidationError as error:
                raise forms.ValidationError(error.messages) from error
            # Nothing of the uploaded name, nor where the photo was taken, reaches the disk.
            return ContentFile(strip_location(photo.read()), name=checked.generated_name())
        return photo

    def service_data(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "tags"}


class PositionForm(forms.ModelForm):
    class Meta:
        model = Position
        fields = POSITION_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # the cargo belongs to the entity whose page it was opened from (no 10,000-entity drop-down)
        self.fields["entity"].queryset = Entity.objects.only("pk", "name")
        self.fields["entity"].widget = forms.HiddenInput()
        codes = office_code_choices(day=timezone.localdate(), keep=self.instance.office_code)
        self.fields["office_code"] = forms.ChoiceField(
            label=_("Código de precedencia"),
            required=False,
            choices=[("", _("Sin código (no entra al cuadro de precedencias)")), *codes],
            help_text=_("El cargo en el cuadro de precedencias que usa Agenda y Protocolo."),
        )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.sort_name


class TermForm(forms.ModelForm):
    """Who holds the cargo. A new holder is typed by name (the registry may hold 50,000 persons: no
    giant drop-down); an existing person with that name is recognised whatever the accents."""

    person = forms.ModelChoiceField(queryset=Person.objects.all(), required=False, widget=forms.HiddenInput)
    given_names = forms.CharField(label=_("Nombres"), required=False, max_length=120)
    surnames = forms.CharField(label=_("Apellidos"), required=False, max_length=120)
    sex = forms.ChoiceField(
        label=_("Sexo (tratamiento)"), required=False, choices=[("", "—"), ("F", _("Femenino")), ("M", _("Masculino"))]
    )

    class Meta:
        model = Term
        fields = ["status", "starts_on", "ends_on", "source_document"]
        widgets = {"starts_on": DateInput(), "ends_on": DateInput()}

    field_order = ["person", "given_names", "surnames", "sex", "status", "starts_on", "ends_on", "source_document"]

    def __init__(self, *args, position: Position, **kwargs):
        super().__init__(*args, **kwargs)
        self.position = position
        self.instance.position = position
        chosen = self.instance.person if self.instance.pk else None
        if chosen is None and self.initial.get("person"):
            chosen = Person.objects.filter(pk=self.initial["person"]).first()
        if self.instance.pk or chosen is not None:
            # the holder is known: the name fields would only invite a mistake
            for name in ("given_names", "surnames", "sex"):
                del self.fields[name]
        self.chosen_person = chosen

    def clean_person(self):
        return self.instance.person if self.instance.pk else self.cleaned_data.get("person")

    def clean(self):
        cleaned = super().clean()
        self._check_holder(cleaned)
        start, end = cleaned.get("starts_on"), cleaned.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", _("La fecha de término no puede ser anterior a la de inicio."))
            return cleaned
        if start and cleaned.get("status") == TermStatus.TITULAR:
            overlapping = Term.objects.filter(position=self.position, status__in=CURRENT_STATUSES[:1]).exclude(
                pk=self.instance.pk
            )
            overlapping = overlapping.filter(starts_on__lte=end or start.replace(year=9999)).exclude(ends_on__lt=start)
            clash = overlapping.select_related("person").first()
            if clash:
                self.add_error(
                    "starts_on",
                    _(
                        "%(person)s ya es titular de este cargo en esas fechas. Cierre primero su periodo "
                        "o registre a la nueva persona como encargada."
                    )
                    % {"person": clash.person.full_name},
                )
        return cleaned

    def _check_holder(self, cleaned) -> None:
        if self.instance.pk or cleaned.get("person"):
            return
        given, surnames = (cleaned.get("given_names") or "").strip(), (cleaned.get("surnames") or "").strip()
        if not (given and surnames):
            self.add_error(
                "surnames" if given else "given_names", _("Escriba nombres y apellidos de quien ocupa el cargo.")
            )

    def service_data(self) -> dict:
        keys = ("status", "starts_on", "ends_on", "source_document")
        return {**{k: self.cleaned_data.get(k) for k in keys}, "position": self.position}

    def holder(self) -> dict:
        """The person, or the names to find or register them by."""
        return {
            "person": self.cleaned_data.get("person"),
            "given_names": (self.cleaned_data.get("given_names") or "").strip(),
            "surnames": (self.cleaned_data.get("surnames") or "").strip(),
            "sex": self.cleaned_data.get("sex") or "",
        }


class TermEndForm(forms.Form):
    ends_on = forms.DateField(label=_("Último día en el cargo"), widget=DateInput())
    status = forms.ChoiceField(
        label=_("Condición final"),
        required=False,
        choices=[
            ("", _("Sin cambio (terminó su periodo)")),
            (TermStatus.VACADO, _("Vacado")),
            (TermStatus.SUSPENDIDO, _("Suspendido")),
        ],
    )

    def __init__(self, *args, term: Term, **kwargs):
        super().__init__(*args, **kwargs)
        self.term = term

    def clean_ends_on(self):
        ends_on = self.cleaned_data["ends_on"]
        if ends_on < self.term.starts_on:
            raise forms.ValidationError(
                _("La fecha no puede ser anterior al inicio del periodo (%(start)s).")
                % {"start": self.term.starts_on.strftime("%d/%m/%Y")}
            )
        return ends_on


class AuthoritiesHeaderForm(forms.Form):
    starts_on = forms.DateField(
        label=_("Las nuevas autoridades asumen el"),
        widget=DateInput(),
        help_text=_("Los periodos anteriores se cierran el día previo y quedan en el historial."),
    )
    source_document = forms.CharField(
        label=_("Documento de sustento"),
        required=False,
        max_length=200,
        help_text=_("Por ejemplo: credenciales del JEE de Puerto Alto, acta de proclamación."),
    )


class AuthorityRowForm(forms.Form):
    position_id = forms.IntegerField(widget=forms.HiddenInput)
    person = PersonChoiceField(
        label=_("Alguien del Registro"),
        required=False,
        queryset=Person.objects.none(),
        empty_label=_("— escribir una persona nueva —"),
    )
    given_names = forms.CharField(label=_("Nombres"), required=False, max_length=120)
    surnames = forms.CharField(label=_("Apellidos"), required=False, max_length=120)
    sex = forms.ChoiceField(
        label=_("Sexo (tratamiento)"), required=False, choices=[("", "—"), ("F", _("Femenino")), ("M", _("Masculino"))]
    )

    def __init__(self, *args, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        if candidates is not None:
            self.fields["person"].queryset = candidates

    def clean(self):
        cleaned = super().clean()
        given, surnames = (cleaned.get("given_names") or "").strip(), (cleaned.get("surnames") or "").strip()
        if cleaned.get("person") and (given or surnames):
            self.add_error("person", _("Elija a alguien del Registro o escriba un nombre nuevo, no ambos."))
        elif bool(given) != bool(surnames):
            self.add_error(
                "surnames" if given else "given_names",
                _("Escriba nombres y apellidos de la nueva autoridad, o deje ambos vacíos si el cargo no cambia."),
            )
        cleaned["changes"] = bool(cleaned.get("person") or (given and surnames))
        return cleaned


AuthorityRowFormSet = forms.formset_factory(AuthorityRowForm, extra=0)


class LegalBasisForm(forms.ModelForm):
    class Meta:
        from heraldo.directory.models import ContactLegalBasis

        model = ContactLegalBasis
        fields = ["field", "basis", "purpose", "evidence", "obtained_on", "retain_until"]
        widgets = {"obtained_on": DateInput(), "retain_until": DateInput()}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("basis") == "CONSENT" and not cleaned.get("evidence"):
            self.add_error("evidence", _("Con consentimiento, indique dónde consta (formato firmado, correo)."))
        start, end = cleaned.get("obtained_on"), cleaned.get("retain_until")
        if start and end and end < start:
            self.add_error("retain_until", _("La fecha de conservación no puede ser anterior a la de obtención."))
        return cleaned

    def validate_unique(self):
        # One basis per field is kept by the service (it replaces the previous one).
        pass


class ArcoActForm(forms.Form):
    received_on = forms.DateField(label=_("Solicitud recibida el"), widget=DateInput())
    reference = forms.CharField(
        label=_("Documento o expediente"), required=False, max_length=120, help_text=_("Por ejemplo: Exp. 2026-01234.")
    )

    def clean_received_on(self):
        from django.utils import timezone

        value = self.cleaned_data["received_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("La fecha de recepción no puede estar en el futuro."))
        return value


class ArcoEraseForm(ArcoActForm):
    confirm = forms.BooleanField(
        label=_("Entiendo que se borrarán el correo y teléfono personales, la fecha de nacimiento y la foto."),
        error_messages={"required": _("Marque la casilla para confirmar la supresión.")},
    )


class CoordinationForm(forms.ModelForm):
    participants = PersonChoiceField(
        label=_("Participantes del Registro"),
        queryset=Person.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Autoridades y funcionarios de la entidad que participaron."),
    )

    class Meta:
        from heraldo.directory.models import Coordination

        model = Coordination
        fields = COORDINATION_FIELDS
        widgets = {
            "occurred_on": DateInput(),
            "agreement_until": DateInput(),
            "summary": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, entity: Entity, **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils import timezone

        holders = Term.objects.filter(position__entity=entity, ends_on__isnull=True).values("person_id")
        # When correcting a record, who took part then stays selectable even if their term has ended.
        earlier = self.instance.participants.values("pk") if self.instance.pk else Person.objects.none().values("pk")
        self.fields["participants"] = forms.ModelMultipleChoiceField(
            label=_("Participantes del Registro"),
            queryset=Person.objects.filter(Q(pk__in=holders) | Q(pk__in=earlier)).order_by("surnames"),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Autoridades y funcionarios de la entidad que participaron."),
        )
        self.fields["occurred_on"].initial = timezone.localdate()
        if self.instance.pk:
            self.fields["participants"].initial = list(self.instance.participants.values_list("pk", flat=True))

    def clean_document(self):
        from heraldo.core.uploads import checked_and_renamed

        return checked_and_renamed(self.cleaned_data.get("document"), kinds={"pdf", "image"})

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("agreement_until") and cleaned.get("kind") != "CONVENIO":
            self.add_error("agreement_until", _("La vigencia solo se indica para convenios."))
        start, end = cleaned.get("occurred_on"), cleaned.get("agreement_until")
        if start and end and end < start:
            self.add_error("agreement_until", _("La vigencia no puede terminar antes de la firma."))
        return cleaned


class FollowUpForm(forms.Form):
    title = forms.CharField(label=_("Tarea"), max_length=200)
    due_on = forms.DateField(label=_("Vence el"), widget=DateInput())
    owner = forms.ModelChoiceField(label=_("Responsable"), queryset=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.contrib.auth import get_user_model
        from django.db.models import Q

        users = get_user_model().objects.filter(is_active=True)
        users = (
            users.filter(
                Q(groups__permissions__codename="manage_directory") | Q(user_permissions__codename="manage_directory")
            )
            .distinct()
            .order_by("first_name", "last_name")
        )
        self.fields["owner"].queryset = users
        self.fields["owner"].label_from_instance = lambda user: user.get_full_name() or user.username


class LetterForm(forms.Form):
    occasion = forms.ChoiceField(label=_("Ocasión"), choices=[])
    salutation = forms.CharField(label=_("Vocativo"), max_length=120)
    body = forms.CharField(label=_("Texto de la carta"), widget=forms.Textarea(attrs={"rows": 8}), max_length=4000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from heraldo.directory.models import GreetingOccasion

        self.fields["occasion"].choices = GreetingOccasion.choices


class GreetingForm(forms.Form):
    occasion = forms.ChoiceField(label=_("Ocasión"), choices=[])
    sent_on = forms.DateField(label=_("Enviado el"), widget=DateInput())
    channel = forms.ChoiceField(label=_("Medio"), choices=[])
    reference = forms.CharField(label=_("Número de documento"), max_length=80, required=False)
    text = forms.CharField(
        label=_("Texto enviado"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=4000
    )
    gift_given = forms.CharField(
        label=_("Presente entregado"),
        max_length=200,
        required=False,
        help_text=_("Por ejemplo: arreglo floral, placa recordatoria."),
    )
    gift_received = forms.CharField(label=_("Presente recibido"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from heraldo.directory.models import GreetingChannel, GreetingOccasion

        self.fields["occasion"].choices = GreetingOccasion.choices
        self.fields["channel"].choices = GreetingChannel.choices

    def clean_sent_on(self):
        from django.utils import timezone

        value = self.cleaned_data["sent_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("Registre el envío cuando ya se haya hecho: la fecha no puede ser futura."))
        return value


class MailingListForm(EntityFilterForm):
    """A saved filter: the entity filters plus a name, a purpose and who receives."""

    name = forms.CharField(label=_("Nombre de la lista"), max_length=150)
    purpose = forms.CharField(
        label=_("Finalidad"),
        max_length=200,
        help_text=_("Para qué se usan estos datos (Ley 29733), por ejemplo: envío de notas de prensa."),
    )
    description = forms.CharField(label=_("Descripción"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    scope = forms.ChoiceField(label=_("Destinatarios"), choices=[])

    field_order = [
        "name",
        "purpose",
        "scope",
        "description",
        "q",
        "kind",
        "level",
        "ubigeo",
        "tag",
        "media_kind",
        "active",
    ]

    def __init__(self, *args, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        from heraldo.directory.models import MailingList, RecipientScope

        self.instance = instance
        self.fields["scope"].choices = RecipientScope.choices
        self.fields["q"].label = _("Palabras en el nombre de la entidad")
        self.mailing_list_model = MailingList

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        clash = self.mailing_list_model.objects.filter(name__iexact=name)
        if self.instance is not None:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(_("Ya existe una lista con ese nombre."))
        return name

    def service_data(self) -> dict:
        keys = ("q", "kind", "level", "ubigeo", "tag", "media_kind", "active")
        filters = {key: value for key, value in self.filters().items() if key in keys}
        return {
            "name": self.cleaned_data["name"],
            "purpose": self.cleaned_data["purpose"],
            "description": self.cleaned_data["description"],
            "scope": self.cleaned_data["scope"],
            "filters": filters,
        }
