"""Staff pages for sending a release to the media and preparing its social posts; the public opt-out."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from heraldo.core.models import OutboxEmail
from heraldo.core.permissions import has_capability, public_page
from heraldo.core.writes import refusals_as_messages
from heraldo.press.forms import DistributeForm, SocialTextsForm
from heraldo.press.models import SocialNetwork
from heraldo.press.permissions import access_release
from heraldo.press.services.distribution import (
    media_opt_out,
    media_recipients,
    opt_out_email,
    release_distribute,
)
from heraldo.press.services.social import social_posts_save
from heraldo.press.social import RULES, configured_adapters, counted_length, social_package, suggested_text


@login_required
def release_distribution(request, release_id: int):
    release = access_release(request.user, release_id)
    deliveries = list(release.deliveries.all()[:500])
    states = dict(OutboxEmail.objects.filter(key__in=[d.outbox_key for d in deliveries]).values_list("key", "status"))
    labels = dict(OutboxEmail.Status.choices)
    rows = [(d, labels.get(states.get(d.outbox_key), _("Sin registro"))) for d in deliveries]
    pending = [r for r in media_recipients(release) if r[1] not in {d.email for d in deliveries}]
    return render(
        request,
        "press/release_distribution.html",
        {
            "release": release,
            "rows": rows,
            "pending": pending,
            "form": DistributeForm(),
            "can_send": release.is_public and has_capability(request.user, "manage_press"),
        },
    )


@login_required
@require_POST
def release_distribute_view(request, release_id: int):
    release = access_release(request.user, release_id, write=True)
    form = DistributeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Marque la casilla para confirmar el envío."))
        return redirect("press:release_distribution", release.pk)
    with refusals_as_messages(request):
        queued = release_distribute(release=release, actor=request.user)
        if queued:
            messages.success(
                request,
                ngettext("Se enviará a %(n)s destinatario.", "Se enviará a %(n)s destinatarios.", queued)
                % {"n": queued},
            )
        else:
            messages.info(request, _("Todos los destinatarios de la lista ya la recibieron."))
    return redirect("press:release_distribution", release.pk)


@login_required
def release_social(request, release_id: int):
    release = access_release(request.user, release_id)
    initial = _social_texts(request, release)
    form = SocialTextsForm(request.POST or None, initial_texts=initial)
    if request.method == "POST":
        if not has_capability(request.user, "manage_press"):
            raise Http404
        if form.is_valid():
            social_posts_save(release=release, actor=request.user, texts=form.texts())
            messages.success(request, _("Textos para redes guardados."))
            return redirect("press:release_social", release.pk)
    lengths = {n: counted_length(n, initial[n]) for n in SocialNetwork.values}
    return render(
        request,
        "press/release_social.html",
        {
            "release": release,
            "form": form,
            "rules": RULES,
            "lengths": lengths,
            "adapters": configured_adapters(),
            "can_write": has_capability(request.user, "manage_press"),
        },
    )


@login_required
def release_social_package(request, release_id: int):
    release = access_release(request.user, release_id)
    response = HttpResponse(social_package(release, _social_texts(request, release)), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="redes-nota-{release.pk}.zip"'
    return response


def _social_texts(request, release) -> dict[str, str]:
    """Each network's text for the release: the one saved, or else the one suggested with the release's public link."""
    public_url = request.build_absolute_uri(release.get_public_url())
    saved = {post.network: post.text for post in release.social_posts.all()}
    return {
        network: saved.get(network) or suggested_text(network, release, public_url) for network in SocialNetwork.values
    }


@public_page
def media_opt_out_view(request, token: str):
    """One-click unsubscribe for journalists (GET shows the button, POST records it; RFC 8058 style)."""
    email = opt_out_email(token)
    if email is None:
        raise Http404
    done = False
    if request.method == "POST":
        media_opt_out(email=email)
        done = True
    return render(request, "press/public/opt_out.html", {"email": email, "done": done})
