"""Account pages of our own (allauth's live under /accounts/)."""

from django.urls import URLPattern, URLResolver

urlpatterns: list[URLPattern | URLResolver] = []
