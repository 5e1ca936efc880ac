from heraldo.monitoring.models.alerts import (
    Alert,
    AlertMode,
    AlertRule,
    AlertTarget,
    AlertTone,
    DailySummary,
    SummaryStatus,
)
from heraldo.monitoring.models.archive import Dossier, DossierItem, SavedSearch
from heraldo.monitoring.models.clippings import Clipping, Medium, Mention, Tone, ToneCorrection
from heraldo.monitoring.models.sources import Health, Source, SourceKind
from heraldo.monitoring.models.watch import TermKind, TermOrigin, Topic, WatchTerm

__all__ = [
    "Alert",
    "AlertMode",
    "AlertRule",
    "AlertTarget",
    "AlertTone",
    "Clipping",
    "DailySummary",
    "Dossier",
    "DossierItem",
    "Health",
    "Medium",
    "Mention",
    "SavedSearch",
    "Source",
    "SourceKind",
    "SummaryStatus",
    "TermKind",
    "TermOrigin",
    "Tone",
    "ToneCorrection",
    "Topic",
    "WatchTerm",
]
