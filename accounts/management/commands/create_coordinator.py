"""`manage.py create_coordinator EMAIL`: a coordinator, with a one-time set-password link."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import validate_email

from accounts.services import coordinator_create, set_password_path
from core.errors import Conflict


class Command(BaseCommand):
    help = (
        "Create a coordinator with a verified e-mail address and no password, and print a "
        "one-time link where they choose one. Refuses addresses that already have an account."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--name", default="", help="Full name (default: from the e-mail).")

    def handle(self, *args: Any, email: str, name: str, **options: Any) -> None:
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"{email!r} is not a valid e-mail address.") from error
        full_name = name.strip() or email.split("@", 1)[0].replace(".", " ").title()
        try:
            user = coordinator_create(email=email, full_name=full_name)
        except Conflict as error:
            raise CommandError(error.message) from error
        link = f"{settings.SITE_URL}{set_password_path(user)}"
        self.stdout.write(f"Created coordinator {user.full_name} <{user.email}>.")
        self.stdout.write("Send them this one-time link to choose a password (it stops working")
        self.stdout.write(f"once used, or after {settings.PASSWORD_RESET_TIMEOUT // 3600} hours):")
        self.stdout.write(link)
