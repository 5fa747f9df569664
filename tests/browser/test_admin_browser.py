"""An editor corrects the archive in headless Chromium and readers see the fixes.

Logs in at /admin/, fixes a wrong credit on a seed article (adding the right person on
the spot), corrects a headline from the review queue, merges two people, then reads
the public article pages and searches. Fails, never skips, without Chromium.
Fixtures `seeded` (the five seed pages, ingested and indexed) and `page` come from
tests/browser/conftest.py.
"""

import os
import re
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from archive.models import Article, Person
from search.models import PendingIndexUpdate
from search.queue import process_queue

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

PASSWORD = "bianji-pass-2021"
HEADLINE = "26集动画片《焦裕禄》在央视播出"


def log_in(page, base):
    page.goto(f"{base}/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/\?next=/admin/"))
    page.fill("#id_username", "bianji")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_contain_text("报刊")
    expect(page.locator("#content h1")).to_have_text("纠错与管理")


def fix_credit(page, base):
    """黄梦玮 is credited on the budget-training story; the paper printed 黄梦炜, whom the
    archive does not know yet: add him from the credit row's + button."""
    page.goto(f"{base}/admin/archive/article/?q=预算绩效管理培训")
    page.click("#result_list a:has-text('预算绩效管理培训')")
    wrong = page.locator("#credits-group tr.form-row").filter(
        has=page.locator(".select2-selection__rendered", has_text="黄梦玮")
    )
    row = page.locator(f"#{wrong.get_attribute('id')}")  # stays put once the name changes
    with page.expect_popup() as opened:
        row.locator("a.add-related").click()
    popup = opened.value
    popup.fill("#id_name", "黄梦炜")
    popup.click("input[name=_save]")
    popup.wait_for_event("close")
    expect(row.locator(".select2-selection__rendered")).to_have_text(re.compile("黄梦炜"))
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_contain_text("成功")


def fix_headline(page, base):
    """The parser made this title from the lead; staff find it in the review queue."""
    page.goto(f"{base}/admin/")
    page.click("#content-main a:has-text('待核队列')")
    page.click("#changelist-filter a:has-text('标题由正文生成')")
    page.click("#result_list a:has-text('由河南省纪委监委宣传部')")
    # The original stays in view beside the fields.
    expect(page.locator(".correction-source")).to_contain_text("由河南省纪委监委宣传部")
    expect(page.locator(".correction-source mark")).to_contain_text("焦裕禄")
    page.fill("#id_title", HEADLINE)
    page.check("#id_reviewed")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_contain_text("成功")
    history = page.locator(".correction-history")
    expect(history).to_contain_text(HEADLINE)
    expect(history).to_contain_text("bianji")
    expect(page.locator(".correction-source .source-badge")).to_have_text("已更正")


def merge_people(page, base):
    """陈杨 (a correspondent) and 陈伟 (named in another story): one person, say staff."""
    page.goto(f"{base}/admin/archive/person/?q=陈")
    for name in ("陈伟", "陈杨"):
        page.locator("#result_list tr", has=page.locator(f"th a:text-is('{name}')")).locator(
            "input.action-select"
        ).check()
    page.select_option("select[name=action]", "merge_people")
    page.click("button[name=index]")
    expect(page.locator("#content h1")).to_have_text("合并人物")
    keep = Person.objects.get(name="陈伟")
    page.check(f"input[name=keep][value='{keep.pk}']")
    page.click("input[value=合并]")
    expect(page.locator(".messagelist .success")).to_contain_text("已将陈杨并入“陈伟”")


@pytest.mark.browser
def test_an_editor_fixes_the_archive_and_readers_see_it(seeded, page, live_server):
    call_command("create_editor", "bianji", "--password", PASSWORD, stdout=StringIO())
    base = live_server.url
    budget = Article.objects.with_issue().get(title="高新区财政金融局开展预算绩效管理培训")
    cartoon = Article.objects.with_issue().get(title__startswith="由河南省纪委监委宣传部")
    village = Article.objects.with_issue().get(title__contains="四季村晚")

    log_in(page, base)
    fix_credit(page, base)
    fix_headline(page, base)
    merge_people(page, base)
    assert page.js_errors == []

    # Public pages read the corrected rows.
    page.goto(base + budget.get_absolute_url())
    expect(page.locator(".byline")).to_contain_text("黄梦炜")
    expect(page.locator(".byline")).not_to_contain_text("黄梦玮")
    page.goto(base + cartoon.get_absolute_url())
    expect(page.locator("#article-title")).to_contain_text(HEADLINE)
    page.goto(base + village.get_absolute_url())
    expect(page.locator(".byline")).to_contain_text("陈伟")

    # Each save queued its articles for the index; the single writer applies the queue
    # (in production the gunicorn worker's thread, within a second).
    queued = set(PendingIndexUpdate.objects.values_list("article_id", flat=True))
    assert {budget.pk, cartoon.pk, village.pk} <= queued
    process_queue(wait=True)

    page.goto(f"{base}/search/?q=焦裕禄 动画片")
    results = page.locator(".search-result")
    expect(results.filter(has_text=HEADLINE)).to_have_count(1)
    expect(page.locator(".search-results")).not_to_contain_text("由河南省纪委监委宣传部、郑州市")
    page.goto(f"{base}/search/?q=黄梦炜")
    expect(results.filter(has_text="预算绩效管理培训")).to_have_count(1)
    page.goto(f"{base}/search/?q=陈伟")
    expect(results.filter(has_text="四季村晚")).to_have_count(1)
    # The merged name still finds the person's work.
    page.goto(f"{base}/search/?q=通讯员:陈杨")
    expect(results.filter(has_text="四季村晚")).to_have_count(1)
    expect(results.first.locator(".byline")).to_contain_text("陈伟")
