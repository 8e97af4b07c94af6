"""Server-rendered pages."""

from django.urls import path

from frontend import views

urlpatterns = [
    path("", views.home, name="home"),
    path("onboarding/", views.onboarding, name="onboarding"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("coordinator/queue/", views.coordinator_queue, name="coordinator-queue"),
    path("mentorships/<int:pk>/", views.mentorship, name="mentorship"),
]
