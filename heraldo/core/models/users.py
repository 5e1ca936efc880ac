from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in to Heraldo: unit staff, authorities, requesting units."""

    email = models.EmailField(_("correo electrónico"), unique=True)
    language = models.CharField(
        _("idioma"),
        max_length=8,
        choices=[("es", _("Español")), ("en", _("Inglés"))],
        default="es",
    )
    job_title = models.CharField(_("cargo en la municipalidad"), max_length=150, blank=True)
    requesting_unit = models.CharField(
        _("unidad orgánica"),
        max_length=150,
        blank=True,
        help_text=_("Para usuarios de una unidad solicitante: la unidad que representan."),
    )

    class Meta:
        verbose_name = _("usuario")
        verbose_name_plural = _("usuarios")
        ordering = ["first_name", "last_name", "username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class ModuleAccess(models.Model):
    """Holds the module-level permissions the roles are made of; it has no table."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("access_agenda", _("Acceder a Agenda y Protocolo")),
            ("manage_agenda", _("Gestionar Agenda y Protocolo")),
            ("access_directory", _("Acceder al Registro")),
            ("manage_directory", _("Gestionar el Registro")),
            ("view_personal_data", _("Ver datos personales del Registro")),
            ("access_press", _("Acceder a Prensa y Publicaciones")),
            ("manage_press", _("Gestionar Prensa y Publicaciones")),
            ("approve_press", _("Aprobar notas de prensa")),
            ("access_campaigns", _("Acceder a Campañas")),
            ("manage_campaigns", _("Gestionar Campañas")),
            ("request_campaigns", _("Solicitar campañas")),
            ("access_monitoring", _("Acceder a Monitoreo")),
            ("manage_monitoring", _("Gestionar Monitoreo")),
            ("receive_alerts", _("Recibir alertas de prensa")),
            ("access_opinion", _("Acceder a Opinión pública")),
            ("manage_opinion", _("Gestionar Opinión pública y responder a los vecinos")),
            ("access_reports", _("Acceder a Reportes")),
            ("manage_reports", _("Redactar, aprobar y enviar el informe mensual y las metas del POI")),
            ("access_assignments", _("Acceder a Encargos")),
            ("manage_assignments", _("Registrar y asignar encargos")),
            ("view_audit_log", _("Consultar el registro de auditoría")),
            ("view_jobs", _("Consultar los trabajos en segundo plano")),
            ("manage_users", _("Administrar usuarios")),
        ]

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
