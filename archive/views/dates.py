"""Browse by date: the years, a year's months, a month's calendar, a day's pages."""

import calendar
import datetime

from django.db.models import Prefetch
from django.http import Http404
from django.views.generic import ListView, TemplateView

from archive.models import Article, Issue, Year


def totals(days, key):
    """Sum `counts_by_day()` rows into {key(date): {"issues": n, "articles": n}}."""
    found = {}
    for day, row in days.items():
        total = found.setdefault(key(day), {"issues": 0, "articles": 0})
        total["issues"] += row["issues"]
        total["articles"] += row["articles"]
    return found


class YearListView(TemplateView):
    """`archive/year_list.html`: `years`, newest first, each with issue and article counts."""

    template_name = "archive/year_list.html"

    def get_context_data(self, **kwargs):
        # A row a year with its counts kept (archive.tallies): the list grows by one a
        # year, so it is never paginated, and reads no page.
        years = [
            {"year": row.year, "issues": row.issue_count, "articles": row.article_count}
            for row in Year.objects.listed()
        ]
        return super().get_context_data(years=years, undated=Year.objects.undated(), **kwargs)


class YearDetailView(TemplateView):
    """`archive/year_detail.html`: `year`, its twelve `months` with counts, `previous`/`next` year."""

    template_name = "archive/year_detail.html"

    def get_context_data(self, **kwargs):
        year = self.kwargs["year"]
        counts = totals(
            Issue.objects.filter(date__year=year).counts_by_day(), lambda day: day.month
        )
        if not counts:
            raise Http404(f"{year}年没有收录版面")
        months = [
            {
                "month": month,
                "first_day": datetime.date(year, month, 1),
                **counts.get(month, {"issues": 0, "articles": 0}),
            }
            for month in range(1, 13)
        ]
        years = Issue.objects.dated().order_by("date").values_list("date__year", flat=True)
        return super().get_context_data(
            months=months,
            previous=years.filter(date__year__lt=year).reverse().first(),
            next=years.filter(date__year__gt=year).first(),
            **kwargs,
        )


class MonthDetailView(TemplateView):
    """`archive/month_detail.html`: a calendar of `weeks` whose days carry issue counts."""

    template_name = "archive/month_detail.html"

    def get_context_data(self, **kwargs):
        year, month = self.kwargs["year"], self.kwargs["month"]
        first = datetime.date(year, month, 1)
        days = Issue.objects.in_month(year, month).counts_by_day()
        if not days:
            raise Http404(f"{year}年{month}月没有收录版面")
        weeks = [
            [{"date": day, "in_month": day.month == month, **days.get(day, {})} for day in week]
            for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
        ]
        last_day = datetime.date(year, month, calendar.monthrange(year, month)[1])
        dated = Issue.objects.dated().order_by("date").values_list("date", flat=True)
        return super().get_context_data(
            month_start=first,
            weeks=weeks,
            weekdays=["一", "二", "三", "四", "五", "六", "日"],
            issue_count=sum(row["issues"] for row in days.values()),
            article_count=sum(row["articles"] for row in days.values()),
            previous=dated.filter(date__lt=first).reverse().first(),
            next=dated.filter(date__gt=last_day).first(),
            **kwargs,
        )


class DayDetailView(ListView):
    """`archive/day_detail.html`: the pages printed on `day` (None: undated), with headlines."""

    template_name = "archive/day_detail.html"
    context_object_name = "issues"
    paginate_by = 20
    allow_empty = False

    def get_queryset(self):
        day = self.kwargs["day"]
        issues = (
            Issue.objects.filter(date__isnull=True) if day is None else Issue.objects.on_day(day)
        )
        articles = Article.objects.order_by("position").with_credits()
        return (
            issues.select_related("publication")
            .defer("raw_text", "leftovers", "warnings")
            .in_page_order()
            .prefetch_related(Prefetch("articles", queryset=articles))
        )

    def get_context_data(self, **kwargs):
        day = self.kwargs["day"]
        context = {"day": day}
        if self.object_list:
            context["several_papers"] = len({i.publication_id for i in self.object_list}) > 1
        if day is not None:
            dated = Issue.objects.dated().order_by("date").values_list("date", flat=True)
            context["previous"] = dated.filter(date__lt=day).reverse().first()
            context["next"] = dated.filter(date__gt=day).first()
        return super().get_context_data(**context, **kwargs)
