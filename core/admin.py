"""The audit trail in the admin: read-only, since history is never edited."""

from django.contrib import admin

from core.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin[AuditEvent]):
    list_display = ["at", "actor", "verb", "content_type", "object_id", "from_status", "to_status"]
    list_filter = ["verb", "content_type"]
    readonly_fields = [f.name for f in AuditEvent._meta.fields]
