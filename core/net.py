"""The client's address, read the same way by every throttle and rate limit.

`X-Forwarded-For` is written by whoever sends the request, so only the entries appended by our
own proxies can be believed: with `NUM_PROXIES` = n, the client is the n-th address from the
right. With no proxy (the default) the header is ignored and the socket's address is used.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest

UNKNOWN = "0.0.0.0"


def _clean(value: str) -> str | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "1.2.3.4:5678"
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The address of the client as our trusted proxies saw it; never a value the client chose."""
    remote = _clean(str(request.META.get("REMOTE_ADDR") or "")) or UNKNOWN
    proxies = int(getattr(settings, "NUM_PROXIES", 0))
    if proxies <= 0:
        return remote
    hops = [h for h in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",") if h.strip()]
    if len(hops) < proxies:
        # Fewer hops than proxies: the request did not come through all of them.
        return remote
    return _clean(hops[-proxies]) or remote
