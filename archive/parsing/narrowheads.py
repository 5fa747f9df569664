"""A headline in narrow columns that the model read as a paragraph's first line.

In a column ten to fifteen characters wide every line of a paragraph fills the column
but its last, and the last ends a sentence. A line after a blank line, under finished
text or a byline, that stops short of the column and ends no sentence, over text that
fills the column, is no paragraph's first line: it is the next article's headline
(老年食堂一份午餐十二元 / “两荤一素加个汤，十二块钱 / ，比自己做还划算。”…), and a
second such line under it is the headline's second line. The model, which sees a line
and its neighbours but not the column's width, reads such lines as text when the
headline is nearly as wide as the column.

A line wider than its column holds, with no punctuation in it (OCR's stray spaces
closed), is no line of that column's text either. A paragraph's first line stops
short too where the paper indents it, so the headline
must also say again what the text under it says (a third of its character pairs), and
the text must open as a text does, not on a verb or an adverb that carries a sentence
on (考察人员对某某工作 / 表示认可…: one sentence). Measured: five articles more on
four held-out sets (their credits with them), one development title lost to a
section's subhead read as a headline, the seeds unchanged.

A headline as wide as the column, no punctuation in it but quotation marks, heads its
text only where the text says most of it again (half its character pairs) and opens as
a lead does (its day, or a word setting the scene: 借助…的机会，): a paragraph's first
line fills the column too, and the line under it carries its sentence on. Measured:
one article more on a held-out county page, the development pages unchanged (two
paragraphs' first lines became headlines before the lead's opening was asked).

`repairs.repair` applies `RULES` after the other headline rules (itemstarts.py,
itemheads.py, gluedheads.py); stacks.py then reads a two-line headline's lines.
"""

from __future__ import annotations

import re

import rjieba

from .bylinewords import opens_a_byline
from .headlines import looks_like_column
from .itemstarts import finished, headline_like, opens_as_news
from .jiebautil import crosses
from .layout import Line, PageShape, display_width, ends_sentence
from .leads import is_lead
from .lexicon import letters, opens_with_mark
from .linemodel.labels import TEXT_LABELS
from .normalise import join_cjk
from .orphans import pair_share

_READ_AS_TEXT = ("para", "open", "body", "subhead")
_HEAD_LINES = 2  # a headline over more lines than this in a narrow column is text
_LEAD_LINES = 6  # the lead a headline restates, in a narrow column's lines
_SAYS = 0.3  # of the headline's character pairs its lead says again
_SAYS_MOST = 0.5  # …of a headline as wide as the column: a paragraph's first line fills it too


def a_short_line_after_a_column_break_heads_its_text(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """One or two lines after a blank line that stop short of a narrow column with no
    sentence ended, under finished text or a byline, over a line of text that fills the
    column or ends a sentence, are the headline of the text under them."""
    if not shape.narrow:
        return labels
    labels = list(labels)
    for i in range(1, len(content) - 1):
        if content[i].index == content[i - 1].index + 1 or labels[i] not in _READ_AS_TEXT:
            continue  # not first after a blank line, or not read as text
        above = labels[i - 1]
        if not (above == "byline" or (above in TEXT_LABELS and finished(content[i - 1].text))):
            continue  # a sentence runs on across the column break
        heads = _short_lines(content, labels, i, shape)
        full_width = not heads and _a_full_line_of_no_sentence(content, labels, i)
        heads = heads or int(full_width)
        j = i + heads
        if not heads or j >= len(content) or labels[j] not in ("para", "body", "open"):
            continue
        text = content[j].text
        if content[j].index != content[j - 1].index + 1 or is_lead(content[i].text):
            continue
        if not (shape.full(text) or ends_sentence(text)):
            continue  # a list or verse: lines that all stop short
        if _goes_on(text):
            continue  # the line under opens on a verb or an adverb: a sentence goes on
        head = join_cjk("".join(line.text for line in content[i:j]))  # OCR's spaces closed
        says = pair_share(head, _text_from(content, j))
        # (a line the model itself read as a paragraph of its own, the line under it
        # opening another, ends no paragraph short of a sentence: a third is not asked)
        said_apart = (
            heads == 1
            and labels[i] == "para"
            and labels[j] == "para"
            and not full_width
            and letters(head) >= 5  # (先锋足印: a column's name over its item)
            and _opens_a_lead(join_cjk(text))  # (今 年首批…, not 员会常务委员会…)
        )
        if crosses(content[j - 1].text, text) or says < _SAYS and not said_apart:
            continue  # a paragraph's first line, indented: it runs on, or says nothing again
        if full_width and (says < _SAYS_MOST or not _opens_a_lead(text)):
            continue  # (a paragraph's first line: the text under it carries it on)
        labels[i : j + 1] = ["title-b", *["title-i"] * (heads - 1), "open"]
    return labels


def _a_full_line_of_no_sentence(content: list[Line], labels: list[str], i: int) -> bool:
    """A line as wide as its column with no punctuation but quotation marks in it
    (韩集镇举办“赶集日”法律服务 over 借助赶集日人流量大的机会，韩…): a headline as
    wide as the column, if the text under it says most of it again."""
    text = content[i].text.strip()
    return (
        labels[i] in _READ_AS_TEXT
        and headline_like(text)
        and not _PUNCTUATION.search(text.replace("“", "").replace("”", ""))
        and not _runs_on(text)
    )


def _opens_a_lead(text: str) -> bool:
    """Does a line open as a lead does: its day or when (opens_as_news), or a word that
    sets the scene before a comma (借助…的机会，, 近日，)?"""
    words = rjieba.tag(text[:8], False)
    return opens_as_news(text) or bool(words) and words[0][0] in _OPENERS


def _runs_on(text: str) -> bool:
    """Does the line stop inside a sentence: on a word that needs more after it (是, 的,
    和) or inside a quotation or brackets it opened (帮助青少年“扣好人生的第)?"""
    return (
        text.endswith(_RUNS_ON)
        or text.count("“") > text.count("”")
        or text.count("（") > text.count("）")
        or text.count("(") > text.count(")")
    )


_RUNS_ON = tuple("是的和与及在对为把被从向将由以、：:“（(")


def _goes_on(text: str) -> bool:
    """Does a line open on what only carries a sentence on (表示…, 更好…, 是…, 和…),
    not on what may open one (a subject, a time, a quotation, 为/在/据 and a lead's
    other openings)?"""
    words = rjieba.tag(text[:8], False)
    return bool(words) and (
        words[0][1] in _CARRIES_ON
        and words[0][0] not in _OPENERS
        or text[:1] in _ENDS
        or text[1:2] in _ENDS  # (年。从…: a word's last character)
    )


# jieba's tags of a first word that carries a sentence on: verbs, adverbs, conjunctions,
# particles, localisers (…上, …中).
_CARRIES_ON = ("v", "vd", "vn", "d", "ad", "c", "u", "uj", "ul", "uz", "f", "y")
_ENDS = "，。、；：）"
# Words of those kinds a lead opens with (据悉, 随着, 为了, 近日…): jieba tags some so.
_OPENERS = frozenset(
    "据悉 据了解 随着 为了 为 在 近日 日前 目前 眼下 连日来 今年以来 自 从 当".split()
    # verbs opening a lead's setting before its comma (借助…的机会，…; 走进某村，…)
    + "借助 围绕 聚焦 依托 紧扣 结合 瞄准 面对 伴随 走进 来到".split()
    # and when (今年首批…, 去年…)
    + "今年 去年 近年来 近期 最近 昨天 今天 本月 上月 年初 年底".split()
)


def wider_than_text(text: str, shape: PageShape) -> bool:
    """Is a line with no punctuation in it wider than its column holds (牯牛降 景 区迎来
    客流高峰 in a ten-wide column, OCR's stray spaces closed)?"""
    text = text.strip()
    letters = join_cjk(text)
    if _PUNCTUATION.search(letters):
        return False
    # A text's full lines run a letter past the column's median width; OCR's stray spaces
    # in a line of big letters mark a headline a letter wider.
    spaced = len(letters) < len(text)
    return display_width(letters) > shape.width + (0 if spaced else 1)


_PUNCTUATION = re.compile(r"[，,。、；;：:！？!?“”‘’（）()《》—…]")


def _text_from(content: list[Line], j: int) -> str:
    return "".join(line.text for line in content[j : j + _LEAD_LINES])


def _short_lines(content: list[Line], labels: list[str], i: int, shape: PageShape) -> int:
    """How many lines from i on, touching, stop short with no sentence (at most two)."""
    n = 0
    while (
        i + n < len(content)
        and n < _HEAD_LINES + 1
        and (n == 0 or content[i + n].index == content[i + n - 1].index + 1)
        and labels[i + n] in _READ_AS_TEXT
        and headline_like(content[i + n].text)
        and (shape.stops_short(content[i + n].text) or wider_than_text(content[i + n].text, shape))
        and "，" not in content[i + n].text
        and not _runs_on(content[i + n].text)
    ):
        n += 1
    return n if n <= _HEAD_LINES else 0


def a_run_of_short_lines_is_one_headline(
    content: list[Line], labels: list[str], shape: PageShape, model: list[str]
) -> list[str]:
    """Two to four lines of a few letters each, after a blank line and over a wider line
    of text, one of them read as a headline's, are one headline set in big letters over
    a narrow column (早市 / “搬”进 / 新市场, 老人 / 冰 面 / 遇险 / 获救), where the model
    (`model`, its labels before any rule) read one as a text's line or a name (冰 面
    between two lines of a headline names no one). Not where it read them all as
    headlines and a column's name (the stacks' rules read those: 伟大征程 / “两弹一星”记),
    nor a column's own name over them, a marked line (■ 某某, a signature), or a credit
    under them (记者 X)."""
    if not shape.narrow:
        return labels
    labels = list(labels)
    for i in range(1, len(content) - 2):
        if content[i].index == content[i - 1].index + 1:
            continue  # first after a blank line only
        n = 0
        while (
            i + n < len(content)
            and n <= _RUN_LINES
            and (n == 0 or content[i + n].index == content[i + n - 1].index + 1)
            and labels[i + n] in _RUN_LABELS
            and 0 < letters(content[i + n].text) <= _RUN_LETTERS
            and not _PUNCTUATION_ENDS.search(content[i + n].text.strip())
            and not opens_a_byline(content[i + n].text.strip())
            and not is_lead(content[i + n].text)
            and not _BRACKETS.search(content[i + n].text)
        ):
            n += 1
        j = i + n
        if not 2 <= n <= _RUN_LINES or j >= len(content) or labels[j] not in TEXT_LABELS:
            continue
        if content[j].index != content[j - 1].index + 1:
            continue
        run = labels[i:j]
        whole = ["title-b", *["title-i"] * (n - 1)]
        if not any(lab in ("title-b", "title-i") for lab in run):
            continue  # no headline in it
        if not any(lab in _MISREAD for lab in model[i:j]):
            continue  # a headline the model read as one, under a column's name or not
        if any(opens_with_mark(line.text.strip()) for line in content[i:j]):
            continue  # (■ 某某, ◇某某: a signature's or a rubric's mark)
        if labels[i] == "column" and looks_like_column(content[i].text):
            continue  # (简讯 over a headline: the column's)
        if letters(content[j].text) <= max(letters(line.text) for line in content[i:j]):
            continue  # the text under them is no wider: verse, or a list
        labels[i:j] = whole
        if labels[j] in ("para", "body"):
            labels[j] = "open"
    return labels


_RUN_LINES = 4  # a headline in a narrow column's big letters, on this many lines at most
_RUN_LETTERS = 6  # …of this many letters each at most
_RUN_LABELS = ("title-b", "title-i", "column", "byline", "open", "para", "subhead")
_MISREAD = ("byline", "open", "para", "subhead")  # what a big-letter line is read as
_PUNCTUATION_ENDS = re.compile(r"[，,。；;：:！？!?、]$")
_BRACKETS = re.compile(r"[（()）]")


RULES = (a_short_line_after_a_column_break_heads_its_text,)
