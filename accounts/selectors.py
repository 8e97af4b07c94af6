"""Reads about people that other apps share."""

from __future__ import annotations

from allauth.account.models import EmailAddress

from accounts.models import User


def verified_addresses(user: User) -> list[str]:
    """The e-mail addresses `user` proved are theirs, lower-cased (anyone can type someone
    else's address at sign-up, so only a proved one says a message came from them)."""
    return sorted(
        {
            address.lower()
            for address in EmailAddress.objects.filter(user=user, verified=True).values_list(
                "email", flat=True
            )
        }
    )
