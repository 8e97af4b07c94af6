"""Development e-mail: each message kept whole in a file under var/mail/, one line on the console.

`make run` used to print every e-mail in full (text and HTML) into the terminal; this backend
keeps the terminal readable and the development page /dev/mail/ lists what was sent.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage as ParsedMessage
from email.parser import BytesHeaderParser, BytesParser
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend

SUFFIX = ".eml"


def mail_dir() -> Path:
    return Path(settings.EMAIL_FILE_PATH)


class DevMailBackend(BaseEmailBackend):
    """Writes each message as an .eml file and prints `Mail to …: "subject" → path`."""

    def __init__(
        self, fail_silently: bool = False, stream: IO[str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(fail_silently=fail_silently, **kwargs)
        # sys.__stdout__, not sys.stdout: a Celery worker wraps stdout in a logger that would
        # prefix every line with a log level.
        self.stream = stream or sys.__stdout__ or sys.stdout
        self.directory = mail_dir()

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        if not email_messages:
            return 0
        self.directory.mkdir(parents=True, exist_ok=True)
        sent = 0
        for message in email_messages:
            if not message.recipients():
                continue
            # Time first so a listing sorted by name is newest last; the suffix keeps names unique
            # across the web and worker processes.
            name = f"{datetime.now(tz=UTC):%Y%m%d-%H%M%S-%f}-{uuid.uuid4().hex[:6]}{SUFFIX}"
            path = self.directory / name
            path.write_bytes(message.message().as_bytes())
            shown = (
                path.relative_to(settings.BASE_DIR)
                if path.is_relative_to(settings.BASE_DIR)
                else path
            )
            self.stream.write(
                f'Mail to {", ".join(message.recipients())}: "{message.subject}" -> {shown}\n'
            )
            self.stream.flush()
            sent += 1
        return sent


@dataclass(frozen=True)
class KeptMail:
    """One kept message, as the development page lists it."""

    name: str
    sent_at: datetime | None
    to: str
    subject: str


def _sent_at(name: str) -> datetime | None:
    try:
        return datetime.strptime(name[:22], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    except ValueError:
        return None


def kept_mail(limit: int = 200) -> list[KeptMail]:
    """The newest kept messages first; reads only their headers."""
    directory = mail_dir()
    if not directory.is_dir():
        return []
    paths = sorted(directory.glob(f"*{SUFFIX}"), key=lambda p: p.name, reverse=True)[:limit]
    parser = BytesHeaderParser(policy=policy.default)
    rows = []
    for path in paths:
        with path.open("rb") as handle:
            headers = parser.parse(handle)
        rows.append(
            KeptMail(
                name=path.name,
                sent_at=_sent_at(path.name),
                to=str(headers.get("To", "")),
                subject=str(headers.get("Subject", "")),
            )
        )
    return rows


def kept_message(name: str) -> ParsedMessage | None:
    """One kept message by its file name, or None; a name can never leave the mail folder."""
    if "/" in name or "\\" in name or not name.endswith(SUFFIX) or name.startswith("."):
        return None
    path = mail_dir() / name
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        # policy.default makes the parser build EmailMessage objects (get_body, iter_attachments).
        return BytesParser(policy=policy.default).parse(handle)
