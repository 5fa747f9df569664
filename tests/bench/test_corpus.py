"""The synthetic corpus: deterministic, complete, and a check of the parser on pages
it has never seen. The generator records what it printed (truth.json); the parser
must find those articles and those credits, nothing more."""

import re
from collections import Counter

import pytest

from archive.manifest import load_manifest
from archive.parsing import PageMeta, parse_page
from bench import corpus

PER_LAYOUT = 20
SEED = 11


def read_all(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    return corpus.generate(tmp_path_factory.mktemp("corpus"), PER_LAYOUT * 4, seed=SEED)


@pytest.fixture(scope="module")
def truth(corpus_dir):
    return corpus.load_truth(corpus_dir)


@pytest.fixture(scope="module")
def parsed(corpus_dir, truth):
    """name -> (the page as generated, the parser's PageResult)."""
    entries = load_manifest(corpus_dir / corpus.MANIFEST_NAME).pages
    out = {}
    for name, page in truth["pages"].items():
        entry = entries[name]
        meta = PageMeta(
            source=name,
            publication=entry["publication"],
            zone=entry["zone"],
            year=entry["year"],
            known_columns=tuple(entry["columns"]),
        )
        out[name] = (page, parse_page((corpus_dir / name).read_bytes(), meta))
    return out


def of_layout(parsed, layout):
    pages = {n: v for n, v in parsed.items() if v[0]["layout"] == layout}
    assert len(pages) == PER_LAYOUT
    return pages


def test_the_same_seed_writes_the_same_bytes(tmp_path):
    first = corpus.generate(tmp_path / "first", 8, seed=5)
    second = corpus.generate(tmp_path / "second", 8, seed=5)
    assert read_all(first) == read_all(second)


def test_another_seed_writes_other_pages(tmp_path):
    one = read_all(corpus.generate(tmp_path / "one", 8, seed=5))
    other = read_all(corpus.generate(tmp_path / "other", 8, seed=6))
    assert one.keys() == other.keys()
    assert all(one[name] != other[name] for name in one if name.endswith(".txt"))


def test_generating_again_into_a_corpus_replaces_it(tmp_path):
    corpus.generate(tmp_path, 8, seed=5)
    corpus.generate(tmp_path, 4, seed=5)
    assert len(list(tmp_path.glob("*.txt"))) == 4


def test_a_folder_of_other_files_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not empty"):
        corpus.generate(tmp_path, 2, seed=1)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_the_manifest_lists_every_page_and_ingest_can_read_it(corpus_dir, truth):
    manifest = load_manifest(corpus_dir / corpus.MANIFEST_NAME)
    on_disk = sorted(p.name for p in corpus_dir.glob("*.txt"))
    assert sorted(manifest.pages) == on_disk == sorted(truth["pages"])
    for entry in manifest.pages.values():
        assert entry["zone"] and entry["publication"]
        assert 2015 <= entry["year"] < 2025
    assert len({e["year"] for e in manifest.pages.values()}) > 3


def test_pages_rotate_the_layouts_and_hold_four_to_ten_articles(truth):
    layouts = Counter(page["layout"] for page in truth["pages"].values())
    assert layouts == dict.fromkeys(corpus.LAYOUTS, PER_LAYOUT)
    for page in truth["pages"].values():
        assert 4 <= len(page["articles"]) <= 10
        assert all(1 <= a["paragraphs"] <= 6 for a in page["articles"])


def test_each_layout_prints_what_the_seeds_print(corpus_dir, truth):
    def median_width(text):
        widths = sorted(len(line) for line in text.splitlines() if line.strip())
        return widths[len(widths) // 2]

    for name, page in truth["pages"].items():
        text = (corpus_dir / name).read_text(encoding="utf-8")
        layout = page["layout"]
        assert (median_width(text) <= 14) == (layout == "a"), name  # narrow OCR columns
        if layout == "c":
            assert re.search(r"^本报讯\(记者\w+", text, re.M), name
        if layout == "d":
            assert re.search(r"^## \S", text, re.M), name
        if layout in "ab":
            assert re.search(r"^ ?本报讯 ", text, re.M), name


def test_articles_are_not_copies_of_each_other(truth):
    leads = [a["lead"] for p in truth["pages"].values() for a in p["articles"] if a["lead"]]
    assert len(set(leads)) == len(leads)


def test_stats_count_what_was_written(truth):
    assert truth["seed"] == SEED
    stats = truth["stats"]
    assert stats["pages"] == PER_LAYOUT * 4
    assert stats["articles"] == sum(len(p["articles"]) for p in truth["pages"].values())
    assert stats["articles_per_page"] == round(stats["articles"] / stats["pages"], 2)


def test_the_sentences_come_from_the_seed_pages():
    seeds = "".join(p.read_text(encoding="utf-8") for p in corpus.SEEDS_DIR.glob("*.txt"))
    seeds = re.sub(r"\s", "", corpus.full_width(seeds))
    assert len(corpus.SENTENCES) > 150
    assert [s for s in corpus.SENTENCES if s not in seeds] == []


# --- the parser on generated pages ---------------------------------------------------


def _words(text):
    text = re.sub(r"^本报讯\s*(?:[（(][^）)]{0,40}[）)])?", "", text or "")
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", text)


def _unexpected(page, result):
    """Parsed articles that open with no lead the generator wrote (for the message)."""
    leads = [_words(a["lead"])[:8] for a in page["articles"] if a["lead"]]
    return [
        (a.title or "")[:24]
        for a in result.articles
        if not any(_words(a.body).startswith(lead) for lead in leads)
    ]


# The parser is a trained model (archive/parsing/linemodel/): it is held to issue #12's
# targets on these pages, per layout, not to a perfect score page by page.
TARGET = 0.95


def _same(printed, parsed) -> bool:
    """The parsed article opens with the printed lead, or, for pieces the generator
    records without one (a commentary, a photo), carries the printed title."""
    if printed["lead"]:
        return _words(parsed.body).startswith(_words(printed["lead"])[:12])
    return _words(parsed.title) == _words(printed["title"])


def _matched(page, result):
    """(printed article, parsed article) pairs."""
    pairs, used = [], set()
    for printed in page["articles"]:
        hit = next(
            (i for i, a in enumerate(result.articles) if i not in used and _same(printed, a)),
            None,
        )
        if hit is not None:
            used.add(hit)
            pairs.append((printed, result.articles[hit]))
    return pairs


@pytest.mark.parametrize("layout", corpus.LAYOUTS)
def test_the_parser_finds_the_articles_printed(parsed, layout):
    printed = found = matched = 0
    wrong = []
    for name, (page, result) in of_layout(parsed, layout).items():
        pairs = _matched(page, result)
        printed, found, matched = (
            printed + len(page["articles"]),
            found + len(result.articles),
            matched + len(pairs),
        )
        if len(pairs) != len(page["articles"]) or len(result.articles) != len(pairs):
            wrong.append(f"{name}: unexpected {_unexpected(page, result)}")
    precision, recall = matched / found, matched / printed
    assert precision >= TARGET and recall >= TARGET, (precision, recall, wrong)


@pytest.mark.parametrize("layout", corpus.LAYOUTS)
def test_the_parser_credits_the_people_the_page_credits(parsed, layout):
    printed, found, right, wrong = Counter(), Counter(), 0, []
    for name, (page, result) in of_layout(parsed, layout).items():
        want = Counter((c["name"], c["role"]) for a in page["articles"] for c in a["credits"])
        got = Counter((c.name, c.role) for a in result.articles for c in a.credits)
        printed, found = printed + want, found + got
        right += sum((want & got).values())
        if want != got:
            wrong.append(f"{name}: missed {want - got}, invented {got - want}")
    precision, recall = right / sum(found.values()), right / sum(printed.values())
    assert precision >= TARGET and recall >= TARGET, (precision, recall, wrong)


@pytest.mark.parametrize("layout", corpus.LAYOUTS)
def test_each_credit_lands_on_its_article(parsed, layout):
    checked, wrong = 0, []
    for name, (page, result) in of_layout(parsed, layout).items():
        for printed, article in _matched(page, result):
            checked += 1
            want = [(c["name"], c["role"], c["organization"]) for c in printed["credits"]]
            got = [(c.name, c.role, c.organization) for c in article.credits]
            if got != want:
                wrong.append(f"{name}: {got} != {want}")
    assert checked > PER_LAYOUT * 3
    assert len(wrong) <= (1 - TARGET) * checked, wrong
