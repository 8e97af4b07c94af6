"""Top-level URL map: admin, allauth, the REST API and the pages."""

from django.contrib import admin
from django.http import HttpRequest, HttpResponseRedirect
from django.templatetags.static import static
from django.urls import include, path

from accounts.signin_views import admin_login

# API clients get a problem document for a crash or a refused request (a Host that is not
# ours) under /api/, people the usual page.
handler400 = "api.exceptions.bad_request"
handler500 = "api.exceptions.server_error"

# The admin signs people in through the site's login: its rate limits and two-step sign-in.
admin.site.login = admin_login  # type: ignore[method-assign]


def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico whatever a page links; send them to the SVG.

    Resolved per request: the hashed name exists only once collectstatic has run.
    """
    return HttpResponseRedirect(static("frontend/img/favicon.svg"))


urlpatterns = [
    path("favicon.ico", favicon),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("accounts.urls")),
    path("", include("api.urls")),
    path("", include("frontend.urls")),
]
