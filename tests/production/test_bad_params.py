"""Bad input in URLs never makes a server error and is never echoed unescaped: the
reader and search pages crawled with impossible dates, bad page numbers, unknown
facets and <script> in every query parameter."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from archive.models import Department, Person

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
HUGE = "9" * 30
BAD_PAGES = ["-1", "0", HUGE, "abc", "1e3", "", " 2", "1.5", SCRIPT]
PARAMETERS = [
    "page",
    "q",
    "sort",
    "year",
    "start",
    "end",
    "publication",
    "column",
    "person",
    "department",
    "facet",
    "selected_facets",
    "format",
    SCRIPT,
]
BAD_PATHS = [
    "/2021/13/45/",
    "/2021/02/30/",
    "/0000/01/01/",
    "/2021/00/",
    "/2021/07/32/",
    f"/{HUGE}/",
    "/2021/07/09/-1/",
    f"/2021/07/09/{HUGE}/",
    f"/2021/07/09/1/{HUGE}/",
    f"/2021/07/09/{HUGE}.json",
    f"/undated/{HUGE}/1/source/",
    f"/articles/{HUGE}/",
    f"/issues/{HUGE}/",
    f"/people/{HUGE}/",
    f"/people/{HUGE}.csv",
    f"/departments/{HUGE}/",
    f"/papers/{SCRIPT}/",
    f"/sitemap-{SCRIPT}.xml",
    f"/{SCRIPT}/",
    f"/search/{SCRIPT}",
]


def reader_urls(articles):
    article = articles["budget"]
    issue, day = article.issue, article.issue.date
    person, department = Person.objects.first(), Department.objects.first()
    named = [
        ("archive:home", {}),
        ("archive:year-list", {}),
        ("archive:year-detail", {"year": day.year}),
        ("archive:month-detail", {"year": day.year, "month": day.month}),
        ("archive:day-detail", {"day": day}),
        ("archive:day-json", {"day": day}),
        ("archive:issue-source", {"day": day, "page": issue.page_slug}),
        ("archive:issue-json", {"day": day, "page": issue.page_slug}),
        ("archive:issue-csv", {"day": day, "page": issue.page_slug}),
        ("archive:article-source", {"day": day, "page": issue.page_slug, "position": 1}),
        ("archive:article-json", {"day": day, "page": issue.page_slug, "position": 1}),
        ("archive:person-list", {}),
        ("archive:person-json", {"pk": person.pk}),
        ("archive:person-csv", {"pk": person.pk}),
        ("archive:department-list", {}),
        ("archive:publication-list", {}),
        ("archive:feed", {}),
        ("archive:sitemap", {}),
        ("search:search", {}),
    ]
    objects = [issue, article, person, department, issue.publication, articles["jiao"].issue]
    return [reverse(name, kwargs=kwargs) for name, kwargs in named] + [
        obj.get_absolute_url() for obj in objects
    ]


def problems_with(client, url, params=None):
    """What is wrong with the answer to `url` (followed through redirects), if anything."""
    response = client.get(url, params or {}, follow=True)
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    body = raw.decode("utf-8", "replace")
    where = f"{url} {params or ''}"
    if response.status_code >= 500:
        return [f"{where}: {response.status_code}"]
    content_type = response.get("Content-Type", "")
    if content_type.startswith(("application/json", "text/csv")):
        return []  # data, not markup: the text as it is, never rendered (nosniff)
    if re.search(r"<script>\s*alert", body, re.IGNORECASE):
        return [f"{where}: <script> in the {content_type} answer"]
    return []


def test_reader_pages_shrug_off_bad_parameters(client, small_corpus):
    problems = []
    for url in reader_urls(small_corpus):
        problems += problems_with(client, url, dict.fromkeys(PARAMETERS, SCRIPT))
        for page in BAD_PAGES:
            problems += problems_with(client, url, {"page": page, "issues": page})
    assert problems == []


def test_search_shrugs_off_bad_parameters(client, small_corpus):
    problems = []
    url = reverse("search:search")
    for name in PARAMETERS:
        problems += problems_with(client, url, {"q": "高新区", name: SCRIPT})
        problems += problems_with(client, url, {name: SCRIPT})
    for value in ["2021-13-45", "0000-00-00", "2021-02-30", HUGE, "-1", "１２３４"]:
        for name in ("start", "end", "year"):
            problems += problems_with(client, url, {"q": "高新区", name: value})
    for page in BAD_PAGES:
        problems += problems_with(client, url, {"q": "高新区", "page": page})
    problems += problems_with(client, url, {"q": "污染" * 5000})
    problems += problems_with(client, url, {"q": "夜市\x00\x1b[31m", "year": "2021\x00"})
    assert problems == []


def test_the_search_box_echoes_what_was_typed_escaped(client, small_corpus):
    response = client.get(reverse("search:search"), {"q": SCRIPT, "person": SCRIPT})
    body = response.content.decode()
    assert response.status_code < 500
    assert ESCAPED in body and SCRIPT not in body


def test_impossible_paths_are_not_found(client, small_corpus):
    problems = []
    for path in BAD_PATHS:
        response = client.get(path, follow=True)
        if response.status_code != 404:
            problems.append(f"{path}: {response.status_code}")
        elif "<script>alert" in response.content.decode():
            problems.append(f"{path}: echoed unescaped")
    assert problems == []


def test_no_raw_sql_in_the_application():
    # Every query goes through the ORM, which passes user input as parameters.
    root = Path(__file__).resolve().parents[2]
    raw = re.compile(r"\.raw\(|\.extra\(|RawSQL|\.cursor\(|connection\.execute")
    offenders = [
        f"{path.relative_to(root)}:{n}"
        for package in ("archive", "search")
        for path in (root / package).rglob("*.py")
        if "migrations" not in path.parts
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if raw.search(line)
    ]
    assert offenders == []
