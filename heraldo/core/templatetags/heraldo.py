from django import forms, template
from django.template.base import render_value_in_context
from django.urls import get_script_prefix, reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

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
def lookup(mapping, key):
    """mapping[key] in a template, or None: for dicts keyed by a loop variable."""
    return mapping.get(key) if mapping else None


@register.filter
def startswith(text, prefix) -> bool:
    return str(text).startswith(str(prefix))


_BROWSERS = (("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari"))
_SYSTEMS = (
    ("Android", "Android"),
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
)


@register.filter
def device_summary(user_agent: str) -> str:
    """'Chrome en Windows' from a User-Agent header: what a person recognises as their device."""
    agent = user_agent or ""
    browser = next((name for marker, name in _BROWSERS if marker in agent), "")
    system = next((name for marker, name in _SYSTEMS if marker in agent), "")
    if browser and system:
        return _("%(browser)s en %(system)s") % {"browser": browser, "system": system}
    return browser or system or _("Navegador desconocido")


_CHOICE_LABELS: dict[tuple, dict] = {}


@register.filter
def choice_label(instance, field_name: str) -> str:
    """What get_FOO_display() gives, translated once per language: that method translates every choice of the
    field at each call (84 µs a row, a fifth of the watch list's 50 rows)."""
    key = (type(instance), field_name, get_language())
    labels = _CHOICE_LABELS.get(key)
    if labels is None:
        field = instance._meta.get_field(field_name)
        labels = _CHOICE_LABELS[key] = {value: str(label) for value, label in field.flatchoices}
    value = getattr(instance, field_name)
    return labels.get(value, value)


_ID_PLACEHOLDER = "2147483647"
_ID_ROUTES: dict[tuple[str, str], tuple[str, str]] = {}


@register.filter
def id_url(object_id: int, route: str) -> str:
    """`{% url route object_id %}` for a route whose one argument is an id, from the route reversed once: in
    the rows of a list page, reverse() took a quarter of the page's time."""
    key = (route, get_script_prefix())
    parts = _ID_ROUTES.get(key)
    if parts is None:
        before, after = reverse(route, args=[_ID_PLACEHOLDER]).split(_ID_PLACEHOLDER)
        parts = _ID_ROUTES[key] = (before, after)
    return f"{parts[0]}{int(object_id)}{parts[1]}"


@register.simple_tag(takes_context=True)
def audit_changes(context, entry, muted=False) -> SafeString:
    """An audit entry's changes as "field: before → after" lines (core/_changes.html), written in one pass: the
    audit log shows fifty entries of several changes each, which the template engine drew node by node."""

    def shown(value) -> str:
        return render_value_in_context("—" if value is None else value, context)  # as {{ value|default_if_none }}

    opening = '<div class="text-body-secondary">' if muted else "<div>"
    lines = []
    for change in entry.change_rows:
        before = f"{shown(change.before)} → " if change.is_pair else ""
        lines.append(f"{opening}<strong>{shown(change.field)}</strong>: {before}{shown(change.after)}</div>")
    return mark_safe("".join(lines))  # noqa: S308  every value went through the template's escaping
