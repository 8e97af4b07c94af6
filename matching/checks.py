"""Start-up checks for matching's settings against what the database enforces."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, register

LIVE_INDEX = "one_live_introduction_per_request"


@register()
def live_introductions_match_the_index(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """MAX_LIVE_INTRODUCTIONS above 1 cannot work while the unique index allows only one."""
    from matching.models import Proposal

    has_index = any(c.name == LIVE_INDEX for c in Proposal._meta.constraints)
    if settings.MAX_LIVE_INTRODUCTIONS > 1 and has_index:
        return [
            Error(
                f"MAX_LIVE_INTRODUCTIONS is {settings.MAX_LIVE_INTRODUCTIONS}, but the "
                f"{LIVE_INDEX} index allows one live introduction per request.",
                hint="Drop the constraint from Proposal.Meta in a migration, or set it to 1.",
                id="matching.E001",
            )
        ]
    return []
