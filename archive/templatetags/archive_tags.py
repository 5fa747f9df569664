"""Pagination links that keep the other query parameters, and canonical links."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_query(context, param, number):
    """`?page=3` for a link, keeping every other parameter (filters, a second paginator)."""
    query = context["request"].GET.copy()
    query[param] = number
    return "?" + query.urlencode()


@register.simple_tag
def page_range(page):
    """Page numbers around the current one, with Paginator.ELLIPSIS for the gaps."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)


# Query parameters that only say where a reader came from: never part of a page's address.
TRACKING = ("utm_", "fbclid", "gclid", "spm")


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address for `<link rel="canonical">`: absolute, without tracking
    parameters, the others sorted (a list's page and filters are part of what it shows)."""
    request = context.get("request")
    if request is None:  # the bare 500 page
        return ""
    query = request.GET.copy()
    for key in list(query):
        if key.startswith(TRACKING) or not query.get(key):
            del query[key]
    ordered = "&".join(sorted(query.urlencode().split("&"))) if query else ""
    url = request.build_absolute_uri(request.path)
    return f"{url}?{ordered}" if ordered else url
