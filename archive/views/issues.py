"""One printed page: its articles in reading order, its source text, its permalink."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, RedirectView

from archive.models import Article, Issue

from .base import CanonicalURLMixin


class IssueMixin(CanonicalURLMixin):
    model = Issue
    pk_url_kwarg = "issue"
    context_object_name = "issue"

    def get_queryset(self):
        return Issue.objects.select_related("publication")


class IssueDetailView(IssueMixin, DetailView):
    """`archive/issue_detail.html`: `issue`, its `articles` with credits, the day's `sibling_pages`.

    A printed page holds a bounded number of articles, so the list is not paginated.
    """

    template_name = "archive/issue_detail.html"

    def get_queryset(self):
        # The page's text is shown on its own page (IssueSourceView), not here.
        return super().get_queryset().defer("raw_text", "leftovers")

    def get_context_data(self, **kwargs):
        issue = self.object
        siblings = Issue.objects.filter(publication=issue.publication_id)
        siblings = (
            siblings.filter(date__isnull=True, pk=issue.pk)
            if issue.date is None
            else siblings.on_day(issue.date)
        )
        articles = Article.objects.for_issue(issue).with_credits()
        for article in articles:
            article.issue = issue  # spares each get_absolute_url() a query
        return super().get_context_data(
            articles=articles,
            sibling_pages=siblings.order_by("page_label", "pk").only("pk", "date", "page_label"),
            **kwargs,
        )


class IssueSourceView(IssueMixin, DetailView):
    """`archive/source.html`: the page's text exactly as received, and what no article took."""

    template_name = "archive/source.html"

    def canonical_url(self, obj):
        return reverse("archive:issue-source", kwargs={"day": obj.date, "issue": obj.pk})


class IssuePermalinkView(RedirectView):
    """`/issues/<pk>/` stays valid when a page's date is corrected: it redirects, temporarily."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        return get_object_or_404(Issue, pk=kwargs["pk"]).get_absolute_url()
