"""Pages of real text for the ingest benchmarks (bench/realpages.py), on records this
test writes: eight recombined articles a page, each found again by the parser with
its title, and the page's day and 版次 in the manifest."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from bench import realpages, realtext

from .test_realtext import RECORDS


def test_pages_print_the_dealt_articles_with_their_day_and_page(tmp_path):
    out = realpages.generate(tmp_path / "pages", 10, seed=3, records=RECORDS)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["pages"]
    assert sorted(manifest) == [f"{n:05d}.txt" for n in range(10)]
    assert manifest["00000.txt"]["page"] == "第1版" and manifest["00009.txt"]["page"] == "第2版"
    assert manifest["00000.txt"]["date"] == "2015-01-01" == manifest["00007.txt"]["date"]
    assert manifest["00008.txt"]["date"] == "2015-01-02"
    dealt = list(realtext.articles(RECORDS, 80, seed=3))
    text = (out / "00001.txt").read_text(encoding="utf-8")
    for article in dealt[8:16]:
        assert article.title in text and article.paragraphs[-1] in text
    with pytest.raises(FileExistsError):
        realpages.generate(out, 1, records=RECORDS)  # never over other files


@pytest.mark.django_db
def test_the_parser_finds_each_article_of_a_page(tmp_path):
    out = realpages.generate(tmp_path / "pages", 3, seed=4, records=RECORDS)
    stdout = StringIO()
    call_command("ingest", str(out), dry_run=True, json=True, stdout=stdout, stderr=StringIO())
    pages = json.loads(stdout.getvalue())["pages"]
    dealt = list(realtext.articles(RECORDS, 24, seed=4))
    for page, articles in zip(
        sorted(pages, key=lambda p: p["source"]), [dealt[:8], dealt[8:16], dealt[16:]], strict=True
    ):
        titles = [a["title"] for a in page["articles"]]
        found = sum(article.title in titles for article in articles)
        assert found >= 6, (found, titles)  # a title the parser misreads is its business
