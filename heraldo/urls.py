from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from heraldo.core.media import private_file
from heraldo.core.views.errors import healthz

admin.site.site_header = "Heraldo"
admin.site.site_title = "Heraldo"
# The admin's own password form would skip allauth's second factor: send it to allauth's sign-in.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("", include("heraldo.core.urls")),
    path("", include("heraldo.work.urls")),
    path("registro/", include("heraldo.directory.urls")),
    path("agenda/", include("heraldo.ceremonial.urls")),
    path("publicidad/", include("heraldo.publicity.urls")),
    path("prensa/", include("heraldo.press.urls")),
    path("noticias/", include("heraldo.press.public_urls")),
    path("monitoreo/", include("heraldo.monitoring.urls")),
    path("campanas/", include("heraldo.campaigns.urls")),
    path("opinion/", include("heraldo.opinion.urls")),
    path("participa/", include("heraldo.opinion.public_urls")),
    path("reportes/", include("heraldo.reports.urls")),
    path("cuenta/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("heraldo.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api_schema"), name="api_docs"),
    path("healthz", healthz, name="healthz"),
    path(f"{settings.MEDIA_URL.strip('/')}/<path:name>", private_file, name="private_file"),
]

if settings.HERALDO_ADMIN_ENABLED:
    urlpatterns += [path("admin/", admin.site.urls)]

handler403 = "heraldo.core.views.errors.permission_denied"
handler404 = "heraldo.core.views.errors.page_not_found"
handler500 = "heraldo.core.views.errors.server_error"
