"""Who may open what a task is about: modules above Encargos register a gate per model of theirs.

A task links to its subject (a coordination, an act, a release); giving the task to someone who
cannot open that subject hands them a link to a 404, so task_create and task_update refuse it,
naming the owner field. A model without a registered gate is open to whoever may open the task.
"""

from __future__ import annotations

from collections.abc import Callable

SubjectGate = Callable[[object, object], bool]
_GATES: dict[str, SubjectGate] = {}


def register_subject_gate(model_label: str, gate: SubjectGate) -> None:
    """`model_label` is `app_label.modelname` (lower case); `gate(user, subject)` says whether they may open it."""
    _GATES[model_label] = gate


def may_open_subject(user, subject) -> bool:
    gate = _GATES.get(subject._meta.label_lower)
    return gate is None or gate(user, subject)
