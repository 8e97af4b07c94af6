from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = "Enquiries"

    def ready(self) -> None:
        from accounts.signals import user_anonymised, user_deleting
        from enquiries import demo
        from enquiries.signals import sender_anonymise, sender_deleting
        from matching.signals import demo_seeded

        user_anonymised.connect(sender_anonymise, dispatch_uid="enquiries.sender_anonymise")
        user_deleting.connect(sender_deleting, dispatch_uid="enquiries.sender_deleting")
        demo_seeded.connect(demo.demo_seeded, dispatch_uid="enquiries.demo_seeded")
