"""The login throttle's counts (archive.throttle), for administrators: who is being
refused, from where, until when. Deleting a row lets that login in at once."""

import datetime

from django.contrib import admin
from django.utils import timezone

from archive.models import LoginThrottle


@admin.register(LoginThrottle)
class LoginThrottleAdmin(admin.ModelAdmin):
    list_display = ["username", "address", "failures", "refused_until", "last_failed"]
    search_fields = ["username", "address"]
    fields = list_display
    readonly_fields = list_display

    @admin.display(description="拒绝至")
    def refused_until(self, row):
        return _moment(row.until)

    @admin.display(description="最近失败")
    def last_failed(self, row):
        return _moment(row.last_failure)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def _moment(seconds):
    if not seconds:
        return "—"
    moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M:%S")
