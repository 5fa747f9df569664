"""Pagination links that keep the other query parameters, and the citation line."""

from django import template
from django.utils import timezone

from archive.models import CreditRole

register = template.Library()

# Who counts as an author in a citation; photographers and editors are left out
# unless nobody else is credited.
AUTHOR_ROLES = {CreditRole.REPORTER, CreditRole.AUTHOR, CreditRole.CORRESPONDENT}


@register.simple_tag(takes_context=True)
def page_query(context, param, number):
    """`?page=3` for a link, keeping every other parameter (filters, a second paginator)."""
    query = context["request"].GET.copy()
    query[param] = number
    return "?" + query.urlencode()


@register.simple_tag(takes_context=True)
def citation(context, article, credits):
    """The article cited after GB/T 7714-2015 for an online newspaper article:
    作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 网址."""
    names = []
    for credit in credits:
        if credit.role in AUTHOR_ROLES and credit.person.name not in names:
            names.append(credit.person.name)
    if not names:
        names = list(dict.fromkeys(credit.person.name for credit in credits))
    authors = ", ".join(names[:3]) + (", 等" if len(names) > 3 else "")
    issue = article.issue
    printed = issue.date.isoformat() if issue.date else "出版日期不详"
    page = f"({issue.page_label})" if issue.page_label else ""
    url = context["request"].build_absolute_uri(article.get_absolute_url())
    lead = f"{authors}. " if authors else ""
    return (
        f"{lead}{article}[N/OL]. {issue.publication.name}, {printed}{page}"
        f"[{timezone.localdate().isoformat()}]. {url}."
    )


@register.simple_tag
def page_range(page):
    """Page numbers around the current one, with Paginator.ELLIPSIS for the gaps."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
