"""The inbox's part in closing an account: what the person sent loses their details too."""

from __future__ import annotations

from typing import Any

from accounts.models import User
from enquiries.selectors import enquiries_of_sender
from enquiries.services import (
    ANONYMISED_ACCOUNT_CLOSED,
    ANONYMISED_RETENTION,
    enquiries_anonymise,
)


def sender_anonymise(
    sender: type[User], *, user: User, addresses: list[str], for_disuse: bool, **kwargs: Any
) -> None:
    """Receiver of accounts.signals.user_anonymised (sent inside the erasure's transaction)."""
    enquiries_anonymise(
        enquiries=enquiries_of_sender(user=user, addresses=addresses),
        why=ANONYMISED_RETENTION if for_disuse else ANONYMISED_ACCOUNT_CLOSED,
    )
