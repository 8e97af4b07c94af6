"""The server-drawn charts: whole labels, no script."""

from __future__ import annotations

import base64
import re

from frontend import charts

MONTHS = [f"{m} 2025" for m in ("Dec",)] + [
    f"{m} 2026"
    for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
]


def svg(url: str) -> str:
    return base64.b64decode(url.split(",", 1)[1]).decode("utf-8")


def test_month_labels_name_the_year_where_it_starts_or_changes() -> None:
    assert charts.axis_months(MONTHS) == [
        "Dec \u201925", "Jan \u201926", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec",
    ]  # fmt: skip
    assert charts.axis_months(["Mar 2026", "Apr 2026"]) == ["Mar \u201926", "Apr"]
    assert charts.axis_months([]) == []


def test_the_trend_draws_every_label_whole_and_no_script() -> None:
    chart = charts.trend(MONTHS, {"Requests received": list(range(13))}, "Monthly requests")
    for url in (chart.wide, chart.narrow):
        drawn = svg(url)
        assert "\u2026" not in drawn  # pygal's cut ("Dec 20…") would show as an ellipsis
        assert "<script" not in drawn
    assert "Jan \u201926" in svg(chart.wide)


def test_the_pipeline_bars_keep_their_stage_labels_on_a_phone() -> None:
    labels = [f"Stage {n}" for n in range(1, 6)]
    chart = charts.funnel(labels, [3, 4, 5, 6, 1], "Organisations by stage")
    for url in (chart.wide, chart.narrow):
        drawn = svg(url)
        assert "\u2026" not in drawn
        assert all(f">{label}<" in drawn for label in labels)


EIGHT_YEARS = [
    f"{m} {y}"
    for y in range(2019, 2027)
    for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
]


def x_axis_labels(url: str) -> list[str]:
    """The words written under the x axis of a drawn chart (not the data points' metadata)."""
    drawn = svg(url)
    axis = drawn[drawn.index('class="axis x') :]
    for after in ('class="axis y', 'class="legend', 'class="series'):
        axis = axis.split(after, 1)[0]
    return [label for label in re.findall(r"<text [^>]*>([^<]*)</text>", axis) if label]


def test_a_long_period_labels_fewer_months_and_still_names_each_year() -> None:
    """Found: a report from January 2019 wrote all 96 month names under an 800-pixel axis,
    one over another ("FMarMayJulSep..."). Now at most 13 show on a wide chart and 5 on a phone,
    each year named where it changes among the labels shown."""
    chart = charts.trend(EIGHT_YEARS, {"Requests received": [1] * 96}, "Monthly requests")
    wide, narrow = x_axis_labels(chart.wide), x_axis_labels(chart.narrow)
    assert wide == [f"Jan \u2019{y}" for y in range(19, 27)]
    assert len(narrow) <= 5 and narrow[0] == "Jan \u201919"
    assert all("\u2019" in label for label in narrow)  # two or more years apart: each named
    # Thirteen months still show every one on a wide chart, and a quarter apart on a phone,
    # the first with its year.
    chart = charts.trend(MONTHS, {"Requests received": list(range(13))}, "Monthly requests")
    assert x_axis_labels(chart.wide) == charts.axis_months(MONTHS)
    assert x_axis_labels(chart.narrow) == ["Dec \u201925", "Mar \u201926", "Jun", "Sep", "Dec"]


def test_month_labels_at_a_step_name_the_year_among_those_shown() -> None:
    assert charts.axis_months(EIGHT_YEARS[2:16], step=6) == [
        "Mar \u201919", *[""] * 5, "Sep", *[""] * 5, "Mar \u201920", "",
    ]  # fmt: skip
