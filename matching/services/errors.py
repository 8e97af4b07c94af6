"""Service errors live in `accounts.errors` (our base app) so both apps raise the same ones."""

from accounts.errors import Conflict

__all__ = ["Conflict"]
