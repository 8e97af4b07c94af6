"""The inbox's part in closing an account: what the person sent loses their details too."""

from __future__ import annotations

from typing import Any

from accounts.models import User
from accounts.selectors import verified_addresses
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


def sender_deleting(sender: type[User], *, user: User, **kwargs: Any) -> bool:
    """Receiver of accounts.signals.user_deleting. Someone with no programme history is deleted
    outright (the admin), not erased, so user_anonymised never comes: what they sent loses their
    details here instead. After an erasure (matching's receiver) this finds nothing left to do.
    Returns False: the person's row is not kept on the inbox's account."""
    if user.pk is not None:
        sender_anonymise(sender, user=user, addresses=verified_addresses(user), for_disuse=False)
    return False
