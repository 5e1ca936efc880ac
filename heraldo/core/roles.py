"""The office's roles, as Django groups, and the permissions each one holds.

This mapping is the single source: a migration creates the groups and every
`migrate` brings their permissions in line with it (later modules add their
permissions here).
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

HEAD_OF_UNIT = "Jefatura de Imagen"
PRESS = "Prensa"
PROTOCOL = "Protocolo"
DESIGN = "Diseño"
MONITORING = "Monitoreo"
AUTHORITIES = "Alcaldía y Gerencia"
REQUESTING_UNIT = "Unidad solicitante"
SYSTEM_ADMIN = "Administrador del sistema"

# Roles that decide, approve or hold every account: their accounts need a second factor in production
# (settings.HERALDO_MFA_REQUIRED_ROLES).
MFA_REQUIRED_BY_DEFAULT = (HEAD_OF_UNIT, SYSTEM_ADMIN, AUTHORITIES)

# The roles held by the staff of the Unidad de Imagen Institucional itself: who can be given its work.
UNIT_ROLES = (HEAD_OF_UNIT, PRESS, PROTOCOL, DESIGN, MONITORING)

# The roles' names as shown (the stored group names are Spanish codes).
ROLE_LABELS = {
    HEAD_OF_UNIT: _("Jefatura de Imagen"),
    PRESS: _("Prensa"),
    PROTOCOL: _("Protocolo"),
    DESIGN: _("Diseño"),
    MONITORING: _("Monitoreo"),
}

ROLE_DESCRIPTIONS = {
    HEAD_OF_UNIT: _("Todo el trabajo de la unidad, aprobaciones y auditoría."),
    PRESS: _("Notas de prensa, publicaciones, medios y campañas."),
    PROTOCOL: _("Agenda del Alcalde, ceremonias, invitados y precedencia."),
    DESIGN: _("Piezas gráficas, biblioteca de medios y manual de marca."),
    MONITORING: _("Fuentes, recortes, menciones, alertas, síntesis informativa y opinión pública."),
    AUTHORITIES: _("Alcalde y Gerente Municipal: tableros, aprobaciones y alertas."),
    REQUESTING_UNIT: _("Unidades orgánicas que solicitan campañas; ven solo sus solicitudes."),
    SYSTEM_ADMIN: _("Cuentas de usuario, auditoría y trabajos del sistema."),
}

# Keeping the Registro: editing its entries and seeing the personal data they hold.
_KEEP_THE_REGISTRO = ["access_directory", "manage_directory", "view_personal_data"]

_ALL_MODULES = [
    "access_agenda",
    "manage_agenda",
    *_KEEP_THE_REGISTRO,
    "access_press",
    "manage_press",
    "approve_press",
    "access_campaigns",
    "manage_campaigns",
    "access_monitoring",
    "manage_monitoring",
    "receive_alerts",
    "access_opinion",
    "manage_opinion",
    "access_reports",
    "manage_reports",
    "access_assignments",
    "manage_assignments",
    "view_audit_log",
    "view_jobs",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    HEAD_OF_UNIT: _ALL_MODULES,
    PRESS: [
        "access_agenda",
        *_KEEP_THE_REGISTRO,
        "access_press",
        "manage_press",
        "access_campaigns",
        "manage_campaigns",
        "access_monitoring",
        "access_opinion",
        "access_assignments",
    ],
    PROTOCOL: [
        "access_agenda",
        "manage_agenda",
        *_KEEP_THE_REGISTRO,
        "access_press",
        "access_assignments",
    ],
    DESIGN: [
        "access_press",
        "access_campaigns",
        "manage_campaigns",
        "access_assignments",
    ],
    MONITORING: [
        "access_directory",
        "access_monitoring",
        "manage_monitoring",
        "access_opinion",
        "manage_opinion",
        # The analyst watches the press for the office: the alerts reach them as they reach Alcaldía.
        "receive_alerts",
        "access_reports",
        "access_assignments",
    ],
    AUTHORITIES: [
        "access_agenda",
        "access_press",
        "approve_press",
        "access_campaigns",
        "access_monitoring",
        "receive_alerts",
        "access_opinion",
        "access_reports",
    ],
    REQUESTING_UNIT: ["request_campaigns"],
    SYSTEM_ADMIN: ["manage_users", "view_audit_log", "view_jobs"],
}

ALL_ROLES = list(ROLE_PERMISSIONS)


def sync_role_permissions(group_model, permission_model) -> None:
    """Create the role groups and give each exactly the permissions declared above.

    Takes the model classes so a data migration can pass its historical models.
    """
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role)
        wanted = permission_model.objects.filter(
            content_type__app_label="core",
            content_type__model="moduleaccess",
            codename__in=codenames,
        )
        group.permissions.set(wanted)
