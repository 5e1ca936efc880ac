from heraldo.core.branding import crest_url, municipality_name
from heraldo.core.navigation import active_module, menu_url, modules_for, nav_badge_stamps, nav_badges
from heraldo.core.notifications import NOTIFICATIONS_STAMP, bell_count
from heraldo.core.permissions import has_capability
from heraldo.core.stamps import stamp_values


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        # crest_url is passed uncalled: only a page that shows the crest looks it up.
        return {"municipality_name": municipality_name, "crest_url": crest_url}
    modules = modules_for(user)
    # One read of the change stamps; the counts themselves come from the cache until a stamp moves.
    stamps = stamp_values([NOTIFICATIONS_STAMP, *nav_badge_stamps(modules)])
    badges = nav_badges(user, modules, stamps)
    active = active_module(request.path, modules)
    administration = {
        "nav_can_audit": has_capability(user, "view_audit_log"),
        "nav_can_jobs": has_capability(user, "view_jobs"),
        "nav_can_users": has_capability(user, "manage_users"),
    }
    return {
        "municipality_name": municipality_name,
        "crest_url": crest_url,
        "nav_modules": modules,
        "nav_badges": badges,
        "nav_active": active,
        **administration,
        # Everything the side menu's HTML depends on (with the language): pages whose menus would be the same
        # share one rendering from the cache instead of drawing it again (base.html's {% cache %}).
        "nav_menu_key": "|".join(
            [
                ",".join(f"{module.slug}:{badges.get(module.slug, 0)}" for module in modules),
                "".join("1" if allowed else "0" for allowed in administration.values()),
                "today" if request.path == menu_url("core:today") else active,
            ]
        ),
        # What still needs the person: acts not yet done (by anyone) and notices not yet read.
        "pending_notifications": bell_count(user, stamps),
    }
