from django.db import models


class IngestRunQuerySet(models.QuerySet):
    def with_failures(self):
        return self.filter(pages_failed__gt=0)


class IngestRun(models.Model):
    """One `ingest` invocation and what became of each page: the load-event log.

    Written when the run starts (a run that never finishes shows as unfinished) and
    when it ends (archive.loadlog). `log` names every page that failed or warned;
    pages stored cleanly or unchanged are only counted, so a 100 000-page run stays a
    small row.
    """

    started_at = models.DateTimeField("开始时间", auto_now_add=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)
    sources = models.TextField("导入的文件或文件夹", blank=True)
    forced = models.BooleanField("强制重新解析", default=False)
    pages_added = models.PositiveIntegerField("新增版面", default=0)
    pages_updated = models.PositiveIntegerField("更新版面", default=0)
    pages_unchanged = models.PositiveIntegerField("未变版面", default=0)
    pages_duplicate = models.PositiveIntegerField("重复版面", default=0)
    pages_failed = models.PositiveIntegerField("失败版面", default=0)
    warnings = models.PositiveIntegerField("解析提示数", default=0)
    # The run's totals (pages, articles, credits, people, departments, warnings,
    # failures) and where its time went ({"parse": s, "database": s, "index": s}).
    counts = models.JSONField("统计", default=dict, blank=True)
    seconds = models.JSONField("用时（秒）", default=dict, blank=True)
    # [{"source": ..., "status": "failed|added|updated", "message": ..., "warnings": [...]}]
    log = models.JSONField("逐页记录", default=list, blank=True)

    objects = IngestRunQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = "导入记录"
        verbose_name_plural = "导入记录"
        indexes = [models.Index(fields=["started_at"], name="ingest_run_started_idx")]

    def __str__(self):
        return f"导入 {self.started_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("admin:archive_ingestrun_change", args=[self.pk])
