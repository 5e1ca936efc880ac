"""Uploaded files reach a browser only through a view that asks the owning app's gate.

Stored files live in the default storage, whose URLs start with `MEDIA_URL` (`/archivos/`), and
nothing serves that directory as it is: `private_file` finds the record a file belongs to,
asks the gate of that record's app, and answers with headers that keep the browser from running
it (`private_file_response`). Files of the press app are served by its own views (the newsroom's
public photos and bulletins, the library's downloads), so their directories are not listed here.

Files uploaded before names were generated keep the uploader's name until
`manage.py uploads_rename` (`stored_files_rename`) moves each to a generated one.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import filetype
from django.apps import apps
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

from heraldo.core.uploads import (
    AUDIO_MIME,
    IMAGE_MIME,
    SAFE_EXTENSIONS,
    VIDEO_MIME,
    GeneratedName,
    extension_for_content,
)

# What a stored file may be served as; anything else (an upload from before contents were checked)
# goes out as bytes to save.
SERVED_TYPES = frozenset({*IMAGE_MIME, *VIDEO_MIME, *AUDIO_MIME, "application/pdf"})
# Types a page may show in place (an <img>, the browser's PDF viewer); never SVG or HTML.
INLINE_TYPES = frozenset({*IMAGE_MIME, "application/pdf"})
# A file opened by itself runs nothing, loads nothing and cannot be framed.
FILE_CSP = "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'none'"


def allowed_by_gate(access_gate, user, pk) -> bool:
    """Whether an app's `access_*` gate (which answers 404 to refuse) lets the user open the record."""
    try:
        access_gate(user, pk)
    except Http404:
        return False
    return True


@dataclass(frozen=True)
class PrivateFiles:
    """A directory of uploads, the field that holds them and who may open them."""

    directory: str
    model: str
    field: str
    allows: Callable[[Any, models.Model], bool]  # (user, the instance holding the file)
    inline: bool = False  # shown inside a page (a photo), rather than only downloaded


# Each app registers the directories of its private uploads (from its integrations module), so core names none.
_PRIVATE_FILES: list[PrivateFiles] = []


def register_private_files(files: PrivateFiles) -> None:
    if any(files.directory == known.directory for known in _PRIVATE_FILES):
        raise ValueError(f"Private files under {files.directory!r} are registered twice")
    _PRIVATE_FILES.append(files)


def _owner(name: str) -> tuple[PrivateFiles, object]:
    for files in _PRIVATE_FILES:
        if name.startswith(files.directory):
            record = apps.get_model(files.model)._default_manager.filter(**{files.field: name}).first()
            if record is not None:
                return files, record
    raise Http404


@login_required
@require_GET
def private_file(request, name: str):
    files, record = _owner(name)
    if not files.allows(request.user, record):
        raise PermissionDenied
    return private_file_response(getattr(record, files.field), inline=files.inline)


def served_type(field_file: FieldFile) -> str:
    """The content type a file is served as: what its bytes are, never what its name says."""
    with field_file.open("rb") as handle:
        guess = filetype.guess(handle.read(8192))
    mime = guess.mime if guess else ""
    return mime if mime in SERVED_TYPES else "application/octet-stream"


def private_file_response(field_file: FieldFile, *, inline: bool = False) -> FileResponse:
    """A stored file as a download (or in place, for an image or PDF a page shows) that cannot run."""
    try:
        content_type = served_type(field_file)
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(
        field_file.open("rb"),
        content_type=content_type,
        as_attachment=not (inline and content_type in INLINE_TYPES),
        filename=PurePosixPath(field_file.name).name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_CSP
    response["Cache-Control"] = "private, max-age=3600"
    return response


GENERATED_NAME = re.compile(r"[0-9a-f]{32}\.[a-z0-9]+")


def stored_files_rename() -> int:
    """Move every stored file whose name the uploader chose to a generated one; returns how many moved.

    The new extension comes from the file's content, as for a new upload. A file is copied, its
    record updated, and only then the old copy deleted, so an interruption leaves at worst a
    duplicate, never a record pointing nowhere. Running it again moves nothing.
    """
    moved = 0
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not (isinstance(field, models.FileField) and isinstance(field.upload_to, GeneratedName)):
                continue
            stored = model._default_manager.exclude(**{field.name: ""}).values_list("pk", field.name)
            for pk, name in stored.iterator():
                if _generated(name) or not field.storage.exists(name):
                    continue
                with field.storage.open(name, "rb") as old:
                    extension = extension_for_content(old.read(8192))
                    old.seek(0)
                    new_name = field.storage.save(f"{PurePosixPath(name).parent}/{uuid.uuid4().hex}.{extension}", old)
                model._default_manager.filter(pk=pk).update(**{field.name: new_name})
                field.storage.delete(name)
                moved += 1
    return moved


def _generated(name: str) -> bool:
    base = PurePosixPath(name).name
    return bool(GENERATED_NAME.fullmatch(base)) and base.rsplit(".", 1)[1] in SAFE_EXTENSIONS
