"""Test data for Encargos; other apps' tests reuse these."""

from __future__ import annotations

from datetime import date

import factory

from heraldo.work.models import Task


class TaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Task

    title = factory.Sequence(lambda n: f"Tarea {n}")
    due_on = date(2026, 12, 10)
