import django.db.models.deletion
from django.db import migrations, models

# Aliases were JSON lists on Person and Department, kept unique by Python checks that two
# writers could both pass. Now they are rows the database holds to the rule: an alias
# names one person, and one department within its zone.
#
# Each list becomes rows in its order, without blanks, repeats or the record's own name.
# Two records holding one alias could not both keep it:
# - a department's alias stays with the department of the zone with the highest id:
#   the one the old resolver took for it (the others' copies were never used);
# - a person's stays with the person of the lowest id; the others are told in their
#   `review_note` (ingest did consult both: staff should merge them if they are one),
#   as is a person whose alias is longer than the column (typed by hand, 100 characters).
# Going back writes the rows into lists again.

MAX_LENGTH = 100


def _clean(names, own_name):
    if isinstance(names, str):  # not written by the admin or a merge, but JSON allows it
        names = [names]
    kept = []
    for name in names or []:
        name = str(name).strip()
        if name and name != own_name and name not in kept:
            kept.append(name)
    return kept


def people_to_rows(apps, schema_editor):
    Person = apps.get_model("archive", "Person")
    PersonAlias = apps.get_model("archive", "PersonAlias")
    holders, rows = {}, []
    people = Person.objects.order_by("pk").values_list("pk", "name", "aliases", "review_note")
    for pk, name, aliases, note in people.iterator():
        lost = []
        for alias in _clean(aliases, name):
            if alias in holders:
                lost.append(f"“{alias}”已是人物 {holders[alias]} 的别名")
            elif len(alias) > MAX_LENGTH:
                lost.append(f"“{alias[:20]}…”超过 {MAX_LENGTH} 字")
            else:
                holders[alias] = pk
                rows.append(PersonAlias(person_id=pk, name=alias))
        if lost:
            told = f"迁移时未能保留别名：{'；'.join(lost)}。若是同一人，请合并"
            note = "；".join(part for part in (note, told) if part)[:200]
            Person.objects.filter(pk=pk).update(review_note=note)
    PersonAlias.objects.bulk_create(rows, batch_size=500)


def departments_to_rows(apps, schema_editor):
    Department = apps.get_model("archive", "Department")
    DepartmentAlias = apps.get_model("archive", "DepartmentAlias")
    taken, rows = set(), []
    departments = Department.objects.order_by("-pk").values_list("pk", "zone", "name", "aliases")
    for pk, zone, name, aliases in departments.iterator():
        for alias in _clean(aliases, name):
            if (zone, alias) not in taken and len(alias) <= MAX_LENGTH:
                taken.add((zone, alias))
                rows.append(DepartmentAlias(department_id=pk, zone=zone, name=alias))
    rows.sort(key=lambda row: row.department_id)  # each department's in its list's order
    DepartmentAlias.objects.bulk_create(rows, batch_size=500)


def lists_to_rows(apps, schema_editor):
    people_to_rows(apps, schema_editor)
    departments_to_rows(apps, schema_editor)


def rows_to_lists(apps, schema_editor):
    for holder, alias in [("Person", "PersonAlias"), ("Department", "DepartmentAlias")]:
        model = apps.get_model("archive", holder)
        field = f"{holder.lower()}_id"
        lists = {}
        rows = apps.get_model("archive", alias).objects.order_by("pk")
        for pk, name in rows.values_list(field, "name").iterator():
            lists.setdefault(pk, []).append(name)
        for pk, names in lists.items():
            model.objects.filter(pk=pk).update(aliases=names)


def _alias_model(name, holder, holder_label, fields, constraint, verbose_name):
    # Made without a reverse accessor: `aliases` is still the JSON field's name until it
    # is removed below; the accessor is named after that.
    return migrations.CreateModel(
        name=name,
        fields=[
            (
                "id",
                models.BigAutoField(
                    auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                ),
            ),
            *fields,
            ("name", models.CharField(max_length=MAX_LENGTH, verbose_name="别名")),
            (
                holder,
                models.ForeignKey(
                    on_delete=django.db.models.deletion.CASCADE,
                    related_name="+",
                    to=f"archive.{holder}",
                    verbose_name=holder_label,
                ),
            ),
        ],
        options={
            "verbose_name": verbose_name,
            "verbose_name_plural": verbose_name,
            "ordering": ["pk"],
            "abstract": False,
            "constraints": [constraint],
        },
    )


def _named_aliases(model_name, holder, holder_label):
    return migrations.AlterField(
        model_name=model_name,
        name=holder,
        field=models.ForeignKey(
            on_delete=django.db.models.deletion.CASCADE,
            related_name="aliases",
            to=f"archive.{holder}",
            verbose_name=holder_label,
        ),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0010_person_context"),
    ]

    operations = [
        _alias_model(
            "PersonAlias",
            "person",
            "人物",
            [],
            models.UniqueConstraint(
                fields=("name",),
                name="person_alias_unique_name",
                violation_error_message="这个别名已属于另一人物。",
            ),
            "人物别名",
        ),
        _alias_model(
            "DepartmentAlias",
            "department",
            "单位",
            [
                (
                    "zone",
                    models.CharField(
                        blank=True, editable=False, max_length=100, verbose_name="所属地区"
                    ),
                )
            ],
            models.UniqueConstraint(
                fields=("zone", "name"),
                name="department_alias_unique_per_zone",
                violation_error_message="这个别名已属于同一地区的另一单位。",
            ),
            "单位别名",
        ),
        migrations.RunPython(lists_to_rows, rows_to_lists),
        migrations.RemoveField(model_name="person", name="aliases"),
        migrations.RemoveField(model_name="department", name="aliases"),
        _named_aliases("personalias", "person", "人物"),
        _named_aliases("departmentalias", "department", "单位"),
    ]
