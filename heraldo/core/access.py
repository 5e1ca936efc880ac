"""What a signed-in person may do, read from the permission tables once per change instead of on every request.

Every page asks several capabilities (the menu, the module's gate, the buttons it shows); Django's ModelBackend
reads the user's and the roles' permissions with two queries per request to answer them, and the second-factor
rule read the roles again. Here both come from the cache under a key that names the user's `access_stamp`, which
any change of their roles or permissions raises, so a change applies on the next request in every process (a
stale entry is simply never asked for again) and a cache shared by several machines needs no invalidation.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models import F, Q
from django.db.models.signals import m2m_changed, pre_delete

from heraldo.core.hot_queries import row_by_primary_key

_CACHE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Access:
    permissions: frozenset[str]  # "app_label.codename", as has_perm asks them
    role_names: frozenset[str]


def _cache_key(user) -> str:
    return f"heraldo:access:{user.pk}:{user.access_stamp}:{int(user.is_superuser)}"


def access_of(user) -> Access:
    """The user's permissions and role names, from the request's user object, the cache or the database."""
    access = getattr(user, "_heraldo_access", None)
    if access is None:
        key = _cache_key(user)
        access = cache.get(key)
        if access is None:
            access = Access(
                permissions=_permissions_of(user), role_names=frozenset(user.groups.values_list("name", flat=True))
            )
            cache.set(key, access, _CACHE_SECONDS)
        user._heraldo_access = access
    return access


def _permissions_of(user) -> frozenset[str]:
    """Held directly or through a role, in one query (ModelBackend takes two)."""
    if not user.is_active:
        return frozenset()
    permissions = (
        Permission.objects.all() if user.is_superuser else Permission.objects.filter(Q(user=user) | Q(group__user=user))
    )
    return frozenset(
        f"{app_label}.{codename}"
        for app_label, codename in permissions.values_list("content_type__app_label", "codename").distinct()
    )


class CachedPermissionsBackend(ModelBackend):
    """ModelBackend answering has_perm from access_of (object permissions are not used in Heraldo), and loading
    the signed-in user of each request with SQL built once (heraldo.core.hot_queries)."""

    def get_user(self, user_id):
        user = row_by_primary_key(get_user_model(), user_id)
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = set(access_of(user_obj).permissions)
        return user_obj._perm_cache


def _forget(users) -> None:
    """Raise the stamp of these users (a queryset), so their cached access is never read again."""
    users.update(access_stamp=F("access_stamp") + 1)


def _user_model():
    from heraldo.core.models import User

    return User


def _refresh(instance) -> None:
    # The object that changed may serve the rest of this request: drop what it remembered.
    for attribute in ("_heraldo_access", "_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        instance.__dict__.pop(attribute, None)
    if isinstance(instance, _user_model()) and instance.pk:
        instance.refresh_from_db(fields=["access_stamp"])


def _user_roles_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    User = _user_model()
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:  # user.groups / user.user_permissions changed
        _forget(User.objects.filter(pk=instance.pk))
        _refresh(instance)
    elif action == "pre_clear":  # group.user_set.clear() / permission.user_set.clear()
        _forget(User.objects.filter(pk__in=instance.user_set.values("pk")))
    else:
        _forget(User.objects.filter(pk__in=pk_set))


def _role_permissions_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    User = _user_model()
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:  # group.permissions changed: everyone holding the role
        _forget(User.objects.filter(groups=instance))
    elif action == "pre_clear":  # permission.group_set.clear()
        _forget(User.objects.filter(groups__in=instance.group_set.all()))
    else:
        _forget(User.objects.filter(groups__pk__in=pk_set))


def _role_deleted(sender, instance, **kwargs) -> None:
    # Deleting a role removes its memberships without m2m signals.
    _forget(_user_model().objects.filter(groups=instance))


def _permission_deleted(sender, instance, **kwargs) -> None:
    User = _user_model()
    _forget(User.objects.filter(groups__permissions=instance) | User.objects.filter(user_permissions=instance))


def connect_access_signals() -> None:
    User = _user_model()
    m2m_changed.connect(_user_roles_changed, sender=User.groups.through, dispatch_uid="heraldo.access.groups")
    m2m_changed.connect(
        _user_roles_changed, sender=User.user_permissions.through, dispatch_uid="heraldo.access.user_permissions"
    )
    m2m_changed.connect(
        _role_permissions_changed, sender=Group.permissions.through, dispatch_uid="heraldo.access.role_permissions"
    )
    pre_delete.connect(_role_deleted, sender=Group, dispatch_uid="heraldo.access.role_deleted")
    pre_delete.connect(_permission_deleted, sender=Permission, dispatch_uid="heraldo.access.permission_deleted")
