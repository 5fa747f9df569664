"""No URL answers 500: every route of the site, each of its parts replaced by malformed
or extreme values, over an archive that also holds pages dated at the ends of what a
date can be (stored before ingest refused such dates)."""

import datetime
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.archive.factories import make_article, make_issue
from tests.production.test_bad_params import PARAMETERS
from tests.search.conftest import index_all

pytestmark = pytest.mark.django_db

HUGE = "9" * 30
# What each converter's part of a URL is replaced by.
MALFORMED = {
    "yyyy": ["0000", "0001", "1799", "2101", "9999"],
    "mm": ["01", "12"],
    "day": ["0000/01/01", "0001/01/01", "9999/12/31", "2021/02/30", "2021/13/45", "undated"],
    "id": ["0", "1", "999999999999999999"],
    "page": ["0", "1", "p0", "999999999999999999", "1-高新时报", "1-" + "x" * 300],
    "str": ["<script>", "%00", "x" * 300, "..%2f..%2f", "高新时报"],
    "uslug": ["<script>", "%00", "x" * 300, "..%2f..%2f", "高新时报", "a%00b"],
    "path": ["", "x" * 300],
    "int": ["0", "999999999999999999"],
}


def routes(resolver=None, prefix=""):
    """Every route of the site as `prefix + route`, admin's excepted (login first)."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if not route.startswith("admin/"):
                yield from routes(entry, route)
        elif isinstance(entry, URLPattern):
            yield route


def urls_for(route, good):
    """`route` with each `<converter:name>` part replaced by every malformed value in turn,
    the other parts by good ones (`good`: name → a value that finds something)."""
    parts = re.findall(r"<(?:(\w+):)?(\w+)>", route)
    if not parts:
        return ["/" + route]
    urls = []
    for i, (converter, _) in enumerate(parts):
        for value in MALFORMED[converter or "str"]:
            values = [good.get(name, "1") for _, name in parts]
            values[i] = value
            pieces = iter(values)
            urls.append("/" + re.sub(r"<(?:\w+:)?\w+>", lambda _, it=pieces: next(it), route))
    return urls


@pytest.fixture
def extreme_archive(db, search_backend):
    for day in (datetime.date(1, 1, 1), datetime.date(9999, 12, 31), None):
        make_article(make_issue(date=day), position=1)
    day = datetime.date.today().replace(year=2020, day=1)
    article = make_article(make_issue(date=day), position=1)
    index_all()
    issue = article.issue
    return {
        "year": f"{day.year}",
        "month": f"{day.month:02d}",
        "day": day.strftime("%Y/%m/%d"),
        "page": issue.page_slug,
        "position": "1",
        "pk": str(article.pk),
        "slug": issue.publication.slug,
        "section": "issues",
    }


def test_no_route_answers_a_server_error(client, extreme_archive):
    client.raise_request_exception = False  # a 500 is counted, not raised
    problems = []
    for route in routes():
        for url in urls_for(route, extreme_archive):
            response = client.get(url, follow=True)
            if response.status_code >= 500:
                problems.append(f"{url}: {response.status_code}")
    assert problems == []


def test_no_route_answers_a_server_error_to_a_nul_in_its_parameters(client, extreme_archive):
    # PostgreSQL refuses a NUL byte in any text it is asked about.
    client.raise_request_exception = False
    problems = []
    for route in routes():
        url = urls_for(route, extreme_archive)[0]
        for name in PARAMETERS:
            response = client.get(url, {name: "a\x00b"}, follow=True)
            if response.status_code >= 500:
                problems.append(f"{url}?{name}=a%00b: {response.status_code}")
    assert problems == []


def test_every_route_is_fuzzed():
    found = set(routes())
    assert {"", "<yyyy:year>/", "<yyyy:year>/<mm:month>/", "healthz", "search/"} <= found
    assert not any(route.startswith("admin/") for route in found)
    assert all(urls_for(route, {}) for route in found)
