from django.urls import path

from heraldo.press import feeds
from heraldo.press.views import bulletins, distribution, public

app_name = "newsroom"

urlpatterns = [
    path("", public.release_list, name="list"),
    path("galerias/", public.galleries, name="galleries"),
    path("<int:release_id>/<slug:slug>/", public.release_detail, name="detail"),
    path("categoria/<slug:slug>/", public.category, name="category"),
    path("etiqueta/<slug:slug>/", public.tag, name="tag"),
    path("escudo/", public.crest, name="crest"),
    path("foto/<int:asset_id>/<slug:size>/", public.photo, name="photo"),
    path("baja-medios/<str:token>/", distribution.media_opt_out_view, name="media_opt_out"),
    path("boletines/", bulletins.public_archive, name="bulletins"),
    path("boletines/<int:bulletin_id>/", bulletins.public_bulletin, name="bulletin"),
    path("boletines/<int:bulletin_id>/pdf/", bulletins.public_bulletin_pdf, name="bulletin_pdf"),
    path("boletines/confirmar/<str:token>/", bulletins.public_confirm, name="bulletin_confirm"),
    path("boletines/baja/<str:token>/", bulletins.public_unsubscribe, name="bulletin_unsubscribe"),
    path("boletines/atom/", feeds.BulletinFeed(), name="bulletin_feed"),
    path("rss/", feeds.latest_releases_rss, name="rss"),
    path("atom/", feeds.latest_releases_atom, name="atom"),
    path("feed.json", feeds.json_feed, name="json_feed"),
    path("sitemap.xml", feeds.sitemap_view, name="sitemap"),
]
