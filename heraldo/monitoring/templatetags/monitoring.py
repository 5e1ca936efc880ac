from django import template
from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import describe
from heraldo.core.templatetags.heraldo import choice_label, id_url
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


# What each signal of the learned tone decision means to an analyst (heraldo.monitoring.tone, tone_data/decision.json).
TONE_SIGNALS = {
    "praise": _("palabras de elogio o de logro"),
    "harm": _("palabras de queja, denuncia o daño"),
    "service": _("un servicio o una obra que la municipalidad hace"),
    "undelivered": _("un servicio que no llega"),
    "vote": _("lo aprendido de frases parecidas"),
    "irony": _("ironía"),
    "outcome": _("una cifra que mejoró o empeoró"),
    "overdue": _("una promesa vencida o una falta que sigue"),
    "done_by": _("una obra o un servicio hecho por la municipalidad"),
    "promise": _("una promesa"),
    "relief": _("un vecino que cuenta el cambio con alivio"),
    "words": _("las palabras de la nota, según lo aprendido de noticias etiquetadas"),
}


@register.filter
def tone_signal(name: str) -> str:
    return str(TONE_SIGNALS.get(name, name))


@register.simple_tag
def pending_poll(source):
    """The "Consultar ahora" of this source still waiting or running (the page follows it until it is done)."""
    return source_pending_poll(source)


# Shared with every app's list rows (heraldo.core.templatetags.heraldo); still loaded from here by this app's pages.
register.filter("choice_label", choice_label)
register.filter("id_url", id_url)
