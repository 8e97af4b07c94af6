from collections.abc import Sequence
from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest

from accounts.models import Organisation, Sector, User


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin[Sector]):
    list_display = ["name", "slug", "priority"]
    list_editable = ["priority"]
    list_filter = ["priority"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    list_display = ["name", "stage", "region", "parent_body", "legal_form", "employees"]
    list_filter = ["stage", "region", "parent_body", "legal_form", "sectors"]
    search_fields = ["name", "description"]
    filter_horizontal = ["sectors"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "role", "organisation", "is_active"]
    list_filter = ["role", "is_active", "is_staff"]
    search_fields = ["email", "full_name"]
    autocomplete_fields = ["organisation"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("full_name", "role", "organisation", "phone")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "full_name", "role", "password1", "password2"),
            },
        ),
    )

    # A person whose mentorships or proposals must be kept is anonymised rather than deleted
    # (User.delete, which the bulk action reaches through UserQuerySet.delete), so the records
    # Django would call "protected" are never in the way.
    def get_deleted_objects(
        self, objs: Sequence[User] | QuerySet[User], request: HttpRequest
    ) -> tuple[list[Any], dict[str, int], set[str], list[Any]]:
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            deleted = [
                *deleted,
                "People with mentoring records are anonymised instead: their name, e-mail and "
                "sign-in go, and the records stay.",
            ]
        return deleted, counts, perms_needed, []
