from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.mailing import mass_send_page
from heraldo.core.permissions import capability_required, has_capability
from heraldo.monitoring.forms import SummaryForm
from heraldo.monitoring.models import DailySummary
from heraldo.monitoring.permissions import access_summary
from heraldo.monitoring.services.summary import (
    summary_content,
    summary_mailing,
    summary_pdf_bytes,
    summary_send,
    summary_update,
)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise Http404 from exc


@login_required
@capability_required("access_monitoring")
def summary_list(request):
    page = Paginator(DailySummary.objects.order_by("-date"), 30).get_page(request.GET.get("page"))
    return render(request, "monitoring/summary_list.html", {"page": page, "today": timezone.localdate()})


@login_required
def summary_detail(request, day: str):
    can_manage = has_capability(request.user, "manage_monitoring")
    summary = access_summary(request.user, _day(day))
    content = summary_content(summary=summary)
    ids = [c.pk for s in content.sections for items in s.by_tone.values() for c in items]
    excluded = summary.excluded_ids()
    form = SummaryForm(
        request.POST or None,
        clipping_ids=ids + excluded,
        initial={"headline": summary.headline, "editor_note": summary.editor_note, "excluded": excluded},
    )
    if request.method == "POST":
        access_summary(request.user, summary.date, write=True)
        if form.is_valid():
            summary = summary_update(
                actor=request.user,
                summary=summary,
                headline=form.cleaned_data["headline"],
                editor_note=form.cleaned_data["editor_note"],
                excluded_ids=[c.pk for c in form.cleaned_data["excluded"]],
            )
            messages.success(request, _("Síntesis guardada."))
            return redirect("monitoring:summary_detail", summary.date.isoformat())
    return render(
        request,
        "monitoring/summary_detail.html",
        {"summary": summary, "content": content, "form": form, "can_manage": can_manage},
    )


@login_required
def summary_pdf(request, day: str):
    summary = access_summary(request.user, _day(day))
    pdf = summary_pdf_bytes(summary=summary)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sintesis-{summary.date.isoformat()}.pdf"'
    return response


@login_required
def summary_send_view(request, day: str):
    summary = access_summary(request.user, _day(day), write=True)
    mailing = summary_mailing(summary=summary)
    return mass_send_page(
        request,
        mailing=mailing,
        send=lambda: summary_send(summary=summary, actor=request.user, mailing=mailing),
        done_url=reverse("monitoring:summary_detail", args=[summary.date.isoformat()]),
        template="monitoring/summary_send.html",
        context={"summary": summary},
    )
