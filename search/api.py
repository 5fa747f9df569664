"""A search's results as data: `/search.json` and `/search.csv`.

Both take the search page's parameters (q, the filters, the date range, sort, page)
and its limits (`PER_PAGE` results a page; the pages the results fill). A parameter
that cannot be read answers 400 with the message the search page would show, a page
past the last 404, an engine that cannot answer 503: never a traceback. The Atom feed
of a query is in feeds.py.
"""

import html
import logging
from dataclasses import dataclass

from django.core.paginator import EmptyPage, Paginator
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.html import strip_tags

from archive.exports import credit_data, credit_line, csv_lines

from . import engine
from .forms import SearchForm
from .queries import FILTERS
from .views import PER_PAGE, result_items, sort_for

log = logging.getLogger(__name__)


class Refused(Exception):
    """A search that cannot run; `status` and the reader's `message`."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Found:
    query: str
    filters: dict
    sort: str
    page: object  # a Paginator page over the total
    results: list  # result_items()
    facets: dict  # {filter name: [(value, count)]}, most first
    notes: tuple = ()  # what was mended in the query (a bracket left open), searched anyway


def find(params, limit=PER_PAGE, sort=None, first_page=False, facets=()):
    """One page of a search by the search page's `params`, or `Refused`; `sort` and
    `first_page` override what the parameters ask (once they are checked); `facets`
    names the filters to count."""
    form = SearchForm(params)
    if not form.is_valid():
        raise Refused(400, " ".join(e for errors in form.errors.values() for e in errors))
    parsed, filters = form.cleaned_data["q"], form.filters()
    if not parsed.has_terms and not filters:
        raise Refused(400, "没有要找的词，也没有筛选条件：请用 q 写检索词，或设 year 等筛选。")
    try:
        number = int(params.get("page", "1"))
    except ValueError:
        raise Refused(400, "页码要写成正整数，例如 page=2。") from None
    if number < 1:
        raise Refused(400, "页码要写成正整数，例如 page=2。")
    number = 1 if first_page else number
    sort = sort or sort_for(form)
    try:
        outcome = engine.run_search(
            parsed, filters, sort=sort, offset=(number - 1) * limit, limit=limit, facets=facets
        )
    except Exception:  # whatever a damaged index or a client raises, as the search page
        log.exception("search index unreadable")
        raise Refused(503, "搜索索引暂时无法读取，请稍后再试。") from None
    try:
        page = Paginator(range(outcome.total), limit).page(number)
    except EmptyPage:
        raise Refused(404, f"没有第 {number} 页：共 {outcome.total} 篇。") from None
    items = result_items(outcome.pks, parsed)
    return Found(params.get("q", ""), filters, sort, page, items, outcome.facets, parsed.notes)


def day(article):
    """The date a reader sees: the event's, else the page's (as the index has it)."""
    found = article.date or article.issue.date
    return found.isoformat() if found else None


def plain(marked):
    """A snippet as text: without the <mark> tags, its characters unescaped."""
    return html.unescape(strip_tags(marked))


def hit(request, result):
    article = result["article"]
    permalink = reverse("archive:article-permalink", kwargs={"pk": article.pk})
    return {
        "id": article.pk,
        "url": request.build_absolute_uri(permalink),
        "date": day(article),
        "paper": article.issue.publication.name,
        "page": article.issue.page_label or None,
        "page_number": article.issue.page_number,
        "title": str(article),
        "kicker": article.kicker or None,
        "subtitle": article.subtitle or None,
        "column": article.column or None,
        "credits": [
            {**data, "person_url": request.build_absolute_uri(data["person_url"])}
            for data in map(credit_data, article.credits.all())
        ],
        "snippet": plain(result["snippet"]),
    }


def refusal(error, as_json):
    if as_json:
        return JsonResponse({"error": error.message}, status=error.status)
    return HttpResponse(
        error.message, status=error.status, content_type="text/plain; charset=utf-8"
    )


def _page_url(request, page_number):
    params = request.GET.copy()
    params["page"] = page_number
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def search_json(request):
    """One page of results as JSON: the query, what was mended in it (`notes`), filters,
    sort, total, pages, links to the next and previous page, each hit (`hit`) and the
    facet counts."""
    try:
        found = find(request.GET, facets=list(FILTERS))
    except Refused as error:
        return refusal(error, as_json=True)
    page = found.page
    data = {
        "query": found.query,
        "notes": list(found.notes),
        "filters": {name: str(value) for name, value in found.filters.items()},
        "sort": found.sort,
        "total": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "per_page": PER_PAGE,
        "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
        "previous": (
            _page_url(request, page.previous_page_number()) if page.has_previous() else None
        ),
        "results": [hit(request, result) for result in found.results],
        # What the page's facets count: every value on Whoosh, FACET_SIZE on Elasticsearch
        # (the page shows the first 12).
        "facets": {name: [[v, n] for v, n in counts] for name, counts in found.facets.items()},
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


CSV_HEADER = ["编号", "网址", "日期", "报纸", "版次", "标题", "引题", "副题", "署名", "摘要"]


def search_csv(request):
    """One page of results as CSV (a header row, UTF-8 with a BOM for spreadsheets)."""
    try:
        found = find(request.GET)
    except Refused as error:
        return refusal(error, as_json=False)

    def rows():
        yield CSV_HEADER
        for result in found.results:
            data, article = hit(request, result), result["article"]
            yield [
                data["id"],
                data["url"],
                data["date"] or "",
                data["paper"],
                data["page"] or "",
                data["title"],
                article.kicker,
                article.subtitle,
                credit_line(article.credits.all()),
                data["snippet"],
            ]

    response = StreamingHttpResponse(csv_lines(rows()), content_type="text/csv; charset=utf-8")
    name = f"baokan-search-{found.page.number}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
