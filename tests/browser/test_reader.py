"""A reader's journey through the seed pages in headless Chromium, and the pages' checks:
accessibility (axe-core), keyboard use, and phone widths."""

import re

import pytest
from django.urls import reverse

from archive.models import Article, Department, Person, Publication

pytestmark = pytest.mark.browser


def title_of(article):
    return str(article)


def heading(page):
    return page.locator("h1").first.inner_text()


def test_home_to_another_article_by_the_same_reporter(seeded, live_server, page):
    reporter = Person.objects.get(name="孙庆辉")
    article = (
        Article.objects.with_issue()
        .filter(credits__person=reporter, issue__date__year=2021)
        .order_by("issue__date", "position")
        .first()
    )
    day = article.issue.date

    page.goto(live_server.url)
    assert heading(page) == "报刊档案"
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="按日期").click()
    assert heading(page) == "按日期浏览"

    page.get_by_role("link", name=re.compile(f"^{day.year}年")).click()
    assert page.url == f"{live_server.url}/{day:%Y}/"
    page.get_by_role("link", name=re.compile(f"^{day.month}月")).click()
    assert heading(page) == f"{day.year}年{day.month}月"

    page.get_by_role("link", name=re.compile(rf"^{day.month}月\s*{day.day}\s*日")).click()
    assert page.url == f"{live_server.url}/{day:%Y/%m/%d}/"
    page.locator(".day-issue h2 a").first.click()
    assert page.url == f"{live_server.url}{article.issue.get_absolute_url()}"

    page.get_by_role("link", name=title_of(article), exact=True).first.click()
    assert page.url == f"{live_server.url}{article.get_absolute_url()}"
    assert heading(page).startswith(article.title)
    paragraphs = page.locator(".article-body p").all_inner_texts()
    assert paragraphs == article.paragraphs

    page.locator(".article-head .byline").get_by_role("link", name="孙庆辉").click()
    assert heading(page) == "孙庆辉"
    credited = page.locator("#credited .summary-title a")
    others = [
        link for link in credited.all() if link.get_attribute("href") != article.get_absolute_url()
    ]
    assert others, "the reporter has other articles"
    other_title = others[0].inner_text().removesuffix("拟题")
    others[0].click()
    assert heading(page).removesuffix("拟题") == other_title
    assert page.url != f"{live_server.url}{article.get_absolute_url()}"
    assert "孙庆辉" in page.locator(".article-head .byline").inner_text()
    assert page.js_errors == []


def test_article_page_links_its_source_json_and_neighbours(seeded, live_server, page):
    article = Article.objects.with_issue().filter(position=2).order_by("issue__date").first()
    page.goto(live_server.url + article.get_absolute_url())
    nav = page.get_by_role("navigation", name="同版上下篇")
    assert nav.get_by_role("link", name=re.compile("^上一篇")).count() == 1
    assert "[N/OL]" in page.locator("#cite-gbt7714").inner_text()

    page.get_by_role("link", name="查看版面原文中的这篇").click()
    marked = page.locator("mark#marked").inner_text()
    assert marked.strip() and marked.strip()[:4] in article.issue.raw_text
    page.go_back()
    with page.expect_response(lambda r: r.url.endswith(".json")) as response:
        page.get_by_role("link", name="JSON 数据").click()
    assert response.value.json()["id"] == article.pk


def test_search_box_goes_to_the_search_page(seeded, live_server, page):
    page.goto(live_server.url + "/2021/")
    box = page.get_by_role("searchbox", name="搜索文章")
    box.fill("高新区")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    assert "q=%E9%AB%98%E6%96%B0%E5%8C%BA" in page.url


def test_keyboard_skip_link_and_visible_focus(seeded, live_server, page):
    page.goto(live_server.url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "跳到正文"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-64px"  # on screen
    page.keyboard.press("Enter")
    # Following the link to #content is not synchronous with the key press: wait for it
    # (a loaded machine once read the URL before it changed).
    page.wait_for_url(re.compile(r"#content$"))
    assert page.evaluate("document.activeElement.id") == "content"
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "[document.activeElement.tagName, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert outline[0] in {"A", "INPUT", "BUTTON"} and outline[1] != "none"


def reader_pages():
    """One of each page of the site, from the seeded database."""
    article = Article.objects.with_issue().order_by("issue__date", "issue", "position").first()
    issue = article.issue
    person = Person.objects.get(name="孙庆辉")
    mentioned = Person.objects.filter(mentions__isnull=False).order_by("pk").first()
    department = Department.objects.filter(mentions__isnull=False).order_by("pk").first()
    day = issue.date
    return {
        "home": "/",
        "years": reverse("archive:year-list"),
        "year": reverse("archive:year-detail", args=[day.year]),
        "month": reverse("archive:month-detail", args=[day.year, day.month]),
        "day": reverse("archive:day-detail", args=[day]),
        "issue": issue.get_absolute_url(),
        "issue-source": reverse("archive:issue-source", args=[day, issue.pk]),
        "article": article.get_absolute_url(),
        "article-source": reverse("archive:article-source", args=[day, issue.pk, article.position]),
        "people": reverse("archive:person-list"),
        "reporter": person.get_absolute_url(),
        "mentioned": mentioned.get_absolute_url(),
        "departments": reverse("archive:department-list"),
        "department": department.get_absolute_url(),
        "papers": reverse("archive:publication-list"),
        "paper": Publication.objects.first().get_absolute_url(),
        "not-found": "/1900/01/01/",
    }


def test_every_page_passes_axe(seeded, live_server, page, check_accessibility):
    problems = []
    for name, url in reader_pages().items():
        response = page.goto(live_server.url + url)
        assert response.status == (404 if name == "not-found" else 200), name
        problems += check_accessibility(page)
    assert problems == [], "\n".join(problems)
    # the 404 page's own status is the only error the console may report
    assert all("404" in error for error in page.js_errors), page.js_errors


def test_every_page_fits_a_phone(seeded, live_server, phone, check_accessibility):
    for name, url in reader_pages().items():
        phone.goto(live_server.url + url)
        overflow = phone.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px on a phone"
    # the narrow layout gets its own accessibility check (contrast, target sizes)
    phone.goto(live_server.url + reader_pages()["article"])
    assert check_accessibility(phone) == []
