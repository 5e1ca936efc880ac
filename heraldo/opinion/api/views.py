"""The Opinión pública API: the semáforo, signals, issues and their recommendation, sectors, and surveys (the
field page sends its queued answers here). Same gates and services as the pages."""

from __future__ import annotations

from datetime import timedelta

from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.generics import GenericAPIView
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from heraldo.core.api.permissions import capability_permission
from heraldo.core.api.viewsets import NUMERIC_ID
from heraldo.opinion import selectors, services, surveys
from heraldo.opinion.api.serializers import (
    CellSerializer,
    DecisionSerializer,
    IssueSerializer,
    ResponseInSerializer,
    SectorSerializer,
    SignalSerializer,
    SurveySerializer,
)
from heraldo.opinion.models import OpinionIssue, Sector, Survey, SurveyResponse, Tone
from heraldo.opinion.permissions import access_issue

ReadsOpinion = capability_permission("access_opinion")
PERIODS = (7, 30, 90)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _days(params) -> int:
    days = _int(params.get("dias"))
    return days if days in PERIODS else 30


class SemaforoView(GenericAPIView):
    """The semáforo per topic and sector for the last `dias` (7, 30 or 90) days, the worst first."""

    permission_classes = [IsAuthenticated, ReadsOpinion]
    serializer_class = CellSerializer
    pagination_class = PageNumberPagination

    @extend_schema(
        parameters=[
            OpenApiParameter("dias", int, enum=list(PERIODS)),
            OpenApiParameter("tema", int),
            OpenApiParameter("sector", int),
        ]
    )
    def get(self, request):
        params = request.query_params
        cells = selectors.semaforo(
            end=timezone.localdate(),
            days=_days(params),
            topic_id=_int(params.get("tema")),
            sector_id=_int(params.get("sector")),
        )
        page = self.paginate_queryset(cells)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class SectorViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAuthenticated, ReadsOpinion]
    serializer_class = SectorSerializer
    queryset = Sector.objects.order_by("name")
    lookup_value_regex = NUMERIC_ID


class SignalViewSet(viewsets.ReadOnlyModelViewSet):
    """The evidence: signals of the period, filtered like the semáforo (`tema`/`sector` 0 means none)."""

    permission_classes = [IsAuthenticated, ReadsOpinion]
    serializer_class = SignalSerializer
    lookup_value_regex = NUMERIC_ID

    def get_queryset(self):
        params = self.request.query_params
        end = timezone.localdate()
        tone = params.get("tono", "")
        return selectors.signals_of_cell(
            start=end - timedelta(days=_days(params) - 1),
            end=end,
            topic_id=_int(params.get("tema")),
            sector_id=_int(params.get("sector")),
            tone=tone if tone in Tone.values else "",
        )


class IssueViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAuthenticated, ReadsOpinion]
    serializer_class = IssueSerializer
    queryset = OpinionIssue.objects.select_related("topic", "sector").order_by("-opened_on", "-pk")
    lookup_value_regex = NUMERIC_ID

    def get_object(self):
        return access_issue(self.request.user, self.kwargs["pk"])

    @extend_schema(request=DecisionSerializer, responses=IssueSerializer)
    @action(detail=True, methods=["post"])
    def decision(self, request, pk=None):
        """Approve the recommendation (`head` for Jefatura, `mayor` for Alcaldía) or `return` it with a note;
        409 when it is not this person's step."""
        body = DecisionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        issue = services.recommendation_decide(
            actor=request.user,
            issue=self.get_object(),
            step=body.validated_data["step"],
            note=body.validated_data["note"],
        )
        return Response(self.get_serializer(issue).data)


class SurveyViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAuthenticated, ReadsOpinion]
    serializer_class = SurveySerializer
    queryset = Survey.objects.prefetch_related("questions").order_by("-created_at", "-pk")
    lookup_value_regex = NUMERIC_ID

    @extend_schema(responses=None)
    @action(detail=True, methods=["get"])
    def resultados(self, request, pk=None):
        """Each question's share per option with its 95 % margin of error."""
        total, results, by_sector = surveys.survey_results(self.get_object())
        return Response(
            {
                "responses": total,
                "by_sector": [{"sector": name, "responses": n} for name, n in by_sector],
                "questions": [
                    {
                        "id": result.question.pk,
                        "text": result.question.text,
                        "respondents": result.respondents,
                        "mean": result.mean,
                        "options": [vars(option) for option in result.options],
                    }
                    for result in results
                ],
            }
        )


class SurveyResponsesView(GenericAPIView):
    """Field staff's answers, sent when the phone has a network. A resend with the same `client_id` answers 200
    and changes nothing; a new response, 201; a closed survey, 409; bad answers, 400 with `errors` by question."""

    permission_classes = [IsAuthenticated, ReadsOpinion]
    serializer_class = ResponseInSerializer

    @extend_schema(request=ResponseInSerializer, responses=None)
    def post(self, request, survey_id: int):
        survey = get_object_or_404(Survey, pk=survey_id)
        body = self.get_serializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        response, created = surveys.survey_response_save(
            survey=survey,
            client_id=data["client_id"],
            answers=data["answers"],
            channel=SurveyResponse.Channel.FIELD,
            collected_by=request.user,
            collected_at=data.get("collected_at"),
        )
        return Response(
            {"id": response.pk, "client_id": response.client_id, "created": created},
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )
