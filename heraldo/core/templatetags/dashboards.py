"""`{% dashboard "monitoring" %}`: the cards a module's home shows to the signed-in user."""

from django import template

from heraldo.core.dashboards import dashboard_cards

register = template.Library()


@register.inclusion_tag("core/_dashboard.html", takes_context=True)
def dashboard(context, place: str):
    return {"cards": dashboard_cards(context["request"].user, place)}
