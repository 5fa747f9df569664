"""The analyzer's segmenter gives jieba's words exactly, though rjieba cuts most of them.

jieba stays the reference (its dictionary and HMM); rjieba is used only where these
tests prove it gives the same words: the seed pages, a generated corpus in the seeds'
layouts, and random strings of every kind of character a page may hold.
"""

import random
from pathlib import Path

import jieba
import pytest

from bench import corpus
from search import analyzer

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def reference(text):
    return [tuple(token) for token in jieba.tokenize(text, HMM=True)]


def ours(text):
    return list(analyzer.tokenize(text))


def test_rjieba_is_installed_and_used():
    assert analyzer.rjieba is not None
    assert analyzer._cut_han is analyzer.rjieba.cut


@pytest.mark.parametrize("page", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_pages_segment_as_jieba_does(page):
    text = page.read_text(encoding="utf-8")
    assert ours(text) == reference(text)
    folded = analyzer.fold(text)
    assert ours(folded) == reference(folded)


def test_generated_corpus_segments_as_jieba_does(tmp_path):
    folder = corpus.generate(tmp_path, 60, seed=23)
    pages = sorted(folder.glob("*.txt"))
    assert len(pages) == 60
    for page in pages:
        text = analyzer.fold(page.read_text(encoding="utf-8"))
        assert ours(text) == reference(text), page.name


# Where rjieba alone would differ from jieba: letters with marks, CJK extensions.
MIXED = [
    "COVID-19疫情 3.5% 2021年7月9日上午",
    "𠀀𠀁测试😀表情",
    "abc_def x+y=z e-mail: a@b.cn www.baidu.com",
    "T恤衫和B超室，卡拉OK厅",
    "ＡＢＣ，全角１２３",
    "\t记者  孙庆辉 摄\r\n第二行",
    "",
]


@pytest.mark.parametrize("text", MIXED)
def test_mixed_text_segments_as_jieba_does(text):
    assert ours(text) == reference(text)


def test_rjieba_alone_would_differ_on_mixed_text():
    # Why the segmenter routes blocks: without it these tokens would not be jieba's.
    text = "COVID-19疫情"
    assert analyzer.rjieba.cut(text) != list(jieba.cut(text))
    assert [w for w, _s, _e in ours(text)] == list(jieba.cut(text))


def test_random_strings_segment_as_jieba_does():
    rng = random.Random(7)
    words = [word for word, freq in list(jieba.dt.FREQ.items())[::50] if freq]
    alphabet = "0123456789abcXYZ.-_%+#&@，。、：；！？“”（）《》 \n\t全角Ａ１"
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 10)):
            roll = rng.random()
            if roll < 0.5:
                parts.append(rng.choice(words))
            elif roll < 0.8:
                parts.append("".join(rng.choices(alphabet, k=rng.randint(1, 4))))
            elif roll < 0.95:
                parts.append(chr(rng.randint(0x4E00, 0x9FD5)))
            else:
                parts.append(
                    chr(rng.choice([0x3400, 0x20000, 0xF900, 0x1F600]) + rng.randrange(50))
                )
        text = "".join(parts)
        assert ours(text) == reference(text), text
