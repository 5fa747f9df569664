from django.db import models


class MergedPerson(models.Model):
    """A person staff merged into another (archive.merge): the old URL answers 301."""

    merged_id = models.PositiveBigIntegerField("原编号", unique=True)
    name = models.CharField("原名", max_length=100)
    person = models.ForeignKey(
        "archive.Person",
        on_delete=models.CASCADE,
        related_name="merged_away",
        verbose_name="并入",
    )
    merged_at = models.DateTimeField("合并时间", auto_now_add=True)

    class Meta:
        ordering = ["-merged_at", "-pk"]
        verbose_name = "已合并的人物"
        verbose_name_plural = "已合并的人物"

    def __str__(self):
        return f"{self.name}（{self.merged_id}）→ {self.person_id}"

    def get_absolute_url(self):
        return self.person.get_absolute_url()

    @property
    def kept_id(self):
        return self.person_id


class MergedDepartment(models.Model):
    """A department staff merged into another: the old URL answers 301."""

    merged_id = models.PositiveBigIntegerField("原编号", unique=True)
    name = models.CharField("原名", max_length=200)
    department = models.ForeignKey(
        "archive.Department",
        on_delete=models.CASCADE,
        related_name="merged_away",
        verbose_name="并入",
    )
    merged_at = models.DateTimeField("合并时间", auto_now_add=True)

    class Meta:
        ordering = ["-merged_at", "-pk"]
        verbose_name = "已合并的单位"
        verbose_name_plural = "已合并的单位"

    def __str__(self):
        return f"{self.name}（{self.merged_id}）→ {self.department_id}"

    def get_absolute_url(self):
        return self.department.get_absolute_url()

    @property
    def kept_id(self):
        return self.department_id
