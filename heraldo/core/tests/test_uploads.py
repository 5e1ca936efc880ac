"""Uploads are judged by content: a renamed script is not an image, a bomb is refused, GPS is stripped."""

import io
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from heraldo.core.uploads import (
    GPS_IFD,
    check_upload,
    image_has_location,
    reencode_without_metadata,
    sanitize_svg,
    strip_location,
)


def jpeg_bytes(*, with_gps: bool = False, size=(64, 48)) -> bytes:
    image = Image.new("RGB", size, (155, 28, 44))
    exif = Image.Exif()
    exif[0x010F] = "Camara de prueba"
    if with_gps:
        gps = exif.get_ifd(GPS_IFD)
        gps[1] = "S"
        gps[2] = (12.0, 3.0, 0.0)
        gps[3] = "W"
        gps[4] = (77.0, 2.0, 0.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def test_a_real_jpeg_is_an_image_whatever_its_name():
    checked = check_upload(upload("foto.pdf", jpeg_bytes()), kinds={"image"})
    assert (checked.kind, checked.mime, checked.extension, checked.width) == ("image", "image/jpeg", "jpg", 64)
    assert checked.generated_name().endswith(".jpg") and "foto" not in checked.generated_name()


def test_html_renamed_as_jpg_is_refused_with_a_spanish_message():
    with pytest.raises(ValidationError) as error:
        check_upload(upload("foto.jpg", b"<html><script>alert(1)</script></html>"), kinds={"image"})
    assert "no es de un tipo aceptado" in error.value.messages[0]


def test_truncated_image_is_refused():
    with pytest.raises(ValidationError) as error:
        check_upload(upload("rota.jpg", jpeg_bytes()[:300]), kinds={"image"})
    assert "dañada" in error.value.messages[0]


def test_pixel_flood_png_is_refused():
    # A tiny file that claims 100,000 × 100,000 pixels in its header.
    image = Image.new("1", (1, 1))
    out = io.BytesIO()
    image.save(out, "PNG")
    data = bytearray(out.getvalue())
    data[16:24] = (100_000).to_bytes(4, "big") + (100_000).to_bytes(4, "big")
    data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")  # a valid header, so only its size is wrong
    with pytest.raises(ValidationError) as error:
        check_upload(upload("bomba.png", bytes(data)), kinds={"image"})
    assert "demasiados píxeles" in error.value.messages[0]


def test_pdf_is_accepted_only_where_asked_and_active_pdfs_are_refused():
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    assert check_upload(upload("x.bin", pdf), kinds={"pdf"}).kind == "pdf"
    with pytest.raises(ValidationError):
        check_upload(upload("x.pdf", pdf), kinds={"image"})
    active = b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF\n"
    with pytest.raises(ValidationError) as error:
        check_upload(upload("x.pdf", active), kinds={"pdf"})
    assert "código" in error.value.messages[0]


def test_video_size_cap_comes_from_settings(settings):
    settings.HERALDO_UPLOAD_MAX_VIDEO_MB = 1
    mp4_head = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    assert check_upload(upload("v.mp4", mp4_head + b"\x00" * 1000), kinds={"video"}).kind == "video"
    with pytest.raises(ValidationError) as error:
        check_upload(upload("v.mp4", mp4_head + b"\x00" * (1024 * 1024 + 1)), kinds={"video"})
    assert "1 MB" in error.value.messages[0]


def test_empty_file_is_refused():
    with pytest.raises(ValidationError):
        check_upload(upload("nada.jpg", b""), kinds={"image"})


EVIL_SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     viewBox="0 0 10 10" onload="alert(1)">
  <script>alert(2)</script>
  <rect width="10" height="10" fill="#9b1c2c" onclick="alert(3)"/>
  <foreignObject><iframe src="https://evil.example"/></foreignObject>
  <use xlink:href="https://evil.example/x.svg#a"/>
  <a href="javascript:alert(4)"><circle r="2" fill="url(https://evil.example/f)"/></a>
</svg>"""


def test_svg_is_refused_unless_asked_for():
    with pytest.raises(ValidationError) as error:
        check_upload(upload("logo.svg", EVIL_SVG), kinds={"image"})
    assert "SVG" in error.value.messages[0]


def test_svg_is_rebuilt_from_an_allowlist_when_accepted():
    checked = check_upload(upload("logo.svg", EVIL_SVG), kinds={"svg"})
    clean = checked.content.decode()
    for needle in ("script", "onload", "onclick", "foreignObject", "iframe", "use", "javascript", "evil"):
        assert needle not in clean, needle
    assert '<rect width="10" height="10" fill="#9b1c2c"' in clean


def test_svg_with_entities_is_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    with pytest.raises(ValidationError):
        sanitize_svg(bomb)


def test_location_is_stripped_and_other_exif_kept():
    data = jpeg_bytes(with_gps=True)
    assert image_has_location(data)
    stripped = strip_location(data)
    assert not image_has_location(stripped)
    with Image.open(io.BytesIO(stripped)) as image:
        assert image.getexif()[0x010F] == "Camara de prueba"
        assert image.size == (64, 48)


def test_reencoding_drops_all_metadata_and_shrinks():
    data, ext = reencode_without_metadata(jpeg_bytes(with_gps=True, size=(800, 600)), max_side=200)
    assert ext == "jpg"
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (200, 150)
        assert not image.getexif()


def _pdf_with_object_stream(objects: bytes) -> bytes:
    """A PDF 1.5 whose objects hide in a Flate-compressed object stream, as most exporters write them."""
    packed = zlib.compress(objects)
    return (
        b"%PDF-1.5\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
        + b"5 0 obj\n<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length %d>>\nstream\n" % len(packed)
        + packed
        + b"\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def test_pypdf_document_with_javascript_is_refused_in_spanish():
    from pypdf import PdfWriter
    from pypdf.actions import JavaScript

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_open_action(JavaScript("app.alert('hola');"))
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ValidationError) as error:
        check_upload(upload("oficio.pdf", out.getvalue()), kinds={"pdf"})
    assert error.value.code == "pdf_active"
    assert "JavaScript" in error.value.messages[0]


@pytest.mark.parametrize(
    "hidden",
    [
        b"3 0 obj <</S/JavaScript/JS(app.alert(1))>> endobj",
        b"3 0 obj <</Type/Page/AA<</O<</S/Launch/F(calc.exe)>>>>>> endobj",
        b"3 0 obj <</S/J#61vaScript/J#53(app.alert(1))>> endobj",
    ],
    ids=["javascript", "page-open-action", "escaped-names"],
)
def test_active_content_inside_a_compressed_object_stream_is_found(hidden):
    with pytest.raises(ValidationError) as error:
        check_upload(upload("x.pdf", _pdf_with_object_stream(hidden)), kinds={"pdf"})
    assert error.value.code == "pdf_active"


def test_a_plain_pdf_with_compressed_objects_and_pages_is_accepted():
    from heraldo.core.pdf import html_to_pdf

    document = html_to_pdf("<h1>Oficio N.° 12</h1><p>Texto del oficio, sin nada activo.</p>")
    assert check_upload(upload("oficio.pdf", document), kinds={"pdf"}).kind == "pdf"
    harmless = _pdf_with_object_stream(b"3 0 obj <</Type/Page/MediaBox[0 0 200 200]>> endobj")
    assert check_upload(upload("x.pdf", harmless), kinds={"pdf"}).kind == "pdf"


def test_every_stored_name_is_generated_with_a_safe_extension():
    from heraldo.core.uploads import GeneratedName

    name = GeneratedName("monitoring/clippings/%Y/%m")
    for uploaded, extension in [("nota.html", "bin"), ("x.js", "bin"), ("foto.JPEG", "jpg"), ("../../a.pdf", "pdf")]:
        stored = name(None, uploaded)
        assert stored.startswith("monitoring/clippings/") and ".." not in stored
        assert stored.rsplit(".", 1)[1] == extension
        assert len(stored.rsplit("/", 1)[1]) == 32 + 1 + len(extension)
