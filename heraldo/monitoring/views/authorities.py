"""Monitoreo enters the authorities it watches itself."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import ngettext

from heraldo.core.permissions import capability_required
from heraldo.monitoring.forms import WatchedAuthorityForm
from heraldo.monitoring.services.authorities import watched_authority_add


@login_required
@capability_required("manage_monitoring")
def authority_add(request):
    form = WatchedAuthorityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person, added = watched_authority_add(actor=request.user, **form.cleaned_data)
        messages.success(
            request,
            ngettext(
                "Se vigilará a %(name)s con %(n)s forma de nombrarlo: %(phrases)s.",
                "Se vigilará a %(name)s con %(n)s formas de nombrarlo: %(phrases)s.",
                len(added),
            )
            % {"name": person.full_name, "n": len(added), "phrases": ", ".join(t.phrase for t in added)},
        )
        return redirect("monitoring:watch_list")
    return render(request, "monitoring/authority_form.html", {"form": form})
