from __future__ import annotations

from rest_framework import serializers

from heraldo.directory.models import Entity, MailingList, Person, Position, Tag, Term


class TagNamesField(serializers.ListField):
    child = serializers.CharField(max_length=60)


class EntitySerializer(serializers.ModelSerializer):
    tags = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    tag_names = TagNamesField(write_only=True, required=False)

    class Meta:
        model = Entity
        fields = [
            "id",
            "name",
            "short_name",
            "kind",
            "level",
            "ubigeo",
            "parent",
            "address",
            "phone",
            "email",
            "website",
            "anniversary",
            "is_own_municipality",
            "media_kind",
            "media_reach",
            "media_coverage",
            "notes",
            "is_active",
            "tags",
            "tag_names",
            "verified_at",
            "updated_at",
        ]
        read_only_fields = ["verified_at", "updated_at"]


PUBLIC_PERSON_FIELDS = [
    "id",
    "given_names",
    "surnames",
    "honorific",
    "academic_title",
    "sex",
    "institutional_email",
    "institutional_phone",
    "beats",
    "notes",
    "is_active",
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
        fields = [*PUBLIC_PERSON_FIELDS, "personal_email", "personal_phone", "birth_date"]


class PositionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Position
        fields = [
            "id",
            "entity",
            "title",
            "title_feminine",
            "form_of_address",
            "form_of_address_feminine",
            "office_code",
            "jurisdiction",
            "order_in_entity",
            "sits_at_head_table",
            "is_active",
        ]


class TermSerializer(serializers.ModelSerializer):
    person_name = serializers.CharField(source="person.full_name", read_only=True)

    class Meta:
        model = Term
        fields = ["id", "position", "person", "person_name", "status", "starts_on", "ends_on", "source_document"]

    def validate(self, attrs):
        start = attrs.get("starts_on", getattr(self.instance, "starts_on", None))
        end = attrs.get("ends_on", getattr(self.instance, "ends_on", None))
        if start and end and end < start:
            raise serializers.ValidationError({"ends_on": "La fecha de término no puede ser anterior a la de inicio."})
        return attrs


class MailingListSerializer(serializers.ModelSerializer):
    class Meta:
        model = MailingList
        fields = ["id", "name", "description", "purpose", "filters", "scope", "updated_at"]
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
            "kind",
            "occurred_on",
            "subject",
            "summary",
            "participants",
            "other_participants",
            "reference",
            "agreement_until",
            "created_at",
        ]
        read_only_fields = ["created_at"]

    def validate(self, attrs):
        if attrs.get("agreement_until") and attrs.get("kind") != "CONVENIO":
            raise serializers.ValidationError({"agreement_until": "La vigencia solo se indica para convenios."})
        return attrs


class FollowUpTaskSerializer(serializers.ModelSerializer):
    class Meta:
        from heraldo.directory.models import FollowUpTask

        model = FollowUpTask
        fields = ["id", "coordination", "title", "due_on", "owner", "done_at"]
        read_only_fields = ["done_at"]


class GreetingSerializer(serializers.ModelSerializer):
    class Meta:
        from heraldo.directory.models import Greeting

        model = Greeting
        fields = [
            "id",
            "occasion",
            "entity",
            "person",
            "sent_on",
            "channel",
            "reference",
            "text",
            "gift_given",
            "gift_received",
        ]


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
