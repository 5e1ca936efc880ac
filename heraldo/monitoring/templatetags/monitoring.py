from django import template

from heraldo.core.audit import describe

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
