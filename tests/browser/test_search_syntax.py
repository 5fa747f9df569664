"""The query language typed in headless Chromium on the ingested seed pages: OR and |,
brackets, proximity (~N, 同句:, 同段:) and every field prefix return exactly the
articles their case in tests/search/seed_queries.json names, as a reader sees them
(the results list's titles), not only through the view (tests/search/test_seed_queries.py).
"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from archive.models import Article
from search.queue import process_queue
from tests.search.conftest import temporary_index
from tests.search.test_seed_queries import CASES, SEEDS, lead

pytestmark = pytest.mark.browser

# The forms issue #16 added to the query language; a case using any is walked here.
_NEW_FORMS = re.compile(
    r" OR |\||\(|\"~\d|同句:|同段:|"
    r"(?:标题|引题|副题|正文|栏目|版次|报纸|单位|人物|记者|通讯员|摄影|编辑|作者):"
)
SYNTAX_CASES = [case for case in CASES if _NEW_FORMS.search(case["query"])]


@pytest.fixture
def seed_titles(transactional_db, tmp_path):
    """The seed pages ingested and indexed; each article's lead → its title."""
    with temporary_index(tmp_path / "ix"):
        call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=StringIO())
        assert process_queue(wait=True) == 0
        yield {lead(a.body): a.title for a in Article.objects.all()}


def test_the_syntax_cases_cover_each_new_form():
    queries = " ".join(case["query"] for case in SYNTAX_CASES)
    # 版次: is not among them: the seed pages print no page number (the view tests
    # and the sort control's browser test give their articles one).
    for form in (" OR ", "(", '"~', "同句:", "同段:", "引题:", "副题:", "正文:", "记者:"):
        assert form in queries, f"no seed case uses {form}"
    # One page of results holds each case's articles: the page shows them all.
    assert all(len(case["expect"]) <= 20 for case in SYNTAX_CASES)


def test_each_new_form_returns_exactly_its_articles(seed_titles, page, live_server):
    wrong = []
    for case in SYNTAX_CASES:
        page.goto(f"{live_server.url}/search/")
        page.fill("#search-q", case["query"])
        page.press("#search-q", "Enter")
        page.wait_for_url("**/search/?*")
        expect(page.locator("#search-q")).to_have_value(case["query"])
        got = sorted(page.locator(".search-result .summary-title a").all_inner_texts())
        wanted = sorted(seed_titles[key] for key in case["expect"])
        if got != wanted:
            wrong.append((case["query"], got, wanted))
    assert not wrong, wrong
