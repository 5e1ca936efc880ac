"""The Registro API: the same gates and services as the pages."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response

from heraldo.core.api.viewsets import NoDeleteModelViewSet
from heraldo.directory import selectors
from heraldo.directory.api.serializers import (
    ArcoRequestSerializer,
    CoordinationSerializer,
    EntitySerializer,
    FollowUpTaskSerializer,
    GreetingSerializer,
    LegalBasisSerializer,
    MailingListSerializer,
    PersonSerializer,
    PersonWithPersonalDataSerializer,
    PositionSerializer,
    RecipientSerializer,
    TagSerializer,
    TermSerializer,
)
from heraldo.directory.models import (
    ArcoRequest,
    ContactLegalBasis,
    Coordination,
    Greeting,
    MailingList,
    Position,
    Tag,
    Term,
)
from heraldo.directory.permissions import can_manage, can_read, can_see_personal_data
from heraldo.directory.services import registry
from heraldo.directory.services.coordination import coordination_create, followup_complete, followup_create
from heraldo.directory.services.greetings import greeting_record
from heraldo.directory.services.personal_data import personal_data_viewed
from heraldo.work.models import Task


class DirectoryPermission(BasePermission):
    """Reading needs access_directory, writing manage_directory: the page gates, for the API."""

    def has_permission(self, request, view) -> bool:
        return can_read(request.user) if request.method in SAFE_METHODS else can_manage(request.user)


def _id_filter(request, name: str) -> str:
    """A filter by id from the query string: empty, or digits; a word is a 400, never a database error."""
    value = request.query_params.get(name, "")
    if value and not value.isdigit():
        raise serializers.ValidationError({name: gettext("Escriba el número de identificación.")})
    return value


class _Base(NoDeleteModelViewSet):
    permission_classes = [DirectoryPermission]
    http_method_names = ["get", "post", "patch", "head", "options"]


def _data_and_tags(serializer, *, creating: bool) -> tuple[dict, list | None]:
    """The validated data without `tag_names`, and those names as tags (None on an update that
    names none: the record keeps its tags)."""
    data = dict(serializer.validated_data)
    names = data.pop("tag_names", [] if creating else None)
    return data, registry.tags_from_names(names) if names is not None else None


class EntityViewSet(_Base):
    serializer_class = EntitySerializer

    def get_queryset(self):
        filters = {
            key: self.request.query_params.get(key, "") for key in ("q", "kind", "level", "ubigeo", "media_kind")
        }
        filters["tag"] = _id_filter(self.request, "tag")
        filters["active"] = self.request.query_params.get("active", "all")
        return selectors.entity_list(filters)

    def perform_create(self, serializer):
        data, tags = _data_and_tags(serializer, creating=True)
        serializer.instance = registry.entity_create(actor=self.request.user, data=data, tags=tags)

    def perform_update(self, serializer):
        data, tags = _data_and_tags(serializer, creating=False)
        serializer.instance = registry.entity_update(
            actor=self.request.user, entity=serializer.instance, data=data, tags=tags
        )


class PersonViewSet(_Base):
    def get_serializer_class(self):
        # Lists never carry personal fields (Ley 29733: minimal data, and each access to them is logged per
        # person); a client that needs them reads the person, which is logged.
        if self.action != "list" and can_see_personal_data(self.request.user):
            return PersonWithPersonalDataSerializer
        return PersonSerializer

    def get_queryset(self):
        filters = {"q": self.request.query_params.get("q", ""), "tag": _id_filter(self.request, "tag")}
        filters["active"] = self.request.query_params.get("active", "all")
        return selectors.person_filter(filters).prefetch_related("tags")

    def retrieve(self, request, *args, **kwargs):
        person = self.get_object()
        if can_see_personal_data(request.user):
            personal_data_viewed(user=request.user, person=person, channel="api")
        return Response(self.get_serializer(person).data)

    def perform_create(self, serializer):
        data, tags = _data_and_tags(serializer, creating=True)
        serializer.instance = registry.person_create(actor=self.request.user, data=data, tags=tags)

    def perform_update(self, serializer):
        data, tags = _data_and_tags(serializer, creating=False)
        serializer.instance = registry.person_update(
            actor=self.request.user, person=serializer.instance, data=data, tags=tags
        )


class PositionViewSet(_Base):
    serializer_class = PositionSerializer

    def get_queryset(self):
        queryset = Position.objects.select_related("entity").order_by("entity__name", "order_in_entity", "title")
        if entity := _id_filter(self.request, "entity"):
            queryset = queryset.filter(entity_id=entity)
        return queryset

    def perform_create(self, serializer):
        serializer.instance = registry.position_create(actor=self.request.user, data=serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = registry.position_update(
            actor=self.request.user,
            position=serializer.instance,
            data=serializer.validated_data,
        )


class TermViewSet(_Base):
    serializer_class = TermSerializer

    def get_queryset(self):
        params = self.request.query_params
        if params.get("current_on"):
            try:
                day = timezone.datetime.strptime(params["current_on"], "%Y-%m-%d").date()
            except ValueError as exc:
                raise serializers.ValidationError({"current_on": "Use el formato AAAA-MM-DD."}) from exc
            queryset = selectors.current_terms(on=day)
        else:
            queryset = Term.objects.select_related("person")
        if position := _id_filter(self.request, "position"):
            queryset = queryset.filter(position_id=position)
        if person := _id_filter(self.request, "person"):
            queryset = queryset.filter(person_id=person)
        return queryset.order_by("-starts_on", "-pk")

    def perform_create(self, serializer):
        serializer.instance = registry.term_create(actor=self.request.user, data=serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = registry.term_update(
            actor=self.request.user, term=serializer.instance, data=serializer.validated_data
        )


class MailingListViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = MailingListSerializer
    permission_classes = [DirectoryPermission]
    queryset = MailingList.objects.all()

    @extend_schema(responses=RecipientSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None)  # the whole list, as its schema says
    def recipients(self, request, pk=None):
        mailing_list = self.get_object()
        rows = [
            {"person": person.pk if person else None, "name": person.full_name if person else "", "email": email}
            for person, email in selectors.mailing_list_recipients(mailing_list)
        ]
        return Response(RecipientSerializer(rows, many=True).data)


class CoordinationViewSet(_Base):
    serializer_class = CoordinationSerializer

    def get_queryset(self):
        queryset = Coordination.objects.prefetch_related("participants").order_by("-occurred_on", "-pk")
        if entity := _id_filter(self.request, "entity"):
            queryset = queryset.filter(entity_id=entity)
        return queryset

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        participants = data.pop("participants", [])
        entity = data.pop("entity")
        serializer.instance = coordination_create(
            actor=self.request.user, entity=entity, data=data, participants=participants
        )

    def perform_update(self, serializer):
        raise serializers.ValidationError({"detail": "Las coordinaciones registradas no se modifican por la API."})


class FollowUpTaskViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = FollowUpTaskSerializer
    permission_classes = [DirectoryPermission]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator asks without a request
            return Task.objects.none()
        queryset = Task.objects.filter(
            origin=Task.Origin.FOLLOW_UP, subject_type=ContentType.objects.get_for_model(Coordination)
        ).order_by("completed_at", "due_on", "pk")
        if self.request.query_params.get("mine"):
            queryset = queryset.filter(owner=self.request.user)
        return queryset

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        serializer.instance = followup_create(actor=self.request.user, coordination=data.pop("subject"), **data)

    @extend_schema(request=None, responses=FollowUpTaskSerializer)
    @action(detail=True, methods=["post"])
    def complete(self, request, pk=None):
        task = self.get_object()
        followup_complete(actor=request.user, task=task)
        return Response(self.get_serializer(task).data)


class GreetingViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = GreetingSerializer
    permission_classes = [DirectoryPermission]

    def get_queryset(self):
        queryset = Greeting.objects.order_by("-sent_on", "-pk")
        if not can_see_personal_data(self.request.user):
            queryset = queryset.exclude(occasion="CUMPLEANOS")
        return queryset

    def perform_create(self, serializer):
        serializer.instance = greeting_record(actor=self.request.user, data=serializer.validated_data)


class TagViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = TagSerializer
    permission_classes = [DirectoryPermission]
    queryset = Tag.objects.order_by("name")


class PersonalDataPermission(BasePermission):
    """Legal bases and ARCO acts describe personal data: only roles with view_personal_data."""

    def has_permission(self, request, view) -> bool:
        return can_see_personal_data(request.user)


class LegalBasisViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = LegalBasisSerializer
    permission_classes = [PersonalDataPermission]

    def get_queryset(self):
        queryset = ContactLegalBasis.objects.order_by("person_id", "field")
        if person := _id_filter(self.request, "person"):
            queryset = queryset.filter(person_id=person)
        return queryset


class ArcoRequestViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ArcoRequestSerializer
    permission_classes = [PersonalDataPermission]
    queryset = ArcoRequest.objects.order_by("-recorded_at")
