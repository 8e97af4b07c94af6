from django.contrib import admin

from matching.models import (
    Feedback,
    Goal,
    MatchRun,
    Meeting,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Proposal,
    ScoringModel,
    SectorSimilarity,
    Topic,
)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin[Topic]):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(MentorProfile)
class MentorProfileAdmin(admin.ModelAdmin[MentorProfile]):
    list_display = ["user", "capacity", "accepting", "remote_ok"]
    list_filter = ["accepting", "remote_ok", "expertise"]
    search_fields = ["user__email", "user__full_name", "bio"]
    filter_horizontal = ["expertise", "sectors"]
    raw_id_fields = ["user"]


@admin.register(MentoringRequest)
class MentoringRequestAdmin(admin.ModelAdmin[MentoringRequest]):
    list_display = ["id", "organisation", "status", "preferred_format", "created_at"]
    list_filter = ["status", "preferred_format", "needs"]
    search_fields = ["summary", "organisation__name"]
    filter_horizontal = ["needs"]
    raw_id_fields = ["organisation", "created_by"]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin[Proposal]):
    list_display = ["id", "request", "mentor", "score", "rank", "recommended", "status"]
    list_filter = ["status", "recommended"]
    raw_id_fields = ["request", "mentor", "run", "decided_by"]
    # Status changes go through matching.services so they are locked and audited.
    readonly_fields = ["status", "score", "rank", "recommended", "explanation"]


@admin.register(Mentorship)
class MentorshipAdmin(admin.ModelAdmin[Mentorship]):
    list_display = ["id", "mentor", "request", "status", "started_at", "ended_at"]
    list_filter = ["status"]
    raw_id_fields = ["proposal", "mentor", "request"]
    readonly_fields = ["status"]


@admin.register(MatchRun)
class MatchRunAdmin(admin.ModelAdmin[MatchRun]):
    list_display = ["id", "kind", "status", "progress", "created_at", "finished_at"]
    list_filter = ["kind", "status"]
    raw_id_fields = ["request", "mentor"]
    readonly_fields = ["counts", "error"]


@admin.register(ScoringModel)
class ScoringModelAdmin(admin.ModelAdmin[ScoringModel]):
    list_display = ["version", "active", "trained_on", "created_at"]
    readonly_fields = ["weights", "metrics", "trained_on", "library_version"]


@admin.register(SectorSimilarity)
class SectorSimilarityAdmin(admin.ModelAdmin[SectorSimilarity]):
    list_display = ["sector", "related", "similarity", "updated_at"]
    list_editable = ["similarity"]
    list_filter = ["sector"]


admin.site.register(Meeting)
admin.site.register(Goal)
admin.site.register(Feedback)
