"""Campañas as a new user tries it, in Chromium: Rentas asks for a tax-amnesty campaign, the office plans it."""

from __future__ import annotations

import pytest

from conftest import PERSONAS, make_user, sign_in
from heraldo.campaigns.models import Campaign, CampaignRequest, Piece, RequestStatus
from heraldo.campaigns.tests.factories import RENTAS, LineFactory

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def sign_out(page) -> None:
    page.context.clear_cookies()


def plan_piece(page, campaign: Campaign, *, kind: str, title: str, text: str, paid: bool = False) -> None:
    page.goto(f"{page.base_url}/campanas/{campaign.pk}/piezas/nueva/")
    page.select_option("select[name=kind]", kind)
    page.fill("input[name=title]", title)
    page.fill("textarea[name=text]", text)
    if paid:
        page.check("input[name=paid]")
    page.click("form.card button[type=submit]")


def test_rentas_requests_a_tax_amnesty_campaign_and_the_office_accepts_and_plans_it(browser_page):
    page = browser_page
    make_user("requester", PERSONAS["requester"], first_name="Miguel", requesting_unit=RENTAS)
    make_user("press_officer", PERSONAS["press_officer"], first_name="Diego")
    line = LineFactory(name="Cultura tributaria")

    # Rentas writes the brief from its own account; the draft is kept on the server as it types.
    sign_in(page, "requester")
    page.click("text=Nueva solicitud de campaña")
    page.fill("input[name=title]", "Amnistía tributaria 2027")
    page.fill("textarea[name=objective]", "Que los vecinos regularicen sus deudas sin multas ni intereses.")
    page.wait_for_selector("#autosave-status:has-text('Borrador guardado a las')")
    assert CampaignRequest.objects.get().status == RequestStatus.DRAFT
    page.fill("textarea[name=audience]", "Contribuyentes con deudas de predial y arbitrios.")
    page.fill("textarea[name=key_dates]", "28/02/2027 vence la amnistía")
    page.fill("input[name=wanted_from]", "2027-01-15")
    page.fill("input[name=wanted_until]", "2027-02-28")
    page.fill("textarea[name=mandatory_content]", "Ordenanza N.° 512-2026-MDSC")
    page.check("input[name=suggested_channels][value=RADIO]")
    page.check("input[name=suggested_channels][value=SOCIAL]")
    page.check("input[name=suggested_channels][value=PRINT]")
    page.click("button:has-text('Enviar a la Unidad de Imagen')")
    page.wait_for_selector("[data-testid=request-status]:has-text('Enviada')")
    assert CampaignRequest.objects.count() == 1  # the autosaved draft is the one sent
    sign_out(page)

    # The press officer accepts it with one click: the campaign keeps the brief.
    sign_in(page, "press_officer")
    page.goto(f"{page.base_url}/campanas/")
    page.click("text=Amnistía tributaria 2027")
    page.click("[data-testid=accept]")
    page.wait_for_selector("h1:has-text('Amnistía tributaria 2027')")
    campaign = Campaign.objects.get()
    assert campaign.plan_line == line and campaign.unit == RENTAS
    assert page.locator("text=Ordenanza N.° 512-2026-MDSC").count() == 1

    # It plans three pieces; a paid radio spot without its justification is refused on that field.
    plan_piece(
        page, campaign, kind="SPOT_RADIO", title="Spot de la amnistía", text="Vecino: regulariza sin multas.", paid=True
    )
    page.wait_for_selector(".invalid-feedback:has-text('pagada necesita su justificación')")
    page.fill("textarea[name=justification]", "Llegar a los contribuyentes mayores que no usan redes.")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("[data-testid=piece-status]:has-text('En producción')")
    plan_piece(
        page,
        campaign,
        kind="POST_FACEBOOK",
        title="Publicación de la amnistía",
        text="Hasta el 28 de febrero, sin multas.",
    )
    page.wait_for_selector("[data-testid=piece-status]")
    plan_piece(page, campaign, kind="VOLANTE", title="Volante de la amnistía", text="Regulariza tu deuda.")
    page.wait_for_selector("[data-testid=piece-status]")
    assert sorted(Piece.objects.values_list("channel", flat=True)) == ["PRINT", "RADIO", "SOCIAL"]

    # The timeline shows the pieces on a phone.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{page.base_url}/campanas/{campaign.pk}/cronograma/")
    assert page.locator("[data-testid=timeline] .tl-bar").count() == 4
    sign_out(page)

    # Rentas' home shows its request, now a campaign being planned.
    sign_in(page, "requester")
    panel = page.locator("#panel-campaign-requests").locator("xpath=ancestor::section")
    assert panel.locator("text=Amnistía tributaria 2027").count() == 1
    assert panel.locator("text=En planificación").count() == 1


def test_a_piece_is_dragged_to_another_day_and_a_comment_pinned_on_its_image(browser_page):
    """The calendar's drag posts the move (the server answers on the same calendar); a click on the image fills
    the comment's point, which is drawn as a numbered marker."""
    from datetime import date

    from heraldo.campaigns.models import PieceComment, PieceVersion
    from heraldo.campaigns.tests.factories import PieceFactory
    from heraldo.campaigns.tests.test_pieces import png
    from heraldo.publicity.models import ElectoralProcess

    ElectoralProcess.objects.update(end_date=date(2026, 12, 31))
    officer = make_user("press_officer", PERSONAS["press_officer"], first_name="Diego")
    piece = PieceFactory(title="Volante de la amnistía", exposure_starts=date(2027, 1, 20))
    PieceVersion.objects.create(piece=piece, number=1, file=png(), uploaded_by=officer)
    page = browser_page
    sign_in(page, "press_officer")

    page.goto(f"{page.base_url}/campanas/calendario/?mes=2027-01")
    page.drag_and_drop("[data-reschedule]", "[data-drop-day='2027-01-27']")
    page.wait_for_selector("text=sale ahora el 27/01/2027")
    piece.refresh_from_db()
    assert piece.exposure_starts == date(2027, 1, 27)

    page.goto(f"{page.base_url}{piece.get_absolute_url()}")
    box = page.locator("#pin-image").bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.25, box["y"] + box["height"] * 0.5)
    assert abs(float(page.input_value("[data-pin=x]")) - 25) < 3
    page.fill("#comment-form textarea", "El logo va más arriba.")
    page.click("#comment-form button[type=submit]")
    page.wait_for_selector("[data-pin-number='1']", state="attached")
    comment = PieceComment.objects.get()
    assert comment.x is not None and abs(float(comment.y) - 50) < 3
