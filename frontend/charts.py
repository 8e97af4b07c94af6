"""Charts drawn on the server with pygal, as SVG images that need no script and no network.

Each chart is an <img> whose source is the SVG itself (a data: URL): the page's Content
Security Policy allows data: images but no inline styles, and an SVG image keeps its own
styles. A narrower, larger-type variant is drawn for small screens. Every chart is shown
beside a table of the same figures, which is the text alternative.
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pygal  # type: ignore[import-untyped]
from pygal.style import Style  # type: ignore[import-untyped]

# The site's palette (site.css); each colour has at least 3:1 contrast against white.
STYLE = {
    "background": "#ffffff",
    "plot_background": "#ffffff",
    "foreground": "#1d2330",
    "foreground_strong": "#1d2330",
    "foreground_subtle": "#4a5263",
    "colors": ("#0b5563", "#8a3b00", "#1d6b33", "#6a1b9a", "#b0161d"),
    "font_family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
}


@dataclass(frozen=True)
class Chart:
    wide: str  # data: URLs
    narrow: str
    alt: str


def _style(scale: float) -> Style:
    return Style(
        **STYLE,
        label_font_size=int(13 * scale),
        major_label_font_size=int(13 * scale),
        value_font_size=int(12 * scale),
        legend_font_size=int(14 * scale),
        title_font_size=int(16 * scale),
        tooltip_font_size=int(12 * scale),
    )


# pygal always writes its tooltip configuration as a <script>; a picture needs none.
SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL)


def _data_url(chart: pygal.graph.graph.Graph) -> str:
    svg = SCRIPT.sub("", chart.render(is_unicode=True))
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _common(width: int, height: int, scale: float) -> dict[str, object]:
    return {
        "width": width,
        "height": height,
        "style": _style(scale),
        "js": [],  # pygal's tooltips come from a CDN by default; an image runs no script anyway
        "disable_xml_declaration": True,
        "show_y_guides": True,
        "print_values": False,
        "legend_at_bottom": True,
        # One series a line on a phone: three columns cut "Requests received" to "Request…".
        "legend_at_bottom_columns": 3 if width > 500 else 1,
        "truncate_legend": -1,
        # Labels are kept short ("Stage 1", "Feb"); pygal's own cut made "Stag…" and "Dec 20…".
        "truncate_label": -1,
        "margin": 10,
    }


def _whole_numbers(values: Sequence[int]) -> list[int]:
    """Axis ticks for counts: whole numbers only, about five of them."""
    top = max([*values, 1])
    step = max(1, math.ceil(top / 5))
    return list(range(0, top + step, step))


def funnel(labels: Sequence[str], counts: Sequence[int], alt: str) -> Chart:
    """A bar per step of the journey, first step on the left. Bars are labelled by short
    names ("Stage 1") so they stay legible on a phone; the table beside names each stage."""

    def draw(width: int, height: int, scale: float) -> str:
        chart = pygal.Bar(
            **{**_common(width, height, scale), "show_legend": False, "print_values": True}
        )
        chart.x_labels = list(labels)
        chart.y_labels = _whole_numbers(counts)
        chart.add("Organisations", list(counts))
        return _data_url(chart)

    return Chart(wide=draw(800, 300, 1.0), narrow=draw(360, 320, 1.2), alt=alt)


def axis_months(months: Sequence[str], step: int = 1) -> list[str]:
    """Month labels for an axis: the month's short name, with the year as an apostrophe and two
    digits only where it starts or changes (Dec 2025 to Dec 2026 reads Dec '25, Jan '26, Feb,
    Mar, ... Dec, with a typographic apostrophe), so thirteen labels fit side by side, whole.
    With a `step`, only every step-th month is named (the others are empty) and the year is
    named where it changes among those. The table beside the chart names every month in full."""
    labels: list[str] = []
    year = None
    for number, month in enumerate(months):
        name, _, this_year = month.partition(" ")
        if number % step:
            labels.append("")
            continue
        labels.append(f"{name} \u2019{this_year[-2:]}" if this_year != year else name)
        year = this_year
    return labels


def month_step(count: int, most: int) -> int:
    """Months between axis labels so that no more than `most` of `count` are named: every
    month, every 2nd, 3rd or 6th, else whole years (a long report names its Januaries, say)."""
    for step in (1, 2, 3, 6):
        if math.ceil(count / step) <= most:
            return step
    return 12 * math.ceil(count / (12 * most))


# How many month names fit side by side under the wide chart (800 px), and under the narrow
# one (360 px, slanted).
MONTH_LABELS_WIDE = 13
MONTH_LABELS_NARROW = 5


def trend(months: Sequence[str], series: Mapping[str, Sequence[int]], alt: str) -> Chart:
    """Monthly lines (requests, matches, completions)."""

    def draw(width: int, height: int, scale: float) -> str:
        wide = width > 500
        step = month_step(len(months), MONTH_LABELS_WIDE if wide else MONTH_LABELS_NARROW)
        chart = pygal.Line(
            **_common(width, height, scale),
            x_label_rotation=0 if wide else 45,
            dots_size=3 if len(months) <= 40 else 1,
        )
        chart.x_labels = axis_months(months, step)
        chart.y_labels = _whole_numbers([v for values in series.values() for v in values])
        for name, values in series.items():
            chart.add(name, list(values))
        return _data_url(chart)

    return Chart(wide=draw(800, 360, 1.0), narrow=draw(360, 420, 1.15), alt=alt)
