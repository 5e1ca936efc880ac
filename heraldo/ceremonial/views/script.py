"""The master of ceremonies' script: generate, edit, print (PDF) and export (Word)."""

from __future__ import annotations

import io

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from heraldo.ceremonial.models import CeremonyScript
from heraldo.ceremonial.permissions import access_event, can_manage_agenda
from heraldo.ceremonial.script import script_sections
from heraldo.ceremonial.services.precedence import script_edit, script_generate
from heraldo.core.branding import letterhead_context
from heraldo.core.pdf import render_pdf
from heraldo.core.text import xml_safe


class ScriptForm(forms.Form):
    text = forms.CharField(label=gettext_lazy("Guion"), widget=forms.Textarea(attrs={"rows": 24}), max_length=60000)


@login_required
def script_view(request, pk: int):
    event = access_event(request.user, pk)
    script = CeremonyScript.objects.filter(event=event).first()
    can_manage = can_manage_agenda(request.user)
    form = ScriptForm(request.POST or None, initial={"text": script.text if script else ""})
    if request.method == "POST":
        if not can_manage or script is None:
            raise Http404
        if form.is_valid():
            script_edit(actor=request.user, script=script, text=form.cleaned_data["text"])
            messages.success(request, _("Guion guardado."))
            return redirect("ceremonial:script", event.pk)
    return render(
        request, "ceremonial/script.html", {"event": event, "script": script, "form": form, "can_manage": can_manage}
    )


@login_required
@require_POST
def script_generate_view(request, pk: int):
    event = access_event(request.user, pk, write=True)
    script_generate(actor=request.user, event=event)
    messages.success(request, _("Guion generado desde el programa y la precedencia. Revíselo y edítelo si hace falta."))
    return redirect("ceremonial:script", event.pk)


def _script_or_404(request, pk):
    event = access_event(request.user, pk)
    script = CeremonyScript.objects.filter(event=event).first()
    if script is None:
        raise Http404
    return event, script


@login_required
def script_pdf(request, pk: int):
    event, script = _script_or_404(request, pk)
    heading, sections = script_sections(script.text)
    with translation.override("es"):  # the script is written in Spanish: its labels follow it
        body = render_pdf(
            "ceremonial/pdf/script.html",
            {"event": event, "heading": heading, "sections": sections} | letterhead_context(),
        )
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="guion-{event.pk}.pdf"'
    return response


@login_required
def script_docx(request, pk: int):
    event, script = _script_or_404(request, pk)
    from docx import Document  # loaded for this download only (heraldo/core/tests/test_lazy_imports.py)
    from docx.shared import Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)
    for line in xml_safe(script.text).splitlines():
        if line.startswith("[") and "]" in line[:8]:
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    response["Content-Disposition"] = f'attachment; filename="guion-{event.pk}.docx"'
    return response
