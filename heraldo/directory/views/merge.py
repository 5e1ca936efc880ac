"""Merging duplicates: pick the duplicate, see exactly what will happen, then confirm."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from heraldo.core.permissions import capability_required
from heraldo.directory.permissions import access_entity, access_person, can_see_personal_data
from heraldo.directory.services.duplicates import (
    merge_apply,
    merge_plan,
    similar_entities,
    similar_persons,
)
from heraldo.directory.services.registry import PERSONAL_FIELDS

# The gate returns a Person or an Entity, according to the kind.
KINDS: dict[str, tuple[Callable[..., Any], str]] = {
    "persona": (access_person, "directory:person_detail"),
    "entidad": (access_entity, "directory:entity_detail"),
}


@login_required
@capability_required("access_directory")
def merge_view(request, kind: str, object_id: int):
    if kind not in KINDS:
        raise Http404
    gate, detail_name = KINDS[kind]
    survivor = gate(request.user, object_id, write=True)
    duplicate_id = request.POST.get("duplicado") or request.GET.get("duplicado")
    if not duplicate_id:
        if kind == "persona":
            candidates = similar_persons(survivor.given_names, survivor.surnames, exclude_pk=survivor.pk, limit=10)
        else:
            candidates = similar_entities(survivor.name, exclude_pk=survivor.pk, limit=10)
        return render(
            request,
            "directory/merge.html",
            {
                "survivor": survivor,
                "kind": kind,
                "candidates": candidates,
                "detail_url": reverse(detail_name, args=[survivor.pk]),
            },
        )
    duplicate = gate(request.user, duplicate_id, write=True)
    if duplicate.pk == survivor.pk:
        raise Http404
    if request.method == "POST":
        merge_apply(actor=request.user, survivor=survivor, duplicate=duplicate)
        messages.success(request, _("Registros fusionados. El duplicado quedó archivado y apunta a este."))
        return redirect(detail_name, survivor.pk)
    plan = merge_plan(survivor, duplicate)
    show_personal = can_see_personal_data(request.user)
    filled = [
        (label, value if (name not in PERSONAL_FIELDS or show_personal) else "…")
        for name, (label, value) in plan.filled.items()
    ]
    kept = [
        (label, *((ours, theirs) if (name not in PERSONAL_FIELDS or show_personal) else ("…", "…")))
        for name, (label, ours, theirs) in plan.kept.items()
    ]
    return render(
        request,
        "directory/merge.html",
        {
            "survivor": survivor,
            "duplicate": duplicate,
            "plan": plan,
            "filled": filled,
            "kept": kept,
            "kind": kind,
            "detail_url": reverse(detail_name, args=[survivor.pk]),
            "duplicate_url": reverse(detail_name, args=[duplicate.pk]),
        },
    )
