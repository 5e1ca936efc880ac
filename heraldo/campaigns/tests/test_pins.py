"""Review comments placed on the piece's image: stored as percentages, drawn as numbered SVG markers (attributes, no
inline style), and listed with the same numbers for whoever does not see the image."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from heraldo.campaigns.models import PieceComment, PieceVersion
from heraldo.campaigns.tests.factories import PieceFactory
from heraldo.campaigns.tests.test_pieces import png

pytestmark = pytest.mark.django_db


@pytest.fixture
def piece_with_image(persona):
    piece = PieceFactory(title="Volante de la amnistía")
    PieceVersion.objects.create(piece=piece, number=1, file=png(), uploaded_by=persona("designer"))
    return piece


def comment(client, piece, **data):
    return client.post(reverse("campaigns:piece_comment", args=[piece.pk]), data, follow=True)


def test_a_pinned_comment_is_a_numbered_marker_and_a_numbered_line(client_as, piece_with_image):
    office = client_as("designer")
    comment(office, piece_with_image, body="El logo tapa la fecha.", x="12.5", y="80")
    comment(office, piece_with_image, body="Sin punto: revisar el texto.")
    comment(office, piece_with_image, body="Subir el contraste aquí.", x="60", y="20.25")

    pins = [(c.body, c.x, c.y) for c in PieceComment.objects.order_by("pk")]
    assert pins == [
        ("El logo tapa la fecha.", Decimal("12.50"), Decimal("80.00")),
        ("Sin punto: revisar el texto.", None, None),
        ("Subir el contraste aquí.", Decimal("60.00"), Decimal("20.25")),
    ]
    page = office.get(piece_with_image.get_absolute_url()).content.decode()
    markers = re.findall(r'<svg x="([\d.]+)%" y="([\d.]+)%"[^>]*data-pin-number="(\d)"', page)
    assert markers == [("12.50", "80.00", "1"), ("60.00", "20.25", "2")]
    listed = page.split('data-testid="piece-comments"', 1)[1]
    assert listed.index("Marca 1:") < listed.index("El logo tapa la fecha.") < listed.index("Marca 2:")
    assert "13 % desde la izquierda, 80 % desde arriba" in listed
    assert "style=" not in page.split("<main", 1)[-1]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"x": "50"}, "sus dos coordenadas"),
        ({"y": "50"}, "sus dos coordenadas"),
        ({"x": "120", "y": "10"}, "100"),
        ({"x": "-1", "y": "10"}, "0"),
        ({"x": "medio", "y": "10"}, "número"),
    ],
)
def test_a_bad_point_is_refused_and_nothing_is_stored(client_as, piece_with_image, data, message):
    response = comment(client_as("designer"), piece_with_image, body="Aquí.", **data)
    assert message in response.content.decode()
    assert not PieceComment.objects.exists()


def test_a_point_needs_an_image_to_be_on(client_as, persona):
    piece = PieceFactory()
    PieceVersion.objects.create(
        piece=piece,
        number=1,
        file=SimpleUploadedFile("guion.pdf", b"%PDF-1.4\n", "application/pdf"),
        uploaded_by=persona("designer"),
    )
    response = comment(client_as("designer"), piece, body="Aquí.", x="10", y="10")
    assert "Solo se puede marcar un punto sobre una versión que es una imagen." in response.content.decode()
    assert not PieceComment.objects.exists()


def test_pins_of_an_older_version_are_not_drawn_on_the_new_one(client_as, piece_with_image, persona):
    office = client_as("designer")
    comment(office, piece_with_image, body="Mover el logo.", x="10", y="10")
    PieceVersion.objects.create(piece=piece_with_image, number=2, file=png((0, 0, 0)), uploaded_by=persona("designer"))
    page = office.get(piece_with_image.get_absolute_url()).content.decode()
    assert "data-pin-number" not in page
    assert "Mover el logo." in page and "sobre v1" in page


def test_the_requesting_unit_pins_comments_on_its_pieces_and_nobody_else(client_as, piece_with_image, rentas):
    comment(client_as("requester"), piece_with_image, body="Falta el número de la ordenanza.", x="50", y="90")
    assert PieceComment.objects.get().author == rentas
    response = client_as("outsider").post(
        reverse("campaigns:piece_comment", args=[piece_with_image.pk]), {"body": "Hola", "x": "1", "y": "1"}
    )
    assert response.status_code == 404 and PieceComment.objects.count() == 1
