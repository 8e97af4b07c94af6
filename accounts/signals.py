"""Signals accounts sends so that higher layers (which it may not import) can take part."""

from __future__ import annotations

from django.dispatch import Signal

# Sent by `User.delete()` with `user=` before anything is deleted. A receiver that returns True
# has erased the person instead (anonymised, row kept) because records they belong to must
# survive; the row is then not deleted. matching.signals is that receiver; enquiries.signals also
# receives it, to take the person's details from what they sent, and returns False. Receivers
# run inside the delete's transaction.
user_deleting = Signal()

# Sent by matching.services.erasure.user_anonymise, inside its transaction, with `user=` (already
# anonymised), `addresses=` (accounts.selectors.verified_addresses, read before they went) and
# `for_disuse=` (the retention job closed it), so apps above matching erase what they hold
# about the person too. enquiries.signals receives it.
user_anonymised = Signal()

# Sent by accounts.services.organisation_update, inside its transaction, with `organisation=`
# (saved) and `changed=` (a frozenset of the profile fields whose values moved, sectors
# included), and only when something moved. matching.signals receives it to re-score what the
# organisation's details feed into; a save that changes nothing sends nothing.
organisation_changed = Signal()
