"""Constructors for the relations many models declare alike, so a field reads as what it means.

Each returns exactly the field that used to be written out, so the migrations see no change.
"""

from django.conf import settings
from django.db import models


def optional_link(to, verbose_name=None, *, on_delete, related_name="+", **options) -> models.ForeignKey:
    """A link the record may leave empty; by default the other side keeps no accessor back (``"+"``)."""
    return models.ForeignKey(
        to, verbose_name=verbose_name, on_delete=on_delete, null=True, blank=True, related_name=related_name, **options
    )


def acting_user(verbose_name=None) -> models.ForeignKey:
    """The account that did something to the record; the record outlives that account and keeps the field empty."""
    return optional_link(settings.AUTH_USER_MODEL, verbose_name, on_delete=models.SET_NULL)
