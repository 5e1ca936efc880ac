"""Import with preview (all rows or none) and export to CSV, Excel and vCard."""

from __future__ import annotations

import secrets
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from heraldo.core.permissions import capability_required
from heraldo.directory import selectors
from heraldo.directory.forms import EntityFilterForm, PersonFilterForm
from heraldo.directory.permissions import can_manage
from heraldo.directory.services.imports import ENTITY_COLUMNS, PERSON_COLUMNS, import_apply, import_check
from heraldo.directory.transfer import UnreadableFile, download_response, read_rows, to_csv, to_xlsx, vcard

UPLOAD_DIR = Path(settings.VAR_DIR) / "directory-imports"
SIGNING_SALT = "directory.import"


class ImportForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Qué contiene el archivo"),
        choices=[("personas", gettext_lazy("Personas (con su cargo)")), ("entidades", gettext_lazy("Entidades"))],
        widget=forms.RadioSelect,
        initial="personas",
    )
    file = forms.FileField(label=gettext_lazy("Archivo CSV o Excel (.xlsx)"))


def _stash(content: bytes, suffix: str) -> str:
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    name = f"{secrets.token_hex(16)}{suffix}"
    (UPLOAD_DIR / name).write_bytes(content)
    return name


@login_required
@capability_required("manage_directory")
def import_view(request):
    if not can_manage(request.user):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "person_columns": PERSON_COLUMNS, "entity_columns": ENTITY_COLUMNS}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            rows = read_rows(upload.name, content)
        except UnreadableFile as error:
            form.add_error("file", str(error))
            return render(request, "directory/import.html", context, status=400)
        kind = form.cleaned_data["kind"]
        check = import_check(kind, rows)
        token = ""
        if check.ok:
            suffix = ".xlsx" if upload.name.lower().endswith(".xlsx") else ".csv"
            stored = _stash(content, suffix)
            token = signing.dumps(
                {"f": stored, "k": kind, "u": request.user.pk, "n": upload.name[:200]}, salt=SIGNING_SALT
            )
        context.update({"check": check, "token": token, "file_name": upload.name})
    return render(request, "directory/import.html", context)


@login_required
@capability_required("manage_directory")
def import_confirm(request):
    if request.method != "POST" or not can_manage(request.user):
        raise PermissionDenied
    try:
        ticket = signing.loads(request.POST.get("token", ""), salt=SIGNING_SALT, max_age=3600)
    except signing.BadSignature:
        messages.error(request, _("La vista previa venció o no es válida. Suba el archivo otra vez."))
        return redirect("directory:import")
    path = UPLOAD_DIR / Path(ticket["f"]).name
    if ticket.get("u") != request.user.pk or not path.exists():
        messages.error(request, _("La vista previa venció o no es válida. Suba el archivo otra vez."))
        return redirect("directory:import")
    try:
        rows = read_rows(path.name, path.read_bytes())
        count = import_apply(actor=request.user, kind=ticket["k"], rows=rows, file_name=ticket["n"])
    except (UnreadableFile, ValidationError):
        messages.error(request, _("El archivo cambió o el Registro cambió desde la vista previa; no se importó nada."))
        return redirect("directory:import")
    finally:
        path.unlink(missing_ok=True)
    messages.success(
        request,
        ngettext("Se importó %(count)s registro.", "Se importaron %(count)s registros.", count) % {"count": count},
    )
    return redirect("directory:person_list" if ticket["k"] == "personas" else "directory:entity_list")


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
