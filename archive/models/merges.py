from django.db import models


class MergedRecord(models.Model):
    """A person or department staff merged into another (archive.merge): its old URL
    answers 301 to the one kept. Subclasses name the kept record's field `kept`."""

    merged_id = models.PositiveBigIntegerField("原编号", unique=True)
    merged_at = models.DateTimeField("合并时间", auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-merged_at", "-pk"]

    def __str__(self):
        return f"{self.name}（{self.merged_id}）→ {self.kept_id}"

    def get_absolute_url(self):
        return self.kept.get_absolute_url()


class MergedPerson(MergedRecord):
    name = models.CharField("原名", max_length=100)
    person = models.ForeignKey(
        "archive.Person",
        on_delete=models.CASCADE,
        related_name="merged_away",
        verbose_name="并入",
    )

    class Meta(MergedRecord.Meta):
        verbose_name = "已合并的人物"
        verbose_name_plural = "已合并的人物"

    @property
    def kept(self):
        return self.person

    @property
    def kept_id(self):
        return self.person_id


class MergedDepartment(MergedRecord):
    name = models.CharField("原名", max_length=200)
    department = models.ForeignKey(
        "archive.Department",
        on_delete=models.CASCADE,
        related_name="merged_away",
        verbose_name="并入",
    )

    class Meta(MergedRecord.Meta):
        verbose_name = "已合并的单位"
        verbose_name_plural = "已合并的单位"

    @property
    def kept(self):
        return self.department

    @property
    def kept_id(self):
        return self.department_id
