"""The 复制 buttons beside an article's citations copy exactly what they show."""

import pytest

from archive.models import Article

pytestmark = pytest.mark.browser


def test_copy_buttons_copy_the_citation(seeded, live_server, browser):
    article = Article.objects.with_issue().order_by("pk").first()
    context = browser.new_context(locale="zh-CN", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(live_server.url + article.get_absolute_url())
    for target in ("cite-permalink", "cite-gbt7714", "cite-bibtex"):
        button = page.locator(f'button[data-copy="{target}"]')
        assert button.is_visible()  # shown once the script runs
        button.click()
        assert page.locator(f"#{target}").inner_text().strip() == page.evaluate(
            "navigator.clipboard.readText()"
        )
        assert button.inner_text() == "已复制"
    assert page.evaluate("navigator.clipboard.readText()").startswith("@article{baokan")
    permalink = f"{live_server.url}/articles/{article.pk}/"
    assert page.locator("#cite-permalink").inner_text() == permalink
    page.goto(permalink)
    assert page.url == live_server.url + article.get_absolute_url()
    context.close()
