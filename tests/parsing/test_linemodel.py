"""The line-role model's training code, on pages rendered from the seed fixtures.

No corpus is needed: the records are read here from the two seed pages printed one
paragraph a line (a title line over a 本报讯 paragraph), rendered into pages of every
layout by the development-corpus renderer, and a small model is trained on them.
"""

import re
from pathlib import Path

import pytest

from archive.parsing.devcorpus import render_pages
from archive.parsing.layout import split_lines
from archive.parsing.linemodel import context, features, labels, train

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
WIDE_PAGES = ("001_c4740e32d0d06a7b.txt", "003_2faae2a4ae9c89fa.txt")
BYLINE = re.compile(r"^(?:本报)?记者|^通讯员")


def seed_records():
    """Articles of the wide seed pages as corpus-like records (title, body, byline)."""
    records = []
    for n, name in enumerate(WIDE_PAGES):
        lines = [ln.strip() for ln in (SEEDS / name).read_text(encoding="utf-8").splitlines()]
        lines = [ln for ln in lines if ln]
        for i, line in enumerate(lines):
            if not line.startswith("本报讯") or i == 0:
                continue
            body = [line]
            for more in lines[i + 1 :]:
                if more.startswith("本报讯") or (len(more) < 30 and not more.endswith("。")):
                    break
                body.append(more)
            byline = next((b for b in body if BYLINE.match(b)), None)
            body = [b for b in body if b is not byline]
            for k in range(4):  # each article on four days, so pages mix them
                records.append(
                    {
                        "publication": "示例报",
                        "date": f"202{n}-06-1{k}",
                        "page": "01",
                        "section": None,
                        "kicker": None,
                        "title": lines[i - 1],
                        "subtitle": None,
                        "byline": byline,
                        "dateline": "本报讯",
                        "body": body,
                        "captions": [],
                        "source": "fixtures/seeds",
                        "source_lacks": [],
                    }
                )
    return records


@pytest.fixture(scope="module")
def pages():
    records = seed_records()
    assert len(records) > 40
    return render_pages(records, n_pages=40, seed=3, prefix="t")


def test_every_line_the_parser_reads_gets_one_label(pages):
    for page in pages:
        feats, wanted = train.page_sequence(page)
        assert len(feats) == len(wanted) > 0
        assert set(wanted) <= set(labels.LABELS)


def test_a_rendered_page_opens_each_article_once(pages):
    for page in pages:
        _, wanted = train.page_sequence(page)
        opened = [ln.article for ln in page.lines if ln.role in ("body", "caption")]
        assert wanted.count("open") == len(set(opened))


def test_features_see_the_rules_verdicts():
    lines = split_lines("高新区召开会议\n本报讯（记者 张三）6月1日，区里召开会议。\n记者 李四")
    title, lead, byline = features.page_features(lines)
    assert lead.get("lead") == "1" and "lead" not in title  # yes-or-no: there when it holds
    assert byline["byline"] == "credit" and lead["byline"] == "none"
    assert title.get("+1:lead") == "1" and byline.get("-1:lead") == "1"
    assert "headlike" in title and "headlike" not in lead


def test_a_model_trained_on_rendered_pages_learns_their_structure(pages, tmp_path):
    seqs = train.sequences(pages[:30], processes=1)
    model = tmp_path / "model.crfsuite"
    train.train(seqs, model, c1=0.05, c2=0.01, iterations=40)
    assert model.stat().st_size > 0
    scores = train.evaluate(train.sequences(pages[30:], processes=1), model)
    body_p, body_r, _ = scores["body"]
    open_p, open_r, _ = scores["open"]
    assert body_p > 0.9 and body_r > 0.9
    assert open_p > 0.7 and open_r > 0.7


def test_the_context_pass_learns_from_labels_a_model_of_other_pages_gave(pages, tmp_path):
    seqs = train.sequences(pages[:30], processes=1)
    first, context = tmp_path / "model.crfsuite", tmp_path / "context.crfsuite"
    train.train_two_pass(seqs, first, context, processes=1, c1=0.05, c2=0.01, iterations=40)
    assert first.stat().st_size > 0 and context.stat().st_size > 0
    assert not list(tmp_path.glob("*.fold*"))  # the half models are gone
    scores = train.evaluate(train.sequences(pages[30:], processes=1), first, context)
    assert set(scores) <= set(labels.LABELS)
    body_p, body_r, _ = scores["body"]
    open_p, open_r, _ = scores["open"]
    assert body_p > 0.9 and body_r > 0.9
    assert open_p > 0.7 and open_r > 0.7


def test_the_context_pass_sees_the_first_pass_labels_around_a_line():
    items = [{"bias": "1"} for _ in range(5)]
    first = ["title-b", "open", "body", "byline", "para"]
    seen = context.second_pass(items, first)
    assert seen[2]["p-1"] == "open" and seen[2]["p+1"] == "byline" and seen[0]["p-1"] == "edge"
    assert seen[2]["since_open"] == "1" and seen[0]["since_open"] == "none"
    assert seen[4]["art_byline"] == "1" and seen[2]["art_byline"] == "0"
    assert seen[1]["p-1|p0"] == "title-b|open"
    assert items[0] == {"bias": "1"}  # the first pass's features are not changed
