"""The coordinator dashboard's count of mentorships needing attention, from one query."""

from __future__ import annotations

from typing import Any

from django import template

from matching.models import Mentorship
from programme import selectors

register = template.Library()


@register.inclusion_tag("frontend/programme/_attention_panel.html")
def attention_panel() -> dict[str, Any]:
    counts = selectors.attention_counts(
        selectors.mentorships_with_progress(Mentorship.objects.all(), include_concerns=True)
    )
    return {
        "total": counts["any"],
        "flags": [
            (flag, label, counts[flag]) for flag, label in selectors.ATTENTION_LABELS.items()
        ],
    }
