"""The Mayor's agenda: official events, their recurrence and the staff assigned."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Authored
from heraldo.core.models.fields import optional_link


class EventType(models.TextChoices):
    SESION_SOLEMNE = "SESION_SOLEMNE", _("Sesión solemne")
    CEREMONIA_CIVICA = "CEREMONIA_CIVICA", _("Ceremonia cívica")
    IZAMIENTO = "IZAMIENTO", _("Izamiento del Pabellón Nacional")
    INAUGURACION = "INAUGURACION", _("Inauguración de obra")
    ACTO_OFICIAL = "ACTO_OFICIAL", _("Acto oficial")
    CONFERENCIA_PRENSA = "CONFERENCIA_PRENSA", _("Conferencia de prensa")
    REUNION_COORDINACION = "REUNION_COORDINACION", _("Reunión de coordinación")
    VISITA = "VISITA", _("Visita")
    TE_DEUM = "TE_DEUM", _("Te Deum")
    JURAMENTACION = "JURAMENTACION", _("Juramentación")
    OTRO = "OTRO", _("Otro")


class EventStatus(models.TextChoices):
    SOLICITADO = "SOLICITADO", _("Solicitado")
    CONFIRMADO = "CONFIRMADO", _("Confirmado")
    REALIZADO = "REALIZADO", _("Realizado")
    CANCELADO = "CANCELADO", _("Cancelado")
    REPROGRAMADO = "REPROGRAMADO", _("Reprogramado")


# The workflow (issue 4): a request is confirmed or cancelled; a confirmed event
# takes place, is cancelled or moved; a moved event is confirmed again, takes
# place or is cancelled. Realizado and cancelado are final.
STATUS_TRANSITIONS: dict[str, tuple[str, ...]] = {
    EventStatus.SOLICITADO: (EventStatus.CONFIRMADO, EventStatus.CANCELADO),
    EventStatus.CONFIRMADO: (EventStatus.REALIZADO, EventStatus.CANCELADO, EventStatus.REPROGRAMADO),
    EventStatus.REPROGRAMADO: (EventStatus.CONFIRMADO, EventStatus.REALIZADO, EventStatus.CANCELADO),
    EventStatus.REALIZADO: (),
    EventStatus.CANCELADO: (),
}


class OrganiserKind(models.TextChoices):
    OWN = "PROPIA", _("Nuestra municipalidad")
    EXTERNAL = "EXTERNA", _("Otra entidad (invita al Alcalde)")


class Attendance(models.TextChoices):
    MAYOR = "ALCALDE", _("Asiste el Alcalde")
    REPRESENTATIVE = "REPRESENTANTE", _("Asiste un representante del Alcalde")
    NONE = "NINGUNO", _("Sin participación de la Alcaldía")


def unregistered_entity_name(verbose_name) -> models.CharField:
    """The name typed in for an entity the Registro does not hold; it stands beside the optional link to one."""
    return models.CharField(
        verbose_name,
        max_length=200,
        blank=True,
        help_text=_("Si la entidad no está en el Registro, escriba aquí su nombre."),
    )


class TitleArticle(models.TextChoices):
    """How the script and the letters name the event ("a la Sesión solemne"); empty: by its title's first word."""

    AUTOMATIC = "", _("Según el título")
    EL = "el", "el"
    LA = "la", "la"
    LOS = "los", "los"
    LAS = "las", "las"
    NONE = "-", _("Sin artículo")


class Event(Authored):
    """An activity of the official agenda. Recurring ones carry an RFC 5545 RRULE."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("título"), max_length=200)
    title_article = models.CharField(
        _("artículo del título"),
        max_length=3,
        choices=TitleArticle.choices,
        blank=True,
        default=TitleArticle.AUTOMATIC,
        help_text=_(
            "Cómo se nombra en el guion y en las cartas («daremos inicio a la Sesión solemne…»). "
            "Cámbielo solo si el automático no acierta."
        ),
    )
    event_type = models.CharField(_("tipo"), max_length=24, choices=EventType.choices, default=EventType.ACTO_OFICIAL)
    status = models.CharField(
        _("estado"), max_length=14, choices=EventStatus.choices, default=EventStatus.SOLICITADO, db_index=True
    )
    starts_at = models.DateTimeField(_("inicio"), db_index=True)
    ends_at = models.DateTimeField(_("fin"))
    place = models.CharField(_("lugar"), max_length=200)
    # The folded place name: venue conflicts compare it, so "Plaza de Armas" and "plaza de armas" clash.
    place_key = models.CharField(max_length=200, editable=False, db_index=True, default="")
    address = models.CharField(_("dirección o referencia"), max_length=250, blank=True)
    description = models.TextField(_("descripción"), blank=True)
    organiser_kind = models.CharField(
        _("organiza"), max_length=8, choices=OrganiserKind.choices, default=OrganiserKind.OWN
    )
    organiser_entity = optional_link("directory.Entity", _("entidad organizadora"), on_delete=models.PROTECT)
    organiser_name = unregistered_entity_name(_("otra entidad organizadora"))
    attendance = models.CharField(
        _("participación de la Alcaldía"), max_length=14, choices=Attendance.choices, default=Attendance.MAYOR
    )
    representative = optional_link(
        "directory.Person",
        _("representante"),
        on_delete=models.PROTECT,
        help_text=_("Quien asiste «en representación del Alcalde»."),
    )
    representative_role = models.CharField(
        _("cargo del representante"), max_length=150, blank=True, help_text=_("Por ejemplo: Teniente Alcalde.")
    )
    rrule = models.CharField(
        _("regla de repetición"),
        max_length=300,
        blank=True,
        help_text=_("Regla RFC 5545, por ejemplo FREQ=WEEKLY;BYDAY=SU para cada domingo."),
    )
    is_public = models.BooleanField(
        _("publicar en la agenda oficial"),
        default=False,
        help_text=_("D.L. 1415: la agenda oficial del Alcalde se publica y actualiza a diario."),
    )
    withhold_details = models.BooleanField(
        _("reservar detalles"),
        default=False,
        help_text=_("Publica la fecha, la hora y el tipo, pero no el lugar ni la descripción."),
    )
    withhold_reason = models.CharField(_("motivo de la reserva"), max_length=200, blank=True)
    outcome_notes = models.TextField(_("notas después del acto"), blank=True)
    outcome_links = models.TextField(
        _("enlaces"),
        blank=True,
        help_text=_("Nota de prensa, recortes, álbum de fotos: una dirección por línea."),
    )
    sequence = models.PositiveIntegerField(default=0, editable=False)  # iCalendar SEQUENCE

    class Meta:
        verbose_name = _("actividad")
        verbose_name_plural = _("actividades")
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["starts_at", "ends_at"]),
            models.Index(fields=["is_public", "starts_at"]),
            models.Index(fields=["rrule"]),
            # the single acts of a window: "rrule = '' AND ends_at > from AND starts_at < to" answered from
            # the index alone (occurrences_between), however many years of past acts the table holds
            models.Index(fields=["rrule", "ends_at", "starts_at"], name="ceremonial_event_window_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="ceremonial_event_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("ceremonial:event_detail", args=[self.pk])

    @property
    def is_recurring(self) -> bool:
        return bool(self.rrule)

    @property
    def duration(self):
        return self.ends_at - self.starts_at

    def clean(self) -> None:
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("El fin debe ser posterior al inicio.")
        if self.organiser_kind == OrganiserKind.EXTERNAL and not (self.organiser_entity_id or self.organiser_name):
            errors["organiser_entity"] = _("Indique la entidad que organiza e invita.")
        if self.attendance == Attendance.REPRESENTATIVE and not self.representative_id:
            errors["representative"] = _("Indique quién asiste en representación del Alcalde.")
        if self.attendance != Attendance.REPRESENTATIVE and self.representative_id:
            errors["representative"] = _("Solo se indica un representante si no asiste el Alcalde.")
        if self.withhold_details and not self.is_public:
            errors["withhold_details"] = _("Solo se reservan detalles de una actividad publicada.")
        if errors:
            raise ValidationError(errors)

    def outcome_link_list(self) -> list[str]:
        return [line.strip() for line in self.outcome_links.splitlines() if line.strip()]

    def next_statuses(self) -> tuple[str, ...]:
        return STATUS_TRANSITIONS.get(self.status, ())

    def attendance_label(self) -> str:
        if self.attendance == Attendance.REPRESENTATIVE and self.representative_id:
            role = f", {self.representative_role}" if self.representative_role else ""
            return str(_("%(name)s%(role)s, en representación del Alcalde")) % {
                "name": self.representative.full_name,
                "role": role,
            }
        return str(self.get_attendance_display())


class OccurrenceException(models.Model):
    """One occurrence of a recurring event cancelled or moved (RFC 5545 EXDATE / RECURRENCE-ID)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="exceptions")
    original_start = models.DateTimeField(_("fecha original"))
    cancelled = models.BooleanField(_("suspendida"), default=False)
    starts_at = models.DateTimeField(_("nuevo inicio"), null=True, blank=True)
    ends_at = models.DateTimeField(_("nuevo fin"), null=True, blank=True)
    note = models.CharField(_("motivo"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("excepción de una repetición")
        verbose_name_plural = _("excepciones de repeticiones")
        constraints = [
            models.UniqueConstraint(fields=["event", "original_start"], name="ceremonial_one_exception_per_occurrence")
        ]

    def __str__(self) -> str:
        return f"{self.event} @ {self.original_start:%Y-%m-%d %H:%M}"


class StaffRole(models.TextChoices):
    PROTOCOL = "PROTOCOLO", _("Protocolo")
    PRESS = "PRENSA", _("Prensa")
    PHOTO = "FOTOGRAFIA", _("Fotografía y video")
    DESIGN = "DISENO", _("Diseño gráfico")
    MONITORING = "MONITOREO", _("Monitoreo de medios")
    SUPPORT = "APOYO", _("Apoyo logístico")


class EventStaff(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("persona"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("función"), max_length=12, choices=StaffRole.choices)

    class Meta:
        verbose_name = _("personal asignado")
        verbose_name_plural = _("personal asignado")
        constraints = [models.UniqueConstraint(fields=["event", "user", "role"], name="ceremonial_staff_once_per_role")]
        indexes = [models.Index(fields=["user", "event"])]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class OccurrenceDay(models.Model):
    """A Lima day touched by one occurrence of an event, kept by the agenda's services (services.occurrences).

    The agenda's windows (a day, a week, a month, the list, the public week) read these rows by day instead of
    expanding every series in Python on each request. An occurrence has one row per day it touches, so a
    window is one range on `day`; `first_day` marks the row where the occurrence begins, so that a window
    lists each occurrence once.
    """

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    original_start = models.DateTimeField()
    moved = models.BooleanField(default=False)
    first_day = models.BooleanField()

    class Meta:
        indexes = [
            # a window in order of start, stopped after a page: "day BETWEEN … ORDER BY day, starts_at, event"
            models.Index(fields=["day", "starts_at", "event"], name="ceremonial_occday_window_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id} @ {self.day}"


class OccurrenceHorizon(models.Model):
    """The span the occurrence days cover (one row; none until they are first built) and a count of the agenda's
    changes, which stamps the public agenda's cached weeks. A window outside the span is expanded as before."""

    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d} – {self.ends_at:%Y-%m-%d}"
