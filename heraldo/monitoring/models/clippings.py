from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.fields import acting_user, optional_link
from heraldo.core.uploads import GeneratedName
from heraldo.monitoring.models.sources import outlet_field


class Tone(models.TextChoices):
    POSITIVE = "positive", _("Positivo")
    NEUTRAL = "neutral", _("Neutral")
    NEGATIVE = "negative", _("Negativo")


class Medium(models.TextChoices):
    WEB = "WEB", _("Digital")
    PRESS = "PRENSA", _("Prensa escrita")
    RADIO = "RADIO", _("Radio")
    TV = "TV", _("Televisión")


class ScanReading(models.TextChoices):
    PENDING = "pending", _("Leyendo el escaneo")
    DONE = "done", _("Texto del escaneo leído")
    FAILED = "failed", _("No se pudo leer el escaneo")
    UNAVAILABLE = "unavailable", _("Lectura de escaneos no disponible")


class DateOrigin(models.TextChoices):
    """Where the date of a clipping came from; the codes are those of `ingestion.parse.DateOrigin`."""

    FEED = "feed", _("según el canal")
    PAGE_META = "page_meta", _("según los metadatos de la página")
    PAGE_TEXT = "page_text", _("según el texto de la página")
    ARRIVAL = "arrival", _("hora de llegada (la nota no tenía fecha)")
    ENTERED = "entered", _("ingresada por un analista")


# Raised (heraldo.core.stamps) whenever a clipping or its mentions change: Hoy's press panel is kept under it.
CLIPPINGS_STAMP = "monitoring.clippings"


class Clipping(models.Model):
    """A recorte de prensa: one story from one outlet, kept forever in the archive."""

    source = models.ForeignKey(
        "monitoring.Source", verbose_name=_("fuente"), on_delete=models.PROTECT, related_name="clippings", null=True
    )
    outlet = outlet_field(related_name="monitoring_clippings")
    medium = models.CharField(_("tipo de medio"), max_length=8, choices=Medium.choices, default=Medium.WEB)
    title = models.CharField(_("titular"), max_length=500)
    url = models.URLField(_("enlace"), max_length=1000, blank=True)
    canonical_url = models.CharField(max_length=1000, blank=True, editable=False)
    guid = models.CharField(max_length=500, blank=True, editable=False)
    published_at = models.DateTimeField(_("fecha de publicación o emisión"), db_index=True)
    date_origin = models.CharField(_("origen de la fecha"), max_length=10, choices=DateOrigin.choices, blank=True)
    date_is_day = models.BooleanField(_("solo se conoce el día"), default=False)
    fetched_at = models.DateTimeField(auto_now_add=True)
    author = models.CharField(_("autor"), max_length=200, blank=True)
    programme = models.CharField(_("programa o sección"), max_length=200, blank=True)
    duration_seconds = models.PositiveIntegerField(_("duración (segundos)"), null=True, blank=True)
    summary = models.TextField(_("resumen"), blank=True)
    body_text = models.TextField(_("texto"), blank=True)
    transcript = models.TextField(_("transcripción"), blank=True)
    ocr_text = models.TextField(_("texto reconocido del escaneo"), blank=True, editable=False)
    ocr_status = models.CharField(
        _("lectura del escaneo"), max_length=12, choices=ScanReading.choices, blank=True, editable=False
    )
    ocr_error = models.CharField(max_length=300, blank=True, editable=False)
    attachment = models.FileField(
        _("escaneo, audio o video"), upload_to=GeneratedName("monitoring/clippings/%Y/%m"), blank=True
    )
    language = models.CharField(_("idioma"), max_length=8, blank=True)
    tone = models.CharField(_("tono"), max_length=10, choices=Tone.choices, default=Tone.NEUTRAL, db_index=True)
    tone_score = models.FloatField(default=0.0)
    tone_reasons = models.JSONField(default=list, blank=True)
    tone_corrected_by = acting_user()
    tone_corrected_at = models.DateTimeField(null=True, blank=True)
    relevance = models.PositiveSmallIntegerField(_("relevancia"), default=0)
    content_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    fingerprint = models.BigIntegerField(null=True, blank=True, editable=False)
    # Indexed for copies only (monitoring_clip_copies): see Meta.indexes.
    duplicate_of = optional_link(
        "self", _("copia de"), on_delete=models.SET_NULL, related_name="copies", db_index=False
    )
    # Folded (accent- and case-free) text of everything searchable: the FTS index reads it.
    search_text = models.TextField(default="", editable=False)
    # A teaser whose article page could not be read yet: retried with back-off until the page answers.
    text_incomplete = models.BooleanField(_("texto incompleto"), default=False)
    completion_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    completion_due_at = models.DateTimeField(null=True, blank=True, editable=False)
    completion_error = models.CharField(max_length=300, blank=True, editable=False)
    # The original outlet an aggregator's item names when the Registro does not know it.
    outlet_name = models.CharField(_("medio de origen"), max_length=200, blank=True)
    created_by = acting_user()

    class Meta:
        verbose_name = _("recorte de prensa")
        verbose_name_plural = _("recortes de prensa")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="monitoring_clip_newest"),
            # Originals only, newest first: the dashboard's latest ten and its 24-hour counts by tone (read from
            # the index alone), the daily summary and the duplicate check.
            models.Index(
                fields=["-published_at", "-id", "tone"],
                condition=models.Q(duplicate_of__isnull=True),
                name="monitoring_clip_originals",
            ),
            # A clipping's copies. Partial because a full index on duplicate_of also answers "IS NULL": SQLite
            # without statistics took it for every "originals since ..." query, read 97% of the rows and sorted
            # them (the dashboard took 0.7 s with 32,000 clippings).
            models.Index(
                fields=["duplicate_of"], condition=models.Q(duplicate_of__isnull=False), name="monitoring_clip_copies"
            ),
            models.Index(fields=["source", "-published_at"], name="monitoring_clip_source"),
            models.Index(fields=["tone", "-published_at"], name="monitoring_clip_tone"),
            models.Index(fields=["outlet", "-published_at"], name="monitoring_clip_outlet"),
            # Plain indexes for the idempotency look-ups: a parameterised `= %s` cannot use the
            # partial unique indexes below (the planner cannot prove the value is not '').
            models.Index(fields=["canonical_url"], name="monitoring_clip_canonical"),
            models.Index(fields=["source", "guid"], name="monitoring_clip_guid"),
            # Incomplete teasers: the retry step takes the due ones; the archive filter lists them.
            models.Index(
                fields=["completion_due_at"],
                condition=models.Q(text_incomplete=True),
                name="monitoring_clip_incomplete",
            ),
            # Opening an attachment finds its clipping by the stored name (heraldo/core/media.py).
            models.Index(fields=["attachment"], name="monitoring_clip_attachment"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url"], condition=~models.Q(canonical_url=""), name="monitoring_clip_unique_url"
            ),
            models.UniqueConstraint(
                fields=["source", "guid"], condition=~models.Q(guid=""), name="monitoring_clip_unique_guid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def full_text(self) -> str:
        return "\n\n".join(p for p in (self.summary, self.body_text, self.transcript, self.ocr_text) if p)


class MentionHow(models.TextChoices):
    NAME = "name", _("por un alias")
    REFERENCE = "reference", _("por su cargo, después de nombrarlo")


class Mention(models.Model):
    """One match of a watch-list term in a clipping, with where it was found and how."""

    clipping = models.ForeignKey(Clipping, on_delete=models.CASCADE, related_name="mentions")
    term = models.ForeignKey("monitoring.WatchTerm", on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    snippet = models.CharField(max_length=400)
    tone = models.CharField(max_length=10, choices=Tone.choices, default=Tone.NEUTRAL)
    # The words as the text wrote them, and whether they named the person or referred back to them.
    alias = models.CharField(max_length=200, blank=True, default="")
    how = models.CharField(max_length=10, choices=MentionHow.choices, default=MentionHow.NAME)
    # Named only to tell someone else apart ("no debe confundirse con el alcalde de…", "¿es la misma…?"): a true
    # mention, but it does not make the story ours (síntesis, topics, tone, relevance, alerts).
    is_aside = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("mención")
        verbose_name_plural = _("menciones")
        ordering = ["clipping", "start"]
        constraints = [
            models.UniqueConstraint(fields=["clipping", "term", "start"], name="monitoring_mention_unique"),
        ]
        indexes = [models.Index(fields=["term", "clipping"], name="monitoring_mention_term")]

    def __str__(self) -> str:
        return self.snippet[:80]

    @property
    def where(self) -> str:
        """In the headline, or the paragraph it is in (the folded text keeps the headline on its first line)."""
        text = self.clipping.search_text
        if self.start < (text.find("\n") if "\n" in text else len(text)):
            return str(_("en el titular"))
        before = text[: self.start].split("\n", 1)[-1] if "\n" in text else ""
        return str(_("en el párrafo %(n)s")) % {"n": before.count("\n\n") + 1}


class TopicOrigin(models.TextChoices):
    AUTO = "auto", _("Por sus palabras clave")
    ANALYST = "analyst", _("Corregido por un analista")


class ClippingTopic(models.Model):
    """A topic's evidence in one clipping and whether it was decided on (by the evidence or an analyst)."""

    clipping = models.ForeignKey(Clipping, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey("monitoring.Topic", on_delete=models.CASCADE, related_name="clipping_links")
    score = models.FloatField(default=0.0)
    # [{"phrase": "basura", "where": "title" | "lead" | "body"}, …]
    evidence = models.JSONField(default=list, blank=True)
    is_assigned = models.BooleanField(default=False)
    origin = models.CharField(max_length=8, choices=TopicOrigin.choices, default=TopicOrigin.AUTO)
    decided_by = acting_user()
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("tema de un recorte")
        verbose_name_plural = _("temas de los recortes")
        constraints = [models.UniqueConstraint(fields=["clipping", "topic"], name="monitoring_cliptopic_unique")]
        indexes = [
            models.Index(
                fields=["topic", "clipping"], condition=models.Q(is_assigned=True), name="monitoring_cliptopic_topic"
            )
        ]

    def __str__(self) -> str:
        return f"{self.clipping_id} · {self.topic_id}"


class ToneCorrection(models.Model):
    """An analyst's correction: kept, shown in the history and used to retrain the classifier."""

    clipping = models.ForeignKey(Clipping, on_delete=models.CASCADE, related_name="tone_corrections")
    text = models.TextField()
    previous_tone = models.CharField(max_length=10, choices=Tone.choices)
    tone = models.CharField(max_length=10, choices=Tone.choices)
    corrected_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("corrección de tono")
        verbose_name_plural = _("correcciones de tono")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.clipping_id}: {self.previous_tone} → {self.tone}"
