"""The programme as a whole, for coordinators: read-only aggregations, no models of its own."""

from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = "Programme oversight"
