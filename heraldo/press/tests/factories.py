"""Test data for the press module, built through the services so audit and revisions exist too."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from heraldo.press.models import PressRelease, ReleaseStatus


def jpeg_upload(name="foto.jpg", color=(155, 28, 44), size=(320, 240), gps=False) -> SimpleUploadedFile:
    image = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x010F] = "Cámara"
    if gps:
        ifd = exif.get_ifd(0x8825)
        ifd[1] = "S"
        ifd[2] = (12.0, 3.0, 0.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def make_release(
    author, *, headline="Alcalde inaugura el nuevo mercado de Barrio Alto", status=None, **extra
) -> PressRelease:
    from heraldo.press.services.releases import release_create

    release = release_create(
        actor=author,
        headline=headline,
        lead=extra.pop("lead", "La municipalidad entregó ayer el mercado remodelado a los comerciantes del barrio."),
        body=extra.pop("body", "<p>El mercado cuenta con 120 puestos.</p>"),
        **extra,
    )
    if status:
        values = {"status": status}
        if status == ReleaseStatus.PUBLISHED:
            values["published_at"] = timezone.now()
        PressRelease.objects.filter(pk=release.pk).update(**values)
        release.refresh_from_db()
    return release
