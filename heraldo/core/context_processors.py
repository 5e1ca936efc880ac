from heraldo.core.branding import crest_url, municipality_name
from heraldo.core.navigation import modules_for, nav_badges
from heraldo.core.notifications import pending_notifications
from heraldo.core.permissions import has_capability


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        # crest_url is passed uncalled: only a page that shows the crest looks it up.
        return {"municipality_name": municipality_name, "crest_url": crest_url}
    modules = modules_for(user)
    return {
        "municipality_name": municipality_name,
        "crest_url": crest_url,
        "nav_modules": modules,
        "nav_badges": nav_badges(user, modules),
        "nav_can_audit": has_capability(user, "view_audit_log"),
        "nav_can_jobs": has_capability(user, "view_jobs"),
        "nav_can_users": has_capability(user, "manage_users"),
        # What still needs the person: acts not yet done (by anyone) and notices not yet read.
        "pending_notifications": pending_notifications(user).count(),
    }
