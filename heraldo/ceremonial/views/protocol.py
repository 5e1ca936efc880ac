"""Precedence: the engine's plan for an act, its printouts, and the versioned table."""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from django.conf import settings as django_settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from heraldo.ceremonial.forms import PrecedenceImportForm, PrecedenceRowVersionForm, ProtocolSettingsForm
from heraldo.ceremonial.models import PrecedenceTableRow
from heraldo.ceremonial.models.precedence import OFFICE_CLASS_LABELS
from heraldo.ceremonial.permissions import access_event, can_edit_precedence, can_manage_agenda
from heraldo.ceremonial.protocol import plan_display, plan_for_event, protocol_settings_of
from heraldo.ceremonial.services.precedence import (
    ROW_VERSION_FIELDS,
    precedence_row_new_version,
    protocol_settings_update,
)
from heraldo.ceremonial.services.precedence_import import (
    TABLE_COLUMNS,
    precedence_import_apply,
    precedence_import_check,
    rows_in_force,
)
from heraldo.core.branding import letterhead_context
from heraldo.core.pdf import render_pdf
from heraldo.core.permissions import capability_required
from heraldo.core.writes import refusals_as_messages, refusals_on
from heraldo.directory.transfer import UnreadableFile, download_response, read_rows, to_csv, to_xlsx


@login_required
def precedence_view(request, pk: int):
    event = access_event(request.user, pk)
    can_manage = can_manage_agenda(request.user)
    settings = protocol_settings_of(event)
    form = ProtocolSettingsForm(request.POST or None, instance=settings) if can_manage else None
    if request.method == "POST":
        if not can_manage:
            raise Http404
        if form.is_valid():
            protocol_settings_update(actor=request.user, settings=settings, data=form.cleaned_data)
            messages.success(request, _("Opciones guardadas; el plan se recalculó."))
            return redirect("ceremonial:precedence", event.pk)
    event_plan = plan_for_event(event)
    return render(
        request,
        "ceremonial/precedence.html",
        {
            "event": event,
            "form": form,
            "can_manage": can_manage,
            "plan": plan_display(event_plan),
            "error": event_plan.error,
            "has_guests": bool(event_plan.guests_by_id),
        },
    )


def _printable_plan(event) -> dict:
    """The plan as displayed; until one can be computed there is nothing to print."""
    plan = plan_display(plan_for_event(event))
    if not plan:
        raise Http404
    return plan


def _pdf_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@login_required
def place_cards_pdf(request, pk: int):
    event = access_event(request.user, pk)
    plan = _printable_plan(event)
    cards = [*plan["head_table"], *plan["front_rows"]]
    body = render_pdf("ceremonial/pdf/place_cards.html", {"event": event, "cards": cards} | letterhead_context())
    return _pdf_response(body, f"tarjetas-{event.pk}.pdf")


@login_required
def seating_pdf(request, pk: int):
    event = access_event(request.user, pk)
    plan = _printable_plan(event)
    body = render_pdf(
        "ceremonial/pdf/seating.html",
        {"event": event, "plan": plan, "starts_at": timezone.localtime(event.starts_at)},
    )
    return _pdf_response(body, f"plano-{event.pk}.pdf")


def _table_summary(day):
    """The table in force on `day`, in the office's words: its legal bases as entered,
    since when it applies and who changed it last."""
    in_force = rows_in_force(day)
    last = PrecedenceTableRow.objects.select_related("updated_by").order_by("-updated_at", "-pk").first()
    sources = list(in_force.values_list("legal_source", flat=True).distinct().order_by("legal_source")[:6])
    return {
        "offices": in_force.count(),
        "sources": sources,
        "valid_from": in_force.filter(valid_from__isnull=False).aggregate(day=Max("valid_from"))["day"],
        "last": last,
    }


@login_required
@capability_required("access_agenda")
def precedence_table_view(request):
    show_all = request.GET.get("todas") == "1"
    today = timezone.localdate()
    rows = PrecedenceTableRow.objects.all() if show_all else rows_in_force(today)
    page = Paginator(rows.order_by("rank", "suborder", "label", "valid_from"), 100).get_page(request.GET.get("page"))
    return render(
        request,
        "ceremonial/precedence_table.html",
        {
            "page": page,
            "show_all": show_all,
            "today": today,
            "summary": _table_summary(today),
            "can_edit": can_edit_precedence(request.user),
            "querystring": "todas=1" if show_all else "",
        },
    )


IMPORT_DIR = Path(django_settings.VAR_DIR) / "precedence-imports"
IMPORT_SALT = "ceremonial.precedence.import"


@login_required
def precedence_import_view(request):
    """The head of unit uploads the official table: a preview row by row, then all or nothing."""
    if not can_edit_precedence(request.user):
        raise Http404
    form = PrecedenceImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "columns": TABLE_COLUMNS}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            rows = read_rows(upload.name, content)
        except UnreadableFile as error:
            form.add_error("file", str(error))
            return render(request, "ceremonial/precedence_import.html", context, status=400)
        valid_from, source = form.cleaned_data["valid_from"], form.cleaned_data["legal_source"]
        check = precedence_import_check(rows, valid_from=valid_from, legal_source=source)
        token = ""
        if check.ok:
            IMPORT_DIR.mkdir(parents=True, exist_ok=True)
            stored = f"{secrets.token_hex(16)}{'.xlsx' if upload.name.lower().endswith('.xlsx') else '.csv'}"
            (IMPORT_DIR / stored).write_bytes(content)
            ticket = {"f": stored, "u": request.user.pk, "n": upload.name[:200], "d": valid_from.isoformat()}
            token = signing.dumps({**ticket, "s": source}, salt=IMPORT_SALT)
        context.update({"check": check, "token": token, "file_name": upload.name})
    return render(request, "ceremonial/precedence_import.html", context)


@login_required
@require_POST
def precedence_import_confirm(request):
    if not can_edit_precedence(request.user):
        raise Http404
    expired = _("La vista previa venció o no es válida. Suba el archivo otra vez.")
    try:
        ticket = signing.loads(request.POST.get("token", ""), salt=IMPORT_SALT, max_age=3600)
    except signing.BadSignature:
        messages.error(request, expired)
        return redirect("ceremonial:precedence_import")
    path = IMPORT_DIR / Path(ticket["f"]).name
    if ticket.get("u") != request.user.pk or not path.exists():
        messages.error(request, expired)
        return redirect("ceremonial:precedence_import")
    valid_from = date.fromisoformat(ticket["d"])
    try:
        with refusals_as_messages(request):
            count = precedence_import_apply(
                actor=request.user,
                rows=read_rows(path.name, path.read_bytes()),
                valid_from=valid_from,
                legal_source=ticket["s"],
                file_name=ticket["n"],
            )
            message = ngettext(
                "Cuadro importado: %(n)d cargo cambia desde el %(day)s.",
                "Cuadro importado: %(n)d cargos cambian desde el %(day)s.",
                count,
            )
            messages.success(request, message % {"n": count, "day": valid_from.strftime("%d/%m/%Y")})
            return redirect("ceremonial:precedence_table")
    except UnreadableFile:
        messages.error(request, expired)
    finally:
        path.unlink(missing_ok=True)
    return redirect("ceremonial:precedence_import")


@login_required
@capability_required("access_agenda")
def precedence_template(request, fmt: str):
    """The table in force as a spreadsheet with the import's columns: the template to fill."""
    if fmt not in ("csv", "xlsx"):
        raise Http404
    labels = {code.value: str(label) for code, label in OFFICE_CLASS_LABELS.items()}
    yes, no = _("sí"), _("no")
    rows = (
        [
            row.rank,
            row.suborder,
            row.label,
            row.label_feminine,
            labels.get(row.office_class, ""),
            yes if row.territorial else no,
            yes if row.head_table_eligible else no,
            row.legal_source,
        ]
        for row in rows_in_force(timezone.localdate()).order_by("rank", "suborder", "label")
    )
    name = f"cuadro-de-precedencias-{timezone.localdate().isoformat()}"
    if fmt == "xlsx":
        return download_response(
            to_xlsx(TABLE_COLUMNS, rows, _("Cuadro de precedencias")),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            f"{name}.xlsx",
        )
    return download_response(to_csv(TABLE_COLUMNS, rows), "text/csv; charset=utf-8", f"{name}.csv")


@login_required
def precedence_row_new_view(request, row_id: int | None = None):
    if not can_edit_precedence(request.user):
        raise Http404
    base = None
    if row_id is not None:
        base = PrecedenceTableRow.objects.filter(pk=row_id).first()
        if base is None:
            raise Http404
    initial = {}
    if base is not None:
        initial = {f: getattr(base, f) for f in ROW_VERSION_FIELDS if f != "valid_from"}
    form = PrecedenceRowVersionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            precedence_row_new_version(actor=request.user, data=form.cleaned_data)
            messages.success(request, _("Nueva versión registrada en el cuadro de precedencias."))
            return redirect("ceremonial:precedence_table")
    return render(request, "ceremonial/precedence_row_form.html", {"form": form, "base": base})
