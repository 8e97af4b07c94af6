"""Server-rendered pages."""

from django.urls import path

from frontend import (
    account_views,
    developers_views,
    devmail_views,
    enquiries_views,
    privacy_views,
    programme_views,
    resources_views,
    views,
)

urlpatterns = [
    path("", views.home, name="home"),
    path("privacy/", privacy_views.privacy_notice, name="privacy"),
    path("account/", account_views.account, name="account"),
    path("account/closed/", account_views.account_closed, name="account-closed"),
    path("dev/mail/", devmail_views.mail_list, name="dev-mail"),
    path("dev/mail/<str:name>/", devmail_views.mail_detail, name="dev-mail-message"),
    path("dev/mail/<str:name>/raw/", devmail_views.mail_raw, name="dev-mail-raw"),
    path("onboarding/", views.onboarding, name="onboarding"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("coordinator/queue/", views.coordinator_queue, name="coordinator-queue"),
    path("coordinator/requests/", programme_views.requests_list, name="coordinator-requests"),
    path(
        "coordinator/requests/<int:pk>/",
        programme_views.request_detail,
        name="coordinator-request",
    ),
    path(
        "coordinator/organisations/<int:pk>/",
        programme_views.organisation_detail,
        name="coordinator-organisation",
    ),
    path(
        "coordinator/mentorships/",
        programme_views.mentorships_list,
        name="coordinator-mentorships",
    ),
    path(
        "coordinator/mentorships/<int:pk>/",
        programme_views.mentorship_detail,
        name="coordinator-mentorship",
    ),
    path("coordinator/mentors/", programme_views.mentors_list, name="coordinator-mentors"),
    path("coordinator/mentors/<int:pk>/", programme_views.mentor_detail, name="coordinator-mentor"),
    path("coordinator/pipeline/", programme_views.pipeline, name="coordinator-pipeline"),
    path("coordinator/priorities/", programme_views.priorities, name="coordinator-priorities"),
    path("coordinator/reports/", programme_views.reports, name="coordinator-reports"),
    path("mentorships/<int:pk>/", views.mentorship, name="mentorship"),
    path("guide/", resources_views.guide_index, name="guide"),
    path("guide/<slug:slug>/", resources_views.guide_stage, name="guide-stage"),
    path("resources/", resources_views.resource_list, name="resources"),
    path("resources/<int:pk>/", resources_views.resource_detail, name="resource"),
    path(
        "resources/<int:pk>/download/",
        resources_views.resource_download,
        name="resource-download",
    ),
    path("case-studies/", resources_views.case_study_list, name="case-studies"),
    path("case-studies/<int:pk>/", resources_views.case_study_detail, name="case-study"),
    path(
        "coordinator/resources/",
        resources_views.coordinator_resources,
        name="coordinator-resources",
    ),
    path(
        "coordinator/resources/new/",
        resources_views.coordinator_resource_edit,
        name="coordinator-resource-new",
    ),
    path(
        "coordinator/resources/<int:pk>/",
        resources_views.coordinator_resource_edit,
        name="coordinator-resource-edit",
    ),
    path(
        "coordinator/case-studies/",
        resources_views.coordinator_case_studies,
        name="coordinator-case-studies",
    ),
    path(
        "coordinator/case-studies/new/",
        resources_views.coordinator_case_study_edit,
        name="coordinator-case-study-new",
    ),
    path(
        "coordinator/case-studies/<int:pk>/",
        resources_views.coordinator_case_study_edit,
        name="coordinator-case-study-edit",
    ),
    path("contact/", enquiries_views.contact, name="contact"),
    path("developers/", developers_views.developers, name="developers"),
    path("coordinator/inbox/", enquiries_views.inbox, name="coordinator-inbox"),
    path("coordinator/inbox/<int:pk>/", enquiries_views.enquiry_detail, name="coordinator-enquiry"),
]
