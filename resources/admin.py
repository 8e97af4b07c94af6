"""Admin views for the library and case studies (coordinators use their own pages day to day)."""

from django.contrib import admin

from resources.models import CaseStudy, ChecklistTick, Resource, ResourceFeedback, ResourceStage


class ResourceStageInline(admin.TabularInline[ResourceStage, Resource]):
    model = ResourceStage
    extra = 0


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin[Resource]):
    list_display = ["title", "kind", "status", "publisher", "updated_at"]
    list_filter = ["status", "kind", "topics", "sectors"]
    search_fields = ["title", "summary", "publisher"]
    filter_horizontal = ["topics", "sectors"]
    inlines = [ResourceStageInline]
    readonly_fields = ["file_name", "file_type", "file_size", "created_by", "created_at"]


@admin.register(ResourceFeedback)
class ResourceFeedbackAdmin(admin.ModelAdmin[ResourceFeedback]):
    list_display = ["resource", "user", "useful", "updated_at"]
    list_filter = ["useful"]


@admin.register(ChecklistTick)
class ChecklistTickAdmin(admin.ModelAdmin[ChecklistTick]):
    list_display = ["organisation", "item", "ticked_at"]


@admin.register(CaseStudy)
class CaseStudyAdmin(admin.ModelAdmin[CaseStudy]):
    list_display = ["title", "status", "consent_mentor", "consent_mentee", "published_at"]
    list_filter = ["status"]
    search_fields = ["title", "summary"]
    raw_id_fields = ["mentorship"]
