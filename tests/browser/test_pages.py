"""A day's pages by 版次 in headless Chromium: the day lists 第1版 … 第N版, and 下一版 /
上一版 walk them in order, 下一期 / 上一期 cross to the paper's next and previous day."""

import json
import shutil
from io import StringIO

import pytest
from django.core.management import call_command

from .conftest import SEEDS

pytestmark = pytest.mark.browser

PAGES = sorted(p.name for p in SEEDS.glob("*.txt"))[:4]


@pytest.fixture
def numbered(transactional_db, search_index, tmp_path):
    """Four seed pages as 第3版, 第1版 要闻, 第10版 and 第2版 of 高新时报 on 2021-07-09
    (stored in that order, so the page order is the numbers', not the rows'), and the
    fifth as 第1版 of the next day."""
    folder = tmp_path / "pages"
    folder.mkdir()
    labels = ["第3版", "第1版 要闻", "第10版", "第2版"]
    entries = {name: {"page": label} for name, label in zip(PAGES, labels, strict=True)}
    fifth = sorted(p.name for p in SEEDS.glob("*.txt"))[4]
    entries[fifth] = {"page": "1", "date": "2021-07-10"}
    for name in entries:
        shutil.copy(SEEDS / name, folder / name)
    manifest = {
        "defaults": {"publication": "高新时报", "zone": "郑州高新区", "date": "2021-07-09"},
        "pages": entries,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    call_command("ingest", str(folder), stdout=StringIO(), stderr=StringIO())


def test_the_page_navigation_walks_a_day_in_order(numbered, live_server, page):
    page.goto(f"{live_server.url}/2021/07/09/")
    tabs = page.get_by_role("navigation", name="本日各版").get_by_role("link")
    assert tabs.all_inner_texts() == ["第1版 要闻", "第2版", "第3版", "第10版"]
    tabs.first.click()
    walked = [page.locator("h1").inner_text()]
    while page.locator('[data-nav="next-page"]').count():
        page.locator('[data-nav="next-page"]').click()
        walked.append(page.locator("h1").inner_text())
    assert walked == [
        "2021年7月9日 · 第1版 要闻",
        "2021年7月9日 · 第2版",
        "2021年7月9日 · 第3版",
        "2021年7月9日 · 第10版",
    ]
    assert page.url == f"{live_server.url}/2021/07/09/10/"
    page.get_by_role("link", name="上一版").click()
    assert page.url == f"{live_server.url}/2021/07/09/3/"
    page.get_by_role("link", name="下一期").click()
    assert page.url == f"{live_server.url}/2021/07/10/1/"
    assert page.locator('[data-nav="next-issue"]').count() == 0  # the newest issue
    page.get_by_role("link", name="上一期").click()
    assert page.url == f"{live_server.url}/2021/07/09/1/"
    assert page.js_errors == []


def test_the_page_navigation_is_accessible_and_fits_a_phone(
    numbered, live_server, page, phone, check_accessibility
):
    page.goto(f"{live_server.url}/2021/07/09/2/")
    assert check_accessibility(page) == []
    phone.goto(f"{live_server.url}/2021/07/09/2/")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    assert phone.locator('[data-nav="next-page"]').is_visible()
