"""Where a link leads, in words: "gov.uk" for https://www.gov.uk/guidance/..., so a link that
leaves Mutual Mentors says which site it opens."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import template

register = template.Library()


@register.filter
def site(url: str) -> str:
    """The host a web address opens, without "www."; "another site" when it has none."""
    host = urlsplit(str(url or "")).hostname or ""
    host = host.removeprefix("www.")
    return host or "another site"
