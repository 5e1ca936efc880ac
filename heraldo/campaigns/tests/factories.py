"""Test data for Campañas; other apps' tests may reuse these."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import factory

from heraldo.campaigns.models import (
    AdvertisingPlan,
    Campaign,
    CampaignRequest,
    Piece,
    PlanLine,
    PlanLineChannel,
    PlanStatus,
    RequestStatus,
)

RENTAS = "Gerencia de Administración Tributaria"


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdvertisingPlan

    year = 2027
    title = "Plan de estrategia publicitaria"
    objectives = "Informar a los vecinos."
    total_budget = Decimal("50000")
    status = PlanStatus.APPROVED


class LineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanLine
        skip_postgeneration_save = True

    plan = factory.SubFactory(PlanFactory)
    name = factory.Sequence(lambda n: f"Línea {n}")
    budget = Decimal("20000")

    @factory.post_generation
    def channels(self, create, extracted, **kwargs):
        for code, amount in (extracted or {"RADIO": Decimal("12000"), "SOCIAL": Decimal("8000")}).items():
            PlanLineChannel.objects.create(line=self, channel=code, budget=amount)


class RequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignRequest

    unit = RENTAS
    title = "Amnistía tributaria 2027"
    objective = "Que los vecinos regularicen sus deudas sin multas."
    audience = "Contribuyentes con deudas de predial y arbitrios."
    key_dates = "28/02/2027 vence la amnistía"
    wanted_from = date(2027, 1, 15)
    wanted_until = date(2027, 2, 28)
    mandatory_content = "Ordenanza N.° 512-2026-MDSC"
    suggested_channels = factory.LazyFunction(lambda: ["RADIO", "SOCIAL", "PRINT"])
    status = RequestStatus.SUBMITTED


class OwnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "core.User"

    username = factory.Sequence(lambda n: f"responsable{n}")
    email = factory.Sequence(lambda n: f"responsable{n}@candelaria.example.pe")


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    title = "Amnistía tributaria 2027"
    unit = RENTAS
    plan_line = factory.SubFactory(LineFactory)
    objectives = "Regularizar deudas."
    channels = factory.LazyFunction(lambda: ["RADIO", "SOCIAL"])
    budget = Decimal("6000")
    owner = factory.SubFactory(OwnerFactory)
    starts_on = date(2027, 1, 15)
    ends_on = date(2027, 2, 28)


class PieceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Piece

    campaign = factory.SubFactory(CampaignFactory)
    title = factory.Sequence(lambda n: f"Pieza {n}")
    kind = "VOLANTE"
    channel = "PRINT"
    # An exception of the electoral regime, written down: the publicity checks let a plain piece through.
    justification_kind = "SALUD"
    justification = "Campaña de vacunación: lugares, fechas y horarios de atención."
    exposure_starts = date(2027, 1, 20)
    exposure_ends = date(2027, 2, 28)
    ubigeo = "150101"
