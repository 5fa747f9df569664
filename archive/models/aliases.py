from django.db import models


class Alias(models.Model):
    """Another name a person or department goes by: an old name a rename or merge left
    behind, or a variant staff recorded. Ingest resolves it to its holder
    (archive.resolvers) and search finds the holder's articles by it. Subclasses name
    the holder's field `holder_field`; archive.aliases adds and checks them."""

    holder_field = ""

    class Meta:
        abstract = True
        ordering = ["pk"]  # in the order they were recorded

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return getattr(self, self.holder_field).get_absolute_url()


class PersonAlias(Alias):
    """People's names are not unique (namesakes in other zones), but an alias names one
    person: ingest would not know whose credit a shared alias is."""

    holder_field = "person"

    person = models.ForeignKey(
        "archive.Person", on_delete=models.CASCADE, related_name="aliases", verbose_name="人物"
    )
    name = models.CharField("别名", max_length=100)

    class Meta(Alias.Meta):
        verbose_name = "人物别名"
        verbose_name_plural = "人物别名"
        constraints = [
            models.UniqueConstraint(
                fields=["name"],
                name="person_alias_unique_name",
                violation_error_message="这个别名已属于另一人物。",
            )
        ]


class DepartmentAlias(Alias):
    """An alias names one department within its zone, as a name does
    (`department_unique_name_per_zone`)."""

    holder_field = "department"

    department = models.ForeignKey(
        "archive.Department",
        on_delete=models.CASCADE,
        related_name="aliases",
        verbose_name="单位",
    )
    # The department's zone, copied so that the database can hold the rule;
    # Department.save() and save() below keep it equal.
    zone = models.CharField("所属地区", max_length=100, blank=True, editable=False)
    name = models.CharField("别名", max_length=100)

    class Meta(Alias.Meta):
        verbose_name = "单位别名"
        verbose_name_plural = "单位别名"
        constraints = [
            models.UniqueConstraint(
                fields=["zone", "name"],
                name="department_alias_unique_per_zone",
                violation_error_message="这个别名已属于同一地区的另一单位。",
            )
        ]

    def save(self, *args, **kwargs):
        self.zone = self.department.zone
        super().save(*args, **kwargs)
