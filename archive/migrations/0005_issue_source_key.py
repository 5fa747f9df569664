from importlib import import_module

from django.db import migrations, models
from django.db.models import F

# A page was known by its bare file name, so `A/01.txt` and `B/01.txt` were one page.
# It is now known by a key (archive.sources); the pages stored before keep their name as
# their key, so a re-run of the ingest that stored them still finds them unchanged.


def key_from_name(apps, schema_editor):
    Issue = apps.get_model("archive", "Issue")
    Issue.objects.update(source_key=F("source_name"))


# SQLite rebuilds the issue table to change its constraint, which drops the statistics
# migration 0004 wrote for its narrow index: they are written again.
narrow_indexes = import_module("archive.migrations.0004_narrow_sort_indexes")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0004_narrow_sort_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="issue",
            name="source_key",
            field=models.CharField(default="", max_length=500, verbose_name="来源路径"),
            preserve_default=False,
        ),
        migrations.RunPython(key_from_name, migrations.RunPython.noop),
        migrations.RemoveConstraint(
            model_name="issue",
            name="issue_unique_source_per_publication",
        ),
        migrations.AddConstraint(
            model_name="issue",
            constraint=models.UniqueConstraint(
                fields=("publication", "source_key"), name="issue_unique_source_key_per_paper"
            ),
        ),
        migrations.RunPython(
            narrow_indexes.tell_sqlite_one_row_per_key, migrations.RunPython.noop
        ),
    ]
