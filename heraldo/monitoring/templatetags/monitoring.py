from django import template
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language

from heraldo.core.audit import describe
from heraldo.monitoring.selectors import source_pending_poll

register = template.Library()


@register.filter
def describe_audit(entry) -> str:
    return describe(entry)


@register.filter
def duration(seconds) -> str:
    if not seconds:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"


@register.simple_tag
def pending_poll(source):
    """The "Consultar ahora" of this source still waiting or running (the page follows it until it is done)."""
    return source_pending_poll(source)


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
