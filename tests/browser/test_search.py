"""A reader searches in headless Chromium: types a query, narrows by a facet, opens a result.

Fails (never skips) when Chromium is missing: `make test` installs Debian's. The browser
and page fixtures are the ones every browser test shares (tests/browser/conftest.py).
"""

import datetime

import pytest
from playwright.sync_api import expect

from archive.models import Article, CreditRole
from search.queue import enqueue, process_queue
from tests.archive.factories import make_issue, make_publication
from tests.search.conftest import make_indexed_article, temporary_index


@pytest.fixture
def archive(transactional_db, tmp_path):
    with temporary_index(tmp_path / "ix"):
        paper = make_publication(name="郑州高新时报", slug="zz")
        for year in (2021, 2022, 2023):
            issue = make_issue(paper, datetime.date(year, 6, 26))
            make_indexed_article(
                issue,
                title=f"{year}年大沙河桥夜市经营秩序调研",
                body=f"本报讯 {year}年6月26日，吕沛到民主路大沙河桥调研夜市经营秩序。",
                date=datetime.date(year, 6, 26),
                credits=[("付凯明", CreditRole.REPORTER)],
            )
        make_indexed_article(issue, title="预算绩效管理培训", body="本报讯 预算绩效管理。")
        enqueue(Article.objects.values_list("pk", flat=True))
        process_queue(wait=True)
        yield


@pytest.mark.browser
def test_type_a_query_apply_a_facet_open_a_result(archive, page, live_server):
    page.goto(f"{live_server.url}/search/")
    expect(page.get_by_role("heading", name="怎样搜索")).to_be_visible()

    page.fill("#search-q", "夜市")
    page.press("#search-q", "Enter")
    page.wait_for_url("**/search/?q=*")
    expect(page.locator(".search-count")).to_contain_text("找到 3 篇文章")
    expect(page.locator(".search-result mark").first).to_have_text("夜市")

    page.click(".search-facets a[data-facet='year']:has-text('2022年')")
    page.wait_for_url("**year=2022*")
    assert "q=%E5%A4%9C%E5%B8%82" in page.url
    expect(page.locator(".search-count")).to_contain_text("找到 1 篇文章")
    expect(page.locator(".active-filters")).to_contain_text("2022")

    title = page.locator(".search-result .summary-title a").first
    expect(title).to_contain_text("2022年大沙河桥夜市")
    title.click()
    page.wait_for_load_state()
    assert "/search/" not in page.url
    expect(page.locator("h1")).to_contain_text("2022年大沙河桥夜市经营秩序调研")


@pytest.mark.browser
def test_the_search_page_fits_a_phone(archive, phone, live_server):
    phone.goto(f"{live_server.url}/search/?q=夜市")
    expect(phone.locator(".search-result")).to_have_count(3)
    scroll_width = phone.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390


@pytest.mark.browser
def test_on_a_phone_the_filters_are_a_button_above_the_results(archive, phone, live_server):
    phone.goto(f"{live_server.url}/search/?q=夜市")
    button = phone.locator(".search-filters > summary")
    expect(button).to_be_visible()
    assert button.bounding_box()["y"] + 40 < 844  # above the fold
    first = phone.locator(".search-result").first.bounding_box()
    assert button.bounding_box()["y"] < first["y"]
    facet = phone.locator(".search-facets a[data-facet='year']:has-text('2022年')")
    expect(facet).to_be_hidden()
    button.click()
    expect(facet).to_be_visible()
    facet.click()
    phone.wait_for_url("**year=2022*")
    expect(phone.locator(".search-count")).to_contain_text("找到 1 篇文章")


@pytest.mark.browser
def test_on_a_wide_screen_the_facets_stay_open_beside_the_results(archive, page, live_server):
    page.goto(f"{live_server.url}/search/?q=夜市")
    expect(page.locator(".search-filters > summary")).to_be_hidden()
    facets = page.locator(".search-facets").bounding_box()
    results = page.locator(".search-results").bounding_box()
    assert facets["x"] > results["x"] + results["width"]
    assert abs(facets["y"] - results["y"]) < 200


@pytest.mark.browser
def test_a_typo_gets_its_correction_and_one_click_finds_the_article(archive, page, live_server):
    page.goto(f"{live_server.url}/search/?q=预算绩效管里&year=2022")
    expect(page.locator(".no-results")).to_contain_text("没有找到与“预算绩效管里”相符的文章")
    expect(page.locator(".active-filters")).to_contain_text("2022")
    page.click(".correction a")
    page.wait_for_url("**q=*")
    expect(page.locator(".search-result")).to_have_count(1)
    expect(page.locator(".search-result .summary-title")).to_contain_text("预算绩效管理培训")
