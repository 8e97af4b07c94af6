"""Admin views for enquiries (coordinators work the inbox on its own pages)."""

from django.contrib import admin

from enquiries.models import Enquiry, EnquiryMessage


class EnquiryMessageInline(admin.TabularInline[EnquiryMessage, Enquiry]):
    model = EnquiryMessage
    extra = 0
    readonly_fields = ["author", "body", "internal", "created_at", "sent_at"]


@admin.register(Enquiry)
class EnquiryAdmin(admin.ModelAdmin[Enquiry]):
    list_display = ["reference", "kind", "status", "name", "assignee", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["reference", "name", "email", "organisation_name"]
    raw_id_fields = ["assignee", "mentorship", "author"]
    readonly_fields = ["reference", "client_address", "created_at"]
    inlines = [EnquiryMessageInline]
