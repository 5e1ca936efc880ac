from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from heraldo.core.fulltext import FullTextIndex, SearchableModel
from heraldo.core.text import collation_key
from heraldo.core.uploads import GeneratedName
from heraldo.directory import military_grades
from heraldo.directory.models.records import RegistryRecord, month_day


class Sex(models.TextChoices):
    """Only used for the grammatical agreement of titles and forms of address."""

    FEMALE = "F", _("Femenino")
    MALE = "M", _("Masculino")
    UNSPECIFIED = "", _("Sin especificar")


class Person(SearchableModel, RegistryRecord):
    """Someone the office addresses: an authority, an official, a journalist, a representative."""

    # Personal e-mail stays out of the search text: a search must not reveal it.
    search_fields = ("given_names", "surnames", "honorific", "academic_title", "institutional_email", "beats")
    search_index = FullTextIndex("directory_person")

    given_names = models.CharField(_("nombres"), max_length=120)
    surnames = models.CharField(_("apellidos"), max_length=120)
    honorific = models.CharField(
        _("tratamiento"), max_length=40, blank=True, help_text=_("Por ejemplo: Sr., Sra., Monseñor, General PNP.")
    )
    academic_title = models.CharField(_("título académico"), max_length=40, blank=True, help_text=_("Dr., Ing., Lic."))
    sex = models.CharField(_("sexo"), max_length=1, choices=Sex.choices, blank=True, default=Sex.UNSPECIFIED)
    institutional_email = models.EmailField(_("correo institucional"), blank=True)
    institutional_phone = models.CharField(_("teléfono institucional"), max_length=60, blank=True)
    # Personal data under Ley 29733: shown only to roles with view_personal_data.
    personal_email = models.EmailField(_("correo personal"), blank=True)
    personal_phone = models.CharField(_("teléfono personal"), max_length=60, blank=True)
    birth_date = models.DateField(_("fecha de nacimiento"), null=True, blank=True)
    # Month and day as one number (1206 for 6 December), kept by the database, so birthdays are found by index.
    birth_month_day = models.GeneratedField(
        expression=month_day("birth_date"), output_field=models.PositiveSmallIntegerField(), db_persist=True
    )
    photo = models.ImageField(_("foto"), upload_to=GeneratedName("directory/people/%Y"), blank=True)
    notes = models.TextField(_("notas"), blank=True)
    beats = models.CharField(
        _("temas que cubre"), max_length=200, blank=True, help_text=_("Para periodistas: política, deportes, obras…")
    )
    # Officers of the FF.AA. and the PNP: the precedence of equal cargos follows grade and seniority in it.
    military_branch = models.CharField(
        _("institución armada o policial"), max_length=16, blank=True, choices=military_grades.branch_choices()
    )
    military_grade = models.CharField(_("grado"), max_length=48, blank=True, choices=military_grades.grade_choices())
    date_of_grade = models.DateField(
        _("fecha del grado"),
        null=True,
        blank=True,
        help_text=_("Desde cuándo ostenta el grado: a igual grado, precede el más antiguo."),
    )
    is_active = models.BooleanField(_("vigente"), default=True)
    # Surnames then given names in Spanish alphabetical order (heraldo.core.text.collation_key).
    sort_key = models.CharField(max_length=600, editable=False, default="", db_index=True)
    tags = models.ManyToManyField("directory.Tag", verbose_name=_("etiquetas"), blank=True, related_name="persons")

    class Meta:
        verbose_name = _("persona")
        verbose_name_plural = _("personas")
        ordering = ["sort_key", "pk"]
        indexes = [
            models.Index(fields=["surnames", "given_names"]),
            # Records to verify, never verified first, then the longest unverified: the list walks this index.
            models.Index(fields=["verified_at", "surnames"], name="directory_person_verify_idx"),
            models.Index(fields=["birth_month_day"], name="directory_person_birthday_idx"),
            models.Index(fields=["verified_at", "is_active"], name="directory_person_stale_idx"),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surnames}".strip()

    def refresh_search_text(self) -> None:
        # bulk_create paths call this before writing, so the sort key stays in step with the name too.
        super().refresh_search_text()
        self.sort_key = collation_key(self.surnames, self.given_names)

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and not {"surnames", "given_names"}.isdisjoint(update_fields):
            kwargs["update_fields"] = {*update_fields, "search_text", "sort_key"}
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        grade = military_grades.grade(self.military_grade) if self.military_grade else None
        if grade and not self.military_branch:
            self.military_branch = grade.branch
        if grade and grade.branch != self.military_branch:
            branch = military_grades.branch(self.military_branch)
            raise ValidationError(
                {
                    "military_grade": _("El grado %(grade)s no es de %(branch)s.")
                    % {"grade": grade.label, "branch": branch.name if branch else self.military_branch}
                }
            )
        if self.date_of_grade and not grade:
            raise ValidationError({"date_of_grade": _("Indique el grado antes de su fecha.")})

    @property
    def grade_title(self) -> str:
        """The grade with its branch, as written before a name: "Coronel PNP"."""
        return military_grades.grade_title(self.military_grade)

    @property
    def sort_name(self) -> str:
        return f"{self.surnames}, {self.given_names}"
