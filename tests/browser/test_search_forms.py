"""The search page's forms in headless Chromium: the advanced form writes a query that
finds what it should, the sort control reorders, 二次检索 narrows, and the advanced
form, the help page and the results page pass axe-core and fit a phone."""

import datetime

import pytest
from playwright.sync_api import expect

from archive.models import CreditRole
from tests.archive.factories import make_issue, make_publication
from tests.search.conftest import index_all, make_indexed_article, temporary_index

pytestmark = pytest.mark.browser


@pytest.fixture
def archive(transactional_db, tmp_path):
    """夜市 on 第2版 in 2021, 2022 and 2023, and a 2020 front page (第1版) on 预算."""
    with temporary_index(tmp_path / "ix"):
        paper = make_publication(name="郑州高新时报", slug="zz")
        for year in (2021, 2022, 2023):
            make_indexed_article(
                make_issue(paper, datetime.date(year, 6, 26), page_label="第2版"),
                title=f"{year}年大沙河桥夜市经营秩序调研",
                body=f"本报讯 {year}年6月26日，吕沛到民主路大沙河桥调研夜市经营秩序。",
                date=datetime.date(year, 6, 26),
                credits=[("付凯明", CreditRole.REPORTER)],
            )
        make_indexed_article(
            make_issue(paper, datetime.date(2020, 3, 1), page_label="第1版"),
            title="预算绩效管理培训",
            body="本报讯 预算绩效管理培训，夜市摊主也来听课。",
            date=datetime.date(2020, 3, 1),
            credits=[("孙庆辉", CreditRole.REPORTER)],
        )
        index_all()
        yield


def result_titles(page):
    return page.locator(".search-result .summary-title a").all_inner_texts()


def test_the_advanced_form_builds_a_query_that_finds_what_it_should(archive, page, live_server):
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="高级检索").click()
    expect(page.get_by_role("heading", name="高级检索")).to_be_visible()
    page.get_by_label("第1行的检索项").select_option(label="标题")
    page.get_by_label("第1行的检索词").fill("夜市")
    page.get_by_label("第2行的关系").select_option(label="不含")
    page.get_by_label("第2行的检索项").select_option(label="全部")
    page.get_by_label("第2行的检索词").fill("预算")
    page.fill("input[name=start]", "2022-01-01")
    page.get_by_role("button", name="检索").click()
    page.wait_for_url("**/search/?*")
    expect(page.locator(".search-built code")).to_have_text("标题:夜市 -预算")
    expect(page.locator("#search-q")).to_have_value("标题:夜市 -预算")
    assert result_titles(page) == [
        "2023年大沙河桥夜市经营秩序调研",
        "2022年大沙河桥夜市经营秩序调研",
    ]
    expect(page.locator(".active-filters")).to_contain_text("2022年1月1日")


def test_the_sort_control_reorders_the_results(archive, page, live_server):
    page.goto(f"{live_server.url}/search/?q=夜市")
    sort = page.get_by_role("navigation", name="排序")
    expect(sort.locator("[aria-current]")).to_have_text("相关度")
    sort.get_by_role("link", name="最早").click()
    page.wait_for_url("**sort=oldest*")
    assert result_titles(page)[0] == "预算绩效管理培训"
    sort.get_by_role("link", name="最新").click()
    page.wait_for_url("**sort=newest*")
    assert result_titles(page)[0] == "2023年大沙河桥夜市经营秩序调研"
    assert result_titles(page)[-1] == "预算绩效管理培训"
    sort.get_by_role("link", name="版次").click()
    page.wait_for_url("**sort=page*")
    expect(sort.locator("[aria-current]")).to_have_text("版次")
    # 第1版 first, then 第2版 newest first.
    assert result_titles(page) == [
        "预算绩效管理培训",
        "2023年大沙河桥夜市经营秩序调研",
        "2022年大沙河桥夜市经营秩序调研",
        "2021年大沙河桥夜市经营秩序调研",
    ]


def test_search_within_results_keeps_the_sort(archive, page, live_server):
    page.goto(f"{live_server.url}/search/?q=夜市&sort=oldest")
    page.get_by_role("searchbox", name="在结果中检索").fill("2022年")
    page.get_by_role("button", name="检索").click()
    page.wait_for_url("**q=*")
    expect(page.locator("#search-q")).to_have_value("夜市 2022年")
    assert "sort=oldest" in page.url
    assert result_titles(page) == ["2022年大沙河桥夜市经营秩序调研"]


@pytest.mark.parametrize("path", ["/search/advanced/", "/search/help/", "/search/?q=夜市&adv=1"])
def test_the_forms_and_help_are_accessible_and_fit_a_phone(
    archive, page, phone, live_server, check_accessibility, path
):
    page.goto(f"{live_server.url}{path}")
    assert check_accessibility(page) == []
    assert page.js_errors == []
    phone.goto(f"{live_server.url}{path}")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
