from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs) -> None:
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from heraldo.core.roles import sync_role_permissions

    create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))

    sync_role_permissions(Group, Permission)


class CoreConfig(AppConfig):
    name = "heraldo.core"
    label = "core"
    verbose_name = _("Núcleo")

    def ready(self) -> None:
        # Permissions are created by post_migrate too, so the roles are synced after them.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="heraldo.core.sync_roles")
        from heraldo.core.kept_pages import forget_known_tables
        from heraldo.core.table_stamps import install_after_migrate

        post_migrate.connect(install_after_migrate, sender=self, dispatch_uid="heraldo.core.table_stamps")
        post_migrate.connect(forget_known_tables, sender=self, dispatch_uid="heraldo.core.kept_pages")
        from heraldo.core.access import connect_access_signals

        connect_access_signals()
        from heraldo.core import account_events, notifications, schedule  # noqa: F401  audit receivers, jobs
