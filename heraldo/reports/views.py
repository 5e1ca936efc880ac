"""Pages of Reportes: the list and compiling, the report editor, its documents and archive, the POI targets and
the Word template."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core import roles
from heraldo.core.audit import history_for
from heraldo.core.models import User
from heraldo.core.permissions import capability_required
from heraldo.core.report_sections import countable_figures
from heraldo.core.writes import refusals_as_messages, refusals_on
from heraldo.reports import selectors, services
from heraldo.reports.charts import bar_chart_svg
from heraldo.reports.documents import (
    WORD_CONTENT_TYPE,
    render_report_docx,
    render_report_pdf,
    report_content,
    word_template_bytes,
)
from heraldo.reports.forms import (
    CommentForm,
    CompileForm,
    NarrativesForm,
    PoiActivityForm,
    PoiActualsForm,
    SendForm,
    WordTemplateForm,
    default_month,
)
from heraldo.reports.models import Comment, PoiActivity, PoiActual, Report, SentVersion, WordTemplate
from heraldo.reports.permissions import access_poi_activity, access_report, can_manage_reports

# The editor shows the first rows of each table; the table's own page lists them all, page by page.
EDITOR_ROWS = 10
TABLE_PAGE_SIZE = 50
COMMENTS_SHOWN = 50


def _download(body: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@capability_required("access_reports")
def report_list(request):
    page = Paginator(selectors.report_list(), 20).get_page(request.GET.get("page"))
    form = CompileForm(initial={"month": default_month(timezone.localdate())})
    return render(
        request,
        "reports/report_list.html",
        {"page": page, "form": form, "can_manage": can_manage_reports(request.user)},
    )


@login_required
@capability_required("manage_reports")
@require_POST
def report_compile(request):
    form = CompileForm(request.POST)
    if form.is_valid():
        with refusals_on(form):
            report = services.report_compile(
                actor=request.user,
                period_start=form.cleaned_data["period_start"],
                period_end=form.cleaned_data["period_end"],
            )
            messages.success(request, _("%(title)s compilado.") % {"title": report.title})
            return redirect(report)
    page = Paginator(selectors.report_list(), 20).get_page(1)
    return render(request, "reports/report_list.html", {"page": page, "form": form, "can_manage": True}, status=400)


def _editor_sections(report: Report) -> tuple[list[dict], list[dict]]:
    current, previous = _("Periodo"), _("Periodo anterior")
    content = report_content(report)
    for section in content["sections"]:
        for chart in section["charts"]:
            chart["svg"] = bar_chart_svg(chart, current_label=current, previous_label=previous)
            chart["rows"] = list(zip(chart["labels"], chart["values"], strict=True))
        for table in section["tables"]:
            table["first_rows"] = table["rows"][:EDITOR_ROWS]
    return content["sections"], content["poi"]


def _detail_context(request, report: Report, *, narratives_form=None, comment_form=None, send_form=None) -> dict:
    texts = {n.section_key: n.text for n in report.narratives.all()}
    sections, poi = _editor_sections(report)
    can_manage = can_manage_reports(request.user)
    if can_manage and narratives_form is None:
        narratives_form = NarrativesForm(sections=report.sections, texts=texts)
    for section in sections:
        section["field"] = narratives_form[f"narrative_{section['key']}"] if narratives_form else None
    authorities = User.objects.filter(is_active=True, groups__name=roles.AUTHORITIES).exclude(email="")
    return {
        "report": report,
        "sections": sections,
        "poi": poi,
        "can_manage": can_manage,
        "narratives_form": narratives_form,
        "comment_form": comment_form or CommentForm(sections=report.sections),
        "send_form": send_form
        or SendForm(initial={"recipients": "\n".join(authorities.order_by("pk").values_list("email", flat=True))}),
        "comments": _comments(report),
        "sent_versions": report.sent_versions.defer("pdf", "docx", "content").select_related("sent_by", "approved_by"),
        "approve_refusal": services.approve_refusal(report),
        "send_refusal": services.send_refusal(report),
        "history": history_for(report)[:30],
    }


def _comments(report: Report) -> list[tuple[Comment, str]]:
    """The latest comments, each with the title of the section it is about."""
    titles = {section["key"]: section["title"] for section in report.sections}
    comments = report.comments.select_related("author").order_by("-created_at", "-pk")[:COMMENTS_SHOWN]
    return [(comment, titles.get(comment.section_key, "")) for comment in comments]


@login_required
def report_detail(request, report_id: int):
    report = access_report(request.user, report_id)
    return render(request, "reports/report_detail.html", _detail_context(request, report))


@login_required
@require_POST
def report_recompile(request, report_id: int):
    report = access_report(request.user, report_id, write=True)
    with refusals_as_messages(request):
        services.report_compile(actor=request.user, period_start=report.period_start, period_end=report.period_end)
        messages.success(request, _("Informe compilado de nuevo con los datos actuales."))
    return redirect(report)


@login_required
@require_POST
def report_narratives(request, report_id: int):
    report = access_report(request.user, report_id, write=True)
    texts = {n.section_key: n.text for n in report.narratives.all()}
    form = NarrativesForm(request.POST, sections=report.sections, texts=texts)
    if form.is_valid():
        with refusals_on(form):
            services.report_narratives_save(actor=request.user, report=report, texts=form.texts())
            messages.success(request, _("Redacción guardada."))
            return redirect(report)
    return render(
        request, "reports/report_detail.html", _detail_context(request, report, narratives_form=form), status=400
    )


@login_required
@require_POST
def report_comment(request, report_id: int):
    report = access_report(request.user, report_id)
    form = CommentForm(request.POST, sections=report.sections)
    if form.is_valid():
        services.report_comment(
            actor=request.user,
            report=report,
            body=form.cleaned_data["body"],
            section_key=form.cleaned_data["section_key"],
        )
        messages.success(request, _("Comentario agregado."))
        return redirect(f"{report.get_absolute_url()}#comentarios")
    return render(
        request, "reports/report_detail.html", _detail_context(request, report, comment_form=form), status=400
    )


@login_required
@require_POST
def report_approve(request, report_id: int):
    report = access_report(request.user, report_id, write=True)
    with refusals_as_messages(request):
        services.report_approve(actor=request.user, report=report)
        messages.success(request, _("Informe aprobado. Ya puede enviarse a la Alcaldía."))
    return redirect(report)


@login_required
@require_POST
def report_send(request, report_id: int):
    report = access_report(request.user, report_id, write=True)
    form = SendForm(request.POST)
    if form.is_valid():
        with refusals_on(form):
            sent = services.report_send(actor=request.user, report=report, recipients=form.cleaned_data["recipients"])
            messages.success(
                request,
                _("Versión %(number)s enviada a la Alcaldía y archivada con su PDF y su Word.")
                % {"number": sent.number},
            )
            return redirect(report)
    return render(request, "reports/report_detail.html", _detail_context(request, report, send_form=form), status=400)


@login_required
def report_pdf(request, report_id: int):
    report = access_report(request.user, report_id)
    body = render_report_pdf(report_content(report))
    return _download(body, f"{services.file_stem(report)}.pdf", "application/pdf")


@login_required
def report_docx(request, report_id: int):
    report = access_report(request.user, report_id)
    body = render_report_docx(report_content(report))
    return _download(body, f"{services.file_stem(report)}.docx", WORD_CONTENT_TYPE)


@login_required
def report_table(request, report_id: int, section_key: str, table_key: str):
    report = access_report(request.user, report_id)
    section = next((s for s in report.sections if s["key"] == section_key), None)
    table = next((t for t in section["tables"] if t["key"] == table_key), None) if section else None
    if table is None:
        raise Http404
    page = Paginator(table["rows"], TABLE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request, "reports/report_table.html", {"report": report, "section": section, "table": table, "page": page}
    )


def _sent_version(request, report_id: int, number: int) -> SentVersion:
    report = access_report(request.user, report_id)
    try:
        return report.sent_versions.get(number=number)
    except SentVersion.DoesNotExist as exc:
        raise Http404 from exc


@login_required
def sent_version_pdf(request, report_id: int, number: int):
    sent = _sent_version(request, report_id, number)
    stem = services.file_stem(sent.report).rsplit("-v", 1)[0]
    return _download(bytes(sent.pdf), f"{stem}-v{sent.number}.pdf", "application/pdf")


@login_required
def sent_version_docx(request, report_id: int, number: int):
    sent = _sent_version(request, report_id, number)
    stem = services.file_stem(sent.report).rsplit("-v", 1)[0]
    return _download(bytes(sent.docx), f"{stem}-v{sent.number}.docx", WORD_CONTENT_TYPE)


@login_required
@capability_required("access_reports")
def poi_list(request):
    year = request.GET.get("anio", "")
    year = int(year) if year.isdigit() else timezone.localdate().year
    activities = PoiActivity.objects.filter(year=year).prefetch_related(
        Prefetch("actuals", queryset=PoiActual.objects.order_by("month"))
    )
    page = Paginator(activities, 30).get_page(request.GET.get("page"))
    sources = dict(countable_figures())
    rows = [(activity, sources.get(activity.counts_from, activity.counts_from)) for activity in page]
    context = {"page": page, "rows": rows, "year": year, "querystring": f"anio={year}"}
    return render(request, "reports/poi_list.html", {**context, "can_manage": can_manage_reports(request.user)})


@login_required
@capability_required("manage_reports")
def poi_edit(request, activity_id: int | None = None):
    activity = access_poi_activity(request.user, activity_id) if activity_id else None
    form = PoiActivityForm(request.POST or None, activity=activity)
    if activity is None and not request.POST:
        form.initial.setdefault("year", timezone.localdate().year)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            saved = services.poi_activity_save(actor=request.user, activity=activity, **form.values())
            messages.success(request, _("Actividad «%(name)s» guardada.") % {"name": saved.name})
            return redirect(f"{_poi_url()}?anio={saved.year}")
    return render(request, "reports/poi_form.html", {"form": form, "activity": activity})


def _poi_url() -> str:
    return reverse("reports:poi_list")


@login_required
@capability_required("manage_reports")
def poi_actuals(request, activity_id: int):
    activity = access_poi_activity(request.user, activity_id)
    form = PoiActualsForm(request.POST or None, activity=activity)
    if request.method == "POST" and form.is_valid():
        with refusals_on(form):
            services.poi_actuals_save(actor=request.user, activity=activity, values=form.values())
            messages.success(request, _("Avances de «%(name)s» guardados.") % {"name": activity.name})
            return redirect(f"{_poi_url()}?anio={activity.year}")
    return render(request, "reports/poi_actuals.html", {"form": form, "activity": activity})


@login_required
@require_POST
def poi_delete(request, activity_id: int):
    activity = access_poi_activity(request.user, activity_id)
    year = activity.year
    services.poi_activity_delete(actor=request.user, activity=activity)
    messages.success(request, _("Actividad eliminada."))
    return redirect(f"{_poi_url()}?anio={year}")


@login_required
@capability_required("manage_reports")
def word_template(request):
    form = WordTemplateForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and request.POST.get("reset"):
        services.word_template_reset(actor=request.user)
        messages.success(request, _("Se usará de nuevo la plantilla de Word de Heraldo."))
        return redirect("reports:word_template")
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["template"]
        with refusals_on(form):
            services.word_template_upload(actor=request.user, data=form.data_bytes, name=upload.name)
            messages.success(request, _("Plantilla guardada: los próximos informes en Word la usarán."))
            return redirect("reports:word_template")
    current = WordTemplate.objects.defer("content").select_related("uploaded_by").first()
    return render(request, "reports/word_template.html", {"form": form, "current": current})


@login_required
@capability_required("manage_reports")
def word_template_download(request):
    return _download(word_template_bytes(), "plantilla-informe.docx", WORD_CONTENT_TYPE)
