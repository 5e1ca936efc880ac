"""Campañas in the demo office: an approved plan, a campaign Rentas asked for, and a brief awaiting an answer."""

from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from heraldo.campaigns.models import AdvertisingPlan, Kpi
from heraldo.campaigns.services.campaigns import action_add, kpi_add, media_entry_add, media_entry_results
from heraldo.campaigns.services.links import asset_use, release_link
from heraldo.campaigns.services.pieces import piece_comment, piece_create, version_add
from heraldo.campaigns.services.plans import line_add, plan_approve, plan_create
from heraldo.campaigns.services.requests import request_accept, request_comment, request_save, request_submit
from heraldo.core.demo import register_demo_loader
from heraldo.core.models import User
from heraldo.press.models import MediaAsset, PressRelease, ReleaseStatus, UsageRights
from heraldo.work.models import Task

D = Decimal


@register_demo_loader
def load_campaigns_demo(actor: User) -> None:
    if AdvertisingPlan.objects.exists():
        return
    today = timezone.localdate()
    people = {
        user.username: user for user in User.objects.filter(username__in=["rentas", "prensa", "diseno", "alcalde"])
    }
    rentas, press, designer, mayor = (people.get(name) for name in ("rentas", "prensa", "diseno", "alcalde"))
    plan = plan_create(
        actor=actor,
        data={
            "year": today.year,
            "title": "Plan de estrategia publicitaria",
            "objectives": "Informar a los vecinos de los servicios, obligaciones y beneficios municipales.\n"
            "Fomentar el pago puntual de tributos y la participación vecinal.",
            "audiences": "Contribuyentes del distrito, juntas vecinales, comerciantes del mercado.",
            "key_messages": "Pagar a tiempo es invertir en tu barrio.",
            "total_budget": D("60000"),
        },
    )
    tax_line = line_add(
        actor=actor,
        plan=plan,
        data={
            "name": "Cultura tributaria",
            "objective": "Pago puntual del predial y los arbitrios.",
            "kpis": "Recaudación del trimestre; alcance en redes.",
            "budget": D("24000"),
        },
        channel_budgets={"RADIO": D("9000"), "SOCIAL": D("5000"), "PRINT": D("6000"), "OUTDOOR": D("4000")},
    )
    health_line = line_add(
        actor=actor,
        plan=plan,
        data={"name": "Salud y prevención", "objective": "Vacunación y prevención del dengue.", "budget": D("18000")},
        channel_budgets={"RADIO": D("8000"), "SOCIAL": D("4000"), "PRINT": D("6000")},
    )
    plan_approve(actor=actor, plan=plan, as_head=True)
    if mayor:
        plan_approve(actor=mayor, plan=plan, as_head=False)
    _vaccination_campaign(actor, health_line, owner=press or actor)
    if not rentas:
        return
    starts = today + timedelta(days=3)
    brief = request_save(
        actor=rentas,
        brief=None,
        data={
            "title": "Cronograma del impuesto predial",
            "objective": "Que los contribuyentes paguen la primera cuota del predial a tiempo.",
            "audience": "Propietarios de predios del distrito, sobre todo adultos mayores.",
            "key_dates": f"{(starts + timedelta(days=25)).strftime('%d/%m/%Y')} vence la primera cuota",
            "wanted_from": starts,
            "wanted_until": starts + timedelta(days=30),
            "mandatory_content": "Fechas de vencimiento, canales de pago y el 5 % de descuento por pago anual.",
            "suggested_channels": ["RADIO", "SOCIAL", "PRINT"],
        },
    )
    request_submit(actor=rentas, brief=brief)
    campaign = request_accept(actor=actor, brief=brief, plan_line=tax_line)
    from heraldo.campaigns.services.campaigns import campaign_update

    campaign = campaign_update(actor=actor, campaign=campaign, data={"budget": D("8000"), "owner": press or actor})
    kpi_add(
        actor=actor,
        campaign=campaign,
        data={
            "name": "Recaudación de la primera cuota",
            "metric": Kpi.Metric.COLLECTION,
            "channel": "",
            "target": D("350000"),
        },
    )
    kpi_add(
        actor=actor,
        campaign=campaign,
        data={"name": "Alcance en Facebook", "metric": Kpi.Metric.REACH, "channel": "SOCIAL", "target": D("20000")},
    )
    radio = media_entry_add(
        actor=actor,
        campaign=campaign,
        data={
            "channel": "RADIO",
            "outlet": "Radio Candelaria 98.5 FM",
            "target_public": "Adultos mayores y propietarios",
            "purpose": "Recordar fechas y canales de pago",
            "coverage": "Todo el distrito y la costa vecina",
            "starts_on": starts,
            "ends_on": starts + timedelta(days=20),
            "local_reach": "Emisora local con mayor sintonía matinal",
            "mtc_licence": "RD N.° 0452-2022-MTC/28",
            "justification": "Es el medio que más escuchan los adultos mayores del distrito por las mañanas.",
            "cost": D("3500"),
        },
    )
    media_entry_results(actor=actor, entry=radio, data={"spent": D("1800"), "reach": 12000})
    media_entry_add(
        actor=actor,
        campaign=campaign,
        data={
            "channel": "SOCIAL",
            "outlet": "Facebook de la Municipalidad",
            "target_public": "Contribuyentes de 25 a 55 años",
            "purpose": "Difundir el cronograma y el descuento",
            "coverage": "Seguidores del distrito",
            "starts_on": starts,
            "ends_on": starts + timedelta(days=30),
            "local_reach": "Segmentación por el distrito",
            "mtc_licence": "",
            "justification": "Bajo costo por persona alcanzada y segmentación geográfica.",
            "cost": D("1500"),
        },
    )
    common = {
        "ubigeo": "150101",
        "paid": False,
        "topic": "Impuesto predial",
        "concerns_unit": True,
        "designer": designer,
    }
    piece_create(
        actor=actor,
        campaign=campaign,
        data={
            **common,
            "title": "Spot «Paga a tiempo tu predial»",
            "kind": "SPOT_RADIO",
            "channel": "RADIO",
            "paid": True,
            "justification_kind": "SERVICIO_PUBLICO_IMPOSTERGABLE",
            "justification": "Recordar el vencimiento de la primera cuota a los contribuyentes que no usan redes.",
            "text": "Vecino, vecina: la primera cuota del predial vence pronto. Paga en la agencia o por internet.",
            "exposure_starts": starts,
            "exposure_ends": starts + timedelta(days=20),
            "due_on": starts - timedelta(days=1),
        },
    )
    piece_create(
        actor=actor,
        campaign=campaign,
        data={
            **common,
            "title": "Publicación: cronograma de pagos",
            "kind": "POST_FACEBOOK",
            "channel": "SOCIAL",
            "text": "Conoce el cronograma del impuesto predial y paga sin colas.",
            "exposure_starts": starts,
            "exposure_ends": None,
            "palette": ["#1B4F8C", "#F2C200"],
            "due_on": starts - timedelta(days=1),
        },
    )
    flyer = piece_create(
        actor=actor,
        campaign=campaign,
        data={
            **common,
            "title": "Volante del descuento por pago anual",
            "kind": "VOLANTE",
            "channel": "PRINT",
            "text": "5 % de descuento pagando el año completo.",
            "exposure_starts": starts + timedelta(days=2),
            "exposure_ends": starts + timedelta(days=30),
            "due_on": starts,
        },
    )
    if press:
        action_add(
            actor=actor,
            campaign=campaign,
            data={
                "title": "Coordinar la pauta con Radio Candelaria",
                "description": "",
                "owner": press,
                "due_on": starts,
                "priority": Task.Priority.HIGH,
            },
        )
        action_add(
            actor=actor,
            campaign=campaign,
            data={
                "title": "Nota de prensa del cronograma",
                "description": "",
                "owner": press,
                "due_on": starts + timedelta(days=1),
                "priority": Task.Priority.NORMAL,
            },
        )
    _flyer_review(actor, flyer, rentas)
    _links_to_prensa(actor, campaign, flyer)
    request_comment(
        actor=rentas, brief=brief, body="Gracias. Adjuntaremos el cronograma oficial aprobado por la Gerencia."
    )
    waiting = request_save(
        actor=rentas,
        brief=None,
        data={
            "title": "Descuento en arbitrios para jubilados",
            "objective": "Que los pensionistas conozcan y soliciten el descuento de arbitrios.",
            "audience": "Pensionistas y jubilados propietarios de un solo predio.",
            "key_dates": "Hasta fin de mes: presentación de solicitudes",
            "wanted_from": today + timedelta(days=10),
            "wanted_until": today + timedelta(days=40),
            "mandatory_content": "Requisitos y lugar de atención.",
            "suggested_channels": ["RADIO", "PRINT"],
        },
    )
    request_submit(actor=rentas, brief=waiting)


def _flyer_image() -> SimpleUploadedFile:
    """A plain flyer drawn on the spot: the office's blue, a yellow band, the discount in large type."""
    image = Image.new("RGB", (600, 800), (27, 79, 140))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 600, 680), fill=(242, 194, 0))
    font = ImageFont.load_default(size=64)
    draw.text((40, 120), "5 % de", fill="white", font=font)
    draw.text((40, 200), "descuento", fill="white", font=font)
    draw.text((40, 590), "Paga el total anual", fill=(27, 79, 140), font=ImageFont.load_default(size=36))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return SimpleUploadedFile("volante.png", buffer.getvalue(), "image/png")


def _flyer_review(actor: User, flyer, rentas: User) -> None:
    """A first version of the flyer with two comments placed on the image and one on the whole piece."""
    version = version_add(actor=actor, piece=flyer, upload=_flyer_image(), note="Primera propuesta")
    piece_comment(
        actor=actor,
        piece=flyer,
        version=version,
        body="Subir el contraste de la franja amarilla.",
        x=D("50"),
        y=D("78"),
    )
    piece_comment(
        actor=rentas,
        piece=flyer,
        version=version,
        body="Falta el número de la ordenanza del descuento.",
        x=D("22"),
        y=D("40"),
    )
    piece_comment(actor=rentas, piece=flyer, version=version, body="El resto está bien.")


def _links_to_prensa(actor: User, campaign, flyer) -> None:
    """The campaign's first release and a photo of the library, when Prensa's demo has them."""
    release = PressRelease.objects.exclude(status=ReleaseStatus.WITHDRAWN).order_by("pk").first()
    if release:
        release_link(actor=actor, campaign=campaign, release=release)
    photo = MediaAsset.objects.exclude(rights=UsageRights.RESTRICTED).order_by("pk").first()
    if photo:
        asset_use(actor=actor, piece=flyer, asset=photo)


def _vaccination_campaign(actor: User, line, *, owner: User) -> None:
    """A campaign that ran through last month with its indicators measured, for the monthly report."""
    from heraldo.campaigns.models import CampaignStatus
    from heraldo.campaigns.services.campaigns import campaign_create, campaign_set_status, kpi_record
    from heraldo.core.demo import demo_day_in_last_month

    starts = demo_day_in_last_month(5)
    campaign = campaign_create(
        actor=actor,
        data={
            "title": "Vacunación escolar contra el sarampión",
            "plan_line": line,
            "objectives": "Que las familias lleven a vacunar a sus hijos en los colegios durante la campaña.",
            "audiences": "Padres y madres de familia de las instituciones educativas del distrito.",
            "key_dates": "Brigadas en los colegios de lunes a viernes durante cuatro semanas.",
            "mandatory_content": "Fechas por colegio y el carné de vacunación.",
            "channels": ["RADIO", "SOCIAL", "PRINT"],
            "budget": D("6500"),
            "owner": owner,
            "starts_on": starts,
            "ends_on": starts + timedelta(days=40),
        },
    )
    campaign_set_status(actor=actor, campaign=campaign, status=CampaignStatus.RUNNING)
    results = (
        ("Escolares vacunados", Kpi.Metric.OTHER, "", D("1500"), D("1240")),
        ("Alcance en Facebook", Kpi.Metric.REACH, "SOCIAL", D("15000"), D("18350")),
        ("Volantes repartidos", Kpi.Metric.OTHER, "PRINT", D("5000"), D("5000")),
    )
    for name, metric, channel, target, achieved in results:
        kpi = kpi_add(
            actor=actor, campaign=campaign, data={"name": name, "metric": metric, "channel": channel, "target": target}
        )
        kpi_record(actor=actor, kpi=kpi, achieved=achieved)
    radio = media_entry_add(
        actor=actor,
        campaign=campaign,
        data={
            "channel": "RADIO",
            "outlet": "Radio Candelaria 98.5 FM",
            "target_public": "Padres y madres de familia",
            "purpose": "Anunciar las fechas de vacunación por colegio",
            "coverage": "Todo el distrito",
            "starts_on": starts,
            "ends_on": starts + timedelta(days=25),
            "local_reach": "Emisora local con mayor sintonía matinal",
            "mtc_licence": "RD N.° 0452-2022-MTC/28",
            "justification": "Es el medio que más escuchan las familias del distrito por las mañanas.",
            "cost": D("2500"),
        },
    )
    media_entry_results(actor=actor, entry=radio, data={"spent": D("2350"), "reach": 21000})
