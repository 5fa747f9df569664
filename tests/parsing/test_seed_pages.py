"""Properties that hold on every fixture page (no figures copied from gold data)."""

import json
from pathlib import Path

import pytest

from archive.parsing import PageMeta, parse_page

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
MANIFEST = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["pages"]


@pytest.fixture(scope="module", params=sorted(MANIFEST))
def page(request):
    entry = MANIFEST[request.param]
    meta = PageMeta(
        source=request.param,
        zone=entry["zone"],
        year=entry["year"],
        known_columns=tuple(entry.get("columns", ())),
    )
    return parse_page((SEEDS / request.param).read_bytes(), meta)


def test_no_character_of_the_page_is_lost(page):
    spans = [lo.span for lo in page.leftovers]
    for article in page.articles:
        spans += [article.span, *article.headline_spans]
    covered = {i for start, end in spans for i in range(start, end)}
    lost = "".join(ch for i, ch in enumerate(page.text) if i not in covered and not ch.isspace())
    assert lost == ""


def test_paragraphs_end_where_sentences_end(page):
    for article in page.articles:
        for paragraph in article.paragraphs[:-1]:
            assert paragraph[-1] in "。！？!?”」』…）)：:；;", paragraph


def test_bylines_never_stay_in_the_body(page):
    for article in page.articles:
        assert not any(p.startswith(("记者 ", "通讯员 ")) for p in article.paragraphs)


def test_articles_are_in_reading_order_and_do_not_overlap(page):
    spans = [a.span for a in page.articles]
    assert spans == sorted(spans)
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:], strict=False))


def _ocr_spaced(text: str, rate: float, seed: int) -> str:
    """The page as OCR reads it with stray spaces between Chinese characters."""
    import random

    rng = random.Random(seed)
    out = []
    for ch, nxt in zip(text, text[1:] + "\n", strict=True):
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and "\u4e00" <= nxt <= "\u9fff" and rng.random() < rate:
            out.append(" ")
    return "".join(out)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_ocr_spaces_cost_no_credit(name):
    """Stray spaces inside role words, names and lead markers (通讯 员, 孙庆 辉, 本 报讯)
    leave every credit read: the parse of the spaced page credits the same people."""
    entry = MANIFEST[name]
    meta = PageMeta(source=name, zone=entry["zone"], year=entry["year"])
    text = (SEEDS / name).read_text(encoding="utf-8")

    def credited(page_text):
        page = parse_page(page_text.encode("utf-8"), meta)
        return sorted((c.name, c.role) for a in page.articles for c in a.credits)

    assert credited(_ocr_spaced(text, 0.08, seed=1)) == credited(text)
