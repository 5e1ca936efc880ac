"""The office's one task model: every piece of work with an owner and a due date, whatever module it comes from."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.models.base import Authored
from heraldo.core.models.fields import acting_user, optional_link
from heraldo.core.uploads import GeneratedName


class TaskQuerySet(models.QuerySet):
    def open(self) -> TaskQuerySet:
        """Pending, in progress or in review: read through the stored flag, which the open-task indexes cover."""
        return self.filter(open_flag=True)


class Task(Authored):
    class Status(models.TextChoices):
        PENDING = "PENDIENTE", _("Pendiente")
        IN_PROGRESS = "EN_CURSO", _("En curso")
        IN_REVIEW = "EN_REVISION", _("En revisión")
        DONE = "CUMPLIDA", _("Cumplida")
        CANCELLED = "ANULADA", _("Anulada")

    class Priority(models.IntegerChoices):
        LOW = 1, _("Baja")
        NORMAL = 2, _("Normal")
        HIGH = 3, _("Alta")
        URGENT = 4, _("Urgente")

    class Origin(models.TextChoices):
        """What created the task; the module that made it recognises its own by this code."""

        MANUAL = "MANUAL", _("Tarea")
        ASSIGNMENT = "ENCARGO", _("Encargo")
        FOLLOW_UP = "SEGUIMIENTO", _("Seguimiento de coordinación")
        EVENT_STAFF = "ACTO", _("Asignación a un acto")

    OPEN_STATUSES = (Status.PENDING, Status.IN_PROGRESS, Status.IN_REVIEW)

    title = models.CharField(_("título"), max_length=200)
    description = models.TextField(_("descripción"), blank=True)
    origin = models.CharField(_("origen"), max_length=12, choices=Origin.choices, default=Origin.MANUAL)
    owner = optional_link(
        settings.AUTH_USER_MODEL,
        _("responsable"),
        on_delete=models.PROTECT,
        related_name="owned_tasks",
        help_text=_("Vacío: la tarea espera en la cola del rol hasta que alguien la tome."),
    )
    queue_role = models.CharField(_("cola del rol"), max_length=60, blank=True)
    collaborators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("colaboradores"), blank=True, related_name="collaborating_tasks"
    )
    due_on = models.DateField(_("vence el"))
    due_time = models.TimeField(_("hora límite"), null=True, blank=True)
    priority = models.PositiveSmallIntegerField(_("prioridad"), choices=Priority.choices, default=Priority.NORMAL)
    status = models.CharField(_("estado"), max_length=12, choices=Status.choices, default=Status.PENDING)
    subject_type = optional_link(ContentType, _("tipo de asunto"), on_delete=models.PROTECT)
    subject_id = models.PositiveBigIntegerField(null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")
    completed_at = models.DateTimeField(_("cumplida el"), null=True, blank=True)
    completed_by = acting_user(_("cumplida por"))
    reminded_on = models.DateField(null=True, blank=True, editable=False)
    # Whether the status is open, kept by the database: SQLite never uses a partial index on
    # `status IN (...)`, because Django sends the statuses as bound parameters and the planner cannot
    # prove they match; a bare boolean column in the index condition it can.
    open_flag = models.GeneratedField(
        expression=models.Q(status__in=[status.value for status in OPEN_STATUSES]),
        output_field=models.BooleanField(),
        db_persist=True,
    )

    objects = TaskQuerySet.as_manager()

    class Meta:
        verbose_name = _("tarea")
        verbose_name_plural = _("tareas")
        ordering = ["due_on", "-priority", "pk"]
        indexes = [
            # Mi trabajo and the digest: a person's open tasks in the order they are shown.
            models.Index(
                fields=["owner", "due_on", "-priority", "id"],
                condition=models.Q(open_flag=True),
                name="work_task_owner_open_idx",
            ),
            # The team's overdue work on Hoy and the calendar: everyone's open tasks by due date.
            models.Index(fields=["due_on", "id"], condition=models.Q(open_flag=True), name="work_task_open_idx"),
            # The team board's open tasks by state: everyone's, and each person's with their due dates.
            models.Index(
                fields=["status", "owner"], condition=models.Q(open_flag=True), name="work_task_open_status_idx"
            ),
            models.Index(
                fields=["owner", "status", "due_on"], condition=models.Q(open_flag=True), name="work_task_open_load_idx"
            ),
            # The API lists every task by due date, 50 at a time.
            models.Index(fields=["due_on", "id"], name="work_task_due_on_idx"),
            models.Index(fields=["queue_role", "status", "due_on"], name="work_task_queue_idx"),
            models.Index(fields=["status", "due_on"], name="work_task_due_idx"),
            models.Index(fields=["subject_type", "subject_id"], name="work_task_subject_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("work:task_detail", args=[self.pk])

    @property
    def subject_url(self) -> str:
        """Where the task's subject lives, when it has a page (an act, a coordination, a release)."""
        get_url = getattr(self.subject, "get_absolute_url", None)
        return get_url() if get_url else ""

    @property
    def queue_role_label(self) -> str:
        from heraldo.core.roles import ROLE_LABELS

        return str(ROLE_LABELS.get(self.queue_role, self.queue_role))

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES


class ChecklistItem(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="checklist")
    text = models.CharField(_("paso"), max_length=200)
    done = models.BooleanField(_("hecho"), default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("paso")
        verbose_name_plural = _("lista de pasos")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.text


class TaskComment(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="comments")
    author = acting_user(_("autor"))
    body = models.TextField(_("comentario"))
    mentions = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("comentario")
        verbose_name_plural = _("comentarios")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.body[:60]


class TaskAttachment(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("archivo"), upload_to=GeneratedName("work/tasks/%Y"))
    title = models.CharField(_("descripción"), max_length=200)
    uploaded_by = acting_user(_("subido por"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("archivo de la tarea")
        verbose_name_plural = _("archivos de la tarea")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.title


# The API schema names the task's states by this (another module's "status" choices would clash).
TASK_STATUSES = Task.Status
