from django import forms, template

register = template.Library()

_CHECK_WIDGETS = (forms.CheckboxInput,)
_CHOICE_LIST_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


@register.filter
def bs_widget(bound_field):
    """Render a form field's widget with Bootstrap classes and error state."""
    widget = bound_field.field.widget
    if isinstance(widget, _CHECK_WIDGETS):
        css = "form-check-input"
    elif isinstance(widget, _CHOICE_LIST_WIDGETS):
        css = "list-unstyled mb-0 choice-list"
    elif isinstance(widget, forms.Select | forms.SelectMultiple):
        css = "form-select"
    else:
        css = "form-control"
    attrs = {"class": f"{widget.attrs.get('class', '')} {css}".strip()}
    if bound_field.errors:
        attrs["class"] += " is-invalid"
        attrs["aria-invalid"] = "true"
        attrs["aria-describedby"] = f"{bound_field.auto_id}_error"
    elif bound_field.help_text:
        attrs["aria-describedby"] = f"{bound_field.auto_id}_help"
    return bound_field.as_widget(attrs=attrs)


@register.filter
def is_checkbox(bound_field) -> bool:
    return isinstance(bound_field.field.widget, _CHECK_WIDGETS)


@register.filter
def startswith(text, prefix) -> bool:
    return str(text).startswith(str(prefix))
