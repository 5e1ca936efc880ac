from rest_framework.permissions import BasePermission

from heraldo.core.permissions import has_capability


def capability_permission(codename: str) -> type[BasePermission]:
    """A DRF permission class that applies the same module gate as the pages."""

    class HasCapability(BasePermission):
        def has_permission(self, request, view) -> bool:
            return has_capability(request.user, codename)

    HasCapability.__name__ = f"Has_{codename}"
    return HasCapability


class HoldsARole(BasePermission):
    """The API documentation is for staff and units with a role, not for every account."""

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.is_active and user.groups.exists())
