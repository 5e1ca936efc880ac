"""Uploaded files are judged by their content, never by their name.

`check_upload(file, kinds={"image", "pdf"})` reads the first bytes (magic
numbers through `filetype`), opens images with Pillow (which also refuses
decompression bombs), checks PDFs' header and trailer and refuses PDFs that
carry JavaScript, actions or embedded files (`pdf_active_content`), caps sizes
per kind, and returns what the file really is plus a safe generated name. SVG
is refused unless the caller asks for it; then it is parsed with defusedxml and
rebuilt from an allowlist (`sanitize_svg`).

Every file field stores under `GeneratedName`: a uuid and an extension from
`SAFE_EXTENSIONS`, so no uploader ever chooses what lands on the disk.

Images that leave the building are re-encoded without metadata
(`reencode_without_metadata`): that drops EXIF, including the GPS position
phones write into every photo. `strip_location` keeps the other EXIF fields
(camera, date) and only removes the position.

Limits come from settings when present (`HERALDO_UPLOAD_MAX_IMAGE_MB`,
`HERALDO_UPLOAD_MAX_PDF_MB`, `HERALDO_UPLOAD_MAX_VIDEO_MB`), else the defaults
below.
"""

from __future__ import annotations

import io
import re
import uuid
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

DEFAULT_LIMITS_MB = {"image": 25, "pdf": 30, "video": 500, "audio": 100, "svg": 1}
IMAGE_MIME = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif"}
VIDEO_MIME = {"video/mp4": "mp4", "video/quicktime": "mov", "video/webm": "webm"}
AUDIO_MIME = {"audio/mpeg": "mp3", "audio/ogg": "ogg", "audio/x-wav": "wav", "audio/mp4": "m4a"}
# The only extensions a stored file may have: none of them is one a browser runs as a page or script.
SAFE_EXTENSIONS = frozenset({*IMAGE_MIME.values(), *VIDEO_MIME.values(), *AUDIO_MIME.values(), "pdf", "svg", "bin"})
# Pillow refuses anything above this many pixels (a 30 kB PNG can claim 50,000 × 50,000).
MAX_IMAGE_PIXELS = 60_000_000
GPS_IFD = 0x8825

KIND_NAMES = {
    "image": "una imagen",
    "pdf": "un PDF",
    "video": "un video",
    "audio": "un audio",
    "svg": "un dibujo SVG",
}


@dataclass(frozen=True)
class CheckedUpload:
    kind: str  # image, pdf, video, audio, svg
    mime: str
    extension: str
    size: int
    width: int | None = None
    height: int | None = None
    content: bytes | None = None  # the sanitised bytes, for SVG

    def generated_name(self) -> str:
        """A storage name that owes nothing to the uploaded one (no ../, NUL, RTL tricks)."""
        return f"{uuid.uuid4().hex}.{self.extension}"


@deconstructible
class GeneratedName:
    """`upload_to` for every file field: `<directory>/<uuid>.<safe extension>`, whatever name reached it.

    Forms already name checked uploads with `CheckedUpload.generated_name()`; this keeps a file
    saved by any other path (a service, a shell, the admin) from landing under the uploader's name
    or with an extension a browser would run.
    """

    def __init__(self, directory: str):
        self.directory = directory  # may hold strftime patterns, as a string `upload_to` does

    def __call__(self, instance, filename: str) -> str:
        extension = PurePosixPath(filename).suffix.lower().lstrip(".")
        if extension == "jpeg":
            extension = "jpg"
        if extension not in SAFE_EXTENSIONS:
            extension = "bin"
        directory = timezone.localtime().strftime(self.directory).strip("/")
        return f"{directory}/{uuid.uuid4().hex}.{extension}"

    def __eq__(self, other) -> bool:
        return isinstance(other, GeneratedName) and other.directory == self.directory

    def __hash__(self) -> int:
        return hash(self.directory)


def extension_for_content(head: bytes) -> str:
    """The safe extension for what a file's first bytes show it to be; `bin` for anything else."""
    guess = filetype.guess(head)
    mime = guess.mime if guess else ""
    if mime == "application/pdf":
        return "pdf"
    for known in (IMAGE_MIME, VIDEO_MIME, AUDIO_MIME):
        if mime in known:
            return known[mime]
    return "svg" if _looks_like_svg(head) else "bin"


def limit_bytes(kind: str) -> int:
    megabytes = getattr(settings, f"HERALDO_UPLOAD_MAX_{kind.upper()}_MB", DEFAULT_LIMITS_MB[kind])
    return int(megabytes) * 1024 * 1024


def _read_head(uploaded, size: int = 8192) -> bytes:
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


def _size(uploaded) -> int:
    size = getattr(uploaded, "size", None)
    if size is None:
        uploaded.seek(0, io.SEEK_END)
        size = uploaded.tell()
        uploaded.seek(0)
    return int(size)


def _refuse(allowed: set[str]) -> ValidationError:
    names = ", ".join(_(KIND_NAMES[k]) for k in sorted(allowed))
    return ValidationError(
        _("El archivo no es de un tipo aceptado aquí. Se acepta: %(kinds)s.") % {"kinds": names},
        code="file_type",
    )


def _too_big(kind: str) -> ValidationError:
    return ValidationError(
        _("El archivo pesa más de lo permitido para %(kind)s (%(limit)s MB).")
        % {"kind": _(KIND_NAMES[kind]), "limit": limit_bytes(kind) // (1024 * 1024)},
        code="file_size",
    )


def check_upload(uploaded, *, kinds: set[str] | frozenset[str] = frozenset({"image"})) -> CheckedUpload:
    """Validate an uploaded file by content. Raises ValidationError with a Spanish message."""
    size = _size(uploaded)
    if size == 0:
        raise ValidationError(_("El archivo está vacío."), code="empty")
    head = _read_head(uploaded)
    guess = filetype.guess(head)
    mime = guess.mime if guess else ""
    if mime in IMAGE_MIME and "image" in kinds:
        if size > limit_bytes("image"):
            raise _too_big("image")
        width, height = _verify_image(uploaded)
        return CheckedUpload("image", mime, IMAGE_MIME[mime], size, width, height)
    if mime == "application/pdf" and "pdf" in kinds:
        if size > limit_bytes("pdf"):
            raise _too_big("pdf")
        _verify_pdf(uploaded)
        return CheckedUpload("pdf", mime, "pdf", size)
    if mime in VIDEO_MIME and "video" in kinds:
        if size > limit_bytes("video"):
            raise _too_big("video")
        return CheckedUpload("video", mime, VIDEO_MIME[mime], size)
    if mime in AUDIO_MIME and "audio" in kinds:
        if size > limit_bytes("audio"):
            raise _too_big("audio")
        return CheckedUpload("audio", mime, AUDIO_MIME[mime], size)
    if _looks_like_svg(head):
        if "svg" not in kinds:
            raise ValidationError(
                _("Los dibujos SVG no se aceptan aquí porque pueden contener código. Súbalo como PNG o JPG."),
                code="svg_refused",
            )
        if size > limit_bytes("svg"):
            raise _too_big("svg")
        uploaded.seek(0)
        clean = sanitize_svg(uploaded.read())
        uploaded.seek(0)
        return CheckedUpload("svg", "image/svg+xml", "svg", len(clean), content=clean)
    raise _refuse(set(kinds))


def checked_and_renamed(upload, *, kinds: set[str] | frozenset[str]):
    """A form's file field value: a fresh upload is judged by its content and renamed to a generated name
    (a refusal is the form field's error); a file already stored, or none, passes as it is."""
    if upload and hasattr(upload, "content_type"):
        upload.name = check_upload(upload, kinds=kinds).generated_name()
    return upload


def _verify_image(uploaded) -> tuple[int, int]:
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        uploaded.seek(0)
        with Image.open(uploaded) as probe:
            width, height = probe.size
            if width * height > MAX_IMAGE_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            probe.verify()
        uploaded.seek(0)
        with Image.open(uploaded) as image:
            image.load()  # verify() does not decode; a truncated body fails here
    except Image.DecompressionBombError as exc:
        raise ValidationError(
            _("La imagen declara demasiados píxeles (más de %(mp)s megapíxeles).")
            % {"mp": MAX_IMAGE_PIXELS // 1_000_000},
            code="image_bomb",
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(_("La imagen está dañada o incompleta."), code="image_broken") from exc
    finally:
        uploaded.seek(0)
    return width, height


def _verify_pdf(uploaded) -> None:
    uploaded.seek(0)
    body = uploaded.read()
    uploaded.seek(0)
    if not body.startswith(b"%PDF-") or b"%%EOF" not in body[-2048:]:
        raise ValidationError(_("El PDF está dañado o incompleto."), code="pdf_broken")
    if pdf_active_content(body):
        raise ValidationError(
            _(
                "El PDF contiene código (JavaScript), acciones automáticas o archivos incrustados, y no se "
                "acepta. Imprímalo o expórtelo de nuevo como PDF simple y vuelva a subirlo."
            ),
            code="pdf_active",
        )


# Names that make a PDF act on its own: scripts (an /OpenAction running JavaScript names /JS or
# /JavaScript too), additional actions on open, close or focus, launching programs, attachments.
_ACTIVE_PDF_NAME = re.compile(rb"/(JavaScript|JS|AA|Launch|EmbeddedFiles?|RichMedia)(?![A-Za-z0-9])")
_PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_STREAM = re.compile(rb"stream\r?\n")
_PDF_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm(?![A-Za-z0-9])")
# What inflating a PDF's object streams may cost before it is refused as too convoluted to inspect.
PDF_INFLATE_BUDGET = 64 * 1024 * 1024


def pdf_active_content(body: bytes) -> bool:
    """Whether a PDF's objects name active content, in plain text or inside compressed object streams.

    A byte scan rather than a parse: pypdf is only a test dependency here, and a scan is not fooled
    by a broken cross-reference table. Objects live either between streams or, since PDF 1.5,
    inside Flate-compressed object streams (/Type /ObjStm), which are inflated and scanned too.
    Other streams (page drawing, fonts, images) hold no objects, so they are skipped: scanning their
    binary bytes would refuse honest scans by chance. Names are read with their #xx escapes decoded
    (/J#61vaScript). A PDF whose object streams would inflate past the budget is treated as
    active: it cannot be shown to be harmless.
    """
    budget = PDF_INFLATE_BUDGET
    position = 0
    for match in _PDF_STREAM.finditer(body):
        if match.start() < position:
            continue
        dictionary = body[position : match.start()]
        if _names_active(dictionary):
            return True
        end = body.find(b"endstream", match.end())
        if end < 0:
            end = len(body)
        last_dictionary = dictionary[dictionary.rfind(b"obj") + 1 :]
        if _PDF_OBJECT_STREAM.search(_unescape(last_dictionary)):
            content = body[match.end() : end]
            try:
                content = zlib.decompressobj().decompress(content, budget + 1)
            except zlib.error:
                pass  # an uncompressed object stream is scanned as it is
            budget -= len(content)
            if budget < 0 or _names_active(content):
                return True
        position = end
    return _names_active(body[position:])


def _unescape(data: bytes) -> bytes:
    return _PDF_NAME_ESCAPE.sub(_unescape_pdf_name, data)


def _names_active(data: bytes) -> bool:
    return bool(_ACTIVE_PDF_NAME.search(_unescape(data)))


def _unescape_pdf_name(match: re.Match) -> bytes:
    return bytes([int(match[1], 16)])


def _looks_like_svg(head: bytes) -> bool:
    text = head[:2048].lstrip().lower()
    return text.startswith((b"<?xml", b"<svg", b"<!doctype svg")) and b"<svg" in text


# --- SVG -------------------------------------------------------------------------------------------

SVG_TAGS = frozenset(
    {
        "svg",
        "g",
        "path",
        "rect",
        "circle",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "text",
        "tspan",
        "defs",
        "lineargradient",
        "radialgradient",
        "stop",
        "title",
        "desc",
        "clippath",
    }
)
SVG_ATTRIBUTES = frozenset(
    {
        "viewbox",
        "width",
        "height",
        "x",
        "y",
        "x1",
        "x2",
        "y1",
        "y2",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "d",
        "points",
        "fill",
        "fill-rule",
        "fill-opacity",
        "stroke",
        "stroke-width",
        "stroke-linecap",
        "stroke-linejoin",
        "stroke-opacity",
        "opacity",
        "transform",
        "id",
        "offset",
        "stop-color",
        "stop-opacity",
        "gradientunits",
        "gradienttransform",
        "clip-path",
        "font-family",
        "font-size",
        "font-weight",
        "text-anchor",
        "preserveaspectratio",
        "version",
    }
)
_SVG_NS = "http://www.w3.org/2000/svg"


def sanitize_svg(data: bytes) -> bytes:
    """Rebuild an SVG from an allowlist: no script, handler, foreignObject, external reference or entity."""
    from xml.etree.ElementTree import Element, SubElement, tostring  # noqa: S405  building, not parsing

    from defusedxml import ElementTree as SafeTree
    from defusedxml.common import DefusedXmlException

    try:
        root = SafeTree.fromstring(data)
    except (DefusedXmlException, SafeTree.ParseError) as exc:
        raise ValidationError(_("El SVG no es un XML válido o declara entidades."), code="svg_broken") from exc

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1].lower()

    if local(root.tag) != "svg":
        raise ValidationError(_("El archivo no es un dibujo SVG."), code="svg_broken")

    def copy(source, target_parent):
        name = local(source.tag)
        if name not in SVG_TAGS:
            return
        attrs = {}
        for key, value in source.attrib.items():
            attr = local(key)
            if attr not in SVG_ATTRIBUTES:
                continue
            if re.search(r"(?i)(javascript:|url\(\s*['\"]?\s*(?!#)|expression\()", value):
                continue
            attrs[attr if attr != "viewbox" else "viewBox"] = value
        if target_parent is None:
            element = Element("svg", attrs)
            element.set("xmlns", _SVG_NS)
        else:
            element = SubElement(target_parent, name, attrs)
        element.text = source.text if name in {"text", "tspan", "title", "desc"} else None
        for child in source:
            copy(child, element)
            if len(element) and name in {"text", "tspan"}:
                element[-1].tail = child.tail
        return element

    rebuilt = copy(root, None)
    return tostring(rebuilt, encoding="utf-8", xml_declaration=False)


# --- Image metadata --------------------------------------------------------------------------------


def reencode_without_metadata(data: bytes, *, max_side: int | None = None, quality: int = 85) -> tuple[bytes, str]:
    """Decode and re-encode an image with no metadata at all; optionally shrink it. Returns (bytes, ext)."""
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    with Image.open(io.BytesIO(data)) as image:
        from PIL import ImageOps

        image = ImageOps.exif_transpose(image)  # keep the orientation the camera meant, then forget EXIF
        has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
        if max_side:
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if has_alpha:
            image.convert("RGBA").save(out, "PNG", optimize=True)
            return out.getvalue(), "png"
        image.convert("RGB").save(out, "JPEG", quality=quality, optimize=True, progressive=True)
        return out.getvalue(), "jpg"


def image_has_location(data: bytes) -> bool:
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return bool(exif.get_ifd(GPS_IFD)) if exif else False


def strip_location(data: bytes) -> bytes:
    """Remove the GPS block from a JPEG/PNG/WebP's EXIF, keeping pixels and other metadata."""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if not exif or not exif.get_ifd(GPS_IFD):
            return data
        exif_format = image.format
        del exif[GPS_IFD]
        out = io.BytesIO()
        params = {"exif": exif.tobytes()}
        if exif_format == "JPEG":
            params["quality"] = "keep"  # no second lossy pass over the pixels
        image.save(out, exif_format, **params)
        return out.getvalue()
