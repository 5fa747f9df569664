"""The front page: what is newest, how much there is, and this day in earlier years."""

from django.db.models import Min, Prefetch
from django.utils import timezone
from django.views.generic import TemplateView

from archive.models import Article, Issue, Person, Year
from archive.years import clamp_year

NEWEST_ISSUES = 6


def issues_with_counts(queryset):
    """Issues to list: their paper and (kept) article count, without the page text."""
    return queryset.select_related("publication").defer("raw_text", "leftovers", "warnings")


def with_headlines(queryset):
    """Each issue's articles in reading order, enough to list its headlines."""
    articles = Article.objects.order_by("position").only(
        "issue_id", "position", "title", "title_is_derived", "body"
    )
    return queryset.prefetch_related(Prefetch("articles", queryset=articles, to_attr="headlines"))


class HomeView(TemplateView):
    """`archive/home.html`: `newest_issues`, `counts`, `today`, `on_this_day`, `earlier_years`."""

    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        first = Issue.objects.aggregate(first=Min("date"))["first"]
        # Summed from the years' kept counts (archive.tallies): a row a year.
        totals = Year.objects.totals()
        # Earlier years are looked for from the archive's first one (one SQL term a year:
        # a page dated in year 1, stored before ingest refused it, must not make 2000).
        since = clamp_year(first.year) if first else today.year
        on_this_day = issues_with_counts(
            Issue.objects.on_this_day(today, since).order_by(
                "-date", "publication__name", "page_label", "pk"
            )
        )[:12]
        return super().get_context_data(
            newest_issues=with_headlines(issues_with_counts(Issue.objects.newest()))[
                :NEWEST_ISSUES
            ],
            counts={**totals, "people": Person.objects.count()},
            today=today,
            on_this_day=on_this_day,
            # When nothing was printed on this day, offer this month in earlier years
            # (read only then).
            earlier_years=Issue.objects.in_this_month(today, since).dates(
                "date", "year", order="DESC"
            )[:10],
            **kwargs,
        )
