"""The characters a reader types for one another (search/confusables.py), and the
corrections they give (search/spelling.py); the seed cases run them on the seeds."""

import importlib.resources
import subprocess
import sys
from pathlib import Path

import pytest

from search import spelling
from search.analyzer import fold, is_cjk
from search.confusables import confusables, confused
from search.queries import parse

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "char, others",
    [
        ("原", "源元"),  # yuan
        ("误", "污"),  # wù and wū: tones left out
        ("荪", "孙"),  # sun
        ("己", "已巳"),  # like shape, from confusables.txt
        ("末", "未"),
        ("戊", "戌"),
        ("汩", "汨"),
    ],
)
def test_a_character_s_confusables_are_of_its_sound_or_shape(char, others):
    found = confusables(char)
    assert set(others) <= set(found)
    assert char not in found
    assert all(is_cjk(c) and fold(c) == c for c in found)  # simplified, as queries are


def test_like_shape_comes_before_the_same_sound():
    found = confusables("千")
    assert found.index("干") < found.index("迁")


def test_the_shape_table_is_groups_of_simplified_characters():
    text = (importlib.resources.files("search") / "confusables.txt").read_text("utf-8")
    groups = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(groups) >= 30
    for group in groups:
        assert len(group) >= 2 and len(set(group)) == len(group), group
        assert all(is_cjk(c) and fold(c) == c for c in group), group


def test_confused_is_one_character_swapped_for_a_confusable():
    assert confused("污染原", "污染源")
    assert confused("千部", "干部")
    assert not confused("污染原", "污染区")  # one character, but not a confusable one
    assert not confused("原普", "源")


def test_a_first_character_is_mended_and_a_confused_swap_ranks_first(small_corpus):
    # 误 for 污 at a word's start: the prefix listing (words starting 误) cannot mend it.
    assert spelling.mended(parse("误染源普查").clauses[0])[0][0] == "污染源普查"
    assert spelling.mended(parse("人物:荪庆辉").clauses[0])[0][0] == "孙庆辉"
    # 污染原普查: 源 (yuan, like 原) before any other word one edit away.
    assert spelling.mended(parse("污染原普查").clauses[0])[0][0] == "污染源普查"
    assert spelling.mended(parse("麒麟飞艇").clauses[0]) == []


def test_the_same_sound_table_is_read_without_importing_pypinyin():
    # pypinyin's package loads its phrase dictionary and trains a segmenter on import:
    # 50 MB in each worker for the one table the corrections read.
    script = (
        "import sys; import search.confusables as c; c._sounds(); "
        "print('pypinyin' in sys.modules, len(c._sounds()[0]) > 5000)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "True"]
