"""Mailing lists: saved filters whose members follow the changes of authorities."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heraldo.core.permissions import capability_required
from heraldo.directory.forms import MailingListForm
from heraldo.directory.models import MailingList
from heraldo.directory.permissions import access_mailing_list, can_manage
from heraldo.directory.selectors import mailing_list_recipients
from heraldo.directory.services.lists import mailing_list_delete, mailing_list_save
from heraldo.directory.transfer import download_response, to_csv


@login_required
@capability_required("access_directory")
def list_index(request):
    page = Paginator(MailingList.objects.select_related("created_by"), 25).get_page(request.GET.get("page"))
    return render(request, "directory/lists.html", {"page": page, "can_manage": can_manage(request.user)})


@login_required
@capability_required("access_directory")
def list_detail(request, list_id: int):
    mailing_list = access_mailing_list(request.user, list_id)
    recipients = mailing_list_recipients(mailing_list)
    if request.GET.get("formato") == "csv":
        rows = [[person.full_name if person else "", email] for person, email in recipients]
        return download_response(
            to_csv(["nombre", "correo"], rows), "text/csv; charset=utf-8", f"lista-{mailing_list.pk}.csv"
        )
    page = Paginator(recipients, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "directory/list_detail.html",
        {
            "mailing_list": mailing_list,
            "page": page,
            "total": len(recipients),
            "can_manage": can_manage(request.user),
            "today": timezone.localdate(),
        },
    )


@login_required
@capability_required("access_directory")
def list_edit(request, list_id: int | None = None):
    mailing_list = access_mailing_list(request.user, list_id, write=True) if list_id else None
    if mailing_list is None and not can_manage(request.user):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied
    if request.method == "POST":
        form = MailingListForm(request.POST, instance=mailing_list)
    elif mailing_list:
        form = MailingListForm(
            initial={
                **mailing_list.filters,
                "name": mailing_list.name,
                "purpose": mailing_list.purpose,
                "description": mailing_list.description,
                "scope": mailing_list.scope,
            },
            instance=mailing_list,
        )
    else:
        # "Guardar como lista" from the entity list brings its filters along
        form = MailingListForm(initial={k: v for k, v in request.GET.items() if k != "page"})
    if request.method == "POST" and form.is_valid():
        saved = mailing_list_save(actor=request.user, data=form.service_data(), mailing_list=mailing_list)
        messages.success(request, _("Lista guardada."))
        return redirect("directory:list_detail", saved.pk)
    back = reverse("directory:list_detail", args=[mailing_list.pk]) if mailing_list else reverse("directory:lists")
    title = _("Editar lista: %(name)s") % {"name": mailing_list.name} if mailing_list else _("Nueva lista")
    return render(request, "directory/form_page.html", {"form": form, "title": title, "back_url": back})


@login_required
@capability_required("access_directory")
@require_POST
def list_delete(request, list_id: int):
    mailing_list = access_mailing_list(request.user, list_id, write=True)
    mailing_list_delete(actor=request.user, mailing_list=mailing_list)
    messages.success(request, _("Lista eliminada."))
    return redirect("directory:lists")
