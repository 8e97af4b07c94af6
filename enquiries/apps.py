from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = "Enquiries"

    def ready(self) -> None:
        from accounts.signals import user_anonymised, user_deleting
        from enquiries.signals import sender_anonymise, sender_deleting

        user_anonymised.connect(sender_anonymise, dispatch_uid="enquiries.sender_anonymise")
        user_deleting.connect(sender_deleting, dispatch_uid="enquiries.sender_deleting")
