from importlib import import_module

import django.db.models.lookups
from django.db import migrations, models
from django.db.models import IntegerField, OuterRef, Subquery

# Counts kept on the rows (archive.tallies), counted here once from the rows, as
# `manage.py check_counts --fix` counts them. Written out with the historical models:
# a migration cannot call the QuerySets' `recount()`.

# SQLite rebuilds the issue table to add a column, which drops the statistics migration
# 0004 wrote for its narrow index: they are written again (as 0005 does).
narrow_indexes = import_module("archive.migrations.0004_narrow_sort_indexes")


def count_of(model, field, **filters):
    rows = model.objects.filter(**{field: OuterRef("pk")}, **filters).order_by()
    counted = rows.values(field).annotate(n=models.Count("pk")).values("n")
    return models.functions.Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def count_rows(apps, schema_editor):
    model = apps.get_model
    credit, mention = model("archive", "Credit"), model("archive", "PersonMention")
    model("archive", "Person").objects.update(
        credit_count=count_of(credit, "person"),
        reporter_count=count_of(credit, "person", role="reporter"),
        mention_count=count_of(mention, "person"),
    )
    model("archive", "Department").objects.update(
        mention_count=count_of(model("archive", "DepartmentMention"), "department")
    )
    model("archive", "Issue").objects.update(
        article_count=count_of(model("archive", "Article"), "issue")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0012_department_level"),
    ]

    operations = [
        migrations.AddField(
            model_name="department",
            name="mention_count",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="被提及数"),
        ),
        migrations.AddField(
            model_name="issue",
            name="article_count",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="文章数"),
        ),
        migrations.AddField(
            model_name="person",
            name="credit_count",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="署名数"),
        ),
        migrations.AddField(
            model_name="person",
            name="reporter_count",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="记者署名数"),
        ),
        migrations.AddField(
            model_name="person",
            name="mention_count",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="被提及数"),
        ),
        migrations.AddField(
            model_name="person",
            name="is_reporter",
            field=models.GeneratedField(
                db_persist=True,
                expression=django.db.models.lookups.GreaterThan(models.F("reporter_count"), 0),
                output_field=models.BooleanField(),
                verbose_name="记者",
            ),
        ),
        migrations.RunPython(count_rows, migrations.RunPython.noop),
        migrations.RunPython(narrow_indexes.tell_sqlite_one_row_per_key, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="department",
            index=models.Index(
                fields=["-mention_count", "zone", "name"], name="department_rank_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="issue",
            index=models.Index(fields=["date", "article_count"], name="issue_date_articles_idx"),
        ),
        migrations.AddIndex(
            model_name="person",
            index=models.Index(
                fields=["-is_reporter", "-credit_count", "-mention_count", "name"],
                name="person_rank_idx",
            ),
        ),
    ]
