"""The JSON and CSV twins of the day, page, article and person pages."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.views.generic import DetailView

from archive import exports
from archive.models import Article, Credit, DepartmentMention, MergedPerson, Person, PersonMention

from .articles import ArticleMixin
from .base import CanonicalURLMixin, FollowMergesMixin
from .dates import DayDetailView
from .issues import IssueMixin


def absolute_urls(data, absolute):
    """Turn every `…url` path in the nested data into a full URL for this site."""
    if isinstance(data, dict):
        return {
            key: absolute(value)
            if key.endswith("url") and isinstance(value, str) and value.startswith("/")
            else absolute_urls(value, absolute)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [absolute_urls(item, absolute) for item in data]
    return data


class JSONResponseMixin:
    def render_to_response(self, context, **response_kwargs):
        data = absolute_urls(self.get_data(context), self.request.build_absolute_uri)
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
        # Open data: any site may read it from the browser.
        response["Access-Control-Allow-Origin"] = "*"
        return response


class CSVResponseMixin:
    def render_to_response(self, context, **response_kwargs):
        response = StreamingHttpResponse(
            exports.csv_lines(self.get_rows(context)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}"'
        return response


class DayJSONView(JSONResponseMixin, DayDetailView):
    """The day's pages as JSON, each with its articles; paginated like the HTML page."""

    def get_data(self, context):
        page = context["page_obj"]
        day = self.kwargs["day"]
        return {
            "date": day.isoformat() if day else None,
            "url": reverse("archive:day-detail", kwargs={"day": day}),
            "page": page.number,
            "pages": page.paginator.num_pages,
            "issues": [
                {
                    **exports.issue_ref(issue),
                    "articles": [
                        exports.article_summary(article) for article in issue.articles.all()
                    ],
                }
                for issue in context["issues"]
            ],
        }


class IssueJSONView(JSONResponseMixin, IssueMixin, DetailView):
    def canonical_url(self, obj):
        return reverse("archive:issue-json", kwargs={"day": obj.date, "page": obj.page_slug})

    def get_data(self, context):
        articles = Article.objects.for_issue(self.object).with_credits()
        for article in articles:
            article.issue = self.object
        return exports.issue_data(self.object, articles)


class IssueCSVView(CSVResponseMixin, IssueMixin, DetailView):
    def canonical_url(self, obj):
        return reverse("archive:issue-csv", kwargs={"day": obj.date, "page": obj.page_slug})

    def get_filename(self):
        day = self.object.date.isoformat() if self.object.date else "undated"
        return f"baokan-{day}-{self.object.pk}.csv"

    def get_rows(self, context):
        articles = Article.objects.for_issue(self.object).with_credits()
        for article in articles:
            article.issue = self.object
        return exports.issue_csv_rows(self.object, articles, self.request.build_absolute_uri)


class ArticleJSONView(JSONResponseMixin, ArticleMixin, DetailView):
    def canonical_url(self, obj):
        return reverse(
            "archive:article-json",
            kwargs={"day": obj.issue.date, "page": obj.issue.page_slug, "position": obj.position},
        )

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        # Reload with credits prefetched, as exports expect.
        return Article.objects.with_issue().with_credits().get(pk=article.pk)

    def get_data(self, context):
        article = self.object
        return exports.article_data(
            article,
            PersonMention.objects.filter(article=article).select_related("person"),
            DepartmentMention.objects.filter(article=article).select_related("department"),
        )


class PersonExportMixin(FollowMergesMixin, CanonicalURLMixin):
    model = Person
    merged_model = MergedPerson

    def role_counts(self):
        return dict(
            Credit.objects.filter(person=self.object)
            .order_by()
            .values_list("role")
            .annotate(n=Count("pk"))
        )

    def credits(self):
        return (
            Credit.objects.filter(person=self.object)
            .select_related("article__issue__publication")
            .newest_first()  # by the page date each row carries (archive.tallies)
        )

    def mentions(self):
        return (
            PersonMention.objects.filter(person=self.object)
            .select_related("article__issue__publication")
            .newest_first()
        )


class PersonJSONView(JSONResponseMixin, PersonExportMixin, DetailView):
    """The person, counts, and `?page=` of their credits and mentions, 100 of each a page."""

    per_page = 100

    def canonical_url(self, obj):
        return reverse("archive:person-json", kwargs={"pk": obj.pk})

    def get_data(self, context):
        credits = Paginator(self.credits(), self.per_page)
        mentions = Paginator(self.mentions(), self.per_page)
        pages = max(credits.num_pages, mentions.num_pages)
        number = self.request.GET.get("page") or "1"
        if not number.isdigit() or not 1 <= int(number) <= pages:
            raise Http404("没有这一页")
        number = int(number)

        def page_of(paginator):
            return paginator.page(number).object_list if number <= paginator.num_pages else []

        return {
            **exports.person_data(self.object, self.role_counts(), mentions.count),
            "page": number,
            "pages": pages,
            "credits": [
                {
                    **exports.article_ref(credit.article),
                    "role": credit.role,
                    "organization": credit.organization or None,
                }
                for credit in page_of(credits)
            ],
            "mentions": [
                {
                    **exports.article_ref(mention.article),
                    "titles": mention.titles,
                    "organization": mention.organization or None,
                }
                for mention in page_of(mentions)
            ],
        }


class PersonCSVView(CSVResponseMixin, PersonExportMixin, DetailView):
    """Every credit and mention of the person, one row each, streamed in two queries."""

    def canonical_url(self, obj):
        return reverse("archive:person-csv", kwargs={"pk": obj.pk})

    def get_filename(self):
        return f"baokan-person-{self.object.pk}.csv"

    def get_rows(self, context):
        return exports.person_csv_rows(
            self.credits().iterator(), self.mentions().iterator(), self.request.build_absolute_uri
        )
