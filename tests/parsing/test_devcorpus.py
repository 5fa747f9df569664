"""The development-corpus renderer on records made up here (no corpus needed)."""

import json

import pytest

from archive.parsing.devcorpus import ROLES, load_records, render_pages, split_by_date, write_split
from archive.parsing.devcorpus.bylines import parse_byline
from archive.parsing.devcorpus.check import page_problems
from archive.parsing.devcorpus.text import body_key, event_date, norm

SENTENCES = (
    "工作组走访了辖区多家单位，详细了解了近期各项工作的进展情况。",
    "与会人员围绕下一步安排进行了交流，并就存在的问题提出了改进意见。",
    "活动现场气氛热烈，参加者纷纷表示收获很大，希望今后多举办类似活动。",
    "有关负责人介绍，相关项目已按计划推进，预计年底前全部完成。",
    "据了解，这项服务开通以来，已累计为居民办理各类事项一千余件。",
)


def make_record(i: int, date: str) -> dict:
    body = [
        f"{(i % 9) + 1}月{(i % 27) + 1}日，第{i}号示范小组在城东开展了一次例行检查活动。{SENTENCES[i % 5]}"
    ]
    body += [SENTENCES[(i + k) % 5] + SENTENCES[(i + k + 2) % 5] for k in range(1, 2 + i % 5)]
    if i % 4 == 0:
        body.insert(2, "分组推进落实")
    if i % 6 == 0:
        body.append("（本报记者 周明远、吴晓东）")
    dateline = None
    if i % 3 == 0:
        dateline = f"本报东城{(i % 9) + 1}月{(i % 27) + 1}日电"
        body[0] = f"{dateline}  （记者陈思远）" + body[0]
    return {
        "publication": "示例报",
        "date": date,
        "page": "02",
        "section": "综合" if i % 2 else None,
        "kicker": "示例引题——" if i % 5 == 0 else None,
        "title": f"第{i}号示范小组开展例行检查" + ("（示例专栏）" if i % 3 == 1 else ""),
        "subtitle": "——副题一行" if i % 7 == 0 else None,
        "byline": ["本报记者  王  琳  李心远", "赵  明", None, "本报记者  刘一鸣"][i % 4],
        "dateline": dateline,
        "body": body,
        "captions": [f"图为第{i}号示范小组的成员在检查现场听取情况介绍。\n本报记者  孙  立摄"]
        if i % 5 == 1
        else [],
        "source": "test",
        "source_lacks": [],
    }


@pytest.fixture(scope="module")
def records():
    dates = [f"2023-0{m}-1{d}" for m in range(1, 4) for d in range(1, 5)]
    return [make_record(i, dates[i % len(dates)]) for i in range(120)]


@pytest.fixture(scope="module")
def pages(records):
    return render_pages(records, n_pages=60, seed=7, prefix="t")


def test_same_seed_same_pages(records, pages):
    again = render_pages(records, n_pages=60, seed=7, prefix="t")
    assert [p.text for p in again] == [p.text for p in pages]
    assert [p.gold for p in again] == [p.gold for p in pages]
    other = render_pages(records, n_pages=5, seed=8, prefix="t")
    assert [p.text for p in other] != [p.text for p in pages[:5]]


def test_labels_align_with_lines(pages):
    assert len(pages) == 60
    for page in pages:
        assert len(page.text.split("\n")) == len(page.lines)
        for line in page.lines:
            assert line.role in ROLES
            assert (line.role == "blank") == (line.text.strip() == "")
            if line.role in ("blank", "furniture"):
                assert line.article is None


def test_gold_is_true_of_the_page(pages):
    for page in pages:
        assert page_problems(page) == [], page.name
        text = norm(page.text)
        leads = [a["lead"] for a in page.gold["articles"]]
        assert len(set(leads)) == len(leads)
        for art in page.gold["articles"]:
            assert art["lead"] in text
            for credit in art["credits"]:
                assert norm(credit["name"]) in text
                assert set(credit["roles"]) <= {
                    "reporter",
                    "correspondent",
                    "photographer",
                    "author",
                }


def test_gathered_headlines_keep_their_article(records):
    found = 0
    for page in render_pages(records, n_pages=150, seed=3, prefix="g"):
        lines = page.lines
        titles = [i for i, ln in enumerate(lines) if ln.role == "title"]
        bodies = [i for i, ln in enumerate(lines) if ln.role == "body"]
        if titles and bodies and min(titles) > max(bodies):
            found += 1
            for i in titles:
                assert lines[i].article is not None
                gold_title = page.gold["articles"][lines[i].article]["title"]
                assert norm(lines[i].text) in norm(gold_title)
    assert found > 0


def test_headlines_under_their_texts(records):
    # A page of this kind (any but Markdown) prints each titled article's body, then
    # its headline; a page is printed one way throughout.
    pages = render_pages(records, n_pages=40, seed=3, prefix="h", heads_after=1.0)
    after_pages = 0
    for page in pages:
        orders = set()
        for k, art in enumerate(page.gold["articles"]):
            own = [i for i, ln in enumerate(page.lines) if ln.article == k]
            titles = [i for i in own if page.lines[i].role == "title"]
            bodies = [i for i in own if page.lines[i].role == "body"]
            if art["title"] and titles and bodies:
                orders.add(min(titles) > max(bodies))
        assert len(orders) <= 1, page.name
        after_pages += orders == {True} and len(page.gold["articles"]) > 1
        assert page_problems(page) == []
    assert after_pages >= 20
    never = render_pages(records, n_pages=40, seed=3, prefix="h", heads_after=0.0)
    assert any(a.text != b.text for a, b in zip(pages, never, strict=True))


def test_gold_file_in_scorer_layout(records, tmp_path):
    names = write_split(records, str(tmp_path), n_pages=8, seed=1, prefix="dev")
    gold = json.loads((tmp_path / "gold.json").read_text(encoding="utf-8"))
    assert set(gold) == {"about", "pages"} and sorted(gold["pages"]) == sorted(names)
    labels = [
        json.loads(s) for s in (tmp_path / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for entry, row in zip(gold["pages"].items(), labels, strict=True):
        name, page = entry
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert row["name"] == name and len(row["lines"]) == len(text.rstrip("\n").split("\n"))
        assert "year" in page and page["zone"] is None
        for art in page["articles"]:
            # The keys score_extraction.py reads.
            for key in (
                "lead",
                "title",
                "title_alternatives",
                "date",
                "credits",
                "people",
                "people_optional",
            ):
                assert key in art
            assert art["lead"] in body_key(text)
            for c in art["credits"]:
                assert c["name"] and c["roles"]


def test_cli_writes_a_split(records, tmp_path):
    from archive.parsing.devcorpus.__main__ import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "articles.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    out = tmp_path / "out"
    args = ["--corpus", str(corpus), "--out", str(out), "--split", "train", "--pages", "4"]
    assert main([*args, "--seed", "2"]) == 0
    names = sorted(p.name for p in out.iterdir())
    pages = [f"train_{i:04d}.txt" for i in range(1, 5)]
    assert names == ["gold.json", "labels.jsonl", "manifest.json", *pages]


def test_split_by_date_keeps_dates_apart(records, tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    loaded = load_records(str(tmp_path))
    train, dev = split_by_date(loaded)
    assert dev and train and len(train) + len(dev) == len(records)
    assert not {r["date"] for r in train} & {r["date"] for r in dev}
    assert split_by_date(loaded) == (train, dev)


def test_byline_grammar():
    groups = parse_byline("本报记者  王  琳  李心远  通讯员  赵  明")
    assert [(g.role, g.names) for g in groups] == [
        ("reporter", ["王琳", "李心远"]),
        ("correspondent", ["赵明"]),
    ]
    assert [(g.role, g.organization, g.names) for g in parse_byline("新华社记者  周  立")] == [
        ("author", "新华社", ["周立"])
    ]
    assert parse_byline("某某发展改革委员会") == []
    assert parse_byline("本报记者  孙  立摄")[0].role == "photographer"
    assert parse_byline("本报记者  周  立  陈思远整理")[0].names == ["周立", "陈思远"]


def test_lead_dates():
    assert event_date("6月25日下午，会议召开。") == "06-25"
    assert event_date("自6月29日起，工作专班成立。") is None
    assert event_date("为保障通车，5月25日发行债券。") == "05-25"
    assert event_date("截至2023年7月12日，线路已运营一千天。") is None
