from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.forms import AuditSearchForm, JobFilterForm
from heraldo.core.health import health_report, overall_status
from heraldo.core.jobs import job_retry
from heraldo.core.models import Job
from heraldo.core.page_marks import never_kept
from heraldo.core.permissions import access_audit_log, access_job, capability_required
from heraldo.core.selectors import audit_search, job_counts, job_list


@login_required
def audit_log(request):
    access_audit_log(request.user)
    form = AuditSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    entries = audit_search(**{k: v for k, v in filters.items() if v not in (None, "")})
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    querystring = request.GET.copy()
    querystring.pop("page", None)
    return render(
        request,
        "core/audit_log.html",
        {"form": form, "page": page, "querystring": querystring.urlencode()},
    )


@login_required
@capability_required("view_jobs")
def job_list_view(request):
    form = JobFilterForm(request.GET or None)
    status = form.cleaned_data["status"] if form.is_bound and form.is_valid() else ""
    page = Paginator(job_list(status=status), 50).get_page(request.GET.get("page"))
    template = "core/jobs.html#job-table" if request.htmx else "core/jobs.html"
    return render(
        request,
        template,
        {"form": form, "page": page, "counts": job_counts(), "status": status, "Status": Job.Status},
    )


@login_required
@require_POST
def job_retry_view(request, job_id: int):
    record = access_job(request.user, job_id)
    if record.status != Job.Status.FAILED:
        messages.error(request, _("Solo se pueden reintentar los trabajos fallidos."))
    else:
        job_retry(record=record, actor=request.user)
        messages.success(request, _("El trabajo volvió a la cola."))
    return redirect("core:jobs")


@never_kept  # the queue, the disk and the backups have no change stamp
@login_required
@capability_required("view_jobs")
def health(request):
    sections = health_report()
    return render(request, "core/health.html", {"sections": sections, "overall": overall_status(sections)})
