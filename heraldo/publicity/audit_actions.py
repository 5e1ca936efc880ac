"""The publicity module's audit sentences."""

from django.utils.translation import gettext_lazy as _

from heraldo.core.audit import register_actions

register_actions(
    {
        "publicity.process.created": _("%(actor)s registró el proceso electoral «%(target)s»"),
        "publicity.process.updated": _("%(actor)s modificó el proceso electoral «%(target)s»"),
        "publicity.palette.created": _("%(actor)s registró la paleta de la organización política «%(target)s»"),
        "publicity.palette.updated": _("%(actor)s modificó la paleta de la organización política «%(target)s»"),
        "publicity.nickname.added": _("%(actor)s registró el apodo «%(target)s»"),
        "publicity.nickname.removed": _("%(actor)s quitó el apodo «%(target)s»"),
    }
)
