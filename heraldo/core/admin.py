from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from heraldo.core.models import User


@admin.register(User)
class HeraldoUserAdmin(UserAdmin):
    fieldsets = (
        *UserAdmin.fieldsets,
        ("Heraldo", {"fields": ("language", "job_title", "requesting_unit")}),
    )
    list_display = ("username", "first_name", "last_name", "email", "is_active")
    list_filter = ("is_active", "groups")
