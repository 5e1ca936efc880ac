"""The media library and the brand kit (staff pages)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from heraldo.core.audit import describe, history_for
from heraldo.core.fulltext import words_filter
from heraldo.core.permissions import capability_required, has_capability
from heraldo.press.brand import contrast_pairs
from heraldo.press.forms import AssetFilterForm, AssetForm, AssetUploadForm, BrandKitForm, BrandTemplateForm
from heraldo.press.models import BrandKitVersion, BrandTemplate, MediaAsset
from heraldo.press.permissions import access_asset
from heraldo.press.related import related_links
from heraldo.press.services.brand import brand_kit_current, brand_kit_save, brand_template_add, brand_template_remove
from heraldo.press.services.media import asset_update, asset_upload


@login_required
@capability_required("access_press")
def library(request):
    form = AssetFilterForm(request.GET or None)
    assets = MediaAsset.objects.all()
    if form.is_bound and form.is_valid():
        assets = words_filter(assets, form.cleaned_data["q"])
        if form.cleaned_data["kind"]:
            assets = assets.filter(kind=form.cleaned_data["kind"])
    upload_form = AssetUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not has_capability(request.user, "manage_press"):
            raise Http404
        if upload_form.is_valid():
            details = {k: v for k, v in upload_form.cleaned_data.items() if k != "files"}
            created = duplicates = 0
            for upload, checked in upload_form.cleaned_data["files"]:
                _asset, is_new = asset_upload(actor=request.user, upload=upload, checked=checked, **details)
                created += is_new
                duplicates += not is_new
            if created:
                messages.success(
                    request,
                    ngettext(
                        "%(n)s archivo agregado a la biblioteca.", "%(n)s archivos agregados a la biblioteca.", created
                    )
                    % {"n": created},
                )
            if duplicates:
                messages.info(
                    request,
                    ngettext(
                        "%(n)s archivo ya estaba en la biblioteca: no se duplicó.",
                        "%(n)s archivos ya estaban en la biblioteca: no se duplicaron.",
                        duplicates,
                    )
                    % {"n": duplicates},
                )
            return redirect("press:library")
    page = Paginator(assets.order_by("-created_at", "-pk"), 24).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "press/library.html",
        {
            "form": form,
            "upload_form": upload_form,
            "page": page,
            "querystring": query.urlencode(),
            "can_write": has_capability(request.user, "manage_press"),
        },
    )


@login_required
def asset_detail(request, asset_id: int):
    asset = access_asset(request.user, asset_id)
    form = AssetForm(request.POST or None, instance=asset)
    if request.method == "POST":
        if not has_capability(request.user, "manage_press"):
            raise Http404
        if form.is_valid():
            asset_update(asset=asset, actor=request.user, **form.cleaned_data)
            messages.success(request, _("Datos guardados."))
            return redirect("press:asset_detail", asset.pk)
    uses = asset.release_uses.select_related("release")
    history = [(entry, describe(entry)) for entry in history_for(asset)[:30]]
    return render(
        request,
        "press/asset_detail.html",
        {
            "asset": asset,
            "form": form,
            "uses": uses,
            "related": related_links("asset", request.user, asset),
            "history": history,
            "can_write": has_capability(request.user, "manage_press"),
        },
    )


@login_required
@capability_required("access_press")
def brand_kit(request):
    current = brand_kit_current()
    version = current
    if request.GET.get("v"):
        try:
            version = BrandKitVersion.objects.get(number=int(request.GET["v"]))
        except (ValueError, BrandKitVersion.DoesNotExist) as exc:
            raise Http404 from exc
    form = None
    if has_capability(request.user, "approve_press"):
        initial = {}
        if current:
            initial = {
                "palette": "\n".join(f"{c['name']} {c['hex']}" for c in current.palette),
                "typography": "\n".join(f"{t['use']}: {t['family']}" for t in current.typography),
                "logo_min_width_mm": current.logo_min_width_mm,
                "logo_min_width_px": current.logo_min_width_px,
                "logo_clear_space": current.logo_clear_space,
                "usage_notes": current.usage_notes,
                "review_checklist": current.review_checklist,
            }
        form = BrandKitForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid():
            saved = brand_kit_save(actor=request.user, **form.cleaned_data)
            messages.success(request, _("Se publicó la versión %(n)s del manual de marca.") % {"n": saved.number})
            return redirect("press:brand_kit")
    elif request.method == "POST":
        raise Http404
    return render(
        request,
        "press/brand_kit.html",
        {
            "version": version,
            "current": current,
            "versions": BrandKitVersion.objects.only("number", "created_at")[:20],
            "pairs": contrast_pairs(version.palette) if version else [],
            "form": form,
            "templates": BrandTemplate.objects.all(),
            "template_form": BrandTemplateForm() if form is not None else None,
        },
    )


@login_required
@require_POST
def brand_template_add_view(request):
    if not has_capability(request.user, "approve_press"):
        raise Http404
    form = BrandTemplateForm(request.POST, request.FILES)
    if form.is_valid():
        brand_template_add(
            actor=request.user,
            upload=form.cleaned_data["file"],
            checked=form.checked,
            title=form.cleaned_data["title"],
            description=form.cleaned_data["description"],
            is_crest=form.cleaned_data["is_crest"],
        )
        messages.success(request, _("Plantilla agregada."))
    else:
        for errors in form.errors.values():
            messages.error(request, errors[0])
    return redirect("press:brand_kit")


@login_required
@require_POST
def brand_template_remove_view(request, template_id: int):
    if not has_capability(request.user, "approve_press"):
        raise Http404
    brand_template_remove(actor=request.user, template=get_object_or_404(BrandTemplate, pk=template_id))
    messages.success(request, _("Plantilla quitada."))
    return redirect("press:brand_kit")


@login_required
def brand_template_download(request, template_id: int):
    if not has_capability(request.user, "access_press"):
        raise Http404
    template = get_object_or_404(BrandTemplate, pk=template_id)
    extension = template.file.name.rsplit(".", 1)[-1]
    # Always a download, never rendered inline: an SVG opened by the browser could run what it carries.
    response = FileResponse(
        template.file.open("rb"), as_attachment=True, filename=f"{slugify(template.title)}.{extension}"
    )
    response["Content-Security-Policy"] = "sandbox"
    return response
