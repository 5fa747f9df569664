"""Pages whose headlines come after their own texts: put back in reading order.

A PDF's text may come out with each headline box after the column it heads:

    本报讯 10月20日，某区十二万亩制种玉米收获完成。
    制种玉米丰收在望
    “以前上医院要跑一百多里。”村民老董说，今年县里给卫生院配齐了CT。
    县域医疗补短板

Read line by line, every headline opens the text under it, so each article gets the
headline of the one above, and a headline the model takes for a subhead glues two
articles into one. Nothing in a line says which way the page runs; the page as a
whole does. A page runs text first when all of these hold:

- it opens with text, not a headline (after its furniture and a column name);
- it closes with a headline, with no text under it;
- its headlines and texts alternate, one text over each headline, two at least, and
  most of its articles have one under them;
- the headlines share more of their words with the text above them than with the
  text below (each headline names what its article says, and a lead says it first).

What is not a headline under a text is told apart on the way: a short line alone
between a headline and the next text is that text's column name and stays over it; a
headline of two or more lines over a text means the page runs the usual way; a block
of headlines with no text between them is headlines printed apart (orphans.py); a
headline-like line inside a text that names what follows more than what came before
is a section's subhead. The line model's labels are the evidence: a line it read as
text counts as a headline only where it is short, ends no sentence and stands under a
finished one, or where, with a blank line under it, it says again most of what the
text above it says (a headline as wide as its column, read as text wrapping on); one
it read as a column's name counts under a finished sentence, or under a closing credit
where it says again what the text over the credit says.

A page may also print some headlines over their texts and some under (a PDF's text
flow reads some boxes before their columns and some after). Where the whole page does
not run text first, each headline is read on its own (`_one_by_one`): a headline
(not a line taken for one by its width alone) with one title in it, under a text no
headline heads, moves over that text when it says what that text's lead says, twice
what the text under it says and half again what any other text on the page says (a
block of headlines printed apart says as much of several texts). A text begins at the
model's `open`, under anything not text, or at a lead's marker under a finished
sentence (…立行立改。/ 本报讯（记者 X）5月24日，…); another text's lead is read up
to where that text ends, and only the headline's own lines are weighed, not a credit
printed under them. A headline its text's bracketed credit follows (…23个。/
“河长+检察长”护河有力 / （通讯员 X）) closes that text, even with the next headline
right under the credit: it is no block of headlines printed apart, unlike a run of
one-line headlines under as many texts that each says one of them (a PDF printing a
column's headlines together under it): each heads the text it says. A headline under a
credit that closes a text some headline heads already may head a second text the PDF
ran on from the first: where a line opening as news under a finished sentence starts
what the headline says (…开幕活动。/ 昨日，记者从…获悉… / 本报记者 X / 黑土地…).

What is the page's, not an article's, is told apart first: its section's name over
the first text (要闻, 城事·热线) heads no one text; its number alone (A03), its day
alone (2024年11月19日, beside its weekday or not) and its foot (2024年3月5日 责任编辑
X) are furniture; a byline with the paper's lead marker (本报讯 本报记者 X) opens the
text under it and moves with that text, and a byline set off by a blank line under a
headline is not that headline's. A signed text's closing credit (□ X, （作者系某大学
教授 X）, (X Y）) ends it; the line right under it with a blank line under that is
the headline of the text it closes.

Such a page's lines are put in the order a page over its texts has: each headline
(with a byline printed under it, unless the text above signed itself at its end: a
text is not signed twice, and that byline opens the text under it) moved over the text
above it; a bracketed credit
stays where the text ends, which it closes. The line model then
labels the page again in that order, and everything after reads it as any page. The
lines keep their offsets in the page's text; only their order and indexes change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .bylines import parse_byline
from .credits import split_closing_credit
from .dates import PAPER_NAME, bare_date
from .itemstarts import finished, opens_as_news
from .layout import Line, PageShape, ends_sentence
from .leads import is_lead
from .lexicon import BYLINE_ROLE_WORDS, CJK
from .linemodel.labels import headline_role
from .orphans import pair_share
from .pagefoot import names_editors_only
from .pagefurniture import page_name_and_number

MAX_HEAD = 40  # a headline line the model labelled one is at most this long
MAX_UNLABELLED_HEAD = 30  # …and one it took for text
LEAD_SPAN = 400  # a text's first characters, where its lead says what the headline says
LEAD_LINES = 8  # …and its first lines, read for a headline that may be another text's
SAYS_AGAIN = 0.25  # share of a headline's character pairs its text says again
SECTION_NAME = 6  # a page's section name (要闻, 城市新闻) is this long at most
MAX_STACK = 4  # lines of one headline (kicker, two-line title, subtitle)
_TEXT_LABELS = ("open", "para", "body", "caption", "subhead")
_CJK_LETTER = re.compile(rf"[{CJK}]")


@dataclass(frozen=True)
class Segment:
    """A text and the headline printed under it, in content indexes: what stands over
    the text from `start` on stays over it; the text runs from `top` to `text_end` (the
    headline's `head`, unless the headline is one of a block printed under several
    texts: then `until`) and the headline, with a byline printed under it, from `head`
    to `end`."""

    start: int
    top: int
    head: int
    end: int
    until: int | None = None

    @property
    def text_end(self) -> int:
        return self.head if self.until is None else self.until


def text_first(lines: list[Line], labels: list[str], tag) -> tuple[list[Line], list[str]] | None:
    """The page's lines with each headline over its own text, and their labels by
    `tag` (the line model), when the page prints its headlines after their texts (see
    the module's docstring); else None. The lines the order was read from keep their
    part: a headline line stays a headline line, and the text under it opens an article
    (the model, reading a head over a lead that opens on a scene, may take them for a
    section's subhead and its paragraph)."""
    content = [ln for ln in lines if not ln.blank]
    shape = PageShape.of(lines)
    kinds = _kinds(content, labels, shape)
    segments = _whole_page(content, labels, kinds) or _one_by_one(content, labels, kinds, shape)
    if not segments:
        return None
    units = [(content[seg.top : seg.text_end], content[seg.head : seg.end]) for seg in segments]
    heads = {
        (content[j].start, content[j].end)
        for seg in segments
        for j in range(seg.head, seg.end)
        if kinds[j] == "head"
    }
    opens = {(text[0].start, text[0].end) for text, _ in units}
    foot = {
        (ln.start, ln.end) for ln, kind in zip(content, kinds, strict=True) if kind == "furniture"
    }
    ordered = _reordered(lines, content, segments, kinds)
    new = tag(ordered)
    placed = [ln for ln in ordered if not ln.blank]
    for i, line in enumerate(placed):
        span = (line.start, line.end)
        if span in heads and not headline_role(new[i]):
            above = (placed[i - 1].start, placed[i - 1].end) if i else None
            new[i] = "title-i" if above in heads else "title-b"
        elif span in opens and new[i] in ("para", "body", "subhead", "caption"):
            new[i] = "open"
        elif span in foot and new[i] in _TEXT_LABELS:
            new[i] = "furniture"  # the page's number or foot, now under a text
    return ordered, new


def _whole_page(content: list[Line], labels: list[str], kinds: list[str]):
    """The segments of a page that prints every headline under its text, else None."""
    segments = _segments(content, labels, kinds)
    if segments is None:
        return None
    units = [
        (_last_lead(content, labels, seg.top, seg.text_end), content[seg.head : seg.end])
        for seg in segments
    ]
    leads = sum(label == "open" for label in labels)
    if len(units) < 2 or 2 * len(units) < leads or not _heads_close_their_texts(units):
        # One headline under texts is as often a block of headlines printed apart, and
        # a page where most articles have none under them is not of this kind.
        return None
    return segments


def _one_by_one(content: list[Line], labels: list[str], kinds: list[str], shape: PageShape):
    """The segments of the headlines that close the text above them on a page that
    prints others over their texts: a headline under a text no headline heads, that
    says what that text's lead says (SAYS_AGAIN), twice as much as the text under it
    says and half again as much as any other text's lead. A text with a headline right
    over it (that stayed there) is headed already: each text takes one headline."""
    segments: list[Segment] = []
    start = prev_end = 0
    first = _page_section(content, labels, kinds)
    if (
        first
        and len(content[first - 1].text.strip()) <= SECTION_NAME
        and not _a_title_like_the_others(content, labels, kinds, first - 1)
    ):
        prev_end = first  # 要闻 over the first text names the page, not that text
    moved = False
    runs = _head_runs(content, kinds, prev_end)
    leads = _text_starts(content, labels, kinds, 0, len(kinds))
    for k, (head, end) in enumerate(runs):
        lead = own = _lead_index(content, labels, kinds, prev_end, head)
        while lead is not None and lead > prev_end and _signs_from_above(content, kinds, lead):
            lead -= 1  # 本报记者 X over the text moves with it, under its headline
        headed = k > 0 and not moved and lead is not None
        headed = headed and all(x in ("byline", "furniture") for x in kinds[prev_end:lead])
        moved = False
        under_a_column = head > 0 and labels[head - 1] == "column"  # 海风副刊 / 码头之夜
        nxt = runs[k + 1][0] if k + 1 < len(runs) else len(content)
        later = headed and _a_second_text(content, kinds, lead, head, end)
        if later and _says_its_text(content, labels, kinds, leads, (later, later, head, end, nxt)):
            segments.append(Segment(start, later, head, end))  # …开幕活动。/ 昨日，记者从…
            start, moved, prev_end = end, True, end
            continue
        if (
            lead is None
            or headed
            or under_a_column
            or _wraps_on(content, labels, kinds, head, end, shape)
        ):
            prev_end = end
            continue
        if not _one_stack(labels, head, end):  # a block of headlines printed together
            prev_end = end
            continue
        if (
            k + 1 < len(runs)
            and "text" not in kinds[end:nxt]
            and not _closes(content, kinds, runs, k)
        ):
            prev_end = end
            continue  # one of a block of headlines printed apart (orphans.py pairs them)
        if _says_its_text(content, labels, kinds, leads, (lead, own, head, end, nxt)):
            segments.append(Segment(start, lead, head, end))
            start, moved = end, True
        prev_end = end
    return segments


def _a_title_like_the_others(content, labels, kinds, j: int) -> bool:
    """Is line j, over the page's first text, a title as the page's others are: read as
    one, right over its text, and another one-line title right over a text further on
    (a photo page's 年味渐浓 / caption / 记者 X 摄 / 热热闹闹迎新春 / caption)? Then it heads
    that text, no section's name."""

    def over_a_text(k: int) -> bool:
        return (
            labels[k] == "title-b"
            and k + 1 < len(kinds)
            and kinds[k + 1] == "text"
            and content[k + 1].index == content[k].index + 1
            and (k == 0 or kinds[k - 1] != "head" or content[k - 1].index < content[k].index - 1)
        )

    return over_a_text(j) and any(over_a_text(k) for k in range(j + 2, len(kinds)))


def _a_second_text(content: list[Line], kinds: list[str], lead: int, head: int, end: int):
    """Where a second text begins inside a headed text that a headline closes from
    under its credit (冰雪旅游季… / 本报讯…开幕活动。/ 昨日，记者从…获悉… / 本报记者 X /
    黑土地…面积突破两千万亩): the last line opening as news does under a finished
    sentence, where from it on the text says twice what the text over it says of the
    headline (whether it says enough, `_says_its_text` weighs). A PDF's flow ran the
    second text on from the first; an article's own paragraphs say no headline of
    their own under their credit."""
    if kinds[head - 1] != "byline":
        return None
    said = [content[j] for j in range(head, end) if kinds[j] == "head"]
    for j in range(head - 2, lead, -1):
        if kinds[j] != "text" or kinds[j - 1] != "text" or not ends_sentence(content[j - 1].text):
            continue
        if not (opens_as_news(content[j].text) or is_lead(content[j].text)):
            continue
        return j if _overlap(said, content[j:head]) > 2 * _overlap(said, content[lead:j]) else None
    return None


def _says_its_text(content, labels, kinds, leads, where) -> bool:
    """Does the run at head…end say what the text from `top` says (SAYS_AGAIN), twice
    what the text under it up to `nxt` says and half again what any other text's lead
    says (the text at `own` aside, and texts under a headline of the model's)? Not where
    one of its lines says more of another text than of this one: a block of headlines
    printed apart says as much of several texts."""
    top, own, head, end, nxt = where
    said = [content[j] for j in range(head, end) if kinds[j] == "head"]  # no byline
    others = [
        content[j : _lead_end(kinds, leads, j)]
        for j in leads
        if j != own and not _headed_by_the_model(labels, kinds, j)
    ]
    if any(
        max((_overlap([line], other) for other in others), default=0.0)
        > max(SAYS_AGAIN, _overlap([line], content[top:head]))
        for line in said
    ):
        return False
    above = _overlap(said, content[top:head])
    below = _overlap(said, content[end:nxt])
    elsewhere = max((_overlap(said, other) for other in others), default=0.0)
    return above >= SAYS_AGAIN and above > 2 * below and above > 1.5 * elsewhere


def _headed_by_the_model(labels: list[str], kinds: list[str], j: int) -> bool:
    """Does the text at j stand under a headline the model read as one (冬日暖阳照 产业
    正当时 / 本报评论员 / 一年之计…)? A commentary that says again what the news above
    it says is headed already: it takes no other headline."""
    k = j - 1
    while k >= 0 and kinds[k] == "byline":
        k -= 1
    return k >= 0 and kinds[k] == "head" and labels[k].startswith("title")


def _closes(content: list[Line], kinds: list[str], runs, k: int) -> bool:
    """Does run k close the text above it though the next run follows with no text
    between: its text's closing byline under it (…23个。/ 头条 / （通讯员 X）), or a
    blank line under it and text under the next run (头条 / / 次条 / 次条的文字…)? A
    block of headlines printed apart runs on, line after line, with no text under."""
    end = runs[k][1]
    head2, end2 = runs[k + 1]
    if kinds[end - 1] == "byline":
        return True
    apart = content[head2].index > content[end - 1].index + 1
    return apart and end2 < len(kinds) and kinds[end2] == "text"


def _lead_end(kinds: list[str], leads: list[int], j: int) -> int:
    """Where the lead at j stops: LEAD_LINES on, or sooner where its text does (a
    one-sentence item's lead is not the next item's)."""
    end = j + 1
    while end < min(len(kinds), j + LEAD_LINES) and kinds[end] == "text" and end not in leads:
        end += 1
    return end


def _wraps_on(content, labels, kinds, head, end, shape: PageShape) -> bool:
    """Is the run's first line one the model read as a paragraph wrapping on (taken for
    a headline only by its width)? One headline at a time, that is too little to move
    it on: a narrow column's paragraph may stop short too."""
    j = head
    above = content[j - 1].text if j else ""
    prev = kinds[j - 1] if j else None
    nxt = labels[j + 1] if j + 1 < len(labels) else None
    label = "title-b" if labels[j] == "column" else labels[j]  # a headline read as a column
    if _says_the_text_above_again(content, kinds, j):
        return False  # taken for a headline by what it says, not by its width
    if end - head > 1 and shape.stops_short(content[j].text) and "，" not in content[j].text:
        return False  # a line that stops short wraps into nothing: two head lines
    return not _headish(content[j].text, label, nxt, prev, above)


def _lead_index(content, labels, kinds, start, head) -> int | None:
    """Where the last text between `start` and `head` begins; None if there is none."""
    starts = _text_starts(content, labels, kinds, start, head)
    return starts[-1] if starts else None


def _last_open(labels, kinds, start, head) -> int | None:
    """The model's last `open` between `start` and `head`, else where text first
    stands there: a whole page's texts run on past a subhead under their lead."""
    texts = [j for j in range(start, head) if kinds[j] == "text"]
    opens = [j for j in texts if labels[j] == "open"]
    return opens[-1] if opens else (texts[0] if texts else None)


def _text_starts(content, labels, kinds, start, end) -> list[int]:
    """Lines between `start` and `end` that begin a text: the model's `open`, text
    under anything that is not text (a byline, a headline, furniture), or a lead's
    marker under a finished sentence or a closing credit (…立行立改。/ 本报讯（记者 X）
    5月24日，…)."""
    return [
        j
        for j in range(start, end)
        if kinds[j] == "text"
        and (
            labels[j] == "open"
            or j == start
            or (kinds[j - 1] != "text" and not _runs_on_past_furniture(content, kinds, j))
            or (is_lead(content[j].text) and _ends_its_text(content[j - 1].text))
        )
    ]


def _ends_its_text(text: str) -> bool:
    """Does the line end a sentence, or a text with its bracketed credit (…四百余名。（格桑））?"""
    return ends_sentence(split_closing_credit(text)[0])


def _runs_on_past_furniture(content, kinds, j) -> bool:
    """Does text line j carry on a sentence a running head cut (…四百余万亩， / 晋阳日报 /
    要闻 / 占小麦播种面积的七成以上。)?"""
    k = j - 1
    while k >= 0 and kinds[k] == "furniture":
        k -= 1
    return k < j - 1 and k >= 0 and kinds[k] == "text" and not ends_sentence(content[k].text)


def _kinds(content: list[Line], labels: list[str], shape: PageShape) -> list[str]:
    """'head', 'byline', 'text' or 'furniture' for each content line."""
    kinds: list[str] = []
    wrapped = _wrapped_heads_said_above(content, labels)
    for i, (line, label) in enumerate(zip(content, labels, strict=True)):
        nxt = labels[i + 1] if i + 1 < len(labels) else None
        prev = kinds[-1] if kinds else None
        above = content[i - 1].text if i else ""
        if label == "column" and prev == "byline" and _said_above(content, kinds, i, i - 1):
            kinds.append("head")  # …创建活动。/ （记者 X）/ “某某”创建活动启动: its headline
        elif label == "column" and prev == "text" and ends_sentence(above):
            # Under a finished sentence a short line may be the headline the model took
            # for the next item's column name.
            kinds.append(
                "head" if _headish(line.text, "title-b", nxt, prev, above) else "furniture"
            )
        elif label in ("furniture", "column"):
            kinds.append("furniture")
        elif label.startswith("byline") or (
            label in _TEXT_LABELS and (_credits(line) or _byline_alone(line.text))
        ):
            kinds.append("byline")  # （作者系某大学教授 X） signs the text above as one does
        elif (
            _headish(line.text, label, _under_a_signature(content, i, prev, nxt), prev, above)
            or _short_of_its_column(line.text, label, nxt, above, shape)
            or _says_the_text_above_again(content, kinds, i)
            or i in wrapped
        ):
            kinds.append("head")
        else:
            kinds.append("text")
        if kinds[-1] in ("head", "text") and _furniture(line.text):
            kinds[-1] = "furniture"
    return kinds


def _under_a_signature(content: list[Line], i: int, prev: str | None, nxt: str | None):
    """The label of the line under line i as far as it goes on from line i: none where
    line i stands alone between a closing byline and a blank line (…。/ □ X / 某某要下好
    “先手棋” / / 一些…): the next text does not wrap from a line under a signature."""
    if prev == "byline" and i + 1 < len(content) and content[i + 1].index > content[i].index + 1:
        return None
    return nxt


def _says_the_text_above_again(content: list[Line], kinds: list[str], i: int) -> bool:
    """A line read as text that wraps on over a blank line, under a finished sentence,
    with no comma in it, that says again most of what the text above it says
    (…签署产学研合作框架协议。/ 我校与某经开区签署产学研合作协议 / / “这是…): the
    headline of that text, nearly as wide as its column."""
    if not i or kinds[i - 1] != "text" or not ends_sentence(content[i - 1].text):
        return False
    if i + 1 >= len(content) or content[i + 1].index == content[i].index + 1:
        return False  # no blank line under it: the paragraph goes on
    return _said_above(content, kinds, i, i)


def _wrapped_heads_said_above(content: list[Line], labels: list[str]) -> set[int]:
    """Lines read as text, two or three running together under a finished sentence with a
    blank line under the last, no sentence mark in them, that together say again most of
    what the text above them says (…促进法。/ 县委中心组专题 / 学习乡村振兴促 / 进法 / /
    本报讯…): a headline wrapped over a narrow column, under its text."""
    found: set[int] = set()
    for i in range(1, len(content) - 1):
        if labels[i - 1] not in _TEXT_LABELS or not ends_sentence(content[i - 1].text):
            continue
        j = i
        while j + 1 < len(content) and content[j + 1].index == content[j].index + 1:
            j += 1
        if not 1 <= j - i <= 2 or j + 1 >= len(content):
            continue  # (the page's last lines: no blank line said they end)
        run = content[i : j + 1]
        if any(labels[k] not in _TEXT_LABELS for k in range(i, j + 1)):
            continue
        if any(_SENTENCE_MARKS.search(line.text) for line in run):
            continue
        said = _text_above(content, [lab in _TEXT_LABELS for lab in labels], i)
        if pair_share("".join(ln.text.strip() for ln in run), said) >= _SAYS_MOST:
            found.update(range(i, j + 1))
    return found


def _text_above(content: list[Line], is_text: list[bool], below: int) -> str:
    """The text ending right over line `below`: its last lines, up to LEAD_LINES."""
    top = below - 1
    while top > 0 and is_text[top - 1] and below - top < LEAD_LINES:
        top -= 1
    return "".join(ln.text for ln in content[top:below])


def _said_above(content: list[Line], kinds: list[str], i: int, below: int) -> bool:
    """Does line i, short and with no sentence mark, say again most of what the text
    ending right over line `below` says (the text's last lines, up to LEAD_LINES)?"""
    text = content[i].text.strip()
    if len(text) > MAX_UNLABELLED_HEAD or _SENTENCE_MARKS.search(text):
        return False
    if not below or kinds[below - 1] != "text":
        return False
    said = _text_above(content, [kind == "text" for kind in kinds], below)
    return pair_share(text, said) >= _SAYS_MOST


_SENTENCE_MARKS = re.compile(r"[，,。；;！？!?：:]")
_SAYS_MOST = 0.5  # of a headline's character pairs the text above says again


def _furniture(text: str) -> bool:
    """The page's foot (编辑 X 校对 Y, its day before it or not), a running head (第2版
    要闻, 河西日报·经济, the paper's name alone between two columns), the page's number
    alone (A03, - 5 -), the day alone (2024年11月19日) or a line of the front page's
    index (▶某某亮相进博会 05版) is no headline and no text."""
    text = text.strip()
    if len(text) > MAX_HEAD:
        return False  # furniture is short; a line of text need not be read for it
    if _STAFF_WORD.search(text):  # (the byline grammar is read only where it may help)
        dated = _DAY_FIRST.match(text)
        rest = text[dated.end() :] if dated else text
        if rest and names_editors_only(rest):
            return True
    return (
        page_name_and_number(text)
        or _PAGE_NUMBER.fullmatch(text) is not None
        or PAPER_NAME.fullmatch(re.split(r"\s*[·•]\s*", text)[0]) is not None
        or bare_date(text) is not None
        or _TEASER.fullmatch(text) is not None
        or (len(text) <= 20 and _ISSUE_FIELDS.search(text) is not None)
    )


# A front page's index of the day's pages (▶“某某礼物”亮相进博会 05版): what is inside,
# and on which page.
_TEASER = re.compile(r".{2,40}?\s+(?:第\s*)?[A-Z]?\d{1,2}\s*版")
# The issue's fields on a line of their own (今日12版 第25871号, 总第3021期).
_ISSUE_FIELDS = re.compile(r"(?:今日|本期|共)\s*\d{1,3}\s*版|第\s*\d{3,6}\s*[号期]")
# An editor's role word: the byline grammar credits the page's staff by one of them.
_STAFF_WORD = re.compile("|".join(BYLINE_ROLE_WORDS["editor"].split()))
_DAY_FIRST = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
_PAGE_NUMBER = re.compile(r"[A-Z]?\d{1,2}\s*版?|第\s*\d{1,2}\s*版|[-—]\s*\d{1,2}\s*[-—]")


def _headish(text: str, label: str, nxt: str | None, prev: str | None, above: str) -> bool:
    """Could this line be (part of) a headline, whatever the model took it for?"""
    text = text.strip()
    if not _CJK_LETTER.search(text) or ends_sentence(text) or "。" in text:
        return False  # a headline has words (- 3 - is a page's number)
    if text.startswith(("（", "(")) and text.endswith(("）", ")")):
        return False  # （作者系某法院法官）: a note on the text above
    if headline_role(label):
        return len(text) <= MAX_HEAD
    if label not in _TEXT_LABELS or nxt == "body" or len(text) > MAX_UNLABELLED_HEAD:
        return False  # a line the paragraph under it wraps from is the paragraph's
    if "，" in text or "," in text:
        return False
    # A headline stands under a finished sentence (…能力。（通讯员 X）: its credit
    # after it), a closing byline or another head line.
    return prev == "head" or prev == "byline" or finished(above)


def _short_of_its_column(text: str, label: str, nxt, above: str, shape: PageShape) -> bool:
    """A line the model read as a paragraph's first, wrapping on, that stops well short
    of its narrow column under a finished sentence: a paragraph's first line fills the
    column (less an indent OCR dropped), a headline's need not."""
    if not shape.narrow or label not in ("para", "subhead") or nxt != "body":
        return False
    if ends_sentence(text) or "，" in text or "。" in text or not ends_sentence(above):
        return False
    return shape.stops_short(text)


def _segments(
    content: list[Line], labels: list[str], kinds: list[str]
) -> list[tuple[int, int, int, int]] | None:
    """(start, text start, headline start, end) in content indexes, one for each text
    with its headline under it, when the page opens with text and closes with a
    headline; else None. What stands over a text and after the headline above it
    (furniture, a column name, a rubric) stays over it, between `start` and `text
    start`; a byline under a headline goes with the headline.

    A run of headline-like lines under text is the headline of the text above when the
    text under it opens an article (the model's `open`, or the run is one the model
    read as a headline) or when it says what the text above says more than what the
    text under it does; else it is a section's subhead and stays in its text."""
    n = len(kinds)
    first = _page_section(content, labels, kinds)
    while first < n and kinds[first] == "byline":
        first += 1  # 本报评论员 over the first text: it stays there
    if first == n or kinds[first] != "text":
        return None  # the page opens with a headline (or a byline over one)
    runs = _head_runs(content, kinds, first)
    if not runs or any(k not in ("byline", "furniture") for k in kinds[runs[-1][1] :]):
        return None  # text under the page's last headline
    segments: list[Segment] = []
    start = 0
    for k, (head, end) in enumerate(runs):
        last = k + 1 == len(runs)
        after = next((j for j in range(end, n) if kinds[j] == "text"), None)
        if not last and after is None:
            return None  # headlines gathered at the page's end, not one under each text
        top = _last_open(labels, kinds, start, head)
        while top is not None and top > start and _signs_from_above(content, kinds, top):
            top -= 1  # 本报讯 本报记者 X over the text moves with it
        while top is not None and top > start and _opens_its_text(content, kinds, top):
            top -= 1  # (…。（记者 X） / 标题 / □ Y / 评论…: Y signs the text under it)
        if top is None:
            if last or not _names_a_column(content, labels, head, end):
                return None  # a headline over its text: the page runs the usual way
            continue  # a column name or rubric over the next text: stays there
        nxt = next((h for h, _ in runs[k + 1 :] if after is not None and h > after), n)
        if not (last or _closes_above(content, labels, start, head, end, after, nxt)):
            continue
        if block := _a_block_over_its_texts(content, labels, kinds, start, head, end):
            segments += block  # 青稞… / 博物馆… / 青稞长势喜人 / 博物馆迎来参观高峰
            start = end
            continue
        if not _one_stack(labels, head, end):
            return None  # headlines gathered in one place, not one under each text
        segments.append(Segment(start, top, head, end))
        start = end
    return segments


def _a_block_over_its_texts(content, labels, kinds, start, head, end) -> list[Segment] | None:
    """A run of one-line headlines under as many texts, each saying what one of the
    texts says (SAYS_AGAIN) and more than any other of them says, no two the same text
    (…丰收。/ 本报记者 X / 本报讯 6月27日，记者在博物馆… / （通讯员 Y） / 青稞长势喜人 /
    博物馆迎来参观高峰): a PDF printed the headlines of a column's texts together under
    them, in any order. Each heads the text it says."""
    heads = list(range(head, end))
    if len(heads) < 2 or any(kinds[j] != "head" for j in heads):
        return None
    tops = _text_starts(content, labels, kinds, start, head)
    if len(tops) != len(heads):
        return None
    bounds = [*tops[1:], head]
    texts = [content[a:b] for a, b in zip(tops, bounds, strict=True)]
    owner: dict[int, int] = {}  # text → the headline that says it
    for j in heads:
        shares = [_overlap([content[j]], text) for text in texts]
        best = max(range(len(texts)), key=shares.__getitem__)
        if shares[best] < SAYS_AGAIN or sorted(shares)[-2] >= shares[best] or best in owner:
            return None
        owner[best] = j
    return [
        Segment(start if k == 0 else tops[k], tops[k], owner[k], owner[k] + 1, bounds[k])
        for k in range(len(texts))
    ]


def _page_section(content, labels, kinds) -> int:
    """Where the page's articles begin: after its furniture and the page's section name
    over them (乡村振兴, A03 / 要闻), or a date line OCR spaced out; that name heads
    no one text."""
    n = len(kinds)
    first = next((i for i in range(n) if kinds[i] != "furniture"), n)
    if (
        first + 1 < n
        and kinds[first] == "head"
        and _names_a_column(content, labels, first, first + 1)
    ):
        first += 1
    return first


def _head_runs(content, kinds, first) -> list[tuple[int, int]]:
    """(start, end) of each run of headline-like lines after `first` (lines printed
    together, with no blank line between), with the bylines under it."""
    runs: list[tuple[int, int]] = []
    i = first
    n = len(kinds)
    while i < n:
        if kinds[i] != "head":
            i += 1
            continue
        head = i
        i += 1
        while i < n and kinds[i] == "head" and content[i].index == content[i - 1].index + 1:
            i += 1  # a blank line parts two runs
        signed = head > first and _signed_at_its_end(content[head - 1], kinds[head - 1])
        while (
            i < n
            and kinds[i] == "byline"
            and content[i].index == content[i - 1].index + 1
            and not _opens_a_text(content[i])
            and not (signed and not names_editors_only(content[i].text))  # 责编 X: the page's
        ):
            i += 1  # its byline, right under it
        runs.append((head, i))
    return runs


def _signed_at_its_end(line: Line, kind: str) -> bool:
    """Does the text over a headline close on its own credit (…开工。（记者 X）, a
    bracketed credit's line)? Then a byline under that headline is the next text's
    (…开工 / □ X / 一篇署名评论…): a text is not signed twice."""
    if kind == "byline":
        return _credits(line)
    return kind == "text" and bool(split_closing_credit(line.text.strip())[1])


def _signs_from_above(content: list[Line], kinds: list[str], j: int) -> bool:
    """Is the line over line j a byline that opens the text j begins, right over it with
    the paper's lead marker (本报讯 本报记者 X)? A byline with none, under a headline
    printed under its text (价格趋稳 / 本报记者 X / 本报讯 4月2日，…), is that
    headline's."""
    k = j - 1
    return (
        kinds[k] == "byline"
        and content[j].index == content[k].index + 1
        and _opens_a_text(content[k])
    )


def _opens_its_text(content: list[Line], kinds: list[str], j: int) -> bool:
    """Is the line over line j a byline, no credit in brackets, under a text that
    signed itself at its end (or under that text's headline, printed after it)? A text
    is not signed twice: the byline opens the text j begins and moves with it, under
    that text's headline (…开工。（记者 X） / 某某开工 / □ Y / 一篇署名评论…)."""
    k = j - 1
    if k < 1 or kinds[k] != "byline" or _credits(content[k]):
        return False
    above = k - 1
    while above > 0 and kinds[above] == "head":
        above -= 1
    return _signed_at_its_end(content[above], kinds[above])


def _byline_alone(text: str) -> bool:
    """彩云都市报记者 X: a line the byline grammar reads whole, that the model took for
    text, under the text it closes."""
    text = text.strip()
    return len(text) <= MAX_UNLABELLED_HEAD and not ends_sentence(text) and bool(parse_byline(text))


def _opens_a_text(line: Line) -> bool:
    """Is a byline the text's opening (本报讯 本报记者 X: the paper's lead marker before
    it), which stays with the text under it, not with the headline over it? A
    bracketed credit (（通讯员 X）) closes the text above instead."""
    text = line.text.strip()
    return is_lead(text) and not text.startswith(("（", "("))


def _closes_above(content, labels, start, head, end, after, nxt) -> bool:
    """Does the run content[head:end] end the article above (see _segments)? The text
    under it starts at `after` and runs to `nxt`."""
    if labels[after] == "open" or any(headline_role(labels[j]) for j in range(head, end)):
        return True
    run = content[head:end]
    above = _overlap(run, _last_lead(content, labels, start, head))
    return above >= SAYS_AGAIN and above > _overlap(run, content[after:nxt])


def _names_a_column(content, labels, head, end) -> bool:
    """Is the run one line alone, as a column name or a rubric is (a headline over its
    text on a page that runs the usual way has two or more, or a byline)?"""
    return end == head + 1 and len(content[head].text.strip()) <= MAX_HEAD // 2


def _last_lead(content, labels, start, head) -> list[Line]:
    """The text above a headline from its last article's lead: a run the model took for
    a subhead may have left two articles in one text."""
    opens = [j for j in range(start, head) if labels[j] == "open"]
    return content[opens[-1] if opens else start : head]


def _one_stack(labels, head, end) -> bool:
    """Is a run one headline: a few lines with one title in them?"""
    titles = sum(label == "title-b" for label in labels[head:end])
    return end - head <= MAX_STACK and titles <= 1


def _overlap(head: list[Line], text: list[Line]) -> float:
    """How much of a headline the first characters of a text say again."""
    body = "".join(ln.text for ln in text)[:LEAD_SPAN]
    return pair_share("".join(ln.text for ln in head), body)


def _heads_close_their_texts(units: list[tuple[list[Line], list[Line]]]) -> bool:
    """Do the headlines say what the text above them says, more than the text below?"""
    above = [_overlap(head, text) for text, head in units]
    below = [_overlap(head, units[k + 1][0]) for k, (_, head) in enumerate(units[:-1])]
    wins = sum(a > b for a, b in zip(above, below, strict=False))
    losses = sum(b > a for a, b in zip(above, below, strict=False))
    return sum(above) > 1.5 * sum(below) and wins > losses and sum(above) > 0


def _credits(line: Line) -> bool:
    """Is the line a bracketed credit (（通讯员 X）), the way a text is signed at its
    end? A byline with no brackets (本报记者 X 通讯员 Y) is printed under its headline."""
    text = line.text.strip()
    if not text.startswith(("（", "(")):
        return False
    rest, credits = split_closing_credit(text)
    return bool(parse_byline(text)) or (not rest and bool(credits))  # (苗青）: names alone


def _reordered(lines: list[Line], content: list[Line], segments, kinds: list[str]) -> list[Line]:
    """The page's lines with each segment's headline over its text; blank lines stay
    with the line above them, and blank lines part each headline from the texts round
    it, as they do on most pages printed in that order. A bracketed credit printed
    under the headline stays where the text ends: it closes that text, as it did, and
    the next text does not run on from this one."""
    after: dict[int, list[Line]] = {}  # content index → the blank lines under it
    out: list[Line] = []
    k = -1
    for line in lines:
        if not line.blank:
            k += 1
        elif k < 0:
            out.append(line)
        else:
            after.setdefault(k, []).append(line)

    def run(a: int, b: int) -> list[Line]:
        return [x for j in range(a, b) for x in [content[j], *after.get(j, [])]]

    for seg in segments:
        start, top, head, stop = seg.start, seg.top, seg.head, seg.end
        last = content[stop - 1]
        out += run(start, top)  # furniture or a column name over the text stays over it
        if out and not out[-1].blank:
            out.append(Line(0, out[-1].end, out[-1].end, ""))
        closing = {j for j in range(head, stop) if kinds[j] == "byline" and _credits(content[j])}
        out += [content[j] for j in range(head, stop) if j not in closing]
        out.append(Line(0, last.end, last.end, ""))
        out += run(top, seg.text_end)
        out += [content[j] for j in sorted(closing)]
        out += after.get(stop - 1, [])
    out += run(max(seg.end for seg in segments), len(content))
    return [replace(line, index=i) for i, line in enumerate(out)]
