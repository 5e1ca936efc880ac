from heraldo.monitoring.models.alerts import (
    Alert,
    AlertChannel,
    AlertDelivery,
    AlertKind,
    AlertMode,
    AlertPreference,
    AlertRule,
    AlertTarget,
    AlertTone,
    DailySummary,
    DeliveryMode,
    SummaryStatus,
)
from heraldo.monitoring.models.archive import Dossier, DossierItem, SavedSearch
from heraldo.monitoring.models.clippings import Clipping, Medium, Mention, ScanReading, Tone, ToneCorrection
from heraldo.monitoring.models.sources import Health, Source, SourceKind
from heraldo.monitoring.models.watch import TermKind, TermOrigin, Topic, WatchTerm

__all__ = [
    "Alert",
    "AlertChannel",
    "AlertDelivery",
    "AlertKind",
    "AlertMode",
    "AlertPreference",
    "AlertRule",
    "AlertTarget",
    "AlertTone",
    "Clipping",
    "DailySummary",
    "DeliveryMode",
    "Health",
    "Medium",
    "Mention",
    "ScanReading",
    "Dossier",
    "DossierItem",
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
