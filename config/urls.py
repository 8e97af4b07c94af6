"""Top-level URL map: admin, allauth, the REST API and the pages."""

from django.contrib import admin
from django.urls import include, path

# API clients get a problem document for a crash under /api/, people the usual page.
handler500 = "api.exceptions.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("api.urls")),
    path("", include("frontend.urls")),
]
