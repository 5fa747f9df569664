"""The real-text benchmark corpus (bench/realtext.py), on records this test writes: it
never needs ../shared/. Articles are dealt from whole pieces of the records, the same
seed deals the same articles, and without the corpus the search bench says it falls
back to the seed pages' sentences."""

import json

from bench import realtext, recombined

# Made-up records in the corpus's shape (articles.jsonl), one paragraph each a distinct
# sentence so that a paragraph cut or glued shows.
RECORDS = [
    {
        "publication": "某日报",
        "date": f"2020-0{n % 9 + 1}-1{n % 10}",
        "page": "01",
        "section": ["要闻", "经济", None][n % 3],
        "kicker": f"引题第{n}号——" if n % 2 else None,
        "title": f"测试标题第{n}号关于水利工程建设",
        "subtitle": f"——副题第{n}号" if n % 3 == 0 else None,
        "byline": ["本报记者  张  伟", "本报记者 李明华 王芳", None, "评论员文章作者赵一"][n % 4],
        "dateline": "本报北京3月2日电" if n % 2 else None,
        "body": [
            ("本报北京3月2日电（记者张伟）" if n % 2 else "") + f"第{n}篇导语说明工程进展顺利。",
            *(f"第{n}篇第{k}段说明建设情况，群众反映良好。" for k in range(1, 2 + n % 5)),
        ],
        "captions": [],
        "source": "test",
    }
    for n in range(12)
]


def whole_pieces():
    parts = realtext.Parts.from_records(RECORDS)
    return parts, set(parts.paragraphs), set(parts.leads)


def test_the_same_seed_deals_the_same_articles_and_another_seed_others():
    first = list(realtext.articles(RECORDS, 300, seed=5))
    assert first == list(realtext.articles(RECORDS, 300, seed=5))
    assert first != list(realtext.articles(RECORDS, 300, seed=6))
    assert len(first) == 300


def test_articles_are_dealt_from_whole_paragraphs_titles_and_bylines():
    parts, paragraphs, leads = whole_pieces()
    titles = {r["title"] for r in RECORDS}
    seed_leads = 0
    for article in realtext.articles(RECORDS, 500, seed=2):
        assert article.title in titles
        assert article.kicker in {"", *parts.kickers}
        assert article.subtitle in {"", *parts.subtitles}
        assert all(p in paragraphs for p in article.paragraphs[1:])
        lead = article.paragraphs[0]
        if not any(lead.endswith(whole) for whole in leads):
            seed_leads += 1  # written in the seed pages' words, a department's doing
            assert article.zone[-3:] in lead
        if article.credits and article.credits not in parts.bylines:
            # Not a record's byline: a local lead that prints whom it credits,
            # 本报讯（记者X 通讯员Y）.
            assert all(name in lead for name, _role in article.credits)
    assert 0 < seed_leads < 150


def test_local_leads_and_bylines_are_mixed_in():
    articles = list(realtext.articles(RECORDS, 400, seed=3))
    leads = [a.paragraphs[0] for a in articles]
    assert any(lead.startswith("本报讯（记者") or lead.startswith("本报讯(记者") for lead in leads)
    assert any("讯" in lead[:12] and not lead.startswith("本报") for lead in leads)
    assert any(not a.credits for a in articles)
    # The datelines and bracket credits of the national paper are cut from every lead.
    assert not any("本报北京3月2日电" in lead for lead in leads)


def test_without_the_shared_corpus_the_bench_says_it_falls_back(tmp_path):
    said = []
    missing = tmp_path / "shared" / "corpus" / "articles.jsonl"
    assert not realtext.available(missing)
    assert recombined.choose_corpus(None, said.append, path=missing) == "seeds"
    assert "falling back" in said[0] and str(missing) in said[0]
    assert recombined.choose_corpus("real", said.append, path=missing) == "seeds"


def test_a_corpus_file_that_is_there_is_read_and_chosen(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS))
    said = []
    assert recombined.choose_corpus(None, said.append, path=path) == "real"
    assert recombined.choose_corpus("seeds", said.append, path=path) == "seeds"
    assert realtext.load(path) == RECORDS
