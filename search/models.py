from django.db import models


class PendingIndexUpdate(models.Model):
    """An article whose index entry is out of date: queued by whoever changed it.

    The single index writer (`search.queue.process_queue`) applies these: it indexes
    the article if it still exists and deletes it from the index if it does not, so
    a row needs no "add" or "delete" flag and duplicates cost nothing.
    """

    article_id = models.BigIntegerField("文章编号")
    queued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = "待更新索引"
        verbose_name_plural = "待更新索引"
        indexes = [models.Index(fields=["article_id"], name="pending_index_article_idx")]

    def __str__(self):
        return f"文章 {self.article_id}"
