"""Import with preview (all rows or none) and export to CSV, Excel and vCard."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from heraldo.core.models import Job
from heraldo.core.permissions import capability_required
from heraldo.core.writes import Refused
from heraldo.directory import selectors
from heraldo.directory.forms import EntityFilterForm, PersonFilterForm
from heraldo.directory.permissions import can_manage
from heraldo.directory.services.imports import (
    APPLY_JOB,
    CHECK_JOB,
    ENTITY_COLUMNS,
    PERSON_COLUMNS,
    import_confirm_start,
    import_result,
    import_start,
)
from heraldo.directory.transfer import UnreadableFile, download_response, refuse_unreadable, to_csv, to_xlsx, vcard

SIGNING_SALT = "directory.import"


class ImportForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Qué contiene el archivo"),
        choices=[("personas", gettext_lazy("Personas (con su cargo)")), ("entidades", gettext_lazy("Entidades"))],
        widget=forms.RadioSelect,
        initial="personas",
    )
    file = forms.FileField(label=gettext_lazy("Archivo CSV o Excel (.xlsx)"))


def _import_context(**extra) -> dict:
    return {"person_columns": PERSON_COLUMNS, "entity_columns": ENTITY_COLUMNS, **extra}


@login_required
@capability_required("manage_directory")
def import_view(request):
    """The upload: the file is kept and its check queued; the page then follows the check (import_job)."""
    if not can_manage(request.user):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            refuse_unreadable(upload.name, content)  # size and type now; the rows in the background
        except UnreadableFile as error:
            form.add_error("file", str(error))
            return render(request, "directory/import.html", _import_context(form=form), status=400)
        record = import_start(
            actor=request.user, kind=form.cleaned_data["kind"], content=content, file_name=upload.name
        )
        return redirect("directory:import_job", job_id=record.pk)
    return render(request, "directory/import.html", _import_context(form=form))


@login_required
@capability_required("manage_directory")
def import_job(request, job_id: int):
    """The check's preview (or the apply's outcome) once its job finished; its progress until then, which the
    page asks for again every second (htmx) while the job runs."""
    record = Job.objects.filter(pk=job_id, name__in=(CHECK_JOB, APPLY_JOB), kwargs__user_id=request.user.pk).first()
    if record is None or not can_manage(request.user):
        raise Http404
    result = import_result(record)
    token = ""
    if record.name == CHECK_JOB and result and result.get("ok"):
        token = signing.dumps({"j": record.pk, "u": request.user.pk}, salt=SIGNING_SALT)
    context = _import_context(
        form=ImportForm(),
        job=record,
        running=record.status in (Job.Status.QUEUED, Job.Status.RUNNING),
        check=result if record.name == CHECK_JOB else None,
        outcome=result if record.name == APPLY_JOB else None,
        token=token,
        file_name=record.kwargs.get("file_name", ""),
    )
    if request.htmx:
        return render(request, "directory/import.html#status", context)
    return render(request, "directory/import.html", context)


@login_required
@capability_required("manage_directory")
def import_confirm(request):
    """Queue the all-or-nothing apply of a checked file; the page follows it like the check."""
    if request.method != "POST" or not can_manage(request.user):
        raise PermissionDenied
    expired = _("La vista previa venció o no es válida. Suba el archivo otra vez.")
    try:
        ticket = signing.loads(request.POST.get("token", ""), salt=SIGNING_SALT, max_age=3600)
    except signing.BadSignature:
        messages.error(request, expired)
        return redirect("directory:import")
    check_job = Job.objects.filter(pk=ticket.get("j"), name=CHECK_JOB).first()
    if check_job is None or ticket.get("u") != request.user.pk:
        messages.error(request, expired)
        return redirect("directory:import")
    try:
        record = import_confirm_start(actor=request.user, check_job=check_job)
    except Refused as refusal:
        messages.error(request, refusal.messages[0])
        return redirect("directory:import")
    return redirect("directory:import_job", job_id=record.pk)


# An example row per kind, so the template shows how each column is written.
TEMPLATE_EXAMPLES = {
    "personas": {
        "nombres": "Ana María",
        "apellidos": "Quispe Huanca",
        "tratamiento": "Sra.",
        "titulo": "Lic.",
        "sexo": "F",
        "correo_institucional": "aquispe@muni.example.gob.pe",
        "telefono_institucional": "01 555 0101",
        "entidad": "Municipalidad Distrital de Ejemplo",
        "tipo_entidad": "Municipalidad",
        "nivel": "Distrital",
        "ubigeo": "150101",
        "cargo": "Regidora",
        "desde": "01/01/2027",
        "etiquetas": "Concejo",
    },
    "entidades": {
        "nombre": "Radio Ejemplo",
        "sigla": "RE",
        "tipo": "Medio de comunicación",
        "nivel": "Provincial",
        "ubigeo": "1501",
        "direccion": "Av. Principal 123",
        "telefono": "01 555 0202",
        "correo": "prensa@radio.example.pe",
        "web": "https://radio.example.pe",
        "aniversario": "15/08/1990",
        "tipo_medio": "Radio",
        "etiquetas": "Medios",
    },
}


@login_required
@capability_required("manage_directory")
def import_template(request, kind: str, fmt: str):
    """An empty spreadsheet with the import's columns and one example row."""
    if kind not in TEMPLATE_EXAMPLES or fmt not in ("csv", "xlsx"):
        raise Http404
    columns = PERSON_COLUMNS if kind == "personas" else ENTITY_COLUMNS
    example = [TEMPLATE_EXAMPLES[kind].get(column, "") for column in columns]
    return _table_download(fmt, columns, [example], sheet=_("Plantilla"), name=f"plantilla-{kind}")


# --------------------------------------------------------------------------- export


EXPORT_LIMIT = 20_000


@login_required
@capability_required("access_directory")
def entity_export(request, fmt: str):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    form = EntityFilterForm(request.GET or None)
    entities = selectors.entity_list(form.filters()).select_related(None).prefetch_related("tags")[:EXPORT_LIMIT]
    header = list(ENTITY_COLUMNS)
    rows = (
        [
            e.name,
            e.short_name,
            e.get_kind_display(),
            e.get_level_display(),
            e.ubigeo,
            e.address,
            e.phone,
            e.email,
            e.website,
            e.anniversary.strftime("%d/%m/%Y") if e.anniversary else "",
            e.get_media_kind_display(),
            ", ".join(t.name for t in e.tags.all()),
        ]
        for e in entities
    )
    return _table_download(fmt, header, rows, sheet=_("Entidades"), name="entidades")


def _person_rows(people):
    for person in people:
        term = person.current_terms[0] if person.current_terms else None
        yield (
            person,
            term,
            [
                person.given_names,
                person.surnames,
                person.honorific,
                person.academic_title,
                person.sex,
                person.institutional_email,
                person.institutional_phone,
                term.position.entity.name if term else "",
                term.position.entity.kind if term else "",
                term.position.entity.level if term else "",
                term.position.entity.ubigeo if term else "",
                term.position.title if term else "",
                term.starts_on.strftime("%d/%m/%Y") if term else "",
                ", ".join(t.name for t in person.tags.all()),
            ],
        )


@login_required
@capability_required("access_directory")
def person_export(request, fmt: str):
    """Institutional data only: personal fields never leave in a bulk export."""
    if fmt not in ("csv", "xlsx", "vcf"):
        raise Http404
    form = PersonFilterForm(request.GET or None)
    people = selectors.person_list(form.filters(), on=timezone.localdate())[:EXPORT_LIMIT]
    if fmt == "vcf":
        cards = []
        for person, term, _row in _person_rows(people):
            title = term.position.title_for(person.sex) if term else ""
            cards.append(
                vcard(
                    given=person.given_names,
                    family=person.surnames,
                    prefix=person.academic_title or person.honorific,
                    title=title,
                    org=term.position.entity.name if term else "",
                    email=person.institutional_email,
                    phone=person.institutional_phone,
                )
            )
        stamp = timezone.localdate().isoformat()
        return download_response("".join(cards).encode("utf-8"), "text/vcard; charset=utf-8", f"contactos-{stamp}.vcf")
    rows = (row for _person, _term, row in _person_rows(people))
    return _table_download(fmt, PERSON_COLUMNS, rows, sheet=_("Personas"), name="personas")


def _table_download(fmt: str, header, rows, *, sheet: str, name: str):
    """The rows as an Excel sheet, or else as a CSV file, named with today's date."""
    stamp = timezone.localdate().isoformat()
    if fmt == "xlsx":
        return download_response(
            to_xlsx(header, rows, sheet),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            f"{name}-{stamp}.xlsx",
        )
    return download_response(to_csv(header, rows), "text/csv; charset=utf-8", f"{name}-{stamp}.csv")
