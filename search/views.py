import logging
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from archive.models import Article

from . import engine, rescue, spelling
from .advanced import AdvancedSearchForm
from .forms import SORTS, SearchForm
from .highlight import highlight, snippet
from .queries import FILTERS

log = logging.getLogger(__name__)

PER_PAGE = 20
FACET_LIMIT = 12
DATE_LABELS = {"start": "起", "end": "止"}
TIPS = [
    ("污染源普查", "几个字连着写：每个词都要有"),
    ('"预算绩效管理"', "加引号：整个短语连在一起"),
    ("夜市 OR 托管", "OR（或 |）：有其中一个词就算"),
    ("夜市 -焦作", "词前加减号：排除含这个词的文章"),
    ("(夜市 OR 托管) 高新区", "括号把词分组，可以套用；-(…) 排除整组"),
    ('"高新区 培训"~10', "引号后加 ~数字：这几个词相隔不超过这么多词，不论先后"),
    ("同句:(吕沛 工作)", "这几个词在同一句里；同段:(…) 在同一段里"),
    ("记者:孙庆辉", "按署名找，只算这个角色：记者、通讯员、摄影、作者、编辑；署名: 不分角色"),
    ("记者 孙庆辉", "照报上的样子写署名也行（孙庆辉 摄 是摄影）"),
    ("人物:王德敏", "文中提到或署名的人"),
    ("单位:高新区财政金融局", "文中提到的单位"),
    ("栏目:党建连连看", "某个栏目的文章"),
    ("报纸:郑州高新时报", "某一份报纸的文章"),
    ("标题:夜市", "只在标题里找（引题、主题、副题都算）"),
    ("引题:加压奋进", "只在引题里找；副题:… 只在副题里找"),
    ('正文:"大沙河桥"', "只在正文里找，不算标题和署名"),
    ("版次:4 夜市", "第4版上的文章"),
    ("焦", "一个字也可以搜"),
]


def _link(params, **changes):
    """`?…` keeping every parameter but the page, with `changes` set (None drops one)."""
    query = params.copy()
    query.pop("page", None)
    query.pop("adv", None)  # said once, on the page the advanced form led to
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    return "?" + query.urlencode() if query else "?"


def _facets(counts, params, filters):
    facets = []
    for name, label in FILTERS.items():
        active = filters.get(name)
        items = [
            {
                "value": value,
                "label": f"{value}年" if name == "year" else value,
                "count": count,
                "active": value == active,
                "url": _link(params, **{name: None if value == active else value}),
            }
            for value, count in counts.get(name, [])[:FACET_LIMIT]
        ]
        if items:
            facets.append({"name": name, "label": label, "items": items})
    return facets


def _active_filters(params, filters, given_back=None):
    """The filters set, each with the link that removes it and, on a page with no
    results, `given_back`: how many articles that link finds."""
    labels = FILTERS | DATE_LABELS
    return [
        {
            "label": labels[name],
            "value": value,
            "shown": f"{value} 年" if name == "year" else f"{labels[name]} {value}",
            "remove_url": _link(params, **{name: None}),
            "given_back": (given_back or {}).get(name),
        }
        for name, value in filters.items()
    ]


def result_items(pks, parsed):
    """[{article, title, snippet}] for the pks in order; title and snippet escaped with
    the words marked."""
    terms = parsed.highlight_terms()
    # A result shows its issue's date and paper, never the page's text.
    articles = (
        Article.objects.with_issue()
        .with_credits()
        .defer("issue__raw_text", "issue__warnings", "issue__leftovers")
        .in_bulk(pks)
    )
    results = []
    for pk in pks:
        # An article deleted a moment ago may linger in the index until the queue runs.
        if pk in articles:
            article = articles[pk]
            results.append(
                {
                    "article": article,
                    "title": highlight(str(article), terms),
                    "snippet": snippet(article.body, terms),
                }
            )
    return results


def sort_for(form):
    """The sort asked for, else by relevance, or newest first when there is nothing to
    rank (a search by filters alone)."""
    return form.cleaned_data["sort"] or (
        "relevance" if form.cleaned_data["q"].has_terms else "newest"
    )


def _within(params):
    """`?…` for a search within the results (二次检索): the words of `within` ANDed to
    the query, the filters and sort kept. A leading OR would join the new words to the
    query's last word and widen the search, so it is dropped."""
    added = params.get("within", "").strip()
    while added[:1] in ("|", "｜") or added.split(maxsplit=1)[:1] == ["OR"]:
        added = added[1:] if added[:1] in ("|", "｜") else added[2:]
        added = added.strip()
    query = " ".join(part for part in (params.get("q", "").strip(), added) if part)
    return _link(params, q=query or None, within=None)


def search(request):
    """Full-text search over every article.

    Template: search/search.html. Context: form; query (the text typed); errors
    (messages for a query or filter that cannot run); notes (what was mended in a
    query that runs anyway: a bracket left open, an unknown field); tips (True when there is
    nothing to search for); results (article, title and snippet with the words
    marked); page (a Paginator page over the total); total; facets and
    active_filters (links that keep the query and the other filters; with no
    results, each says how many articles its removal gives back); sorts;
    searched (True once a search ran, whether or not it found anything);
    read_as_bylines (the credit fields a byline typed as printed was read as);
    correction (with no results: a query one edit away that finds some, its total,
    link, and whether it drops the filters to find them; else None); fewer_words
    (with no results: each word whose removal finds articles, the total and link);
    built (the query came from the advanced form: show it to learn from); data_query
    and feed_query (the parameters for /search.json and .csv, and for the feed).
    """
    params = request.GET
    if "within" in params:  # the box 在结果中检索 sends the words to add
        return redirect(reverse("search:search") + _within(params))
    form = SearchForm(params)
    context = {
        "form": form,
        "query": params.get("q", ""),
        "errors": [],
        "notes": [],  # what was mended in the query (a bracket left open), searched anyway
        "tips": TIPS,
        "show_tips": False,
        "results": [],
        "total": 0,
        "page": None,
        "facets": [],
        "active_filters": [],
        "sorts": [],
        "searched": False,  # a search ran: show its results, or what to try instead
        "kept": [],  # (name, value) of the valid filters and sort, for the forms
    }
    if not form.is_valid():
        context["errors"] = [e for errors in form.errors.values() for e in errors]
        return render(request, "search/search.html", context, status=400)

    parsed = form.cleaned_data["q"]
    context["notes"] = list(parsed.notes)
    filters = form.filters()
    if not parsed.has_terms and not filters:
        context["show_tips"] = True
        return render(request, "search/search.html", context)

    context["kept"] = [(name, str(value)) for name, value in filters.items()]
    if form.cleaned_data["sort"]:
        context["kept"].append(("sort", form.cleaned_data["sort"]))
    sort = sort_for(form)
    number = params.get("page", "1")
    try:
        number = int(number)
    except ValueError:
        raise Http404("页码不对") from None
    if number < 1:
        raise Http404("页码不对")

    try:
        outcome = engine.run_search(
            parsed,
            filters,
            sort=sort,
            offset=(number - 1) * PER_PAGE,
            limit=PER_PAGE,
            facets=list(FILTERS),
        )
    except Exception:  # a damaged index raises whatever its reader trips on
        # (FileFormatError, zlib and struct errors, TypeError…): the reader gets a 503 and
        # the log the traceback; `check_index --fix` repairs it from the database.
        log.exception("search index unreadable")
        context["errors"] = ["搜索索引暂时无法读取，请稍后再试。"]
        return render(request, "search/search.html", context, status=503)

    try:
        page = Paginator(range(outcome.total), PER_PAGE).page(number)
    except (EmptyPage, PageNotAnInteger):
        raise Http404("没有这一页") from None
    given_back, correction, fewer = {}, None, []
    if not outcome.total:
        given_back = rescue.given_back(parsed, filters)
        fewer = [
            {"word": word, "total": total, "url": _link(params, q=shorter)}
            for word, shorter, total in rescue.fewer_words(context["query"], parsed, filters)
        ]
        if parsed.has_terms and (fixed := spelling.suggestion(context["query"], parsed, filters)):
            query, total, kept = fixed
            url = _link(params, q=query) if kept else "?" + urlencode({"q": query})
            correction = {"query": query, "total": total, "url": url, "unfiltered": not kept}
    context.update(
        {
            "searched": True,
            "read_as_bylines": rescue.bylines(parsed),
            "built": params.get("adv") == "1",
            "data_query": _link(params)[1:],
            "feed_query": _link(params, sort=None)[1:],
            "correction": correction,
            "fewer_words": fewer,
            "results": result_items(outcome.pks, parsed),
            "total": outcome.total,
            "page": page,
            "facets": _facets(outcome.facets, params, filters),
            "active_filters": _active_filters(params, filters, given_back),
            "sorts": [
                {"label": label, "url": _link(params, sort=value), "active": value == sort}
                for value, label in SORTS
                if value != "relevance" or parsed.has_terms
            ],
        }
    )
    return render(request, "search/search.html", context)


def advanced(request):
    """The advanced search form (高级检索): once filled in, a redirect to the search page
    with the query it wrote (`adv=1` says so there).

    Template: search/advanced.html. Context: form (an `AdvancedSearchForm`), rows (its
    rows of bound fields). A form filled in wrong answers 400 with its errors.
    """
    filled = any(value.strip() for value in request.GET.values())
    form = AdvancedSearchForm(request.GET if filled else None)
    if filled and form.is_valid():
        params = urlencode({**form.search_params(), "adv": "1"})
        return redirect(f"{reverse('search:search')}?{params}")
    context = {"form": form, "rows": form.rows()}
    return render(request, "search/advanced.html", context, status=400 if filled else 200)


def help_page(request):
    """How to search: the syntax, the fields, sorting and the data out.

    Template: search/help.html. Context: tips (example queries and what they do).
    """
    return render(request, "search/help.html", {"tips": TIPS})
