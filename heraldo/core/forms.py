from __future__ import annotations

from allauth.account.forms import AddEmailForm as AllauthAddEmailForm
from allauth.account.models import EmailAddress
from django import forms
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from heraldo.core.models import Job, User
from heraldo.core.roles import REQUESTING_UNIT


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


class UserAccountForm(forms.ModelForm):
    """What the system administrator sets for an account; the password is chosen by its owner."""

    roles = forms.ModelMultipleChoiceField(
        label=_("Roles"),
        queryset=Group.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Sin ningún rol, la persona solo ve su propia página de inicio."),
    )

    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email", "job_title", "requesting_unit", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        self.fields["email"].required = True
        self.fields["roles"].label_from_instance = lambda group: group.name
        if self.instance.pk:
            self.fields["roles"].initial = list(self.instance.groups.all())

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        clash = User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(_("Ya existe una cuenta con este correo electrónico."))
        return email

    def clean(self):
        cleaned = super().clean()
        roles = cleaned.get("roles") or []
        if any(role.name == REQUESTING_UNIT for role in roles) and not cleaned.get("requesting_unit"):
            self.add_error(
                "requesting_unit", _("Indique la unidad orgánica: una unidad solicitante solo ve sus solicitudes.")
            )
        return cleaned

    def account_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class UserFilterForm(forms.Form):
    q = forms.CharField(label=_("Buscar"), required=False, max_length=100)
    role = forms.ModelChoiceField(label=_("Rol"), required=False, queryset=Group.objects.order_by("name"))
    status = forms.ChoiceField(
        label=_("Estado"),
        required=False,
        choices=[("", _("Todas")), ("active", _("Activas")), ("inactive", _("Desactivadas"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].empty_label = _("Todos")
        self.fields["role"].label_from_instance = lambda group: group.name


class AddEmailForm(AllauthAddEmailForm):
    """A new address for one's own account, refused when another account uses it.

    Accounts are opened by the office, so saying that an address is taken reveals nothing a colleague could
    not look up; letting it through ended in a server error when the address was made the primary one."""

    def clean_email(self) -> str:
        typed = self.cleaned_data["email"].strip()
        taken = (
            User.objects.filter(email__iexact=typed).exclude(pk=self.user.pk).exists()
            or EmailAddress.objects.filter(email__iexact=typed, verified=True).exclude(user=self.user).exists()
        )
        if taken:
            raise forms.ValidationError(
                _("Esta dirección ya pertenece a otra cuenta de Heraldo. Escriba una dirección suya."),
                code="email_taken",
            )
        return super().clean_email()
