"""The one write path: how a service changes a row, records what changed, and refuses.

A use case declares its field list once (`EVENT_FIELDS` next to `event_update`); the form and
the serializer read that list, the service applies the cleaned data with `AuditedWrite` (or
`write_audited` when there is nothing else to do), and a refusal is a `Refused`. Pages show it
on the form (`refusals_on`; `refusals_as_messages` for a bare button), the API answers it with
400 or 409 (`heraldo.core.api.errors`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction

from heraldo.core.audit import audit_record, changed_fields, snapshot

ModelT = TypeVar("ModelT", bound=models.Model)

# What the trail shows for a value it must not keep (personal data): only that it changed.
HIDDEN_VALUE = "…"


class Refused(ValidationError):
    """The service declines the change, with a Spanish sentence saying why.

    Raised for what a form or serializer cannot know (the row's state, who asks, what else is
    booked). `field` names the input the refusal is about, so a page can show it there and the
    API can key it; `conflict` marks a clash with the current state (a newer edit, an overlapping
    booking), which the API answers with 409 instead of 400. `payload` is extra data the API
    adds to its answer (what the change clashes with).
    """

    conflict = False

    def __init__(
        self,
        message: Any,
        *,
        field: str | None = None,
        code: str = "refused",
        payload: Mapping[str, Any] | None = None,
    ):
        if field:
            super().__init__({field: [ValidationError(message, code=code)]})
        else:
            super().__init__(message, code=code)
        self.reason = str(message)
        self.field = field
        self.payload = dict(payload or {})

    def __str__(self) -> str:
        return self.reason


class StateConflict(Refused):
    """The change clashes with the row's current state; the API answers 409."""

    conflict = True


class AuditedWrite(Generic[ModelT]):
    """One audited change to one row; make it inside the service's transaction.

    The values before are read from the stored row, locked, never from the object passed in: a
    ModelForm has already written the new values onto its instance while validating, so a diff
    against it would show nothing. Only names in `fields` are taken from `data`.
    """

    def __init__(
        self,
        instance: ModelT,
        *,
        data: Mapping[str, Any],
        fields: Iterable[str],
        hidden: Iterable[str] = (),
    ):
        self.fields = tuple(fields)
        self.hidden = frozenset(hidden)
        self.creating = instance._state.adding
        self.instance: ModelT
        if self.creating:
            self.instance = instance
            self.before: dict[str, Any] = {}
        else:
            self.instance = type(instance)._default_manager.select_for_update().get(pk=instance.pk)
            self.before = snapshot(self.instance, self.fields)
        # Changes outside the field list (tags, staff, confirmed overlaps), added by the service.
        self.extra: dict[str, Any] = {}
        for name in self.fields:
            if name in data:
                setattr(self.instance, name, data[name])

    def changes(self) -> dict[str, Any]:
        """`{field: [old, new]}`; on creation, every field given a value, as `[None, new]`."""
        if self.creating:
            diff = {
                name: [None, getattr(self.instance, name)]
                for name in self.fields
                if getattr(self.instance, name) not in ("", None, False)
            }
        else:
            diff = changed_fields(self.instance, self.before, self.fields)
        for name in self.hidden & diff.keys():
            diff[name] = [HIDDEN_VALUE, HIDDEN_VALUE]
        return diff | self.extra

    def set_many(self, name: str, objects: Iterable[models.Model], *, describe=lambda obj: obj.pk) -> None:
        """Replace a many-to-many set (after `save`); a change is recorded as the sorted descriptions."""
        related = getattr(self.instance, name)
        before = sorted(describe(obj) for obj in related.all())
        related.set(list(objects))
        after = sorted(describe(obj) for obj in related.all())
        if before != after:
            self.extra[name] = [before, after]

    def save(self, *, clean_exclude: Iterable[str] = ()) -> ModelT:
        self.instance.full_clean(exclude=list(clean_exclude))
        self.instance.save()
        return self.instance

    def record(
        self, *, actor, action: str, target: models.Model | None = None, target_label: str | None = None
    ) -> dict[str, Any]:
        """Write the audit entry (a creation always, an update only when something changed)."""
        changes = self.changes()
        if self.creating or changes:
            audit_record(
                actor=actor,
                action=action,
                target=self.instance if target is None else target,
                target_label=target_label,
                changes=changes,
            )
        return changes


def write_audited(
    *,
    actor,
    action: str,
    instance: ModelT,
    data: Mapping[str, Any],
    fields: Iterable[str],
    hidden: Iterable[str] = (),
    clean_exclude: Iterable[str] = (),
) -> ModelT:
    """Apply, validate, save and audit in one transaction: a use case with nothing more to do."""
    with transaction.atomic():
        write = AuditedWrite(instance, data=data, fields=fields, hidden=hidden)
        write.save(clean_exclude=clean_exclude)
        write.record(actor=actor, action=action)
    return write.instance


def show_refusal(form, refusal: ValidationError) -> None:
    """Put a service's refusal on the form: on the field it names, else above the form."""
    if hasattr(refusal, "error_dict"):
        for name, errors in refusal.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, refusal.messages)


@contextmanager
def refusals_as_messages(request) -> Iterator[None]:
    """Run a service for a button that posts and redirects: a refusal becomes an error message."""
    from django.contrib import messages

    try:
        yield
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))


@contextmanager
def refusals_on(form) -> Iterator[None]:
    """Run a service for a page; a refusal ends up on the form, which the page shows again.

    The page's success path (message, redirect) goes inside the block, so it is skipped when
    the service refuses and the view falls through to rendering the form.
    """
    try:
        yield
    except ValidationError as refusal:
        show_refusal(form, refusal)
