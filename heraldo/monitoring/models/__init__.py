from heraldo.monitoring.models.alerts import (
    Alert,
    AlertMode,
    AlertRule,
    AlertTarget,
    AlertTone,
    DailySummary,
    SummaryStatus,
)
from heraldo.monitoring.models.clippings import Clipping, Medium, Mention, ScanReading, Tone, ToneCorrection
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
    "Health",
    "Medium",
    "Mention",
    "ScanReading",
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
