"""Account pages of our own (allauth's live under /accounts/)."""

from django.urls import URLPattern, URLResolver, path

from accounts import views

urlpatterns: list[URLPattern | URLResolver] = [
    path("coordinator/invitations/", views.invitations, name="coordinator-invitations"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation-accept"),
]
