from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Matching"

    def ready(self) -> None:
        from accounts.signals import organisation_changed, user_deleting
        from matching import checks  # noqa: F401  (registers the start-up checks)
        from matching.signals import organisation_rescore, user_erase_instead_of_delete

        user_deleting.connect(user_erase_instead_of_delete, dispatch_uid="matching.user_erase")
        organisation_changed.connect(organisation_rescore, dispatch_uid="matching.org_rescore")
