"""The server-drawn charts: whole labels, no script."""

from __future__ import annotations

import base64

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
