"""`{% dashboard "monitoring" %}`: the cards a module's home shows to the signed-in user."""

from django import template

from heraldo.core.dashboards import dashboard_html

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard(context, place: str, card_columns: str = ""):
    return dashboard_html(context["request"].user, place, card_columns=card_columns)
