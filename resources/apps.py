from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Guide and resources"

    def ready(self) -> None:
        from matching.signals import demo_seeded
        from resources import demo

        demo_seeded.connect(demo.demo_seeded, dispatch_uid="resources.demo_seeded")
