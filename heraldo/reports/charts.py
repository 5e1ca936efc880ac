"""Charts drawn as SVG on the server: the PDF and the editor show the same drawing, with no script and no
screenshot. Horizontal bars, because the categories (outlets, topics, KPIs) have long names.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR_COLOUR = "#8c1c13"
PREVIOUS_COLOUR = "#b9b4ae"
LABEL_WIDTH = 190
ROW_HEIGHT = 24
WIDTH = 560
LABEL_CHARACTERS = 32


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def _shown(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def bar_chart_svg(chart: dict, *, current_label: str = "", previous_label: str = "") -> SafeString:
    """One bar per category; a thinner grey bar below for the previous period when the chart carries it."""
    labels: list[str] = chart["labels"]
    values: list[float] = chart["values"]
    previous: list[float] | None = chart.get("previous")
    top = 22 if previous else 4
    height = top + ROW_HEIGHT * max(len(labels), 1) + 6
    scale_max = max([*values, *(previous or []), 1])
    bar_area = WIDTH - LABEL_WIDTH - 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="report-chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="{escape(chart["title"])}" '
        'font-family="Source Sans 3, DejaVu Sans, sans-serif" font-size="11">'
    ]
    if previous:
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="4" width="10" height="10" fill="{BAR_COLOUR}"/>'
            f'<text x="{LABEL_WIDTH + 14}" y="13">{escape(current_label)}</text>'
            f'<rect x="{LABEL_WIDTH + 150}" y="4" width="10" height="10" fill="{PREVIOUS_COLOUR}"/>'
            f'<text x="{LABEL_WIDTH + 164}" y="13">{escape(previous_label)}</text>'
        )
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + index * ROW_HEIGHT
        bar_height = 11 if previous else 16
        width = round(bar_area * value / scale_max, 1)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end" fill="#1d1d1f">'
            f"<title>{escape(label)}</title>{escape(_short(label))}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y + 2}" width="{width}" height="{bar_height}" fill="{BAR_COLOUR}"/>'
            f'<text x="{LABEL_WIDTH + width + 4}" y="{y + 13}" fill="#1d1d1f">{_shown(value)}</text>'
        )
        if previous:
            before = previous[index]
            previous_width = round(bar_area * before / scale_max, 1)
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y + 14}" width="{previous_width}" height="7" fill="{PREVIOUS_COLOUR}"/>'
                f'<text x="{LABEL_WIDTH + previous_width + 4}" y="{y + 21}" font-size="9" fill="#555">'
                f"{_shown(before)}</text>"
            )
    parts.append(f'<line x1="{LABEL_WIDTH}" y1="0" x2="{LABEL_WIDTH}" y2="{height}" stroke="#888" stroke-width="1"/>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  every label and title is escaped above


# The Word document's charts: the same horizontal bars drawn as a PNG with Pillow (Word shows no SVG that
# docxtpl can place, and no SVG-to-PNG converter is installed), at twice the size for a sharp print.
PNG_SCALE = 2
PNG_FONT = "DejaVuSans.ttf"  # Pillow finds it among the system's fonts


def _fitted(label: str, font, room: float) -> str:
    """The label cut to the room left of the bars: DejaVu is wider than the PDF's font, a count of letters is not
    enough, and a longer label would start outside the picture."""
    if font.getlength(label) <= room:
        return label
    while label and font.getlength(label + "…") > room:
        label = label[:-1]
    return label.rstrip() + "…"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def bar_chart_png(chart: dict, *, current_label: str = "", previous_label: str = "") -> bytes:
    """The chart of `bar_chart_svg` as PNG bytes: one bar per category, the previous period's thinner and grey."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    labels: list[str] = chart["labels"]
    values: list[float] = chart["values"]
    previous: list[float] | None = chart.get("previous")
    s = PNG_SCALE
    top = 22 if previous else 4
    height = top + ROW_HEIGHT * max(len(labels), 1) + 6
    scale_max = max([*values, *(previous or []), 1])
    bar_area = WIDTH - LABEL_WIDTH - 50
    image = Image.new("RGB", (WIDTH * s, height * s), "white")
    draw = ImageDraw.Draw(image)
    try:  # DejaVu comes with the server's fonts (fonts-dejavu-core) and has every Spanish letter
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype(PNG_FONT, 11 * s)
    except OSError:  # Pillow's own font lacks the accented letters: a chart with "?" beats no report
        font = ImageFont.load_default(size=11 * s)
    ink = (52, 58, 64)
    if previous:
        for x, colour, text in (
            (LABEL_WIDTH, BAR_COLOUR, current_label),
            (LABEL_WIDTH + 150, PREVIOUS_COLOUR, previous_label),
        ):
            draw.rectangle([x * s, 4 * s, (x + 10) * s, 14 * s], fill=_rgb(colour))
            draw.text(((x + 14) * s, 3 * s), text, fill=ink, font=font)
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + index * ROW_HEIGHT
        shown = _fitted(label, font, (LABEL_WIDTH - 10) * s)
        draw.text(((LABEL_WIDTH - 6) * s, (y + 9) * s), shown, fill=ink, font=font, anchor="rm")
        bar_height = 10 if previous else 16
        width = bar_area * float(value) / scale_max
        draw.rectangle(
            [LABEL_WIDTH * s, (y + 2) * s, (LABEL_WIDTH + width) * s, (y + 2 + bar_height) * s], fill=_rgb(BAR_COLOUR)
        )
        draw.text(
            ((LABEL_WIDTH + width + 4) * s, (y + 2 + bar_height / 2) * s),
            _shown(value),
            fill=ink,
            font=font,
            anchor="lm",
        )
        if previous:
            old = previous[index] if index < len(previous) else 0
            old_width = bar_area * float(old) / scale_max
            draw.rectangle(
                [LABEL_WIDTH * s, (y + 14) * s, (LABEL_WIDTH + old_width) * s, (y + 20) * s], fill=_rgb(PREVIOUS_COLOUR)
            )
    draw.line([LABEL_WIDTH * s, 0, LABEL_WIDTH * s, height * s], fill=ink, width=s)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
