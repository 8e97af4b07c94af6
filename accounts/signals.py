"""Signals accounts sends so that higher layers (which it may not import) can take part."""

from __future__ import annotations

from django.dispatch import Signal

# Sent by `User.delete()` with `user=` before anything is deleted. A receiver that returns True
# has erased the person instead (anonymised, row kept) because records they belong to must
# survive; the row is then not deleted. matching.signals is the receiver.
user_deleting = Signal()
