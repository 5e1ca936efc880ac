from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework import serializers

from heraldo.directory.models import Coordination, Entity, MailingList, Person, Position, Tag, Term
from heraldo.directory.services.coordination import COORDINATION_FIELDS
from heraldo.directory.services.greetings import GREETING_FIELDS
from heraldo.directory.services.lists import MAILING_LIST_FIELDS
from heraldo.directory.services.registry import (
    ENTITY_FIELDS,
    PERSON_FIELDS,
    PERSONAL_FIELDS,
    POSITION_FIELDS,
    TERM_FIELDS,
)
from heraldo.work.models import Task


class TagNamesField(serializers.ListField):
    child = serializers.CharField(max_length=60)


class EntitySerializer(serializers.ModelSerializer):
    tags = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    tag_names = TagNamesField(write_only=True, required=False)

    class Meta:
        model = Entity
        fields = ["id", *ENTITY_FIELDS, "tags", "tag_names", "verified_at", "updated_at"]
        read_only_fields = ["verified_at", "updated_at"]


# Personal data only for roles with view_personal_data; photos are managed on the pages only.
PUBLIC_PERSON_FIELDS = [
    "id",
    *(name for name in PERSON_FIELDS if name not in PERSONAL_FIELDS),
    "tags",
    "tag_names",
    "verified_at",
    "updated_at",
]


class PersonSerializer(serializers.ModelSerializer):
    tags = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    tag_names = TagNamesField(write_only=True, required=False)

    class Meta:
        model = Person
        fields = PUBLIC_PERSON_FIELDS
        read_only_fields = ["verified_at", "updated_at"]


class PersonWithPersonalDataSerializer(PersonSerializer):
    class Meta(PersonSerializer.Meta):
        fields = [*PUBLIC_PERSON_FIELDS, *(name for name in PERSONAL_FIELDS if name != "photo")]


class PositionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Position
        fields = ["id", *POSITION_FIELDS]


class TermSerializer(serializers.ModelSerializer):
    person_name = serializers.CharField(source="person.full_name", read_only=True)

    class Meta:
        model = Term
        fields = ["id", *TERM_FIELDS, "person_name"]

    def validate(self, attrs):
        start = attrs.get("starts_on", getattr(self.instance, "starts_on", None))
        end = attrs.get("ends_on", getattr(self.instance, "ends_on", None))
        if start and end and end < start:
            raise serializers.ValidationError(
                {"ends_on": _("La fecha de término no puede ser anterior a la de inicio.")}
            )
        return attrs


class MailingListSerializer(serializers.ModelSerializer):
    class Meta:
        model = MailingList
        fields = ["id", *MAILING_LIST_FIELDS, "updated_at"]
        read_only_fields = ["updated_at"]


class RecipientSerializer(serializers.Serializer):
    person = serializers.IntegerField(allow_null=True)
    name = serializers.CharField()
    email = serializers.EmailField()


class CoordinationSerializer(serializers.ModelSerializer):
    class Meta:
        from heraldo.directory.models import Coordination

        model = Coordination
        fields = [
            "id",
            "entity",
            # Documents are attached on the page, not through the API.
            *(name for name in COORDINATION_FIELDS if name != "document"),
            "participants",
            "created_at",
        ]
        read_only_fields = ["created_at"]

    def validate(self, attrs):
        if attrs.get("agreement_until") and attrs.get("kind") != "CONVENIO":
            raise serializers.ValidationError({"agreement_until": _("La vigencia solo se indica para convenios.")})
        return attrs


class FollowUpTaskSerializer(serializers.ModelSerializer):
    """A follow-up of a coordination: an office task (heraldo.work) whose subject is the coordination."""

    coordination = serializers.PrimaryKeyRelatedField(queryset=Coordination.objects.all(), source="subject")
    done_at = serializers.DateTimeField(source="completed_at", read_only=True, allow_null=True)

    class Meta:
        model = Task
        fields = ["id", "coordination", "title", "due_on", "owner", "done_at"]
        extra_kwargs = {"owner": {"required": True, "allow_null": False}}


class GreetingSerializer(serializers.ModelSerializer):
    class Meta:
        from heraldo.directory.models import Greeting

        model = Greeting
        fields = ["id", *GREETING_FIELDS]


class TagSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tag
        fields = ["id", "name"]


class LegalBasisSerializer(serializers.ModelSerializer):
    class Meta:
        from heraldo.directory.models import ContactLegalBasis

        model = ContactLegalBasis
        fields = ["id", "person", "field", "basis", "purpose", "evidence", "obtained_on", "retain_until"]


class ArcoRequestSerializer(serializers.ModelSerializer):
    class Meta:
        from heraldo.directory.models import ArcoRequest

        model = ArcoRequest
        fields = ["id", "person", "person_label", "right", "received_on", "reference", "outcome", "recorded_at"]
