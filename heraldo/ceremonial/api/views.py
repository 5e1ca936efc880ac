"""The agenda over REST: the same gates and services as the pages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.permissions import SAFE_METHODS
from rest_framework.response import Response

from heraldo.ceremonial.api.serializers import (
    AnswerSerializer,
    AttendanceRequestSerializer,
    EventSerializer,
    EventStaffSerializer,
    OccurrenceSerializer,
    StatusSerializer,
)
from heraldo.ceremonial.models import AttendanceRequest, CeremonyScript, Event, Guest, ProgrammeItem
from heraldo.ceremonial.permissions import access_event, can_manage_agenda
from heraldo.ceremonial.recurrence import LIMA
from heraldo.ceremonial.selectors import guests_with_host_flag, occurrences_paginable
from heraldo.ceremonial.services.events import event_change_status, event_create, event_staff_set, event_update
from heraldo.ceremonial.views.requests import access_request
from heraldo.core.api.permissions import capability_permission
from heraldo.core.api.viewsets import NUMERIC_ID, NoDeleteModelViewSet


class _AgendaViewSet(viewsets.GenericViewSet):
    """The agenda's gates: an object comes through its access gate, asked for writing on any method that
    changes it; creating needs manage_agenda."""

    permission_classes = [capability_permission("access_agenda")]
    access_gate = staticmethod(access_event)
    lookup_value_regex = NUMERIC_ID

    def get_object(self):
        write = self.request.method not in SAFE_METHODS
        return self.access_gate(self.request.user, self.kwargs["pk"], write=write)

    def validated_for_create(self, request) -> dict:
        if not can_manage_agenda(request.user):
            raise PermissionDenied
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def created(self, record) -> Response:
        return Response(self.get_serializer(record).data, status=status.HTTP_201_CREATED)


class EventViewSet(NoDeleteModelViewSet, _AgendaViewSet):
    """Agenda events. Writes need manage_agenda; overlaps answer 409 unless confirm_conflicts is true, and
    staff already busy at that time answer 409 unless confirm_staff_clashes is true."""

    serializer_class = EventSerializer
    queryset = Event.objects.order_by("-starts_at", "pk")

    def create(self, request, *args, **kwargs):
        data = self.validated_for_create(request)
        allow = data.pop("confirm_conflicts", False)
        data.pop("confirm_staff_clashes", None)  # no staff yet: nobody to be busy
        return self.created(event_create(actor=request.user, data=data, allow_conflicts=allow))

    def update(self, request, *args, **kwargs):
        event = self.get_object()
        serializer = self.get_serializer(event, data=request.data, partial=kwargs.get("partial", False))
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        allow = data.pop("confirm_conflicts", False)
        allow_staff = data.pop("confirm_staff_clashes", False)
        event = event_update(
            actor=request.user, event=event, data=data, allow_conflicts=allow, allow_staff_clashes=allow_staff
        )
        return Response(self.get_serializer(event).data)

    @extend_schema(request=EventStaffSerializer, responses=EventStaffSerializer)
    @action(detail=True, methods=["get", "put"], url_path="personal")
    def staff(self, request, pk=None):
        """The act's staff by function; a PUT replaces it, and people already busy then answer 409
        (code staff_clashes, with what each one has) unless confirm_staff_clashes is true."""
        event = self.get_object()
        if request.method == "PUT":
            serializer = EventStaffSerializer(data=request.data, context={"event": event})
            serializer.is_valid(raise_exception=True)
            data = serializer.validated_data
            staff: dict[str, list] = {}
            for member in data["staff"]:
                staff.setdefault(member["role"], []).append(member["user"])
            event = event_staff_set(
                actor=request.user, event=event, staff=staff, allow_staff_clashes=data["confirm_staff_clashes"]
            )
        members = [{"user": s.user, "role": s.role} for s in event.staff.select_related("user").order_by("role", "pk")]
        return Response({"staff": EventStaffSerializer({"staff": members}).data["staff"]})

    @extend_schema(request=StatusSerializer, responses=EventSerializer)
    @action(detail=True, methods=["post"], url_path="estado")
    def change_status(self, request, pk=None):
        event = self.get_object()
        serializer = StatusSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        event = event_change_status(
            actor=request.user,
            event=event,
            status=data["status"],
            starts_at=data.get("starts_at"),
            ends_at=data.get("ends_at"),
            allow_conflicts=data.get("confirm_conflicts", False),
            allow_staff_clashes=data.get("confirm_staff_clashes", False),
        )
        return Response(EventSerializer(event).data)

    @extend_schema(
        parameters=[OpenApiParameter("desde", str, description="AAAA-MM-DD"), OpenApiParameter("hasta", str)],
        responses=OccurrenceSerializer(many=True),
    )
    @action(detail=False, methods=["get"], url_path="ocurrencias")
    def occurrences(self, request):
        """Every dated occurrence (recurring events expanded) between two dates, at most 92 days."""
        try:
            start = date.fromisoformat(request.query_params.get("desde", ""))
            end = date.fromisoformat(request.query_params.get("hasta", ""))
        except ValueError as exc:
            raise ValidationError({"desde": _("Indique desde y hasta como AAAA-MM-DD.")}) from exc
        if end < start or (end - start).days > 92:
            raise ValidationError({"hasta": _("El rango debe ir hacia adelante y no pasar de 92 días.")})
        window_start = datetime.combine(start, datetime.min.time(), tzinfo=LIMA)
        window_end = datetime.combine(end + timedelta(days=1), datetime.min.time(), tzinfo=LIMA)
        page = self.paginate_queryset(occurrences_paginable(window_start, window_end))
        return self.get_paginated_response(OccurrenceSerializer(page, many=True).data)


class AttendanceRequestViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, _AgendaViewSet
):
    """Invitations received. Registering and answering need manage_agenda."""

    serializer_class = AttendanceRequestSerializer
    queryset = AttendanceRequest.objects.order_by("starts_at", "pk")
    access_gate = staticmethod(access_request)

    def create(self, request, *args, **kwargs):
        from heraldo.ceremonial.services.requests import request_register

        return self.created(request_register(actor=request.user, data=self.validated_for_create(request)))

    @extend_schema(request=AnswerSerializer, responses=AttendanceRequestSerializer)
    @action(detail=True, methods=["post"], url_path="respuesta")
    def answer(self, request, pk=None):
        from heraldo.ceremonial.services.requests import request_answer

        invitation = self.get_object()
        serializer = AnswerSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        invitation = request_answer(
            actor=request.user,
            request=invitation,
            decision=data["decision"],
            delegate=data.get("delegate"),
            delegate_role=data["delegate_role"],
            note=data["note"],
            allow_conflicts=data["confirm_conflicts"],
        )
        return Response(AttendanceRequestSerializer(invitation).data)


def _plan_payload(event) -> dict:
    from heraldo.ceremonial.protocol import explanation_shown, plan_for_event

    event_plan = plan_for_event(event)
    plan = event_plan.plan
    if plan is None:
        return {
            "presider": None,
            "head_table": [],
            "front_rows": [],
            "speeches": [],
            "warnings": [],
            "error": event_plan.error,
        }

    def who(attendee_id):
        guest = event_plan.guest(attendee_id)
        return None if guest is None else {"guest": guest.pk, "name": guest.person.full_name}

    return {
        "presider": who(plan.presider_id),
        "head_table": [
            who(seat.attendee_id) | {"seat": seat.seat, "order": seat.order, "title": seat.title}
            for seat in plan.head_table
        ],
        "front_rows": [
            who(row.attendee_id)
            | {"side": row.side.value, "row": row.row, "seat": row.seat_from_aisle, "title": row.title}
            for row in plan.front_rows
        ],
        "speeches": [
            {"kind": s.kind.value, "speaker": who(s.attendee_id) if s.attendee_id else None} for s in plan.speeches
        ],
        "warnings": [{"code": w.code, "rule": w.rule, "message": explanation_shown(w)} for w in plan.warnings],
        "applied_rules": [{"rule": a.rule, "message": explanation_shown(a)} for a in plan.applied],
        "error": "",
    }


class GuestSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="person.full_name", read_only=True)
    is_host = serializers.BooleanField(read_only=True, default=False, help_text="Anfitrión: no se le invita.")

    class Meta:
        model = Guest
        fields = [
            "id",
            "person",
            "name",
            "position",
            "represents",
            "speaks",
            "rsvp_status",
            "rsvp_channel",
            "rsvp_at",
            "invited_at",
            "checked_in_at",
            "is_host",
        ]


class ProgrammeItemSerializer(serializers.ModelSerializer):
    starts_at = serializers.SerializerMethodField()

    class Meta:
        model = ProgrammeItem
        fields = ["id", "position", "starts_at", "title", "duration_minutes", "responsible", "text", "role"]
        read_only_fields = ["id", "position", "starts_at", "role"]

    @extend_schema_field(OpenApiTypes.DATETIME)
    def get_starts_at(self, item) -> str | None:
        """When the moment starts, from the event's start and the durations before it (given by the caller)."""
        starts_at = self.context.get("starts", {}).get(item.pk)
        return None if starts_at is None else serializers.DateTimeField().to_representation(starts_at)

    def validate_duration_minutes(self, minutes):
        if not 1 <= minutes <= 480:
            raise serializers.ValidationError(_("La duración va de 1 a 480 minutos."))
        return minutes


class ProgrammeOrderSerializer(serializers.Serializer):
    items = serializers.ListField(child=serializers.IntegerField(min_value=1), allow_empty=False)


def _programme_payload(event) -> list[dict]:
    """The run-of-show in order, each moment with its start time in Lima."""
    from heraldo.ceremonial.services.ceremony import programme_with_times

    timed = programme_with_times(event)
    starts = {item.pk: starts_at for item, starts_at in timed}
    return ProgrammeItemSerializer([item for item, _ in timed], many=True, context={"starts": starts}).data


class ScriptSerializer(serializers.ModelSerializer):
    class Meta:
        model = CeremonyScript
        fields = ["text", "generated_at", "edited_at"]
        read_only_fields = ["generated_at", "edited_at"]


class CeremonyViewSet(viewsets.GenericViewSet):
    """A ceremony's guests, check-in and precedence plan (same gates as the pages)."""

    permission_classes = [capability_permission("access_agenda")]
    lookup_value_regex = NUMERIC_ID
    queryset = Event.objects.none()
    serializer_class = GuestSerializer

    @extend_schema(responses=GuestSerializer(many=True))
    @action(detail=True, methods=["get"], url_path="invitados")
    def guests(self, request, pk=None):
        event = access_event(request.user, pk)
        guests = (
            guests_with_host_flag(event).select_related("person").order_by("person__surnames", "person__given_names")
        )
        page = self.paginate_queryset(guests)
        return self.get_paginated_response(GuestSerializer(page, many=True).data)

    @extend_schema(request=None, responses=GuestSerializer)
    @action(detail=True, methods=["post"], url_path=r"invitados/(?P<guest_id>\d+)/ingreso")
    def check_in(self, request, pk=None, guest_id=None):
        from heraldo.ceremonial.services.ceremony import guest_check_in

        event = access_event(request.user, pk, write=True)
        guest = event.guests.filter(pk=guest_id).select_related("person").first()
        if guest is None:
            raise NotFound
        guest = guest_check_in(actor=request.user, guest=guest)
        return Response(GuestSerializer(guest).data)

    @extend_schema(request=ProgrammeItemSerializer, responses=ProgrammeItemSerializer(many=True))
    @action(detail=True, methods=["get", "post"], url_path="programa", serializer_class=ProgrammeItemSerializer)
    def programme(self, request, pk=None):
        """The run-of-show with each moment's start time; protocol adds a moment at the end with POST."""
        from heraldo.ceremonial.services.ceremony import programme_item_add

        event = access_event(request.user, pk, write=request.method == "POST")
        if request.method == "POST":
            serializer = ProgrammeItemSerializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            programme_item_add(actor=request.user, event=event, data=serializer.validated_data)
        status = 201 if request.method == "POST" else 200
        return Response(_programme_payload(event), status=status)

    @extend_schema(request=ProgrammeItemSerializer, responses=ProgrammeItemSerializer(many=True))
    @action(
        detail=True,
        methods=["patch", "delete"],
        url_path=r"programa/(?P<item_id>\d+)",
        serializer_class=ProgrammeItemSerializer,
    )
    def programme_item(self, request, pk=None, item_id=None):
        """Protocol corrects one moment (PATCH) or takes it out (DELETE); the answer is the run-of-show."""
        from heraldo.ceremonial.services.ceremony import programme_item_delete, programme_item_update

        event = access_event(request.user, pk, write=True)
        item = event.programme.filter(pk=item_id).first()
        if item is None:
            raise NotFound
        if request.method == "DELETE":
            programme_item_delete(actor=request.user, item=item)
        else:
            serializer = ProgrammeItemSerializer(item, data=request.data, partial=True)
            serializer.is_valid(raise_exception=True)
            programme_item_update(actor=request.user, item=item, data=serializer.validated_data)
        return Response(_programme_payload(event))

    @extend_schema(request=ProgrammeOrderSerializer, responses=ProgrammeItemSerializer(many=True))
    @action(detail=True, methods=["put"], url_path="programa/orden", serializer_class=ProgrammeOrderSerializer)
    def programme_order(self, request, pk=None):
        """Protocol puts the moments in a new order, naming every moment once (409 if the list is stale)."""
        from heraldo.ceremonial.services.ceremony import programme_reorder

        event = access_event(request.user, pk, write=True)
        serializer = ProgrammeOrderSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        programme_reorder(actor=request.user, event=event, ordered_ids=serializer.validated_data["items"])
        return Response(_programme_payload(event))

    @extend_schema(request=ScriptSerializer, responses=ScriptSerializer)
    @action(detail=True, methods=["get", "put"], url_path="guion", serializer_class=ScriptSerializer)
    def script(self, request, pk=None):
        """The master of ceremonies' script: generated from the programme on the page, read and edited here."""
        from heraldo.ceremonial.services.precedence import script_edit

        event = access_event(request.user, pk, write=request.method == "PUT")
        script = CeremonyScript.objects.filter(event=event).first()
        if script is None:
            raise NotFound(_("Esta actividad aún no tiene guion: genérelo desde el programa."))
        if request.method == "PUT":
            serializer = ScriptSerializer(script, data=request.data)
            serializer.is_valid(raise_exception=True)
            script_edit(actor=request.user, script=script, text=serializer.validated_data["text"])
        return Response(ScriptSerializer(script).data)

    @extend_schema(responses=dict)
    @action(detail=True, methods=["get"], url_path="plan")
    def plan(self, request, pk=None):
        return Response(_plan_payload(access_event(request.user, pk)))
