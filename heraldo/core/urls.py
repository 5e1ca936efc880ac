from django.urls import path

from heraldo.core.views import account, admin, pages, users

app_name = "core"

urlpatterns = [
    path("", pages.today, name="today"),
    path("buscar/", pages.search, name="search"),
    path("tableros/<slug:card_key>/datos.<slug:file_format>", pages.dashboard_export, name="dashboard_export"),
    path("preferencias/", account.preferences, name="preferences"),
    path("preferencias/llave-api/", account.api_token_new, name="api_token_new"),
    path("preferencias/llave-api/anular/", account.api_token_delete, name="api_token_delete"),
    path("notificaciones/", account.notification_list, name="notifications"),
    path("notificaciones/leer-todas/", account.notification_read_all, name="notifications_read_all"),
    path("notificaciones/<int:notification_id>/abrir/", account.notification_open, name="notification_open"),
    path("usuarios/", users.user_list, name="users"),
    path("usuarios/nueva/", users.user_new, name="user_new"),
    path("usuarios/<int:user_id>/", users.user_detail, name="user_detail"),
    path("usuarios/<int:user_id>/estado/", users.user_set_active, name="user_set_active"),
    path("auditoria/", admin.audit_log, name="audit_log"),
    path("trabajos/", admin.job_list_view, name="jobs"),
    path("health/", admin.health, name="health"),
    path("trabajos/<int:job_id>/reintentar/", admin.job_retry_view, name="job_retry"),
]
