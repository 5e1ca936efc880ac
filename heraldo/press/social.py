"""The social outbox: a tailored text per network, checked against each network's limits, ready to copy.

Nothing is posted by Heraldo unless an adapter for the network is registered
and its credentials are configured; until then the office copies the text and
downloads the package (texts plus the cover photo cut to each network's size).

An adapter implements `SocialAdapter` and registers itself with
`register_social_adapter`; `configured_adapters()` lists only those whose
`is_configured()` is true (for example, a token present in the environment).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Protocol

from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from heraldo.press.models import SocialNetwork

URL_RE = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class NetworkRules:
    limit: int
    image_size: tuple[int, int]
    counts_links_as: int | None = None  # X counts every link as 23 characters
    advice: object = ""


RULES: dict[str, NetworkRules] = {
    SocialNetwork.X: NetworkRules(280, (1600, 900), 23, _("Un mensaje corto con el enlace; máximo 2 etiquetas.")),
    SocialNetwork.FACEBOOK: NetworkRules(63206, (1200, 630), None, _("Lo que se ve sin «Ver más»: unas 3 líneas.")),
    SocialNetwork.INSTAGRAM: NetworkRules(
        2200, (1080, 1080), None, _("Los enlaces no son clicables: indique «enlace en la biografía».")
    ),
    SocialNetwork.WHATSAPP: NetworkRules(1000, (1080, 1080), None, _("Breve y con el enlace al final.")),
    SocialNetwork.LINKEDIN: NetworkRules(3000, (1200, 627), None, _("Tono institucional; enlace al final.")),
}


def counted_length(network: str, text: str) -> int:
    rules = RULES[network]
    if rules.counts_links_as is None:
        return len(text)
    return len(URL_RE.sub("x" * rules.counts_links_as, text))


def length_problem(network: str, text: str) -> str | None:
    length, limit = counted_length(network, text), RULES[network].limit
    if not text.strip():
        return str(_("Escriba el texto."))
    if length > limit:
        return str(_("Tiene %(length)s caracteres y %(network)s admite %(limit)s.")) % {
            "length": length,
            "network": SocialNetwork(network).label,
            "limit": limit,
        }
    return None


def suggested_text(network: str, release, public_url: str) -> str:
    tags = " ".join("#" + re.sub(r"\W", "", t.name.title()) for t in release.tags.all()[:2])
    if network == SocialNetwork.X:
        room = 280 - 23 - len(tags) - 4
        headline = release.headline if len(release.headline) <= room else release.headline[: room - 1] + "…"
        return f"{headline} {public_url} {tags}".strip()
    if network == SocialNetwork.INSTAGRAM:
        return f"{release.headline}\n\n{release.lead}\n\nNota completa: enlace en la biografía.\n{tags}".strip()
    return f"{release.headline}\n\n{release.lead}\n\n{public_url}\n{tags}".strip()


def cover_for(network: str, data: bytes) -> bytes:
    """The cover photo cut and scaled to the network's recommended size, without metadata."""
    with Image.open(io.BytesIO(data)) as image:
        fitted = ImageOps.fit(image.convert("RGB"), RULES[network].image_size, Image.Resampling.LANCZOS)
        out = io.BytesIO()
        fitted.save(out, "JPEG", quality=85, optimize=True)
        return out.getvalue()


def social_package(release, texts: dict[str, str]) -> bytes:
    """A ZIP with one text file per network and the cover photo at each network's size."""
    cover = release.photos.select_related("asset").first()
    cover_bytes = None
    if cover and cover.asset.web:
        with cover.asset.web.open("rb") as handle:
            cover_bytes = handle.read()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for network, text in texts.items():
            archive.writestr(f"{network}/texto.txt", text)
            if cover_bytes:
                archive.writestr(f"{network}/imagen.jpg", cover_for(network, cover_bytes))
                archive.writestr(f"{network}/texto-alternativo.txt", cover.asset.alt_text)
    return buffer.getvalue()


class SocialAdapter(Protocol):
    network: str

    def is_configured(self) -> bool: ...

    def post(self, *, text: str, image: bytes | None) -> str:
        """Publish and return the post's URL; raise on failure."""


_ADAPTERS: dict[str, SocialAdapter] = {}


def register_social_adapter(adapter: SocialAdapter) -> SocialAdapter:
    _ADAPTERS[adapter.network] = adapter
    return adapter


def configured_adapters() -> dict[str, SocialAdapter]:
    return {network: adapter for network, adapter in _ADAPTERS.items() if adapter.is_configured()}
