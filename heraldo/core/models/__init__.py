from heraldo.core.models.audit import AuditEntry
from heraldo.core.models.feeds import FeedToken
from heraldo.core.models.figures import DailyFigure
from heraldo.core.models.jobs import Job
from heraldo.core.models.leases import TaskLease
from heraldo.core.models.notifications import Notification
from heraldo.core.models.outbox import OutboxAttachment, OutboxEmail
from heraldo.core.models.stamps import ChangeStamp
from heraldo.core.models.users import ModuleAccess, User

__all__ = [
    "AuditEntry",
    "ChangeStamp",
    "DailyFigure",
    "FeedToken",
    "Job",
    "ModuleAccess",
    "Notification",
    "OutboxAttachment",
    "OutboxEmail",
    "TaskLease",
    "User",
]
