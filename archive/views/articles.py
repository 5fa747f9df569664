"""One article: its text, credits and mentions, its place on the page, its source span."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.generic import DetailView, RedirectView

from archive import citations
from archive.citations import Citation
from archive.models import Article, DepartmentMention, Issue, PersonMention

from .base import CanonicalURLMixin


class ArticleMixin(CanonicalURLMixin):
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.with_issue()

    def get_object(self, queryset=None):
        day, page = self.kwargs["day"], self.kwargs["page"]
        articles = self.get_queryset().filter(position=self.kwargs["position"])
        article = articles.filter(issue__date=day, issue__page_slug=page).first()
        if article is None and (moved := Issue.objects.moved_from(day, page)):
            # An old link (a row id, a date since corrected): answered with a 301 below.
            article = articles.filter(issue=moved).first()
        if article is None:
            raise Http404("这一版没有这篇文章")
        return article


class ArticleDetailView(ArticleMixin, DetailView):
    """`archive/article_detail.html`: `article` with `credits`, `people`, `departments`,
    and its `previous`/`next` neighbours on the page."""

    template_name = "archive/article_detail.html"

    def get_queryset(self):
        # The page's whole text belongs to the source view, not here.
        return super().get_queryset().without_source_texts()

    def get_context_data(self, **kwargs):
        article = self.object
        neighbours = (
            Article.objects.filter(issue=article.issue_id)
            .only("issue_id", "position", "title", "body")
            .order_by("position")
        )
        previous = neighbours.filter(position__lt=article.position).last()
        following = neighbours.filter(position__gt=article.position).first()
        for neighbour in (previous, following):
            if neighbour is not None:
                neighbour.issue = article.issue
        credits = article.credits.select_related("person").order_by("order")
        permalink = self.request.build_absolute_uri(
            reverse("archive:article-permalink", kwargs={"pk": article.pk})
        )
        cite = Citation.of(article, credits, permalink)
        return super().get_context_data(
            credits=credits,
            cite=citations.formats(cite, timezone.localdate()),
            people=PersonMention.objects.filter(article=article).select_related("person"),
            departments=DepartmentMention.objects.filter(article=article).select_related(
                "department"
            ),
            previous=previous,
            next=following,
            **kwargs,
        )


class ArticleSourceView(ArticleMixin, DetailView):
    """`archive/source.html`: the page's raw text with this article's span marked."""

    template_name = "archive/source.html"

    def canonical_url(self, obj):
        return reverse(
            "archive:article-source",
            kwargs={"day": obj.issue.date, "page": obj.issue.page_slug, "position": obj.position},
        )

    def get_context_data(self, **kwargs):
        article = self.object
        raw = article.issue.raw_text
        start, end = sorted((article.span_start, article.span_end))
        return super().get_context_data(
            issue=article.issue,
            before=raw[:start],
            marked=raw[start:end],
            after=raw[end:],
            **kwargs,
        )


class ArticleRISView(DetailView):
    """`/articles/<pk>.ris`: the article as a RIS record, for Zotero, EndNote and the like."""

    def get_queryset(self):
        return Article.objects.with_issue().without_source_texts()

    def render_to_response(self, context, **response_kwargs):
        article = self.object
        credits = article.credits.select_related("person").order_by("order")
        permalink = self.request.build_absolute_uri(
            reverse("archive:article-permalink", kwargs={"pk": article.pk})
        )
        record = citations.ris(Citation.of(article, credits, permalink), timezone.localdate())
        response = HttpResponse(record, content_type="application/x-research-info-systems")
        response["Content-Disposition"] = f'attachment; filename="baokan-{article.pk}.ris"'
        return response


class ArticlePermalinkView(RedirectView):
    """`/articles/<pk>/` redirects to the article's dated URL."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        article = get_object_or_404(Article.objects.with_issue(), pk=kwargs["pk"])
        return article.get_absolute_url()
