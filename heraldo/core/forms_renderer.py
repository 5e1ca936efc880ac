from django.forms.renderers import TemplatesSetting


class HeraldoFormRenderer(TemplatesSetting):
    """Every form renders with the same accessible Bootstrap markup."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
