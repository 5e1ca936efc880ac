"""Personal data (Ley 29733): access log, legal basis per field, ARCO export and erasure."""

from __future__ import annotations

from heraldo.directory.models import Person, PersonalDataAccess


def personal_data_viewed(*, user, person: Person, channel: str) -> None:
    """Log that `user` was shown the personal fields of `person` (art. 9 of the regulation: traceability)."""
    PersonalDataAccess.objects.create(
        person=person, user=user if user.is_authenticated else None, user_label=str(user)[:200], channel=channel
    )
