"""API tokens: issued, revoked and rotated here (django-rest-knox stores only a hash of each).

Every sign-in through the API gets a new key, shown once; `TOKEN_TTL_DAYS` ends it. A changed
password, whatever changed it (reset link, account page, admin, command line), revokes every
token the person holds, so a leaked key dies with the old password.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models.signals import pre_save
from django.dispatch import receiver
from knox.models import AuthToken

from accounts.models import User


def token_create(*, user: User) -> tuple[str, datetime | None]:
    """A fresh key for `user` and when it ends; only its hash is stored, so it is shown once."""
    token, key = AuthToken.objects.create(user=user)
    return str(key), token.expiry


def token_revoke(*, token: AuthToken) -> None:
    token.delete()


def tokens_revoke_all(*, user: User) -> int:
    """Revoke every token of `user` (sign out everywhere); returns how many there were."""
    deleted, _ = AuthToken.objects.filter(user=user).delete()
    return int(deleted)


@receiver(pre_save, sender=User, dispatch_uid="accounts.tokens.password_changed")
def _revoke_on_password_change(sender: type[User], instance: User, **kwargs: Any) -> None:
    update_fields = kwargs.get("update_fields")
    if instance.pk is None or kwargs.get("raw"):
        return
    if update_fields is not None and "password" not in update_fields:
        return  # e.g. the last_login stamp written at every sign-in
    stored = User.objects.filter(pk=instance.pk).values_list("password", flat=True).first()
    if stored is not None and stored != instance.password:
        # In the same transaction as the new password: both happen, or neither.
        AuthToken.objects.filter(user_id=instance.pk).delete()
