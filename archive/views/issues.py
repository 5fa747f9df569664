"""One printed page: its articles in reading order, its source text, its permalink."""

from django.db.models import Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, RedirectView

from archive.models import Article, Issue

from .base import CanonicalURLMixin


class IssueMixin(CanonicalURLMixin):
    model = Issue
    context_object_name = "issue"

    def get_queryset(self):
        return Issue.objects.select_related("publication")

    def get_object(self, queryset=None):
        issue = self.get_queryset().at(self.kwargs["day"], self.kwargs["page"])
        if issue is None:
            raise Http404("这一天没有这一版")
        return issue


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
        articles = Article.objects.for_issue(issue).with_credits()
        for article in articles:
            article.issue = issue  # spares each get_absolute_url() a query
        pages = list(sibling_pages(issue))
        here = next(i for i, page in enumerate(pages) if page.pk == issue.pk)
        return super().get_context_data(
            articles=articles,
            sibling_pages=pages,
            previous_page=pages[here - 1] if here > 0 else None,
            next_page=pages[here + 1] if here + 1 < len(pages) else None,
            previous_issue=neighbour_issue(issue, before=True),
            next_issue=neighbour_issue(issue, before=False),
            **kwargs,
        )


def sibling_pages(issue):
    """The pages of the paper's issue that day, 第1版 … 第N版 (an undated page alone)."""
    pages = Issue.objects.filter(publication=issue.publication_id)
    pages = pages.filter(pk=issue.pk) if issue.date is None else pages.on_day(issue.date)
    return pages.in_page_order().only(
        "pk", "date", "page_label", "page_number", "page_slug", "publication"
    )


def neighbour_issue(issue, *, before):
    """上一期/下一期: the first page of the paper's nearest earlier or later day (one query)."""
    if issue.date is None:
        return None
    papers = Issue.objects.filter(publication=issue.publication_id)
    days = papers.filter(date__lt=issue.date) if before else papers.filter(date__gt=issue.date)
    nearest = days.order_by("-date" if before else "date").values("date")[:1]
    pages = papers.filter(date=Subquery(nearest)).in_page_order()
    return pages.only("pk", "date", "page_label", "page_slug").first()


class IssueSourceView(IssueMixin, DetailView):
    """`archive/source.html`: the page's text exactly as received, and what no article took."""

    template_name = "archive/source.html"

    def canonical_url(self, obj):
        return reverse("archive:issue-source", kwargs={"day": obj.date, "page": obj.page_slug})


class IssuePermalinkView(RedirectView):
    """`/issues/<pk>/` stays valid when a page's date is corrected: it redirects, temporarily."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        return get_object_or_404(Issue, pk=kwargs["pk"]).get_absolute_url()
