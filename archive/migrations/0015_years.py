import datetime

from django.db import migrations, models

# A row a year with its pages and articles (archive.tallies), counted here once from the
# pages' kept counts, as `manage.py check_counts --fix` counts them. Written out with the
# historical models: a migration cannot call the QuerySets' `recount()`.

UNDATED = 0  # archive.models.years: the year of the pages without a date


def count_years(apps, schema_editor):
    Issue, Year = apps.get_model("archive", "Issue"), apps.get_model("archive", "Year")
    dated = Issue.objects.filter(date__isnull=False).order_by("date").values_list("date", flat=True)
    first, last = dated.first(), dated.last()  # one end each: SQLite scans for both at once
    pages = {UNDATED: Issue.objects.filter(date__isnull=True)}
    for year in range(first.year, last.year + 1) if first else ():
        days = (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
        pages[year] = Issue.objects.filter(date__range=days)
    rows = []
    for year, issues in pages.items():
        found = issues.order_by().aggregate(
            issues=models.Count("pk"), articles=models.Sum("article_count")
        )
        if found["issues"]:
            rows.append(
                Year(year=year, issue_count=found["issues"], article_count=found["articles"] or 0)
            )
    Year.objects.bulk_create(rows)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0014_page_dates_on_rows"),
    ]

    operations = [
        migrations.CreateModel(
            name="Year",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("year", models.PositiveSmallIntegerField(unique=True, verbose_name="年份")),
                ("issue_count", models.PositiveIntegerField(default=0, verbose_name="版面数")),
                ("article_count", models.PositiveIntegerField(default=0, verbose_name="文章数")),
            ],
            options={
                "verbose_name": "年份统计",
                "verbose_name_plural": "年份统计",
                "ordering": ["-year"],
            },
        ),
        migrations.RunPython(count_years, migrations.RunPython.noop),
    ]
