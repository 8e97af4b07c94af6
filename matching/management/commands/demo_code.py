"""`manage.py demo_code`: the demo coordinator's current two-step sign-in code, for demos only.

Coordinators must sign in with a code from an authenticator app (accounts.mfa). Someone trying
`make run` has no app holding the demo secret, so this prints the code instead. It refuses unless
DEBUG is on and the demo coordinator still uses the published demo secret that `seed_demo` gave
them, so it can never reveal a code derived from a real person's secret.
"""

from __future__ import annotations

import time
from typing import Any

from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from matching.management.commands.seed_demo import COORDINATOR_EMAIL, DEMO_TOTP_SECRET


def demo_code_current(now: float | None = None) -> str:
    """The six-digit code an authenticator app holding the demo secret shows right now."""
    counter = int(time.time() if now is None else now) // app_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, counter))


class Command(BaseCommand):
    help = "Print the demo coordinator's current two-step sign-in code (DEBUG only)."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError(
                "demo_code works only with DEBUG on: it is for the demo data of `make run`."
            )
        authenticator = Authenticator.objects.filter(
            user__email=COORDINATOR_EMAIL, type=Authenticator.Type.TOTP
        ).first()
        if authenticator is None:
            raise CommandError(
                f"{COORDINATOR_EMAIL} has no authenticator yet; run `manage.py seed_demo` first."
            )
        if decrypt(authenticator.data["secret"]) != DEMO_TOTP_SECRET:
            raise CommandError(
                f"{COORDINATOR_EMAIL} uses their own authenticator app, not the demo secret; "
                "use that app's code."
            )
        now = time.time()
        seconds_left = app_settings.TOTP_PERIOD - int(now) % app_settings.TOTP_PERIOD
        self.stdout.write(demo_code_current(now))
        self.stderr.write(
            f"Sign-in code for {COORDINATOR_EMAIL}; it changes in {seconds_left} seconds "
            "and each code works once."
        )
