from django.db import models


class IngestRun(models.Model):
    """One `ingest` invocation and what became of each page: the load-event log."""

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    pages_added = models.PositiveIntegerField(default=0)
    pages_updated = models.PositiveIntegerField(default=0)
    pages_unchanged = models.PositiveIntegerField(default=0)
    pages_failed = models.PositiveIntegerField(default=0)
    # [{"source": ..., "status": "added|updated|unchanged|failed", "message": ...}]
    log = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = "导入记录"
        verbose_name_plural = "导入记录"

    def __str__(self):
        return f"导入 {self.started_at:%Y-%m-%d %H:%M}"
