"""REST API routes under /api/v1/, plus the schema and its docs."""

from csp.decorators import csp_update
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from api import auth, enquiries, privacy, programme, resources, suggestions, views
from api.exceptions import api_not_found

router = SimpleRouter()
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("mentors", views.MentorViewSet, basename="mentor")
router.register("requests", views.MentoringRequestViewSet, basename="request")
router.register("proposals", views.ProposalViewSet, basename="proposal")
router.register("mentorships", views.MentorshipViewSet, basename="mentorship")
router.register("match-runs", views.MatchRunViewSet, basename="match-run")
router.register("resources", resources.ResourceViewSet, basename="resource")
router.register("case-studies", resources.CaseStudyViewSet, basename="case-study")
router.register("enquiries", enquiries.EnquiryViewSet, basename="enquiry")

api_v1 = [
    path("me/", privacy.MeView.as_view(), name="me"),
    path("me/export/", privacy.MeExportView.as_view(), name="me-export"),
    path("taxonomy/", views.TaxonomyView.as_view(), name="taxonomy"),
    path("auth/token/", auth.TokenView.as_view(), name="auth-token"),
    path("auth/tokens/", auth.TokensView.as_view(), name="auth-tokens"),
    path("scoring-model/", views.ScoringModelView.as_view(), name="scoring-model"),
    path(
        "scoring-model/retrain/",
        views.ScoringModelRetrainView.as_view(),
        name="scoring-model-retrain",
    ),
    path("programme/pipeline/", programme.PipelineView.as_view(), name="programme-pipeline"),
    path("programme/reports/", programme.ReportsView.as_view(), name="programme-reports"),
    path(
        "organisations/<int:pk>/history/",
        programme.OrganisationHistoryView.as_view(),
        name="organisation-history",
    ),
    # Before the router's detail routes, which would read "suggest-needs" as an id.
    path(
        "requests/suggest-needs/",
        suggestions.SuggestNeedsView.as_view(),
        name="request-suggest-needs",
    ),
    path(
        "mentors/suggest-expertise/",
        suggestions.SuggestExpertiseView.as_view(),
        name="mentor-suggest-expertise",
    ),
    path("guide/", resources.GuideView.as_view(), name="guide"),
    path("guide/progress/", resources.GuideProgressView.as_view(), name="guide-progress"),
    path(
        "requests/<int:pk>/resources/",
        resources.RequestSignpostsView.as_view(),
        name="request-resources",
    ),
    path(
        "mentorships/<int:pk>/resources/",
        resources.MentorshipSignpostsView.as_view(),
        name="mentorship-resources",
    ),
    path(
        "mentorships/<int:pk>/concern/",
        enquiries.ConcernView.as_view(),
        name="mentorship-concern",
    ),
    *router.urls,
]

urlpatterns = [
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view loads its start-up script from a URL, so the CSP needs no inline script;
    # Swagger UI's own <style> block is the one inline thing allowed, and only here.
    path(
        "api/docs/",
        csp_update({"style-src": ["'unsafe-inline'"]})(
            SpectacularSwaggerSplitView.as_view(url_name="schema")
        ),
        name="api-docs",
    ),
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    # Clients parse every API answer as JSON, including a mistyped path or a malformed id.
    re_path(r"^api/", api_not_found),
]
