"""Open tasks are read through the stored open flag and its indexes, in the order the pages show them.

At 20,000 tasks, reading open work by `status IN (...)` made SQLite walk and sort every task a person
ever owned: Django sends the statuses as bound parameters, so SQLite never used the partial index.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from heraldo.work.dashboard import team_overdue_panel
from heraldo.work.models import Task
from heraldo.work.selectors import deadlines_between, due_tasks_of, my_work, status_board, team_load
from heraldo.work.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def test_the_open_flag_follows_the_status_however_it_changes(persona):
    officer = persona("press_officer")
    pending = TaskFactory(owner=officer)
    done = TaskFactory(owner=officer, status=Task.Status.DONE)
    reviewed = TaskFactory(owner=officer, status=Task.Status.IN_REVIEW)
    assert set(Task.objects.open()) == {pending, reviewed}

    pending.status = Task.Status.CANCELLED
    pending.save()
    Task.objects.filter(pk=done.pk).update(status=Task.Status.IN_PROGRESS)

    assert set(Task.objects.open()) == {done, reviewed}
    assert set(Task.objects.open()) == set(Task.objects.filter(status__in=Task.OPEN_STATUSES))


def _plans_of(read) -> list[tuple[str, str]]:
    """Each work_task read that `read()` makes, with the plan the database gives it with its real parameters."""
    statements = []

    def capture(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(capture):
        read()
    plans = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # tiny tables: make the planner show the index it would use
            cursor.execute("SET LOCAL enable_seqscan = off")
        for sql, params in statements:
            if sql.startswith("SELECT") and '"work_task"' in sql:
                cursor.execute(("EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ") + sql, params)
                plans.append((sql, "\n".join(str(row[-1]) for row in cursor.fetchall())))
    return plans


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="SQLite's plan: PostgreSQL's planner sorts a test's handful of rows by its own statistics (its plans "
    "at a year's size were read with EXPLAIN on the benchmark's data)",
)
def test_open_work_is_read_from_the_open_task_indexes_without_sorting(persona):
    head, officer, designer = persona("head_of_unit"), persona("press_officer"), persona("designer")
    today = timezone.localdate()
    for days in range(-3, 4):
        TaskFactory(owner=officer, due_on=today + timedelta(days=days))
        TaskFactory(owner=officer, due_on=today + timedelta(days=days), status=Task.Status.DONE)
    TaskFactory(owner=designer, due_on=today, status=Task.Status.IN_PROGRESS).collaborators.add(officer)
    now = timezone.now()

    # Each read and the index that serves it (the board's columns take one state each: state and due date).
    reads = {
        "Mi trabajo": (lambda: my_work(officer, today=today), "work_task_owner_open_idx"),
        "Hoy, my work": (lambda: due_tasks_of(officer, due_by=today, limit=6), "work_task_owner_open_idx"),
        "Hoy, the team's overdue work": (lambda: team_overdue_panel(head, now), "work_task_open_idx"),
        "the calendar": (lambda: list(deadlines_between(today, today + timedelta(days=30))), "work_task_open_idx"),
        "the team board": (lambda: team_load([officer, designer], today=today), "work_task_open_load_idx"),
        "the board's columns": (lambda: status_board(), "work_task_"),
    }
    for page, (read, index) in reads.items():
        plans = _plans_of(read)
        assert plans, page
        for sql, plan in plans:
            if "work_task_collaborators" in sql:
                continue  # what a person helps with: a handful of rows, found by person
            assert index in plan, (page, sql, plan)
            assert not [line for line in plan.splitlines() if "TEMP B-TREE" in line and "RIGHT PART" not in line], (
                page,
                plan,
            )
            # Scanning a partial index of open tasks is fine: it holds nothing else.
            assert not re.search(r"^SCAN work_task\b(?! USING (COVERING )?INDEX work_task_open)", plan, re.M), plan
            assert "Seq Scan on work_task" not in plan, (page, plan)


def test_todays_work_merges_what_one_owns_and_helps_with_in_work_order(persona):
    officer, designer = persona("press_officer"), persona("designer")
    today = date(2026, 12, 9)
    late = TaskFactory(owner=officer, due_on=today - timedelta(days=1), priority=Task.Priority.LOW)
    helping = TaskFactory(owner=designer, due_on=today - timedelta(days=1), priority=Task.Priority.URGENT)
    helping.collaborators.add(officer)
    due = TaskFactory(owner=officer, due_on=today)
    TaskFactory(owner=officer, due_on=today + timedelta(days=1))
    TaskFactory(owner=officer, due_on=today - timedelta(days=5), status=Task.Status.DONE)

    assert due_tasks_of(officer, due_by=today, limit=6) == [helping, late, due]
    assert due_tasks_of(officer, due_by=today, limit=2) == [helping, late]
