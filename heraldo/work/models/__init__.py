from heraldo.work.models.assignments import Assignment
from heraldo.work.models.calendar import NonWorkingDay
from heraldo.work.models.tasks import ChecklistItem, Task, TaskAttachment, TaskComment

__all__ = ["Assignment", "ChecklistItem", "NonWorkingDay", "Task", "TaskAttachment", "TaskComment"]
