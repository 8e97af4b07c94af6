from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Matching"

    def ready(self) -> None:
        # The audit trail lives here; accounts announces its events without importing us.
        from accounts.signals import account_event
        from matching.services.audit import audit_account_event

        account_event.connect(audit_account_event, dispatch_uid="matching.audit.account_event")
