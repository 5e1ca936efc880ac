"""Demo data for Prensa: invented releases in every state, photos drawn with Pillow (no network)."""

from __future__ import annotations

import io
from datetime import datetime, time, timedelta
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.text import capfirst, slugify
from PIL import Image, ImageDraw

from heraldo.core.demo import demo_day_in_last_month, demo_last_month
from heraldo.core.models import User

CATEGORIES = ["Obras", "Salud", "Cultura", "Seguridad ciudadana", "Medio ambiente", "Institucional"]

RELEASES: list[dict[str, Any]] = [
    {
        "headline": "Alcalde inaugura el mercado remodelado de Barrio Alto",
        "lead": "La Municipalidad entregó ayer a 120 comerciantes el mercado de Barrio Alto, remodelado con "
        "nuevos puestos, servicios higiénicos y un sistema contra incendios.",
        "body": "<p>La obra demandó ocho meses de trabajo y beneficia a más de 4,000 familias del sector.</p>"
        "<p>Los puestos cuentan con agua potable, desagüe y conexión eléctrica independiente.</p>",
        "quotes": "«Hoy cumplimos un compromiso con los comerciantes» — Jorge Cárdenas Vilca, alcalde",
        "category": "Obras",
        "tags": ["mercados", "Barrio Alto"],
        "state": "published",
        "days_ago": 1,
        "photos": 3,
    },
    {
        "headline": "Campaña gratuita de vacunación llega a las escuelas del distrito",
        "lead": "Brigadas de salud vacunarán a niñas y niños de seis instituciones educativas durante la "
        "próxima semana, en coordinación con el centro de salud Santa Candelaria.",
        "body": "<p>Los padres pueden acercarse con el carné de vacunación de sus hijos.</p>",
        "quotes": "",
        "category": "Salud",
        "tags": ["vacunación", "escuelas"],
        "state": "published",
        "days_ago": 3,
        "photos": 2,
    },
    {
        "headline": "Festival de danzas reúne a 30 agrupaciones en la plaza principal",
        "lead": "El festival anual de danzas tradicionales congregó a más de 2,000 vecinos el domingo en la "
        "plaza de armas de Santa Candelaria del Mar.",
        "body": "<p>Participaron agrupaciones de todos los barrios del distrito.</p>",
        "quotes": "«La cultura nos une» — Patricia Llanos Ríos, gerente municipal",
        "category": "Cultura",
        "tags": ["danzas", "festival"],
        "state": "published",
        "days_ago": 6,
        "photos": 4,
    },
    # Last month's releases (published on that day of the previous month), for the monthly report.
    {
        "headline": "Municipalidad entrega la pavimentación de la calle Los Pescadores",
        "lead": "Con una inversión de S/ 480,000, la calle Los Pescadores cuenta desde hoy con pistas, veredas y "
        "rampas para personas con discapacidad en sus cinco cuadras.",
        "body": "<p>La obra beneficia a 300 familias y a los comerciantes del desembarcadero.</p>",
        "quotes": "«Cumplimos con una obra esperada por más de diez años» — Jorge Cárdenas Vilca, alcalde",
        "category": "Obras",
        "tags": ["pavimentación"],
        "state": "published",
        "last_month_day": 6,
        "photos": 1,
    },
    {
        "headline": "Cronograma del impuesto predial: primera cuota vence a fin de mes",
        "lead": "La Gerencia de Administración Tributaria recuerda a los contribuyentes que pueden pagar en la "
        "agencia municipal, en los bancos autorizados o por internet.",
        "body": "<p>Quienes paguen el año completo reciben un descuento del 5 %.</p>",
        "quotes": "",
        "category": "Institucional",
        "tags": ["tributos"],
        "state": "published",
        "last_month_day": 12,
        "photos": 0,
    },
    {
        "headline": "Escolares del distrito reciben la vacuna contra el sarampión",
        "lead": "Más de 1,200 escolares de seis instituciones educativas fueron vacunados en la campaña conjunta "
        "de la Municipalidad y el centro de salud Santa Candelaria.",
        "body": "<p>La campaña continuará en los colegios que faltan durante el próximo mes.</p>",
        "quotes": "",
        "category": "Salud",
        "tags": ["vacunación", "escuelas"],
        "state": "published",
        "last_month_day": 17,
        "photos": 0,
    },
    {
        "headline": "Nuevo parque infantil abre sus puertas en Villa del Mar",
        "lead": "El parque cuenta con juegos inclusivos, áreas verdes con riego tecnificado e iluminación LED.",
        "body": "<p>El mantenimiento estará a cargo de la Subgerencia de Áreas Verdes.</p>",
        "quotes": "«Los niños merecen espacios seguros para jugar» — Jorge Cárdenas Vilca, alcalde",
        "category": "Obras",
        "tags": ["parques", "Villa del Mar"],
        "state": "published",
        "last_month_day": 23,
        "photos": 1,
    },
    {
        "headline": "Cambia el horario del recojo de residuos sólidos en el centro del distrito",
        "lead": "Desde el lunes, los camiones recolectores pasarán por el centro entre las 19:00 y las 22:00 para "
        "evitar la acumulación de basura durante el día.",
        "body": "<p>Se pide a los vecinos sacar sus bolsas solo en ese horario.</p>",
        "quotes": "",
        "category": "Medio ambiente",
        "tags": ["limpieza pública"],
        "state": "published",
        "last_month_day": 26,
        "photos": 0,
    },
    {
        "headline": "Serenazgo incorpora diez nuevas unidades de patrullaje",
        "lead": "La Municipalidad incorporó diez camionetas al servicio de serenazgo para reforzar el "
        "patrullaje en los sectores con más denuncias.",
        "body": "<p>Las unidades cuentan con cámaras y radio conectados a la central.</p>",
        "quotes": "",
        "category": "Seguridad ciudadana",
        "tags": ["serenazgo"],
        "state": "review",
        "days_ago": 0,
        "photos": 1,
    },
    {
        "headline": "Jornada de limpieza de playas convoca a voluntarios este sábado",
        "lead": "La Subgerencia de Medio Ambiente invita a los vecinos a la jornada de limpieza de la playa "
        "La Candelaria este sábado desde las 8:00.",
        "body": "Lleve gorra, bloqueador y agua.\n\nSe entregarán guantes y bolsas.",
        "quotes": "",
        "category": "Medio ambiente",
        "tags": ["playas", "voluntariado"],
        "state": "draft",
        "days_ago": 0,
        "photos": 0,
    },
]

PUBLICITY_EXCEPTION = (
    "Nota informativa sobre un servicio ya prestado; la cita se mantiene por ser la fuente oficial del anuncio "
    "(revisado con Asesoría Jurídica)."
)

PALETTE = [(155, 28, 44), (20, 90, 140), (30, 120, 70), (200, 140, 20), (90, 60, 120), (60, 60, 60)]


def demo_photo(seed: int, label: str) -> SimpleUploadedFile:
    """A drawn placeholder photo: coloured sky, ground and a label; unique bytes per seed."""
    width, height = 1200, 800
    sky = PALETTE[seed % len(PALETTE)]
    image = Image.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 2 // 3, width, height], fill=(230, 220, 200))
    for i in range(5):
        x = 120 + i * 220 + (seed * 37) % 60
        draw.rectangle([x, 300 + (i * 23 + seed * 11) % 120, x + 140, height * 2 // 3], fill=(245, 245, 245))
    draw.ellipse([width - 220, 60, width - 100, 180], fill=(250, 220, 120))
    draw.text((40, height - 80), f"{label} · {seed}", fill=(30, 30, 30))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    return SimpleUploadedFile(f"demo-{seed}.jpg", out.getvalue(), content_type="image/jpeg")


def load_brand_demo(head: User) -> None:
    from heraldo.press.models import BrandKitVersion
    from heraldo.press.services.brand import brand_kit_save

    if BrandKitVersion.objects.exists():
        return
    brand_kit_save(
        actor=head,
        palette=[
            {"name": "Rojo institucional", "hex": "#9B1C2C"},
            {"name": "Rojo oscuro", "hex": "#7A1522"},
            {"name": "Arena", "hex": "#E6DCC8"},
            {"name": "Gris texto", "hex": "#343A40"},
        ],
        typography=[{"use": "Titulares", "family": "Source Sans 3 Bold"}, {"use": "Texto", "family": "Source Sans 3"}],
        logo_min_width_mm=25,
        logo_min_width_px=120,
        logo_clear_space="La altura de la letra M del logotipo, por cada lado",
        usage_notes="El escudo no se deforma, no se gira y no se pone sobre fotos sin una franja blanca.",
        review_checklist="Titular con verbo y sin mayúsculas sostenidas\nNombres y cargos verificados en el Registro\n"
        "Fotos con crédito y texto alternativo\nLogo sobre fondo claro y con área de respeto",
    )


DEMO_CREST_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120" width="100" height="120">
<path d="M5 5 H95 V60 C95 90 70 108 50 116 C30 108 5 90 5 60 Z" fill="#9B1C2C" stroke="#7A1522" stroke-width="4"/>
<path d="M18 18 H82 V58 C82 80 64 94 50 100 C36 94 18 80 18 58 Z" fill="#E6DCC8"/>
<path d="M30 70 L50 34 L70 70 Z" fill="#343A40"/><circle cx="50" cy="80" r="7" fill="#9B1C2C"/>
</svg>"""


def load_demo_crest(head: User) -> None:
    """The demo municipality's crest, through the brand kit like an office's own (an SVG rebuilt from the allowlist)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from heraldo.core.uploads import check_upload
    from heraldo.press.models import BrandTemplate
    from heraldo.press.services.brand import brand_template_add

    if BrandTemplate.objects.filter(is_crest=True).exists():
        return
    upload = SimpleUploadedFile("escudo.svg", DEMO_CREST_SVG, content_type="image/svg+xml")
    brand_template_add(
        actor=head,
        upload=upload,
        checked=check_upload(upload, kinds={"image", "svg"}),
        title="Escudo de la municipalidad",
        description="Escudo oficial, versión a color",
        is_crest=True,
    )


def load_press_demo(head: User) -> None:
    """Idempotent: a release whose headline exists is left alone."""
    load_brand_demo(head)
    load_demo_crest(head)
    from heraldo.press.models import Category, PressRelease, ReleaseStatus, Tag
    from heraldo.press.publicity import publicity_refusal
    from heraldo.press.services.publicity import release_publicity_override
    from heraldo.press.services.releases import release_create, release_photo_add
    from heraldo.press.services.workflow import release_transition

    author = User.objects.filter(username="prensa").first() or head
    categories = {}
    for name in CATEGORIES:
        categories[name], _ = Category.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    now = timezone.now()
    for index, spec in enumerate(RELEASES):
        if PressRelease.objects.filter(headline=spec["headline"]).exists():
            continue
        tags = [Tag.objects.get_or_create(slug=slugify(t), defaults={"name": t})[0] for t in spec["tags"]]
        release = release_create(
            actor=author,
            headline=spec["headline"],
            lead=spec["lead"],
            body=spec["body"],
            quotes=spec["quotes"],
            category=categories[spec["category"]],
            tags=tags,
        )
        for n in range(spec["photos"]):
            release_photo_add(
                release=release,
                actor=author,
                upload=demo_photo(index * 10 + n, spec["category"]),
                caption=f"{spec['headline'][:60]} (foto {n + 1})",
                credit="Imagen Institucional MDSCM",
                alt_text=f"Vista de la actividad: {spec['category'].lower()}, foto {n + 1}",
                event_name=spec["headline"][:80],
            )
        if spec["state"] in ("review", "published"):
            release_transition(release=release, actor=author, name="submit", comment="Lista para revisión")
        if spec["state"] == "published":
            if publicity_refusal(release):
                # The demo office is in the 2026 electoral period: the head of unit writes the exception.
                release_publicity_override(release=release, actor=head, reason=PUBLICITY_EXCEPTION)
            release_transition(release=release, actor=head, name="approve", comment="Conforme")
            if "last_month_day" in spec:
                day = demo_day_in_last_month(spec["last_month_day"])
                when = datetime.combine(day, time(10 + index % 6, 30), tzinfo=timezone.get_current_timezone())
            else:
                when = now - timedelta(days=spec["days_ago"], hours=index)
            release_transition(release=release, actor=author, name="publish", now=when)
            # last month's releases went out to the media list within the hour, as the office does
            distributed = when + timedelta(minutes=40) if "last_month_day" in spec else None
            PressRelease.objects.filter(pk=release.pk).update(
                status=ReleaseStatus.PUBLISHED, published_at=when, distributed_at=distributed
            )
    load_bulletin_demo(head)


def load_bulletin_demo(head: User) -> None:
    """Last month's bulletin (with last month's releases, published on its last day) and this month's so far."""
    from heraldo.press.models import Bulletin, PressRelease
    from heraldo.press.services.bulletins import bulletin_publish, bulletin_render_pdf, bulletin_save

    if Bulletin.objects.exists():
        return
    first, last_day = demo_last_month()
    month_start = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=timezone.get_current_timezone())
    published = PressRelease.objects.published().order_by("-published_at")
    editions = (
        (list(published.filter(published_at__lt=month_start)), first, last_day),
        (list(published.filter(published_at__gte=month_start)), last_day + timedelta(days=1), None),
    )
    for number, (releases, month, closing_day) in enumerate(editions, start=1):
        if not releases:
            continue
        with translation.override("es"):
            label = capfirst(date_format(month, r"F \d\e Y"))
        bulletin = bulletin_save(
            actor=head,
            releases=releases,
            title="Candelaria al Día",
            number=number,
            period_label=label,
            intro="Las obras, la salud y la cultura del mes en el distrito.",
        )
        bulletin_render_pdf(bulletin=bulletin, actor=head)
        if closing_day is not None:
            # published on the month's last working afternoon, as the office does
            Bulletin.objects.filter(pk=bulletin.pk).update(
                published_at=datetime.combine(closing_day, time(17, 0), tzinfo=timezone.get_current_timezone())
            )
            bulletin.refresh_from_db()
        bulletin_publish(bulletin=bulletin, actor=head)
