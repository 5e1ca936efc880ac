"""The Encargos API: the same gates and services as the pages."""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import SAFE_METHODS, BasePermission, IsAuthenticated
from rest_framework.response import Response

from heraldo.core.api.viewsets import NUMERIC_ID, NoDeleteModelViewSet
from heraldo.core.models import User
from heraldo.work import selectors
from heraldo.work.api.serializers import (
    AssignmentSerializer,
    FulfilSerializer,
    NonWorkingDaySerializer,
    TaskSerializer,
    TaskStatusSerializer,
)
from heraldo.work.models import NonWorkingDay
from heraldo.work.permissions import (
    access_assignment,
    access_task,
    can_manage_work,
    can_read_register,
    has_a_role,
    tasks_visible_to,
)
from heraldo.work.services import assignments as assignment_services
from heraldo.work.services import calendar as calendar_services
from heraldo.work.services import tasks as task_services


class HasARole(BasePermission):
    def has_permission(self, request, view) -> bool:
        return has_a_role(request.user)


class RegisterPermission(BasePermission):
    """Reading the register needs access_assignments; registering, manage_assignments."""

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return can_read_register(request.user)
        return can_manage_work(request.user) or getattr(view, "action", "") == "fulfil"


class TaskViewSet(NoDeleteModelViewSet):
    """Tasks the caller may see (own, collaborating, queued for their role; all for the head of unit)."""

    serializer_class = TaskSerializer
    permission_classes = [IsAuthenticated, HasARole]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        tasks = (
            tasks_visible_to(self.request.user)
            .select_related("owner", "subject_type")
            .prefetch_related(Prefetch("collaborators", queryset=User.objects.only("pk")))
            .order_by("due_on", "pk")
        )
        params = self.request.query_params
        if params.get("mine"):
            tasks = tasks.filter(owner=self.request.user)
        if params.get("status"):
            tasks = tasks.filter(status=params["status"])
        return tasks

    def get_object(self):
        return access_task(self.request.user, self.kwargs["pk"])

    def _task_data(self, serializer) -> tuple[dict, list]:
        data = dict(serializer.validated_data)
        collaborators = data.pop("collaborators", [])
        confirmed = data.pop("confirm_non_working_day", False)
        if "due_on" in data:
            refusal = assignment_services.deadline_refusal(due_on=data["due_on"], confirmed=confirmed)
            if refusal:
                raise refusal
        return data, collaborators

    def perform_create(self, serializer):
        data, collaborators = self._task_data(serializer)
        if not can_manage_work(self.request.user):
            # Staff give themselves work; handing it to others is the head of unit's call.
            if data.get("owner") not in (None, self.request.user) or data.get("queue_role"):
                raise PermissionDenied
            data["owner"] = self.request.user
        serializer.instance = task_services.task_create(actor=self.request.user, data=data, collaborators=collaborators)

    def perform_update(self, serializer):
        task = serializer.instance
        data, collaborators = self._task_data(serializer)
        if not can_manage_work(self.request.user) and ("owner" in data or "queue_role" in data):
            raise PermissionDenied
        if "collaborators" not in serializer.validated_data:
            collaborators = list(task.collaborators.all())
        serializer.instance = task_services.task_update(
            actor=self.request.user, task=task, data=data, collaborators=collaborators
        )

    @extend_schema(request=TaskStatusSerializer, responses=TaskSerializer)
    @action(detail=True, methods=["post"])
    def status(self, request, pk=None):
        """Move the task to another state (done, in progress, undo…); 409 when the state does not allow it."""
        task = self.get_object()
        body = TaskStatusSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        task = task_services.task_set_status(actor=request.user, task=task, status=body.validated_data["status"])
        return Response(self.get_serializer(task).data)

    @extend_schema(request=None, responses=TaskSerializer)
    @action(detail=True, methods=["post"])
    def take(self, request, pk=None):
        """Take a task waiting in the queue of one's role."""
        task = task_services.task_take(actor=request.user, task=self.get_object())
        return Response(self.get_serializer(task).data)


class AssignmentViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = AssignmentSerializer
    permission_classes = [IsAuthenticated, RegisterPermission]
    lookup_value_regex = NUMERIC_ID

    def get_queryset(self):
        return selectors.assignment_register(self.request.query_params)

    def get_object(self):
        return access_assignment(self.request.user, self.kwargs["pk"])

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        task_data = data.pop("task", {})
        data["subject"] = task_data.get("title", "")
        data["description"] = task_data.get("description", "")
        serializer.instance = assignment_services.assignment_register(
            actor=self.request.user, data=data, owner=task_data.get("owner"), due_on=task_data.get("due_on")
        )

    @extend_schema(request=FulfilSerializer, responses=AssignmentSerializer)
    @action(detail=True, methods=["post"])
    def fulfil(self, request, pk=None):
        """Close the encargo with the document that answered it (its owner or the head of unit)."""
        assignment = self.get_object()
        try:
            access_task(request.user, assignment.task_id)
        except Http404:
            raise PermissionDenied from None
        body = FulfilSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        assignment = assignment_services.assignment_fulfil(
            actor=request.user, assignment=assignment, **body.validated_data
        )
        return Response(self.get_serializer(assignment).data)


class NonWorkingDayViewSet(mixins.ListModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet):
    serializer_class = NonWorkingDaySerializer
    permission_classes = [IsAuthenticated, RegisterPermission]

    def get_queryset(self):
        days = NonWorkingDay.objects.order_by("day")
        if self.request.query_params.get("year", "").isdigit():
            days = days.filter(day__year=int(self.request.query_params["year"]))
        return days

    def perform_create(self, serializer):
        serializer.instance = calendar_services.non_working_day_add(
            actor=self.request.user, data=dict(serializer.validated_data)
        )
