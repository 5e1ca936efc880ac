from heraldo.work.models.assignments import Assignment
from heraldo.work.models.calendar import NonWorkingDay
from heraldo.work.models.preferences import ReminderPreference
from heraldo.work.models.tasks import ChecklistItem, Task, TaskAttachment, TaskComment

__all__ = [
    "Assignment",
    "ChecklistItem",
    "NonWorkingDay",
    "ReminderPreference",
    "Task",
    "TaskAttachment",
    "TaskComment",
]
