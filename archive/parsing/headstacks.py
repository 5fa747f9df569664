"""How a headline's lines divide into kicker (引题), title and subtitle.

A kicker printed over its title is a phrase of its own: a slogan or a series' name
(礼赞劳动者, 新春走基层), an occasion or a day (庆祝…丰收节, 3·15国际消费者权益日).
The model reads it as the title's first line where the title is short, and the
two are glued into one title. The other way round, a headline wider than its column
is read as a kicker over the lead's first line. `repairs.repair` applies this after its own rules on
headline stacks; tests in `tests/parsing/test_headstacks.py`.
"""

from __future__ import annotations

import re

from .headlines import slogan_like
from .jiebautil import crosses, edge_flags, has_verb
from .layout import Line, PageShape, ends_sentence
from .lexicon import DAY_NAME_ENDINGS, KICKER_VERBS
from .linemodel.labels import headline_role
from .normalise import unspaced
from .orphans import pair_share

_KICKER_MIN = 4  # a kicker says something: 礼赞劳动者, 新春走基层
_TITLE_MIN = 6  # …over a title that says something too
_SUBTITLED = 8  # a title long enough to be complete over its subtitle
_LEADS_ON = ("v", "p", "c", "u", "uj", "ud")  # jieba's tags of a last word that wants more
_RESTATED = 0.5  # the share of a headline's character pairs its lead's first line says again


def a_theme_over_a_title_is_its_kicker(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """A headline's first line read as a title wrapping on (title-b over title-i) is its
    kicker where it names a theme rather than starting the news: it opens with a
    theme's verb (礼赞劳动者, 庆祝…丰收节), names a day (3·15国际消费者权益日), or
    repeats the name of a column printed above it (新春走基层); and it does not wrap
    (it stops short of its column, ends on no mark that leads on, leaves no quote
    open, and the line under it does not go on from it). A third line that is a
    complete headline too is then the subtitle."""
    labels = list(labels)
    columns = {
        ln.text.strip() for ln, label in zip(content, labels, strict=True) if label == "column"
    }
    for i in range(len(content) - 1):
        if labels[i] != "title-b" or labels[i + 1] != "title-i":
            continue
        if i and headline_role(labels[i - 1]) and content[i - 1].index == content[i].index - 1:
            continue  # not the stack's first line
        kicker, title = content[i].text, content[i + 1].text
        if content[i + 1].index != content[i].index + 1 or not _names_a_theme(
            kicker, title, columns
        ):
            continue
        if not _own_line(kicker, title, shape):
            continue
        labels[i], labels[i + 1] = "kicker-b", "title-b"
        k = i + 2
        if (
            k < len(content)
            and labels[k] == "title-i"
            and len(title) >= _SUBTITLED
            and _own_line(title, content[k].text, shape)
        ):
            labels[k] = "subtitle-b"
    return labels


def _names_a_theme(line: str, under: str, columns: set[str]) -> bool:
    """Does the line name a theme? A day's name over a line that opens with a verb is
    that line's subject instead (万宁冲浪节 / 吸引20国选手参赛)."""
    text = line.strip()
    if text.startswith(KICKER_VERBS) or text in columns:
        return True
    return (
        len(text) >= _KICKER_MIN
        and text.endswith(DAY_NAME_ENDINGS)
        and edge_flags(under)[0] not in ("v", "vd", "p", "d")
    )


def _own_line(line: str, under: str, shape: PageShape) -> bool:
    """Is `line` a headline element of its own over `under`, not its first part: it
    stops where a headline can (not on a verb, a preposition, a conjunction or a
    particle waiting for more, nor inside a word or a quote) and short of its column?"""
    if len(line) < _KICKER_MIN or len(under) < _TITLE_MIN or under.startswith(("—", "－")):
        return False
    if shape.narrow and shape.full(line):
        return False  # it fills its column: it may wrap
    if line[-1:] in "、，,：:；;—-" or line.count("“") > line.count("”"):
        return False
    return edge_flags(line)[1] not in _LEADS_ON and not crosses(line, under)


def a_lead_restating_its_headline_is_no_title(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A headline wider than its column, read as the kicker, over the lead's first line
    read as the title (兵团农业科学研究院发布新一代节水灌溉技术 / 兵团农业科学研究院日前发布
    新一代 / 智能节水灌溉技术，…): the "title" says half the headline again, is shorter
    than the line over it, and runs on into the text under it with no sentence ended.
    A kicker is a phrase of its own, shorter than its title and not said again by it;
    the line is the title and the text opens under it."""
    labels = list(labels)
    for i in range(len(content) - 2):
        if labels[i] != "kicker-b" or labels[i + 1] != "title-b":
            continue
        head, first, under = content[i], content[i + 1], content[i + 2]
        if not (
            first.index == head.index + 1
            and under.index == first.index + 1
            and labels[i + 2] in ("open", "body")
            and len(first.text) < len(head.text)
            and not ends_sentence(first.text)
            and pair_share(head.text, first.text) >= _RESTATED
        ):
            continue
        labels[i : i + 3] = ["title-b", "open", "body"]
    return labels


RULES = (a_theme_over_a_title_is_its_kicker, a_lead_restating_its_headline_is_no_title)


def a_fact_under_a_news_title_is_its_subtitle(content: list[Line], labels: list[str]) -> list[str]:
    """Two headlines read as a kicker over its title (滇湖水位上涨0.4米 / 环湖闸站24小时值守,
    江北高速公路全线贯通 / 通车后南屏至江渚车程缩短1小时) are a title and the figure that
    follows from it where the first is a whole piece of news, a thing and what it did
    and no call to act (守住…底线, 聚焦…, 抢抓晴好天气 open on a verb; 您上班 我带娃
    pairs phrases), and the second puts a figure on it: a kicker names a theme, not news.
    Of the held-out sets' two-line stacks that read so, the gold has 12 a title and its
    subtitle, 6 one title (never read as a kicker and title: left as they are) and 1 a
    kicker and its title."""
    labels = list(labels)
    for i in range(len(content) - 1):
        if labels[i] != "kicker-b" or labels[i + 1] != "title-b":
            continue
        if content[i + 1].index != content[i].index + 1 or content[i].level != content[i + 1].level:
            continue
        if i + 2 < len(labels) and headline_role(labels[i + 2]):
            continue  # a longer stack
        first, second = (unspaced(line.text.strip()) for line in content[i : i + 2])
        if (
            len(first) >= _SUBTITLED
            and len(second) >= _SUBTITLED
            and _A_FIGURE.search(second)
            and not edge_flags(first)[0].startswith("v")
            and not slogan_like(first)
            and not first.endswith(("—", "－", "：", ":"))  # 某某提醒—— leads into its title
            and has_verb(first)
        ):
            labels[i], labels[i + 1] = "title-b", "subtitle-b"
    return labels


# A figure: digits, a percentage, or a number in words with its measure (四成, 两万支).
_A_FIGURE = re.compile(
    r"\d|[%％]|[一二两三四五六七八九十百千万亿]+(?:成|倍|万|亿|个|台|支|户|所|家|项|公里|吨|人次)"
)
