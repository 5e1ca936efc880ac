"""Bulletins: staff compose, print, publish and send; the public archive, subscribe, confirm, unsubscribe."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from heraldo.core.permissions import capability_required, has_capability, public_page
from heraldo.press.forms import BulletinForm, SubscribeForm
from heraldo.press.models import Bulletin, Subscriber
from heraldo.press.services.bulletins import (
    bulletin_context,
    bulletin_publish,
    bulletin_render_pdf,
    bulletin_save,
    bulletin_send,
    next_bulletin_number,
    subscriber_confirm,
    subscriber_from_unsubscribe_token,
    subscriber_request,
    subscriber_unsubscribe,
)


def _bulletin_for(user, bulletin_id: int) -> Bulletin:
    if not has_capability(user, "access_press"):
        raise Http404
    return get_object_or_404(Bulletin, pk=bulletin_id)


@login_required
@capability_required("access_press")
def bulletin_list(request):
    page = Paginator(Bulletin.objects.all(), 25).get_page(request.GET.get("page"))
    subscribers = Subscriber.objects.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True).count()
    return render(
        request,
        "press/bulletins.html",
        {"page": page, "subscribers": subscribers, "can_write": has_capability(request.user, "manage_press")},
    )


@login_required
@capability_required("manage_press")
def bulletin_new(request):
    form = BulletinForm(
        request.POST or None, initial={"number": next_bulletin_number(), "title": _("Boletín municipal")}
    )
    if request.method == "POST" and form.is_valid():
        releases = form.cleaned_data["chosen_releases"]
        bulletin = bulletin_save(actor=request.user, releases=releases, **form.service_data())
        messages.success(request, _("Boletín guardado. Revise la vista previa y genere el PDF."))
        return redirect(bulletin)
    return render(request, "press/bulletin_form.html", {"form": form, "bulletin": None})


@login_required
def bulletin_edit(request, bulletin_id: int):
    bulletin = _bulletin_for(request.user, bulletin_id)
    if not has_capability(request.user, "manage_press"):
        raise Http404
    form = BulletinForm(request.POST or None, instance=bulletin)
    if request.method == "POST" and form.is_valid():
        releases = form.cleaned_data["chosen_releases"]
        bulletin_save(actor=request.user, bulletin=bulletin, releases=releases, **form.service_data())
        messages.success(request, _("Boletín guardado."))
        return redirect(bulletin)
    return render(request, "press/bulletin_form.html", {"form": form, "bulletin": bulletin})


@login_required
def bulletin_detail(request, bulletin_id: int):
    bulletin = _bulletin_for(request.user, bulletin_id)
    context = bulletin_context(bulletin)
    context["can_write"] = has_capability(request.user, "manage_press")
    return render(request, "press/bulletin_detail.html", context)


@login_required
@require_POST
def bulletin_action(request, bulletin_id: int, name: str):
    bulletin = _bulletin_for(request.user, bulletin_id)
    if not has_capability(request.user, "manage_press"):
        raise Http404
    if not bulletin.items.exists():
        messages.error(request, _("Agregue al menos una nota antes."))
    elif name == "pdf":
        bulletin_render_pdf(bulletin=bulletin, actor=request.user)
        messages.success(request, _("PDF generado."))
    elif name == "publish":
        if not bulletin.pdf:
            messages.error(request, _("Genere el PDF antes de publicar."))
        else:
            bulletin_publish(bulletin=bulletin, actor=request.user)
            messages.success(request, _("Boletín publicado en la sala de prensa."))
    elif name == "send":
        if bulletin.status != Bulletin.Status.PUBLISHED:
            messages.error(request, _("Publique el boletín antes de enviarlo."))
        else:
            sent = bulletin_send(bulletin=bulletin, actor=request.user)
            messages.success(
                request,
                ngettext("Se enviará a %(n)s suscriptor.", "Se enviará a %(n)s suscriptores.", sent) % {"n": sent},
            )
    else:
        raise Http404
    return redirect(bulletin)


@login_required
def bulletin_pdf_staff(request, bulletin_id: int):
    bulletin = _bulletin_for(request.user, bulletin_id)
    if not bulletin.pdf:
        raise Http404
    return FileResponse(
        bulletin.pdf.open("rb"), content_type="application/pdf", filename=f"boletin-{bulletin.number}.pdf"
    )


# --- public ---------------------------------------------------------------------------------------


def _published():
    return Bulletin.objects.filter(status=Bulletin.Status.PUBLISHED)


@public_page
def public_archive(request):
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        subscriber_request(email=form.cleaned_data["email"])
        return render(request, "press/public/bulletin_subscribed.html", {"email": form.cleaned_data["email"]})
    page = Paginator(_published().order_by("-number"), 12).get_page(request.GET.get("page"))
    return render(request, "press/public/bulletins.html", {"page": page, "form": form})


@public_page
@require_GET
def public_bulletin(request, bulletin_id: int):
    bulletin = get_object_or_404(_published(), pk=bulletin_id)
    return render(request, "press/public/bulletin.html", bulletin_context(bulletin))


@public_page
@require_GET
def public_bulletin_pdf(request, bulletin_id: int):
    bulletin = get_object_or_404(_published(), pk=bulletin_id)
    if not bulletin.pdf:
        raise Http404
    return FileResponse(
        bulletin.pdf.open("rb"), content_type="application/pdf", filename=f"boletin-{bulletin.number}.pdf"
    )


@public_page
def public_confirm(request, token: str):
    subscriber = None
    if request.method == "POST":
        subscriber = subscriber_confirm(token=token)
        if subscriber is None:
            raise Http404
    return render(request, "press/public/bulletin_confirm.html", {"done": subscriber is not None})


@public_page
def public_unsubscribe(request, token: str):
    subscriber = subscriber_from_unsubscribe_token(token)
    if subscriber is None:
        raise Http404
    if request.method == "POST":
        subscriber_unsubscribe(subscriber=subscriber)
    return render(
        request, "press/public/bulletin_unsubscribe.html", {"email": subscriber.email, "done": request.method == "POST"}
    )
