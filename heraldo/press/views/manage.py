"""Staff pages for press releases: list, write, photos, attachments, workflow, versions."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from heraldo.core.audit import describe, history_for
from heraldo.core.mailing import mass_send_page
from heraldo.core.permissions import capability_required, has_capability
from heraldo.core.writes import refusals_as_messages
from heraldo.press.forms import (
    AttachmentForm,
    LibraryPhotoForm,
    LibrarySearchForm,
    PhotoDetailsForm,
    PhotoUploadForm,
    ReleaseFilterForm,
    ReleaseForm,
    TransitionForm,
)
from heraldo.press.models import ReleaseAttachment, ReleasePhoto
from heraldo.press.permissions import access_asset, access_release
from heraldo.press.publicity import release_verdict, uncovered
from heraldo.press.related import related_links
from heraldo.press.selectors import (
    library_photos_for,
    release_list,
    release_with_media,
    releases_awaiting,
    revision_diff,
    with_photo_counts,
)
from heraldo.press.services.distribution import distribution_on_publish
from heraldo.press.services.publicity import release_publicity_override
from heraldo.press.services.releases import (
    ReleaseConflict,
    ReleaseNotEditable,
    release_attachment_add,
    release_attachment_remove,
    release_autosave,
    release_create,
    release_photo_add,
    release_photo_remove,
    release_photo_reuse,
    release_photo_update,
    release_update,
)
from heraldo.press.services.workflow import (
    TRANSITIONS,
    allowed_transitions,
    refusal_reason,
    release_transition,
)
from heraldo.publicity.checks import translated
from heraldo.publicity.exceptions import can_write_exception


def _querystring(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@login_required
@capability_required("access_press")
def home(request):
    form = ReleaseFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    releases = release_list(user=request.user, **{k: v for k, v in filters.items() if v})
    page = Paginator(releases, 25).get_page(request.GET.get("page"))
    page.object_list = with_photo_counts(page.object_list)
    awaiting = releases_awaiting(request.user)[:5] if has_capability(request.user, "approve_press") else []
    return render(
        request,
        "press/home.html",
        {
            "form": form,
            "page": page,
            "querystring": _querystring(request),
            "awaiting": awaiting,
            "can_write": has_capability(request.user, "manage_press"),
        },
    )


@login_required
@capability_required("approve_press")
def approvals(request):
    page = Paginator(releases_awaiting(request.user), 25).get_page(request.GET.get("page"))
    return render(request, "press/approvals.html", {"page": page, "querystring": _querystring(request)})


def _body_notice(request, form):
    if form.removed_from_body:
        messages.warning(
            request,
            _("Del texto pegado se quitó: %(items)s. El resto se conservó.")
            % {"items": "; ".join(form.removed_from_body)},
        )


@login_required
@capability_required("manage_press")
def release_new(request):
    form = ReleaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "tag_names"}
        release = release_create(actor=request.user, tags=form.tags(), **data)
        _body_notice(request, form)
        messages.success(request, _("Nota guardada como borrador. Ahora agregue las fotos."))
        return redirect("press:release_photos", release.pk)
    return render(request, "press/release_form.html", {"form": form, "release": None})


def _draft_release(view):
    """Photos, attachments and text change only while the release is a draft (approval covers all of it).

    The view receives the release, checked for writing; a release past draft sends the user back to it.
    """

    @wraps(view)
    def wrapper(request, release_id: int, **kwargs):
        release = access_release(request.user, release_id, write=True)
        if not release.is_editable:
            messages.info(request, _("Solo se editan los borradores. Vuelva la nota a borrador para cambiarla."))
            return redirect(release)
        return view(request, release, **kwargs)

    return wrapper


@login_required
@_draft_release
def release_edit(request, release):
    form = ReleaseForm(request.POST or None, instance=release)
    conflict = False
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "tag_names"}
        try:
            version = int(request.POST.get("version", release.version))
            release_update(release=release, actor=request.user, expected_version=version, tags=form.tags(), **data)
        except ReleaseConflict:
            conflict = True
            form.add_error(
                None,
                _(
                    "Otra persona guardó cambios en esta nota mientras usted editaba. "
                    "Su texto sigue en el formulario: cópielo, recargue la página y vuelva a aplicarlo."
                ),
            )
        except ValueError:
            return HttpResponseBadRequest()
        else:
            _body_notice(request, form)
            messages.success(request, _("Cambios guardados."))
            if not release.photos.exists():  # a draft started by autosave continues with its photos
                return redirect("press:release_photos", release.pk)
            return redirect(release)
    return render(request, "press/release_form.html", {"form": form, "release": release, "conflict": conflict})


@login_required
@require_POST
def release_autosave_view(request):
    """Called by the editor's script every few seconds; answers JSON, creates the draft on the first call."""
    if not has_capability(request.user, "manage_press"):
        return JsonResponse({"error": _("Su sesión no permite guardar notas.")}, status=403)
    fields = {name: request.POST.get(name, "") for name in ("headline", "lead", "body", "quotes")}
    if any(len(fields[name]) > limit for name, limit in (("headline", 200), ("lead", 700), ("body", 200_000))):
        return JsonResponse({"error": _("El texto excede el largo permitido.")}, status=400)
    release_id = request.POST.get("release")
    if not release_id:
        if len(fields["headline"].strip()) < 3:
            return JsonResponse({"saved": False, "reason": "empty"})
        release = release_create(actor=request.user, **fields)
        return JsonResponse(
            {
                "saved": True,
                "release": release.pk,
                "version": release.version,
                "edit_url": reverse("press:release_edit", args=[release.pk]),
            }
        )
    release = access_release(request.user, release_id, write=True)
    try:
        version = int(request.POST.get("version", "0"))
        release = release_autosave(release=release, actor=request.user, expected_version=version, **fields)
    except ValueError:
        return JsonResponse({"error": _("Versión no válida.")}, status=400)
    except ReleaseConflict:
        return JsonResponse(
            {"error": _("Otra persona guardó cambios; su texto quedó guardado en este navegador.")}, status=409
        )
    except ReleaseNotEditable:
        return JsonResponse({"error": _("La nota ya no es un borrador.")}, status=409)
    return JsonResponse({"saved": True, "release": release.pk, "version": release.version})


@login_required
def release_detail(request, release_id: int):
    access_release(request.user, release_id)
    release = get_object_or_404(release_with_media(release_id))
    history = [(entry, describe(entry)) for entry in history_for(release)[:50]]
    transitions = allowed_transitions(request.user, release)
    from heraldo.press.services.brand import brand_kit_current

    kit = brand_kit_current() if release.status in ("revision", "alcaldia") else None
    verdict = release_verdict(release)
    return render(
        request,
        "press/release_detail.html",
        {
            "publicity": {
                "verdict": verdict.verdict,
                "regime": verdict.regime.value,
                "processes": verdict.processes,
                "findings": [(finding, translated(finding.template, finding.params)) for finding in verdict.findings],
                "uncovered": uncovered(release, verdict),
                "can_override": can_write_exception(request.user) and release.status not in ("publicado", "retirado"),
                "blocked_sentence": _("Las observaciones bloqueantes impiden aprobar y publicar la nota."),
                "override_url": reverse("press:release_publicity_override", args=[release.pk]),
            },
            "release": release,
            "related": related_links("release", request.user, release),
            "history": history,
            "steps": release.transitions.select_related("actor"),
            "transitions": transitions,
            "transition_form": TransitionForm(),
            "checklist": kit.checklist() if kit else [],
            "can_write": has_capability(request.user, "manage_press") and release.is_editable,
        },
    )


@login_required
@require_POST
def release_publicity_override_view(request, release_id: int):
    release = access_release(request.user, release_id)
    with refusals_as_messages(request):
        release_publicity_override(release=release, actor=request.user, reason=request.POST.get("reason", ""))
        messages.success(request, _("Excepción registrada: la nota puede seguir su curso."))
    return redirect(release.get_absolute_url())


@login_required
@require_POST
def release_transition_view(request, release_id: int, name: str):
    release = access_release(request.user, release_id)
    if name not in TRANSITIONS:
        raise Http404
    form = TransitionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect(release)
    mailing = distribution_on_publish(release) if name in ("publish", "schedule") else None
    with refusals_as_messages(request):
        if mailing is not None and refusal_reason(request.user, release, name) is None:
            # Publishing this release e-mails the media: it goes ahead only once the sender has seen to whom.
            def publish_and_count() -> int:
                _transition(request, release, name, form)
                return mailing.count

            return mass_send_page(
                request,
                mailing=mailing,
                send=publish_and_count,
                done_url=release.get_absolute_url(),
                template="press/release_send.html",
                context={"release": release, "heading": TRANSITIONS[name].label},
                hidden={key: request.POST.get(key, "") for key in ("comment", "when")},
                sent_message=lambda count: _publish_sent(release, name, count),
            )
        _transition(request, release, name, form)
        messages.success(
            request, _("Listo: la nota quedó en estado «%(status)s».") % {"status": release.get_status_display()}
        )
        if name in ("approve", "mayor_approve", "return") and has_capability(request.user, "approve_press"):
            if releases_awaiting(request.user).exists():
                return redirect("press:approvals")
    return redirect(release)


def _transition(request, release, name, form) -> None:
    release_transition(
        release=release,
        actor=request.user,
        name=name,
        comment=form.cleaned_data["comment"],
        when=form.cleaned_data.get("when"),
    )


def _publish_sent(release, name: str, count: int) -> str:
    if name == "schedule":
        return ngettext(
            "Nota programada: al publicarse se enviará a %(n)d destinatario.",
            "Nota programada: al publicarse se enviará a %(n)d destinatarios.",
            count,
        ) % {"n": count}
    return ngettext(
        "Nota publicada: se está enviando a %(n)d destinatario.",
        "Nota publicada: se está enviando a %(n)d destinatarios.",
        count,
    ) % {"n": count}


@login_required
@_draft_release
def release_photos(request, release):
    upload_form = PhotoUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and upload_form.is_valid():
        duplicates = 0
        for upload, checked in upload_form.cleaned_data["photos"]:
            _photo, duplicate = release_photo_add(
                release=release,
                actor=request.user,
                upload=upload,
                checked=checked,
                credit=upload_form.cleaned_data["credit"],
                taken_on=None,
            )
            duplicates += duplicate
        added = len(upload_form.cleaned_data["photos"])
        messages.success(
            request,
            ngettext(
                "%(n)s foto agregada. Escriba su pie y su texto alternativo.",
                "%(n)s fotos agregadas. Escriba el pie y el texto alternativo de cada una.",
                added,
            )
            % {"n": added},
        )
        if duplicates:
            messages.info(
                request,
                ngettext(
                    "%(n)s foto ya estaba en la biblioteca de medios: se usó la copia existente.",
                    "%(n)s fotos ya estaban en la biblioteca de medios: se usaron las copias existentes.",
                    duplicates,
                )
                % {"n": duplicates},
            )
        return redirect("press:release_photos", release.pk)
    photos = release.photos.select_related("asset")
    forms = [
        (photo, PhotoDetailsForm(instance=photo.asset, prefix=f"p{photo.pk}", initial={"position": photo.position}))
        for photo in photos
    ]
    return render(
        request,
        "press/release_photos.html",
        {"release": release, "upload_form": upload_form, "photo_forms": forms, "attachment_form": AttachmentForm()},
    )


@login_required
@_draft_release
def release_photo_library(request, release):
    """Photos already in the media library, to add to this release without uploading them again."""
    if request.method == "POST":
        form = LibraryPhotoForm(request.POST)
        if not form.is_valid():
            messages.error(request, " ".join(form.errors["asset"]))
            return redirect(request.get_full_path())
        with refusals_as_messages(request):
            release_photo_reuse(release=release, actor=request.user, asset=form.cleaned_data["asset"])
            messages.success(request, _("Foto agregada desde la biblioteca. Revise su pie y su texto alternativo."))
            return redirect("press:release_photos", release.pk)
        return redirect(request.get_full_path())
    search = LibrarySearchForm(request.GET)
    text = search.cleaned_data["q"] if search.is_valid() else ""
    page = Paginator(library_photos_for(release=release, text=text), 24).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"release": release, "search": search, "page": page, "querystring": query.urlencode()}
    return render(request, "press/release_photo_library.html", context)


@login_required
@require_POST
@_draft_release
def release_photos_describe(request, release):
    photos = list(release.photos.select_related("asset"))
    forms = [(p, PhotoDetailsForm(request.POST, instance=p.asset, prefix=f"p{p.pk}")) for p in photos]
    if all(form.is_valid() for _p, form in forms):
        with transaction.atomic():
            for photo, form in forms:
                data = dict(form.cleaned_data)
                position = data.pop("position", None)
                release_photo_update(photo=photo, actor=request.user, position=position, **data)
        messages.success(request, _("Datos de las fotos guardados."))
        return redirect("press:release_photos", release.pk)
    messages.error(request, _("Revise los datos marcados en rojo."))
    return render(
        request,
        "press/release_photos.html",
        {
            "release": release,
            "upload_form": PhotoUploadForm(),
            "photo_forms": forms,
            "attachment_form": AttachmentForm(),
        },
    )


@login_required
@require_POST
@_draft_release
def release_photo_remove_view(request, release, photo_id: int):
    photo = get_object_or_404(ReleasePhoto, pk=photo_id, release=release)
    release_photo_remove(photo=photo, actor=request.user)
    messages.success(request, _("Foto quitada de la nota (sigue en la biblioteca de medios)."))
    return redirect("press:release_photos", release.pk)


@login_required
@require_POST
@_draft_release
def release_attachment_add_view(request, release):
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        release_attachment_add(
            release=release,
            actor=request.user,
            upload=form.cleaned_data["file"],
            checked=form.checked,
            title=form.cleaned_data["title"],
        )
        messages.success(request, _("Adjunto agregado."))
    else:
        for errors in form.errors.values():
            messages.error(request, errors[0])
    return redirect("press:release_photos", release.pk)


@login_required
@require_POST
@_draft_release
def release_attachment_remove_view(request, release, attachment_id: int):
    attachment = get_object_or_404(ReleaseAttachment, pk=attachment_id, release=release)
    release_attachment_remove(attachment=attachment, actor=request.user)
    messages.success(request, _("Adjunto quitado."))
    return redirect("press:release_photos", release.pk)


@login_required
def attachment_download(request, release_id: int, attachment_id: int):
    release = access_release(request.user, release_id)
    attachment = get_object_or_404(ReleaseAttachment, pk=attachment_id, release=release)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=f"{attachment.title[:80]}.pdf")


@login_required
def release_revisions(request, release_id: int):
    release = access_release(request.user, release_id)
    revisions = list(release.revisions.select_related("author")[:100])
    by_number = {r.number: r for r in revisions}
    diff = None
    older = newer = None
    if len(revisions) >= 2:
        try:
            newer = by_number.get(int(request.GET.get("b", revisions[0].number)))
            older = by_number.get(int(request.GET.get("a", revisions[1].number)))
        except ValueError:
            newer = older = None
        if older and newer:
            diff = revision_diff(older, newer)
    return render(
        request,
        "press/release_revisions.html",
        {"release": release, "revisions": revisions, "diff": diff, "older": older, "newer": newer},
    )


@login_required
def release_gobpe(request, release_id: int):
    """The release as plain, clean HTML and text to paste into the municipality's gob.pe page."""
    from heraldo.press.exports import gobpe_package

    release = access_release(request.user, release_id)
    release = get_object_or_404(release_with_media(release.pk))
    return render(request, "press/release_gobpe.html", {"release": release, "package": gobpe_package(release, request)})


SIZES = {"thumb": "thumb", "web": "web"}


@login_required
def asset_file(request, asset_id: int, size: str):
    asset = access_asset(request.user, asset_id)
    if size == "original":
        if not has_capability(request.user, "manage_press"):
            raise Http404
        name = asset.original.name.rsplit("/", 1)[-1]
        return FileResponse(asset.original.open("rb"), as_attachment=True, filename=name)
    field = getattr(asset, SIZES.get(size, ""), None) if size in SIZES else None
    if not field:
        raise Http404
    response = FileResponse(field.open("rb"), content_type="image/png" if field.name.endswith(".png") else "image/jpeg")
    response["Cache-Control"] = "private, max-age=3600"
    return response
