"""Headless Debian Chromium, driven by Playwright, against pytest-django's live server.

These tests fail, never skip, when the browser or axe-core is missing: `make browser`
installs both.
"""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from haystack import connections

# Playwright's sync API runs an event loop in this thread; the live server's ORM
# calls from the test itself are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SEEDS = ROOT / "fixtures" / "seeds"


# Module scope: one Playwright per test module, stopped before the next module starts
# its own (two sync Playwrights cannot run at once in one thread).
@pytest.fixture(scope="module")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.fail(f"Debian's chromium is not at {CHROMIUM}: run `make browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # bypass_csp lets the test inject axe-core; the site's own pages need no inline script.
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="zh-CN", bypass_csp=True
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.js_errors = errors
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        bypass_csp=True,
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def search_index(tmp_path):
    """The search index under tmp_path, never var/."""
    config = {
        "default": {
            "ENGINE": "search.whoosh.backend.ChineseWhooshEngine",
            "PATH": str(tmp_path / "ix"),
        }
    }
    saved = connections.connections_info
    with override_settings(HAYSTACK_CONNECTIONS=config):
        connections.connections_info = config
        connections.reload("default")
        try:
            yield
        finally:
            connections.connections_info = saved
            connections.reload("default")


@pytest.fixture
def seeded(transactional_db, search_index):
    """The five seed pages, ingested and indexed as `make serve` does."""
    call_command("ingest", str(SEEDS), stdout=StringIO(), stderr=StringIO())
    call_command("rebuild_index", interactive=False, verbosity=0)


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: run `make browser` (npm install)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def check_accessibility(axe_source):
    """Run axe-core's WCAG 2.1 A/AA and best-practice rules on the page; return its
    violations as readable lines (an empty list when it passes)."""

    def check(page):
        page.add_script_tag(content=axe_source)
        result = page.evaluate(
            """() => axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
            })"""
        )
        return [
            f"{page.url} {v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(" ".join(node["target"]) for node in v["nodes"][:5])
            for v in result["violations"]
        ]

    return check
