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
    # Raised whenever the person's roles or direct permissions change: cached capabilities are keyed by it, so a
    # change takes effect on the next request in every process without reading the permission tables each time.
    access_stamp = models.PositiveIntegerField(default=0, db_default=0, editable=False)

    class Meta:
        verbose_name = _("usuario")
        verbose_name_plural = _("usuarios")
        ordering = ["first_name", "last_name", "username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def save(self, *args, **kwargs):
        # The stamp is only ever raised in the database (heraldo.core.access): an object loaded before a change
        # of roles and saved after it must not put the old value back and revive the old cached permissions.
        if not self._state.adding and kwargs.get("update_fields") is None and not kwargs.get("force_insert"):
            kwargs["update_fields"] = [
                field.attname
                for field in self._meta.concrete_fields
                if not field.primary_key and field.attname != "access_stamp"
            ]
        super().save(*args, **kwargs)


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
