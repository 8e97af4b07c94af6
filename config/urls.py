"""Top-level URL map: admin, allauth, the REST API and the pages."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("api.urls")),
    path("", include("frontend.urls")),
]
