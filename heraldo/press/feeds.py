"""The newsroom's feeds: RSS 2.0 and Atom (Django syndication), JSON Feed 1.1, and the sitemap."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from heraldo.core.branding import municipality_name
from heraldo.core.permissions import public_page
from heraldo.core.sanitize import html_to_text
from heraldo.press.models import PressRelease, ReleasePhoto
from heraldo.press.views.public import for_visitors

FEED_SIZE = 30


def _latest():
    from django.db.models import Prefetch

    return (
        PressRelease.objects.published()
        .select_related("category")
        .prefetch_related(
            "tags", Prefetch("photos", queryset=ReleasePhoto.objects.select_related("asset").order_by("position", "pk"))
        )
        .order_by("-published_at", "-pk")[:FEED_SIZE]
    )


class LatestReleasesFeed(Feed):
    heraldo_public = True  # the newsroom's feeds are open to anyone
    title = _("Noticias")
    description = _("Notas de prensa publicadas por la Unidad de Imagen Institucional.")
    language = "es"

    def title(self):  # noqa: F811  a method so the municipality name is read per request
        return f"{municipality_name()} — Noticias"

    def link(self):
        return reverse("newsroom:list")

    def items(self):
        return list(_latest())

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        # RSS descriptions and Atom summaries are HTML: the lead is plain text, so its < and & are escaped
        return escape(item.lead)

    def item_link(self, item):
        return item.get_public_url()

    def item_guid(self, item):
        return f"heraldo-release-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        names = [t.name for t in item.tags.all()]
        return ([item.category.name] if item.category else []) + names

    def item_enclosures(self, item):
        from django.utils.feedgenerator import Enclosure

        photos = list(item.photos.all())
        if not photos or not photos[0].asset.web:
            return []
        asset = photos[0].asset
        url = self._request.build_absolute_uri(reverse("newsroom:photo", args=[asset.pk, "web"]))
        mime = "image/png" if asset.web.name.endswith(".png") else "image/jpeg"
        try:
            length = asset.web.size
        except OSError:  # a missing file must not break the feed
            length = 0
        return [Enclosure(url, str(length), mime)]

    def __call__(self, request, *args, **kwargs):
        self._request = request
        return super().__call__(request, *args, **kwargs)


class LatestReleasesAtom(LatestReleasesFeed):
    feed_type = Atom1Feed
    subtitle = LatestReleasesFeed.description

    def author_name(self):
        return municipality_name()  # RFC 4287: a feed names its author unless every entry does

    def item_enclosures(self, item):
        return []


@public_page
@require_GET
@for_visitors
def json_feed(request):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) for other sites to embed the news."""
    releases = list(_latest())
    items = []
    for release in releases:
        photos = list(release.photos.all())
        cover = photos[0] if photos else None
        entry = {
            "id": f"heraldo-release-{release.pk}",
            "url": request.build_absolute_uri(release.get_public_url()),
            "title": release.headline,
            "summary": release.lead,
            "content_html": release.body,
            "content_text": html_to_text(release.body),
            "date_published": release.published_at.isoformat(),
            "date_modified": release.updated_at.isoformat(),
            "tags": ([release.category.name] if release.category else []) + [t.name for t in release.tags.all()],
        }
        if cover:
            entry["image"] = request.build_absolute_uri(reverse("newsroom:photo", args=[cover.asset_id, "web"]))
        items.append(entry)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"{municipality_name()} — Noticias",
        "home_page_url": request.build_absolute_uri(reverse("newsroom:list")),
        "feed_url": request.build_absolute_uri(reverse("newsroom:json_feed")),
        "language": "es-PE",
        "items": items,
    }
    response = JsonResponse(feed, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/feed+json; charset=utf-8"
    return response


# Kept for visitors like the newsroom's pages: feed readers poll them, and thirty entries took 24 ms to build at
# the demo size of bench/pages.py (43 req/s under load).
latest_releases_rss = public_page(for_visitors(LatestReleasesFeed()))
latest_releases_atom = public_page(for_visitors(LatestReleasesAtom()))


class ReleaseSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return PressRelease.objects.published().only("pk", "slug", "updated_at").order_by("-published_at", "-pk")

    def location(self, item):
        return item.get_public_url()

    def lastmod(self, item):
        return item.updated_at


@public_page
@require_GET
def sitemap_view(request):
    from django.contrib.sitemaps.views import sitemap

    return sitemap(request, {"noticias": ReleaseSitemap}, template_name="press/public/sitemap.xml")


class BulletinFeed(Feed):
    """The archive of bulletins as an Atom feed (each entry links the edition and its PDF)."""

    heraldo_public = True
    feed_type = Atom1Feed

    def title(self):
        return f"{municipality_name()} — Boletines"

    def author_name(self):
        return municipality_name()  # RFC 4287: a feed names its author unless every entry does

    subtitle = _("Ediciones del boletín municipal.")

    def link(self):
        return reverse("newsroom:bulletins")

    def items(self):
        from heraldo.press.models import Bulletin

        return Bulletin.objects.filter(status=Bulletin.Status.PUBLISHED).order_by("-published_at")[:30]

    def item_title(self, item):
        return f"{item.title} n.º {item.number} · {item.period_label}"

    def item_description(self, item):
        return escape(item.intro)  # plain text into an HTML field, as the releases' leads

    def item_link(self, item):
        return item.get_public_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at  # RFC 4287: every entry carries atom:updated
