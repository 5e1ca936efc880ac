"""How the API answers a service's refusal: once, here, for every endpoint."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from heraldo.core.writes import Refused


def refusal_exception_handler(exc, context):
    """A refusal (or a model's own validation) answers 400 with the field it names, or
    `detail` when it names none; a clash with the current state answers 409."""
    if not isinstance(exc, ValidationError):
        return exception_handler(exc, context)
    if hasattr(exc, "error_dict"):
        data = exc.message_dict
    else:
        data = {"detail": " ".join(exc.messages)}
    conflict = isinstance(exc, Refused) and exc.conflict
    if isinstance(exc, Refused):
        data |= exc.payload
    return Response(data, status=status.HTTP_409_CONFLICT if conflict else status.HTTP_400_BAD_REQUEST)
