"""The public newsroom (no login): list, detail, categories, tags, search, galleries, photos.

Only published releases exist here: anything else is a 404, whoever asks.
Pages are built from a handful of indexed queries so they stay fast with
tens of thousands of releases.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from heraldo.core.fulltext import words_filter
from heraldo.core.permissions import public_page
from heraldo.core.stamps import stamps_version
from heraldo.core.visitor_cache import cached_for_visitors
from heraldo.press.integrations import NEWSROOM_STAMP
from heraldo.press.models import Category, MediaAsset, PressRelease, ReleasePhoto, ReleaseStatus, Tag

PAGE_SIZE = 12


def _newsroom_version() -> str:
    return stamps_version(NEWSROOM_STAMP)


for_visitors = cached_for_visitors(_newsroom_version)


def published():
    return PressRelease.objects.published()


def _with_cover(releases):
    return releases.select_related("category").prefetch_related(
        Prefetch("photos", queryset=ReleasePhoto.objects.select_related("asset").order_by("position", "pk"))
    )


@dataclass
class Window:
    """A page without a total count: counting 20,000 rows for every visitor is the slow part of a list."""

    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


MAX_PAGE = 2000


def _page_number(request) -> int:
    try:
        return min(max(int(request.GET.get("page", 1)), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def _listing(request, releases, *, title, description="", extra=None):
    number = _page_number(request)
    offset = (number - 1) * PAGE_SIZE
    ids = list(releases.order_by("-published_at", "-pk").values_list("pk", flat=True)[offset : offset + PAGE_SIZE + 1])
    page = Window(number, has_next=len(ids) > PAGE_SIZE)
    ids = ids[:PAGE_SIZE]
    by_id = {r.pk: r for r in _with_cover(PressRelease.objects.filter(pk__in=ids))}
    items = [by_id[i] for i in ids if i in by_id]
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "items": items,
        "title": title,
        "description": description,
        "categories": Category.objects.all(),
        "querystring": query.urlencode(),
        "q": request.GET.get("q", "")[:200],
    }
    context.update(extra or {})
    return render(request, "press/public/list.html", context)


@public_page
@require_GET
@for_visitors
def release_list(request):
    query = request.GET.get("q", "").strip()[:200]
    releases = published()
    if query:
        releases = words_filter(releases, query)
        title = _("Resultados para «%(q)s»") % {"q": query}
    else:
        title = _("Noticias")
    return _listing(request, releases, title=title, extra={"is_search": bool(query)})


@public_page
@require_GET
@for_visitors
def category(request, slug: str):
    chosen = get_object_or_404(Category, slug=slug)
    return _listing(request, published().filter(category=chosen), title=chosen.name, extra={"current_category": chosen})


@public_page
@require_GET
@for_visitors
def tag(request, slug: str):
    chosen = get_object_or_404(Tag, slug=slug)
    return _listing(request, published().filter(tags=chosen), title=_("Etiqueta: %(tag)s") % {"tag": chosen.name})


@public_page
@require_GET
@for_visitors
def galleries(request):
    with_several = (
        ReleasePhoto.objects.values("release").annotate(total=Count("pk")).filter(total__gte=2).values("release")
    )
    releases = published().filter(pk__in=with_several)
    return _listing(request, releases, title=_("Galerías de fotos"), extra={"is_gallery": True})


@public_page
@require_GET
@for_visitors
def release_detail(request, release_id: int, slug: str):
    release = get_object_or_404(_with_cover(published()).prefetch_related("tags", "attachments"), pk=release_id)
    if slug != release.slug:
        return redirect(release.get_public_url(), permanent=True)
    related = []
    if release.category_id:
        related = list(
            published()
            .filter(category_id=release.category_id)
            .exclude(pk=release.pk)
            .order_by("-published_at")
            .only("pk", "slug", "headline", "published_at")[:4]
        )
    return render(request, "press/public/detail.html", {"release": release, "related": related})


@public_page
@require_GET
@cache_control(public=True, max_age=86400)
def crest(request):
    """The municipality's crest from the brand kit (its URL names the version, so it can be cached a day)."""
    from heraldo.press.services.brand import crest as brand_crest

    found = brand_crest()
    if found is None:
        raise Http404
    response = FileResponse(found.file.open("rb"), content_type=found.mime)
    response["Content-Security-Policy"] = "sandbox"  # an SVG opened on its own runs nothing
    return response


@public_page
@require_GET
@cache_control(public=True, max_age=86400)
def photo(request, asset_id: int, size: str):
    """A photo of a published release, in a metadata-free size (never the original)."""
    if size not in ("web", "thumb"):
        raise Http404
    asset = get_object_or_404(MediaAsset, pk=asset_id, kind=MediaAsset.Kind.PHOTO)
    public = ReleasePhoto.objects.filter(
        asset=asset, release__status=ReleaseStatus.PUBLISHED, release__published_at__isnull=False
    ).exists()
    if not public:
        raise Http404
    field = getattr(asset, size)
    if not field:
        raise Http404
    return FileResponse(field.open("rb"), content_type="image/png" if field.name.endswith(".png") else "image/jpeg")
