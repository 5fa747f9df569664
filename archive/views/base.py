"""What the reader views share: canonical URLs, pagination, long lists of articles."""

from django.core.paginator import InvalidPage, Paginator
from django.db import connection
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse

from archive.models import Article


class CanonicalURLMixin:
    """Serve an object only at its canonical URL; redirect any other path to it.

    A page moves when staff correct its date, and dated URLs carry the issue's pk, so
    an old link or a hand-edited date still lands on the right page.
    """

    def canonical_url(self, obj):
        return obj.get_absolute_url()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        canonical = self.canonical_url(self.object)
        if request.path != canonical:
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
        return self.render_to_response(self.get_context_data(object=self.object))


class FollowMergesMixin:
    """A record merged into another answers its old URLs (page, JSON, CSV) with a 301 to
    the same view of the one kept. `merged_model`: MergedPerson or MergedDepartment."""

    merged_model = None

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            merged = self.merged_model.objects.filter(merged_id=kwargs["pk"]).first()
            if merged is None:
                raise
        url = reverse(request.resolver_match.view_name, kwargs={**kwargs, "pk": merged.kept_id})
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def paginate(request, queryset, per_page, param="page", count=None):
    """The page of `queryset` named by `?<param>=`; a bad page number is a 404.

    `count`, when given, is the number of rows, found more cheaply than `queryset.count()`.
    """
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: this is its value
    number = request.GET.get(param) or 1
    try:
        return paginator.page(number)
    except InvalidPage as exc:
        raise Http404(f"没有这一页：{exc}") from exc


# Rows from either end of a list within which the page is read by stepping over them
# (OFFSET): nearer the middle, a page of a list newest first is sought by its dates.
SEEK_FROM = 1000


def paginate_keys(request, keys, load, per_page, param="page", count=None, dated=False):
    """Paginate `keys`, an ordered queryset of primary keys, then `load()` the page's rows.

    A busy person's thousands of articles, sorted whole with their bodies to show
    twenty, made their page slow; sorting the keys and loading twenty rows is not.
    `load` gets the page's (still lazy) slice of keys, for use as `pk__in=`, and puts
    the rows in order. `dated`: `keys` are rows ordered newest first by the page date
    they carry (PageDatedQuerySet.newest_first), so a page in the middle can be sought
    by its dates (`seek_by_date`).
    """
    page = paginate(request, keys, per_page, param, count)
    total, start, end = page.paginator.count, page.start_index() - 1, page.end_index()
    sought = None
    if dated and min(start, total - end) > SEEK_FROM:
        sought = seek_by_date(keys, start, end)
    if sought is not None:
        page.object_list = sought
    elif start > total // 2:
        # The list's second half is read from its end: the same rows in the reverse
        # order (their order is total: each ends with a unique key), which an index
        # gives read backwards, without stepping over the first half. `load()` sorts
        # them. The last page of a department in 12 788 articles: 36 against 9 ms.
        page.object_list = keys.reverse()[total - end : total - start]
    page.object_list = load(page.object_list)
    return page


def seek_by_date(keys, start, end):
    """Rows `start` to `end` of `keys` (rows newest first by their `page_date`, then by
    page), or None when one of them is undated.

    Stepping over the rows before them costs a join to each row's article and page
    for its place in the order (72 ms for the middle page of 17 539 mentions). Their
    dates alone are read from the index on (person or department, page_date), without
    a join: the page's first and last dates bound it, the rows dated after the first
    are counted in the same index, and only the rows of the page's own dates are
    stepped over in full order."""
    dates = list(keys.order_by("-page_date").values_list("page_date", flat=True)[start:end])
    if not dates or None in dates:
        return None  # where undated rows fall differs between databases: step over them
    first, last = dates[0], dates[-1]
    before = keys.filter(page_date__gt=first).count()
    if connection.features.nulls_order_largest:  # PostgreSQL: undated rows come first
        before += keys.filter(page_date=None).count()
    return keys.filter(page_date__range=(last, first))[start - before : end - before]


def listed_articles(keys):
    """The articles with these keys, newest first, with what a list shows of each."""
    articles = Article.objects.filter(pk__in=keys).newest_first()
    return articles.with_issue().without_source_texts().with_credits()
