"""What residents think, in one model of signals (topic, sector, day, tone, weight, evidence), the district's
sectors they are placed in, the residents' own messages, and the daily aggregates the semáforo reads."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Timestamped
from heraldo.core.models.fields import acting_user, optional_link


class Sector(Timestamped):
    """A part of the district residents name: an urbanización, an asentamiento humano, a centro poblado."""

    class Kind(models.TextChoices):
        URBANIZACION = "URBANIZACION", _("Urbanización")
        ASENTAMIENTO = "ASENTAMIENTO", _("Asentamiento humano")
        CENTRO_POBLADO = "CENTRO_POBLADO", _("Centro poblado")
        BARRIO = "BARRIO", _("Barrio o zona")

    name = models.CharField(_("nombre"), max_length=120, unique=True)
    kind = models.CharField(_("tipo"), max_length=16, choices=Kind.choices, default=Kind.URBANIZACION)
    nicknames = models.TextField(
        _("otros nombres"), blank=True, help_text=_("Uno por línea: como lo llaman los vecinos y la prensa.")
    )
    outline = models.JSONField(_("contorno (GeoJSON)"), null=True, blank=True)
    is_active = models.BooleanField(_("activo"), default=True)

    class Meta:
        verbose_name = _("sector")
        verbose_name_plural = _("sectores")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def names(self) -> list[str]:
        """Every name the sector is known by, its own first."""
        return [self.name, *(line.strip() for line in self.nicknames.splitlines() if line.strip())]


class Tone(models.TextChoices):
    POSITIVE = "positive", _("Positivo")
    NEUTRAL = "neutral", _("Neutral")
    NEGATIVE = "negative", _("Negativo")


class ResidentMessage(Timestamped):
    """A complaint, suggestion or question a resident sent through the public form, without an account.

    Only what the form asks is kept: no address of the connection, the e-mail only if the resident gave it
    for the answer (Ley 29733)."""

    class Kind(models.TextChoices):
        COMPLAINT = "QUEJA", _("Queja o reclamo")
        SUGGESTION = "SUGERENCIA", _("Sugerencia")
        QUESTION = "CONSULTA", _("Consulta")

    class Status(models.TextChoices):
        RECEIVED = "RECIBIDO", _("Recibido")
        IN_PROGRESS = "EN_ATENCION", _("En atención")
        ANSWERED = "RESPONDIDO", _("Respondido")
        ARCHIVED = "ARCHIVADO", _("Archivado sin respuesta")

    tracking_code = models.CharField(_("código de seguimiento"), max_length=14, unique=True, editable=False)
    kind = models.CharField(_("tipo"), max_length=12, choices=Kind.choices)
    text = models.TextField(_("mensaje"))
    place = models.CharField(_("lugar indicado"), max_length=200, blank=True)
    topic = optional_link("monitoring.Topic", _("tema"), on_delete=models.SET_NULL)
    sector = optional_link(Sector, _("sector"), on_delete=models.SET_NULL, related_name="messages")
    email = models.EmailField(_("correo para la respuesta"), blank=True)
    status = models.CharField(_("estado"), max_length=12, choices=Status.choices, default=Status.RECEIVED)
    answer = models.TextField(_("respuesta"), blank=True)
    answered_at = models.DateTimeField(_("respondido el"), null=True, blank=True)
    answered_by = acting_user(_("respondido por"))

    class Meta:
        verbose_name = _("mensaje de vecino")
        verbose_name_plural = _("mensajes de vecinos")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "-created_at"], name="opinion_message_status")]

    def __str__(self) -> str:
        return self.tracking_code

    def get_absolute_url(self) -> str:
        return reverse("opinion:message_detail", args=[self.pk])


class Signal(models.Model):
    """One thing said about the municipality: by the media, on social networks, by a resident, in a survey."""

    class Origin(models.TextChoices):
        MEDIA = "MEDIOS", _("Medios")
        SOCIAL = "REDES", _("Redes sociales")
        RESIDENT = "VECINOS", _("Vecinos")
        SURVEY = "ENCUESTA", _("Encuestas")

    origin = models.CharField(_("origen"), max_length=10, choices=Origin.choices)
    occurred_on = models.DateField(_("fecha"))
    topic = optional_link("monitoring.Topic", _("tema"), on_delete=models.SET_NULL)
    sector = optional_link(Sector, _("sector"), on_delete=models.SET_NULL, related_name="signals")
    tone = models.CharField(_("tono"), max_length=10, choices=Tone.choices, default=Tone.NEUTRAL)
    weight = models.FloatField(_("peso"), default=1.0)
    summary = models.CharField(_("resumen"), max_length=300)
    evidence_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    evidence_id = models.PositiveBigIntegerField(null=True, blank=True)
    evidence = GenericForeignKey("evidence_type", "evidence_id")
    created_by = acting_user()
    # Set when an analyst corrects the topic or sector: the hourly media sync then leaves both as corrected.
    corrected_at = models.DateTimeField(_("corregida el"), null=True, blank=True)
    corrected_by = acting_user(_("corregida por"))

    class Meta:
        verbose_name = _("señal")
        verbose_name_plural = _("señales")
        ordering = ["-occurred_on", "-pk"]
        indexes = [
            models.Index(fields=["topic", "sector", "-occurred_on"], name="opinion_signal_cell"),
            models.Index(fields=["-occurred_on", "-id"], name="opinion_signal_newest"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["evidence_type", "evidence_id"],
                condition=models.Q(evidence_id__isnull=False),
                name="opinion_signal_one_per_evidence",
            )
        ]

    def __str__(self) -> str:
        return self.summary


class SignalDay(models.Model):
    """The signals of one day for one topic and sector, summed: what the semáforo reads instead of the signals.

    Topic and sector are kept as plain ids, 0 for "none", so that one unique key covers every cell on both
    engines (a nullable key would let two rows for "no sector" exist)."""

    day = models.DateField()
    topic_key = models.PositiveBigIntegerField(default=0)
    sector_key = models.PositiveBigIntegerField(default=0)
    count = models.PositiveIntegerField(default=0)
    total = models.FloatField(default=0)
    negative = models.FloatField(default=0)
    positive = models.FloatField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "topic_key", "sector_key"], name="opinion_signalday_cell")
        ]

    def __str__(self) -> str:
        return f"{self.day:%d/%m/%Y} {self.topic_key}/{self.sector_key}"


class PlaybookAction(models.Model):
    """A corrective action the office has used before, offered for every new issue (editable data)."""

    title = models.CharField(_("acción"), max_length=200, unique=True)
    description = models.TextField(_("en qué consiste"), blank=True)
    days_to_do = models.PositiveSmallIntegerField(_("plazo en días"), default=3)
    is_active = models.BooleanField(_("activa"), default=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("acción del manual")
        verbose_name_plural = _("acciones del manual")
        ordering = ["position", "title"]

    def __str__(self) -> str:
        return self.title


class Recommendation(models.TextChoices):
    """Where the recommendation to the Mayor stands: the head of unit signs it, then Alcaldía decides."""

    NONE = "", _("Sin recomendación")
    HEAD = "POR_JEFATURA", _("Espera la aprobación de Jefatura")
    MAYOR = "POR_ALCALDIA", _("Espera la decisión de Alcaldía")
    APPROVED = "APROBADA", _("Aprobada por Alcaldía")
    RETURNED = "DEVUELTA", _("Devuelta con observaciones")


class OpinionIssue(Timestamped):
    """A topic and sector whose negative signals rose above their usual level: opened with its figures, followed
    by the corrective actions chosen for it, closed with what changed."""

    class Status(models.TextChoices):
        OPEN = "ABIERTO", _("Abierto")
        ACTING = "EN_ACCION", _("Con acciones en curso")
        CLOSED = "CERRADO", _("Cerrado")

    topic = optional_link("monitoring.Topic", _("tema"), on_delete=models.SET_NULL)
    sector = optional_link(Sector, _("sector"), on_delete=models.SET_NULL)
    opened_on = models.DateField(_("abierto el"))
    status = models.CharField(_("estado"), max_length=10, choices=Status.choices, default=Status.OPEN)
    # The week that opened it against the usual weeks before: negative weight, usual mean and spread, weeks read.
    figures = models.JSONField(default=dict)
    recommendation = models.TextField(_("recomendación al Alcalde"), blank=True)
    recommendation_status = models.CharField(
        _("estado de la recomendación"), max_length=12, choices=Recommendation.choices, default="", blank=True
    )
    recommendation_by = acting_user(_("recomendación redactada por"))
    head_approved_by = acting_user(_("aprobada por Jefatura"))
    head_approved_at = models.DateTimeField(null=True, blank=True)
    mayor_decided_by = acting_user(_("decidida por Alcaldía"))
    mayor_decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(_("observaciones de la decisión"), blank=True)
    closed_on = models.DateField(_("cerrado el"), null=True, blank=True)
    closing_note = models.TextField(_("nota de cierre"), blank=True)
    tasks = GenericRelation("work.Task", content_type_field="subject_type", object_id_field="subject_id")

    class Meta:
        verbose_name = _("asunto de opinión pública")
        verbose_name_plural = _("asuntos de opinión pública")
        ordering = ["-opened_on", "-pk"]
        indexes = [models.Index(fields=["status", "-opened_on"], name="opinion_issue_status")]

    def __str__(self) -> str:
        topic = self.topic.name if self.topic_id else _("Sin tema")
        sector = self.sector.name if self.sector_id else _("Todo el distrito")
        return f"{topic} · {sector}"

    def get_absolute_url(self) -> str:
        return reverse("opinion:issue_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status != self.Status.CLOSED


# --- surveys ---------------------------------------------------------------------------------------------------


class Survey(Timestamped):
    """A questionnaire the office publishes by a public link or carries to the field on a phone."""

    class Status(models.TextChoices):
        DRAFT = "BORRADOR", _("Borrador")
        OPEN = "ABIERTA", _("Abierta")
        CLOSED = "CERRADA", _("Cerrada")

    title = models.CharField(_("título"), max_length=200)
    description = models.TextField(_("presentación"), blank=True, help_text=_("Lo que lee quien responde."))
    status = models.CharField(_("estado"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    public_key = models.CharField(max_length=22, unique=True, editable=False)
    is_public = models.BooleanField(
        _("con enlace público"), default=True, help_text=_("Si no, solo la aplica el personal en campo.")
    )
    topic = optional_link("monitoring.Topic", _("tema principal"), on_delete=models.SET_NULL)
    target_responses = models.PositiveIntegerField(
        _("respuestas buscadas"), null=True, blank=True, help_text=_("El tamaño de muestra previsto (opcional).")
    )
    sector_quota = models.PositiveIntegerField(
        _("cuota por sector"),
        null=True,
        blank=True,
        help_text=_("Respuestas por sector a partir de las cuales el personal de campo pasa a otro sector."),
    )
    created_by = acting_user(_("creada por"))

    class Meta:
        verbose_name = _("encuesta")
        verbose_name_plural = _("encuestas")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("opinion:survey_detail", args=[self.pk])


class SurveyQuestion(models.Model):
    class Kind(models.TextChoices):
        SCALE = "ESCALA", _("Escala del 1 (muy mal) al 5 (muy bien)")
        SINGLE = "UNA", _("Una opción")
        MULTIPLE = "VARIAS", _("Varias opciones")
        TEXT = "TEXTO", _("Texto libre")
        SECTOR = "SECTOR", _("Sector donde vive")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("orden"), default=0)
    text = models.CharField(_("pregunta"), max_length=300)
    kind = models.CharField(_("tipo"), max_length=8, choices=Kind.choices, default=Kind.SCALE)
    choices = models.TextField(_("opciones"), blank=True, help_text=_("Una por línea (para «una» o «varias»)."))
    required = models.BooleanField(_("obligatoria"), default=True)
    # A scale question about a topic becomes a signal of that topic (1-2 negative, 3 neutral, 4-5 positive).
    topic = optional_link("monitoring.Topic", _("tema"), on_delete=models.SET_NULL)
    # Skip logic: asked only when an earlier question got this answer.
    show_if_question = optional_link("self", _("mostrar solo si la pregunta"), on_delete=models.SET_NULL)
    show_if_answer = models.CharField(_("tuvo la respuesta"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("pregunta")
        verbose_name_plural = _("preguntas")
        ordering = ["survey", "position", "pk"]

    def __str__(self) -> str:
        return self.text

    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class SurveyResponse(models.Model):
    """One person's answers. `client_id` is made by the device that collected it, so a resend is the same row."""

    class Channel(models.TextChoices):
        PUBLIC = "PUBLICO", _("Enlace público")
        FIELD = "CAMPO", _("Personal en campo")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    client_id = models.CharField(max_length=64)
    channel = models.CharField(_("canal"), max_length=8, choices=Channel.choices)
    sector = optional_link(Sector, _("sector"), on_delete=models.SET_NULL)
    collected_at = models.DateTimeField(_("respondida el"))
    received_at = models.DateTimeField(_("recibida el"), auto_now_add=True)
    collected_by = acting_user(_("encuestador"))

    class Meta:
        verbose_name = _("respuesta de encuesta")
        verbose_name_plural = _("respuestas de encuesta")
        ordering = ["-collected_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "client_id"], name="opinion_response_once_per_device_id")
        ]
        indexes = [models.Index(fields=["survey", "sector"], name="opinion_response_sector")]

    def __str__(self) -> str:
        return f"{self.survey_id}/{self.client_id}"


class SurveyAnswer(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(SurveyQuestion, on_delete=models.CASCADE, related_name="answers")
    value = models.CharField(max_length=2000)

    class Meta:
        indexes = [models.Index(fields=["question", "value"], name="opinion_answer_value")]

    def __str__(self) -> str:
        return self.value[:60]


# --- imports from social networks and the complaints book -----------------------------------------------------


class SignalImport(Timestamped):
    """A file of posts or complaints, read whole and checked before anything is kept: previewed, then applied
    all at once (or not at all)."""

    class Source(models.TextChoices):
        SOCIAL = "REDES", _("Redes sociales (exportación de la plataforma)")
        COMPLAINTS_BOOK = "LIBRO", _("Libro de Reclamaciones")
        CALL_CENTRE = "CENTRAL", _("Central telefónica")

    class Status(models.TextChoices):
        PREVIEW = "VISTA_PREVIA", _("En vista previa")
        APPLIED = "APLICADA", _("Importada")
        DISCARDED = "DESCARTADA", _("Descartada")

    source = models.CharField(_("origen"), max_length=8, choices=Source.choices)
    filename = models.CharField(_("archivo"), max_length=200)
    status = models.CharField(_("estado"), max_length=12, choices=Status.choices, default=Status.PREVIEW)
    # The checked rows as they will be kept: what the preview shows is exactly what is applied.
    rows = models.JSONField(default=list)
    new_count = models.PositiveIntegerField(default=0)
    repeated_count = models.PositiveIntegerField(default=0)
    created_by = acting_user(_("importada por"))

    class Meta:
        verbose_name = _("importación de señales")
        verbose_name_plural = _("importaciones de señales")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.filename

    def get_absolute_url(self) -> str:
        return reverse("opinion:import_detail", args=[self.pk])


class ImportedRecord(models.Model):
    """A post or complaint that came in a file: the evidence of its signal, found again by its own number so a
    second import of the same file adds nothing. The author is a pseudonym (Ley 29733)."""

    source = models.CharField(max_length=8, choices=SignalImport.Source.choices)
    external_id = models.CharField(_("número o id de origen"), max_length=120)
    batch = models.ForeignKey(SignalImport, on_delete=models.PROTECT, related_name="records")
    occurred_on = models.DateField(_("fecha"))
    channel = models.CharField(_("plataforma o canal"), max_length=60, blank=True)
    author = models.CharField(_("autor (seudónimo)"), max_length=80, blank=True)
    text = models.TextField(_("texto"))

    class Meta:
        verbose_name = _("registro importado")
        verbose_name_plural = _("registros importados")
        constraints = [
            models.UniqueConstraint(fields=["source", "external_id"], name="opinion_imported_once_per_source")
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.external_id}"


class SocialApiRun(models.Model):
    """One run of a social platform's API adapter: what staff read to know the connection works."""

    adapter = models.CharField(_("conector"), max_length=40)
    finished_at = models.DateTimeField(_("terminó el"), auto_now_add=True)
    ok = models.BooleanField(_("sin errores"), default=True)
    fetched = models.PositiveIntegerField(_("leídos"), default=0)
    added = models.PositiveIntegerField(_("nuevos"), default=0)
    error = models.CharField(_("error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("lectura de la API social")
        verbose_name_plural = _("lecturas de la API social")
        ordering = ["-finished_at", "-pk"]
        indexes = [models.Index(fields=["adapter", "-finished_at"], name="opinion_socialrun_latest")]

    def __str__(self) -> str:
        return f"{self.adapter} {self.finished_at:%d/%m/%Y %H:%M}"
