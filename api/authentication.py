"""`Authorization: Token <key>` against django-rest-knox's hashed, expiring tokens."""

from __future__ import annotations

from django.utils import timezone
from knox import auth
from knox.models import AuthToken


class TokenAuthentication(auth.TokenAuthentication):
    def _cleanup_token(self, auth_token: AuthToken) -> bool:
        # Knox also sweeps the user's other expired tokens on every request (a query each
        # time); the nightly retention job purges those instead. An expired key still fails.
        if auth_token.expiry is not None and auth_token.expiry < timezone.now():
            auth_token.delete()
            return True
        return False
