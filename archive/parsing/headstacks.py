"""How a headline's lines divide into kicker (引题), title and subtitle.

A kicker printed over its title is a phrase of its own: a slogan or a series' name
(礼赞劳动者, 新春走基层), an occasion or a day (庆祝…丰收节, 3·15国际消费者权益日).
The model reads it as the title's first line where the title is short, and the
two are glued into one title. The other way round, a headline wider than its column
is read as a kicker over the lead's first line. `repairs.repair` applies this after its own rules on
headline stacks; tests in `tests/parsing/test_headstacks.py`.
"""

from __future__ import annotations

from .jiebautil import crosses, edge_flags
from .layout import Line, PageShape, ends_sentence
from .lexicon import DAY_NAME_ENDINGS, KICKER_VERBS
from .linemodel.labels import headline_role
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
