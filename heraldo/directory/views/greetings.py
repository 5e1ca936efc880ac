"""Suggested letters (PDF) for anniversaries and birthdays, and the record of what was sent."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.pdf import render_pdf
from heraldo.core.permissions import capability_required
from heraldo.directory.forms import GreetingForm, LetterForm
from heraldo.directory.letters import suggested_letter
from heraldo.directory.models import Greeting, GreetingOccasion
from heraldo.directory.permissions import access_entity, access_person, can_manage, can_see_personal_data
from heraldo.directory.services.greetings import greeting_record


def _recipient(request):
    source = request.POST if request.method == "POST" else request.GET
    if source.get("entidad"):
        return access_entity(request.user, source["entidad"]), None
    if source.get("persona"):
        person = access_person(request.user, source["persona"])
        # a birthday letter reveals a birth date: only for roles that may see personal data
        if not can_see_personal_data(request.user):
            raise PermissionDenied
        return None, person
    raise Http404


@login_required
@capability_required("access_directory")
def letter_view(request):
    entity, person = _recipient(request)
    today = timezone.localdate()
    default = GreetingOccasion.BIRTHDAY if person else GreetingOccasion.ANNIVERSARY
    occasion = request.POST.get("occasion") or request.GET.get("ocasion") or default
    if occasion not in GreetingOccasion.values:
        occasion = default
    letter = suggested_letter(occasion=occasion, entity=entity, person=person, on=today)
    form = LetterForm(
        request.POST if request.method == "POST" and "pdf" in request.POST else None,
        initial={"occasion": occasion, "salutation": letter.salutation, "body": letter.body},
    )
    if form.is_bound and form.is_valid():
        letter.salutation = form.cleaned_data["salutation"]
        letter.body = form.cleaned_data["body"]
        pdf = render_pdf("directory/pdf/letter.html", {"letter": letter, "title": _("Carta")})
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="carta-{today.isoformat()}.pdf"'
        return response
    record_form = GreetingForm(
        request.POST if request.method == "POST" and "registrar" in request.POST else None,
        initial={
            "occasion": occasion,
            "sent_on": today,
            "channel": "CARTA",
            "text": f"{letter.salutation}\n\n{letter.body}",
        },
    )
    if record_form.is_bound:
        if not can_manage(request.user):
            raise Http404
        if record_form.is_valid():
            greeting_record(actor=request.user, data={**record_form.cleaned_data, "entity": entity, "person": person})
            messages.success(request, _("Envío registrado en el historial."))
            return redirect("directory:greetings")
    previous = Greeting.objects.filter(entity=entity, person=person).order_by("-sent_on")[:5]
    return render(
        request,
        "directory/letter.html",
        {
            "letter": letter,
            "form": form,
            "record_form": record_form,
            "entity": entity,
            "person": person,
            "previous": previous,
            "can_manage": can_manage(request.user),
        },
    )


@login_required
@capability_required("access_directory")
def greeting_list(request):
    greetings = Greeting.objects.select_related("entity", "person", "created_by")
    if not can_see_personal_data(request.user):
        greetings = greetings.exclude(occasion=GreetingOccasion.BIRTHDAY)
    page = Paginator(greetings, 25).get_page(request.GET.get("page"))
    return render(request, "directory/greetings.html", {"page": page})
