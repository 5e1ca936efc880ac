"""Access gates of Monitoreo: one per object type, used by pages and API alike."""

from __future__ import annotations

from django.http import Http404

from heraldo.core.permissions import has_capability, require_capability
from heraldo.monitoring.models import (
    AlertRule,
    Clipping,
    DailySummary,
    Dossier,
    SavedSearch,
    Source,
    Topic,
    WatchTerm,
)


def access_monitoring(user, *, write: bool = False) -> None:
    require_capability(user, "manage_monitoring" if write else "access_monitoring")


def _get(user, model, pk, *, write: bool):
    if not has_capability(user, "access_monitoring") or (write and not has_capability(user, "manage_monitoring")):
        raise Http404
    try:
        return model.objects.get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def access_source(user, source_id, *, write: bool = False) -> Source:
    return _get(user, Source, source_id, write=write)


def access_clipping(user, clipping_id, *, write: bool = False) -> Clipping:
    return _get(user, Clipping, clipping_id, write=write)


def access_watch_term(user, term_id, *, write: bool = False) -> WatchTerm:
    return _get(user, WatchTerm, term_id, write=write)


def access_topic(user, topic_id, *, write: bool = False) -> Topic:
    return _get(user, Topic, topic_id, write=write)


def access_alert_rule(user, rule_id, *, write: bool = False) -> AlertRule:
    return _get(user, AlertRule, rule_id, write=write)


def access_summary(user, day, *, write: bool = False) -> DailySummary:
    if not has_capability(user, "access_monitoring") or (write and not has_capability(user, "manage_monitoring")):
        raise Http404
    from heraldo.monitoring.services.summary import summary_of

    return summary_of(day=day)


def access_saved_search(user, saved_search_id) -> SavedSearch:
    """A saved search is its owner's alone: anyone else gets a 404."""
    if not has_capability(user, "access_monitoring"):
        raise Http404
    try:
        return SavedSearch.objects.get(pk=saved_search_id, owner=user)
    except (SavedSearch.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def access_dossier(user, dossier_id) -> Dossier:
    """Dosieres belong to the monitoring team (those who manage monitoring), to read and to change."""
    return _get(user, Dossier, dossier_id, write=True)
