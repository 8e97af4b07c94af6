"""Template helpers for the pages about how a person signs in."""

from __future__ import annotations

from django import template

from accounts.mfa import mfa_enrolled
from accounts.models import User

register = template.Library()


@register.filter
def two_step_on(user: object) -> bool:
    """Whether `user` signs in with an authenticator app code as well as their password."""
    return isinstance(user, User) and mfa_enrolled(user)
