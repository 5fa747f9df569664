"""Where an item starts: headlines the line-role model read as text.

The model learned its pages from one renderer; pages from other papers print their
items in forms it never drew (an e-paper's items copied one after the other, a PDF
dump's narrow columns, items under a website's fields). Each rule here says where a
headline stands over its text by a fact of how any paper prints, not by what a page
says: a paragraph does not stop short of its column mid-sentence, a lead restates its
headline, a byline stands under its headline. `repairs.repair` applies them (the
headline over a lead marker in its first pass, the rest after its own rules); each has
a test in `tests/parsing` that fails without it.
"""

from __future__ import annotations

import re

from . import orphans
from .credits import (
    bare_names,
    in_brackets,
    is_lead,
    names_a_role,
    parse_byline,
    split_closing_credit,
    split_trailing_byline,
    unnamed_signature,
)
from .headlines import continues_headline, looks_like_column
from .layout import NARROW_MAX, Line, PageShape, display_width, ends_sentence
from .leads import marker_alone
from .lexicon import (
    LETTER_ADDRESSEE,
    NOTE_WRITERS,
    NOTICE_ENDINGS,
    RUBRIC_MARKS,
    is_editors_note,
    opens_with_mark,
)
from .linemodel.labels import TEXT_LABELS, headline_role
from .metadata import opens_with_a_field, read_fields
from .normalise import CJK_GAP, join_cjk
from .runons import a_headline_line_that_stops_midway_opens_its_text

_ACROSS_COLUMNS = 1.2  # a narrow column's lines run at most this far past its median width


def finished(text: str) -> bool:
    """Does a line end its paragraph: a sentence, or a sentence and the credit printed
    after it (…发展。记者 王赛华, …两千余册。（刘洋 陈晨））?"""
    return (
        ends_sentence(text)
        or bool(split_trailing_byline(text)[1])
        or bool(split_closing_credit(text)[1])
    )


def headline_over_a_lead(content: list[Line], labels: list[str], i: int, shape: PageShape) -> bool:
    """Is the line over a lead marker (城区新增公共停车泊位2000个 / 本报讯 记者林雨报道：…)
    a headline the model read as text: short of its column or wider than a narrow
    column holds, ending no sentence, under finished text or no text at all? No
    paragraph stops short of its column mid-sentence, and none runs into a lead marker."""
    prev = content[i - 1].text
    # A section's subhead is followed by more of its article, never by a lead marker.
    if labels[i - 1] not in ("para", "body", "subhead") or not headline_like(prev):
        return False
    if shape.full(prev) and not _wider_than_its_column(prev, shape):
        return False
    if is_lead(prev):
        return False  # 本报北京5月6日电 / （记者X）…: one lead over two lines
    k = i - 2
    return k < 0 or labels[k] not in TEXT_LABELS or finished(content[k].text)


def _wider_than_its_column(text: str, shape: PageShape) -> bool:
    """Is a line in narrow columns wider than any line its column holds (南岭至北湖旅游
    专线增开周末班次 in a ten-wide column)? Digits and punctuation make a full line a
    character or two longer than the median; a headline set across columns is longer
    still."""
    return shape.narrow and display_width(text) > _ACROSS_COLUMNS * shape.width


def kicker_over_a_headline_over_a_lead(
    content: list[Line], labels: list[str], i: int, shape: PageShape
) -> bool:
    """Is the line over lead i's headline line (i - 1) its kicker (稳岗扩就业 / 市人社局
    “春风行动”提前启动 / 本报讯（记者 X）…): short, no sentence, under finished text?
    No paragraph stops short twice and runs into a lead marker."""
    if i < 2 or not headline_over_a_lead(content, labels, i - 1, shape):
        return False
    return headline_like(content[i - 1].text) and not shape.full(content[i - 1].text)


def blank_lines_part_articles(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """Where a page prints its paragraphs one under the other and leaves a blank line
    only between items (an e-paper's articles copied one after the other), a short
    line that ends no sentence, first after a blank line (or under a byline there),
    over a longer line of text, is the next article's headline: 老街夜市重新开张 over
    3月9日晚，… . Only after a finished sentence or a byline: a headline's own lines
    read as text stay where the model put them. Only on one-paragraph-a-line pages
    whose lines mostly touch (three at least): in narrow columns a blank line is a
    column break, and where every paragraph has a blank line under it one tells
    nothing. The development pages print few such pages (nothing changed there); a
    paper's pages copied from its e-paper are mostly so.
    """
    if shape.narrow:
        return labels
    gaps = [b.index - a.index - 1 for a, b in zip(content, content[1:], strict=False)]
    touching = sum(g == 0 for g in gaps)
    if touching < 3 or touching <= len(gaps) - touching:
        return labels
    labels = list(labels)
    for start in range(1, len(content) - 1):
        if gaps[start - 1] == 0:
            continue
        if labels[start - 1] in TEXT_LABELS:
            if not finished(content[start - 1].text):
                continue  # a sentence runs on across the blank line
        elif labels[start - 1] != "byline":
            continue
        i = start + 1 if labels[start] in ("byline", "byline-next") else start
        if i + 1 >= len(content) or gaps[i] or gaps[start]:
            continue
        if labels[i] not in ("subhead", "para", "open", "body") or labels[i + 1] not in (
            "para",
            "body",
            "open",
        ):
            continue
        if _as_wide_as_the_text_above(content, labels, gaps, start - 1, content[i].text):
            continue  # a wrapped column's paragraph, its first line as wide as the column
        if headline_like(content[i].text) and len(content[i + 1].text) > len(content[i].text):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


def _as_wide_as_the_text_above(content, labels, gaps, end: int, text: str) -> bool:
    """Does the text block ending at line `end` wrap its sentences at a width (a line
    of it ends mid-sentence) that `text` fills, but for a letter? Then `text` is that
    column's line, a paragraph's first (小时候，麦黄时节是一年里最 / 忙的日子。…), not a
    headline: a page whose other articles print one paragraph a line (a notice under
    a narrow essay) looks like an e-paper's, but this column is not one."""
    block = [content[end]]
    while end > 0 and gaps[end - 1] == 0 and labels[end - 1] in TEXT_LABELS:
        end -= 1
        block.insert(0, content[end])
    if len(block) < 2 or all(ends_sentence(line.text) for line in block[:-1]):
        return False
    return len(text.strip()) >= max(len(line.text.strip()) for line in block) - 1


def an_opening_line_that_stops_short_heads_its_text(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """A line read as an article's opening that stops short of its column with no
    sentence ended, over a paragraph of its own, is that article's headline: 海边的早晨
    over 清晨，渔民驾船出海。 (a photo item after a signed article), or under a
    column's name (健康提醒 / “秋老虎”来袭 防暑也要防凉 / 立秋过后，…。). Not under a
    headline (there it is the text's first line, a subhead or a verse), and not over
    lines that stop short too (verse, a list). On the development pages: one title
    mended, nothing lost; the column's case changed no scored page."""
    labels = list(labels)
    for i in range(len(content) - 1):
        text = content[i].text
        # (one paragraph a line: a short line no text wraps from, over its "continuation")
        wraps = labels[i + 1] == "body" and not shape.narrow and _a_paragraph_a_line(content, i)
        if labels[i] != "open" or labels[i + 1] not in ("para", "caption") and not wraps:
            continue
        if not headline_like(text) or shape.full(text) or is_lead(text):
            continue
        k = i - 1
        while k >= 0 and labels[k] in ("byline", "byline-next"):
            k -= 1
        if k >= 0 and headline_role(labels[k]):
            continue  # under its headline: the text's first line
        nxt = content[i + 1].text
        if not (ends_sentence(nxt) or shape.full(nxt)) or len(nxt) <= len(text) // 2:
            continue  # verse, or a list: lines that all stop short
        labels[i], labels[i + 1] = "title-b", "open"
    return labels


def _a_paragraph_a_line(content: list[Line], i: int) -> bool:
    """Is line i short and the line under it, touching, a paragraph of one line (longer
    than a narrow column holds, a sentence ended)? No text wraps from a short line."""
    nxt = content[i + 1]
    return (
        nxt.index == content[i].index + 1
        and len(nxt.text) > NARROW_MAX
        and len(content[i].text) <= NARROW_MAX
        and finished(nxt.text)
    )


def lines_over_a_byline_are_its_headline(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """Up to four short lines with no sentence and no comma in them, run together over
    a byline that has text under it, after a blank line, finished text or a headline,
    are that article's headline (“小网格”撬动 / 基层治理“大变化” / ——东湖区网格化管理 /
    工作见闻 / 记者 宋佳 通讯员 胡杨 / 今年以来，…): a line opening with a dash starts
    its subtitle. A run that goes on from text above is that text's end, closed by its
    signature. The development pages print no such stack (nothing changed there)."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        if labels[i] != "byline" or labels[i + 1] not in ("open", "para", "caption"):
            continue
        j = i
        while (
            j > 0
            and i - j < 4
            and labels[j - 1] in ("open", "para", "body", "caption")
            and content[j].index == content[j - 1].index + 1
            and _stack_line(content[j - 1].text)
        ):
            j -= 1
        if j == i and i > 1 and _one_line_apart(content, labels, i):
            j = i - 1  # one line, a blank line over the byline (paragraphs set apart)
        elif j == i or (
            j > 0
            and labels[j - 1] in ("open", "para", "body")
            and content[j].index == content[j - 1].index + 1
            and not finished(content[j - 1].text)
        ):
            continue  # no run, or one that goes on from the text above
        if j > 0 and labels[j - 1] in TEXT_LABELS and not finished(content[j - 1].text):
            continue
        role = headline_role(labels[j - 1]) if j else None
        opened = role is not None
        role = role or "title"
        for k in range(j, i):
            if content[k].text.startswith(("—", "－")):
                labels[k], role = "subtitle-b", "subtitle"
            else:
                labels[k] = f"{role}-{'i' if opened else 'b'}"
            opened = True
    return labels


_NAMES_LINE = 16  # three names and the spaces between them, at most


def a_name_under_a_headline_signs_the_next(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A line of nothing but a name or two, right under a short line that finished text
    stands over, with text under it, is the next article's byline: a commentary signed
    under its headline (…街头巷尾。 / 莫让“打卡”变“打扰” / 黄一鸣 / 暑期以来，…). A
    signature closing the text above stands right under that text instead."""
    labels = list(labels)
    for i in range(2, len(content) - 1):
        if (
            len(content[i].text) <= _NAMES_LINE
            and all(len(w) <= 4 for w in content[i].text.split())  # names, not a wrapped line
            and labels[i] in ("open", "para", "body")
            and labels[i - 1] in ("open", "para", "body")
            and labels[i + 1] in ("open", "para", "body")
            and content[i].index == content[i - 1].index + 1
            and content[i + 1].index - content[i].index <= 2
            and labels[i - 2] in TEXT_LABELS
            and finished(content[i - 2].text)
            and _stack_line(content[i - 1].text)
            and not finished(content[i - 1].text)
            and 1 <= len(bare_names(content[i].text)) <= 3
            and not headline_like(content[i + 1].text)
        ):
            labels[i] = "byline"
    return labels


_SALUTATION = re.compile(
    rf"(?:尊敬的|亲爱的)?[^，。：:]{{0,4}}{LETTER_ADDRESSEE}[^，。：:]{{0,6}}[：:]"
)
_REPORTERS_NOTE = re.compile(rf"(?:{'|'.join(NOTE_WRITERS)})[^\s，。：:（(]{{0,4}}[：:]")
_READER_SIGNS = re.compile(r"[（(]?[^\s，。（(]{0,6}?(?:读者|网友|市民)")


def letters_head_and_close_their_text(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A letters page: a short line over the letter's salutation (编辑同志：) is its
    headline; the reader's signature under the letter (读者 X) closes it, whatever the
    model read; and a note the paper adds under it (本报记者跟进：…) goes on with it."""
    labels = list(labels)
    for i in range(len(content) - 1):
        text = content[i].text
        if (
            _SALUTATION.fullmatch(content[i + 1].text)
            and labels[i] not in ("byline", "byline-next", "furniture")
            and headline_like(text)
            and not finished(text)
        ):
            labels[i], labels[i + 1] = "title-b", "open"
        elif (
            labels[i] in ("byline", "byline-next")
            and i
            and labels[i - 1] in TEXT_LABELS
            and _READER_SIGNS.match(text)
        ):
            labels[i] = "byline"
            if labels[i + 1] == "open" and _REPORTERS_NOTE.match(content[i + 1].text):
                labels[i + 1] = "para"
    return labels


def _credit_like(text: str) -> bool:
    """Does the line hold a credit's words (a role word, 供图, 摄, 文/图)?"""
    return names_a_role(text) or "供图" in text or "/" in text or text.rstrip().endswith("摄")


def _stack_line(text: str) -> bool:
    """Could the line be one of a headline stack's? No comma, and no credit wrapped into
    it (…区文化馆供图 本报记者 林 / 小雨: a caption's credit over its name's end), nor
    a lead's marker alone (本报讯 / 见习记者 X: the text's opening, under its headline)."""
    if marker_alone(text):
        return False
    return headline_like(text.lstrip("—－")) and "，" not in text and not _credit_like(text)


def _one_line_apart(content: list[Line], labels: list[str], i: int) -> bool:
    """Is the line over byline i one short line standing apart, under finished text,
    with a blank line on each side (县城首个“15分钟健身圈”建成 / 记者 X 报道 / 10月15日，…)?"""
    line, above = content[i - 1], content[i - 2]
    return (
        labels[i - 1] in ("open", "para")
        and content[i].index - line.index == 2
        and line.index - above.index >= 2
        and _stack_line(line.text)
        and (labels[i - 2] not in TEXT_LABELS or finished(above.text))
    )


def fields_under_a_headline_open_its_text(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """An e-paper item prints its fields (来源：… 作者：… 2024-06-14 08:30) between its
    headline and its text: a headline-like line right over them, under a blank line,
    finished text or a byline, is the headline, and the text under them opens the
    item, whatever the model read (a headline run into its text, two items run
    together)."""
    labels = list(labels)
    fields = [read_fields(ln.text) is not None for ln in content]
    for i in range(1, len(content) - 1):
        if not fields[i] or labels[i] != "byline":
            continue
        if fields[i + 1] and content[i + 1].index == content[i].index + 1:
            continue  # the run of fields goes on: the text opens under its last line
        j = i - 1
        while (
            j > 0
            and (fields[j] or labels[j] == "byline")
            and content[j].index == content[j + 1].index - 1
        ):
            j -= 1  # up over the run's other fields (or its byline) to the line over them
        if (
            content[j].index != content[j + 1].index - 1
            or not headline_like(content[j].text)
            or opens_with_a_field(content[j].text)
        ):
            continue
        above = labels[j - 1] if j else "byline"
        gap = j == 0 or content[j].index > content[j - 1].index + 1
        if not (
            gap
            or above in ("byline", "byline-next", "column")  # 某某发布 / headline / fields
            or (above in TEXT_LABELS and finished(content[j - 1].text))
        ):
            continue
        if not headline_role(labels[j]):
            labels[j] = "title-b"
        if labels[i + 1] in ("para", "body", "caption"):
            labels[i + 1] = "open"
    return labels


# How a news lead opens: its day, or a word for when (近日, 日前, 昨天…).
_WHEN = "近日|日前|近期|昨天|昨日|今天|今日|连日来|截至"
_LEAD_TIME = re.compile(rf"^(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日|^(?:{_WHEN})")


def opens_as_news(text: str) -> bool:
    """Does the text open as a news lead does, with its day or a word for when?"""
    return _LEAD_TIME.match(text) is not None


def a_headline_its_lead_restates(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A short line that ends no sentence, under finished text or a byline, over a
    paragraph that opens as a news lead does (its day, 近日…) and says again much of
    what the line says (two of its character pairs in five), is that item's headline: 老街夜市重新开张 over 3月9日晚，青江老街
    夜市在改造后重新开张… . A section's subhead names what follows; it is not restated
    by a lead. A marked line (▲县城新增公厕12座 over 日前，…) heads a brief without
    being restated: in a column of briefs each headline is marked so."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        text = content[i].text
        if labels[i] not in ("para", "subhead", "open") or labels[i + 1] not in (
            "para",
            "open",
            "body",
            "caption",
        ):
            continue
        nxt = paragraph_from(content, i + 1)  # a narrow column's lines, joined
        if not headline_like(text) or len(nxt) <= len(text) or not _LEAD_TIME.match(nxt):
            continue
        if labels[i - 1] in TEXT_LABELS and not finished(content[i - 1].text):
            continue
        if headline_role(labels[i - 1]) and content[i].index == content[i - 1].index + 1:
            continue  # right under a headline line: the headline's own (the rule below)
        if opens_with_mark(text) or orphans.pair_share(text, nxt[:80]) >= 0.4:
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


def a_line_between_a_byline_and_a_lead_is_its_headline(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A short line right under a byline, ending with no mark, over a line that opens
    as a lead does (its day and a comma, 近日，) is the item's headline (记者 X / 村集体
    “小菜园”长出“大产业” / 6月3日，…): a lead under a byline opens at once, and none
    stops mid-clause with no comma to go on in a date."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        text = content[i].text
        if (
            labels[i - 1] in ("byline", "byline-next")
            and labels[i] in ("open", "caption", "para")
            and labels[i + 1] in ("body", "para")
            and content[i + 1].index == content[i].index + 1
            and content[i].index == content[i - 1].index + 1
            and headline_like(text)
            and text[-1:] not in "，、：；,:;"
            and _LEAD_OPENING.match(content[i + 1].text)
        ):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


def an_unnamed_signature_is_no_headline(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """本报评论员 under a commentary's headline signs it; it is no line of the headline
    (把好事办实办好 / 本报评论员 / 今年以来…)."""
    return [
        "byline" if headline_role(label) and unnamed_signature(line.text) else label
        for line, label in zip(content, labels, strict=True)
    ]


def paragraph_from(content: list[Line], i: int, most: int = 8) -> str:
    """Line i and the lines it runs on into (touching, until a sentence ends)."""
    text, j = content[i].text, i + 1
    while (
        j < len(content)
        and j - i < most
        and content[j].index == content[j - 1].index + 1
        and not finished(content[j - 1].text)
    ):
        text += content[j].text
        j += 1
    return text


def a_short_line_right_under_a_title_is_the_headlines(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """In one-paragraph-a-line text, a short line with no sentence right under a title
    (no blank line between), over the text, is the headline's: the title's second line
    where the title runs on into it (区人大常委会开展食品安全法 / 执法检查), else its
    subtitle. The text's first line is no such line: a paragraph a line ends a
    sentence. On the development pages it reads one line so, a title's second line
    read as text before (now as its subtitle; the gold has it in the title)."""
    if shape.narrow:
        return labels
    labels = list(labels)
    for i in range(1, len(content) - 1):
        role = headline_role(labels[i - 1])
        text = content[i].text
        if (
            role not in ("title", "subtitle")
            or labels[i] != "open"
            or labels[i + 1] not in ("para", "body")
        ):
            continue
        if content[i].index != content[i - 1].index + 1 or not headline_like(text) or is_lead(text):
            continue
        if bare_names(text):
            labels[i] = "byline"  # 许文涛 under a commentary's title: its signature
        elif role == "title" and not continues_headline(content[i - 1].text, text):
            labels[i] = "subtitle-b"
        else:
            labels[i] = f"{role}-i"
        labels[i + 1] = "open"
    return labels


def a_bracketed_line_over_text_is_its_headline(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A line that is all one 【…】 of six characters or more with no sentence in it, over
    text (or over a byline over text), is a headline (【区图书馆新增图书5000册】 over
    近日，…): a short one (【点评】) is a label, left to the model."""
    labels = list(labels)
    for i in range(len(content) - 1):
        text = content[i].text.strip()
        j = i + 2 if labels[i + 1] == "byline" and i + 2 < len(content) else i + 1
        if labels[i] not in TEXT_LABELS or labels[j] not in TEXT_LABELS:
            continue
        if _BRACKETED.fullmatch(text):
            labels[i], labels[j] = "title-b", "open"
    return labels


_BRACKETED = re.compile(r"【[^】。！？]{6,30}】")


def a_line_after_an_items_closing_note_heads_the_next(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """A note in brackets on a line of its own closes an item (（来源：人民网）, （综合新华社
    报道）, （读者 王某）, （完）): a short line that ends no sentence under it, over text, is
    the next item's headline, not a subhead of the item closed. （上接第一版） opens text."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        note, text = content[i - 1].text.strip(), content[i].text
        if labels[i - 1] not in ("para", "open", "caption", "byline") or not in_brackets(note):
            continue  # a bracket wrapped into a paragraph's line is no note
        if note[1:3] == "上接" or labels[i] not in ("para", "subhead"):
            continue
        if i > 1 and labels[i - 2] in TEXT_LABELS and not finished(content[i - 2].text):
            continue
        nxt = content[i + 1].text
        if headline_like(text) and not shape.full(text) and not headline_like(nxt):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


def a_photo_items_headline(content: list[Line], labels: list[str], shape: PageShape) -> list[str]:
    """A photo item prints a headline, a caption of a sentence or two and its
    photographer's credit, on a line of its own or closing the caption (…白天鹅。（新华社
    记者 赵晴 摄）) (习近平会见… / 6月26日上午，… 。/ 新华社记者 李响摄): a short
    line that ends no sentence, after a blank line under finished text, over a short
    caption that its photo credit closes, is that item's headline, not the text's next
    paragraph. A section's subhead is followed by a paragraph of the article's own, not
    by a photographer's credit and a gap."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        text, nxt = content[i].text, content[i + 1].text
        if labels[i] not in TEXT_LABELS or not headline_like(text) or is_lead(text):
            continue
        if content[i].index == content[i - 1].index + 1:
            continue  # no gap over it: a line of the text
        if _CAPTION_START.match(text) or not (
            shape.narrow and not shape.full(text) or _CAPTION_START.match(nxt)
        ):
            continue  # the caption's own first line, wrapping on
        if labels[i - 1] in TEXT_LABELS and not finished(content[i - 1].text):
            continue
        j, credit = i + 1, None
        while j < len(content) and j - i <= 4 and labels[j] in TEXT_LABELS:
            j += 1
            if _closes_with_a_photo_credit(content[j - 1].text):
                credit = j - 1  # …白天鹅。（新华社记者 赵晴 摄）: in the caption's end
                break
        caption = "".join(ln.text for ln in content[i + 1 : j])
        if j == i + 1 or len(caption) > 100 or not finished(caption):
            continue
        if credit is None and j < len(content) and _photo_credit(content[j].text):
            credit = j
        if credit is None:
            continue
        if credit + 1 < len(content) and content[credit + 1].index == content[credit].index + 1:
            continue  # the text goes on under the credit
        labels[i], labels[i + 1] = "title-b", "open"
    return labels


def a_lead_is_no_headline(content: list[Line], labels: list[str], _shape: PageShape) -> list[str]:
    """A "headline" line that opens as a lead does, its day or 近日 and a comma (3月3日，江澜
    大桥 / 正式开通，…), is the first line of a paragraph, and the lines it runs on into
    until a sentence ends are that paragraph's: no headline opens with its story's day
    set off by a comma. (A very narrow column's short item reads so to the model.)"""
    labels = list(labels)
    for i, line in enumerate(content):
        if not headline_role(labels[i]) or not _LEAD_OPENING.match(line.text):
            continue
        if line.text.rstrip().endswith(("——", "：", ":")):
            continue  # a kicker leading into its title (5月21日下午，…畅谈——)
        labels[i] = "open"
        j = i + 1
        while (
            j < len(content)
            and content[j].index == content[j - 1].index + 1
            and not finished(content[j - 1].text)
            and (headline_role(labels[j]) or labels[j] in TEXT_LABELS)
            and not content[j].text.startswith(("—", "－"))
        ):
            labels[j] = "body"
            j += 1
    return labels


_LEAD_OPENING = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[^，。！？\s—]{0,4}|近日|日前)，")


# How a caption opens: its day or 图为 (a headline does neither).
_CAPTION_START = re.compile(rf"{_LEAD_TIME.pattern}|^图[为①-⑩\d：:]")
_PHOTO_CREDIT_END = re.compile(r"摄[）)]?$")


def _closes_with_a_photo_credit(text: str) -> bool:
    credits = split_closing_credit(text)[1]
    return bool(credits) and all(c.role == "photographer" for c in credits)


def _photo_credit(text: str) -> bool:
    credits = parse_byline(text.strip())
    return (
        bool(credits)
        and _PHOTO_CREDIT_END.search(text.strip()) is not None
        and all(c.role == "photographer" for c in credits)
    )


# A temperature range (4℃～11℃, -3～5℃): a forecast's line, in a weather box's text.
_TEMPERATURES = re.compile(r"-?\d+\s*℃?\s*[～~至到\-－—/]\s*-?\d+\s*℃")


def headline_like(text: str) -> bool:
    """Short, no sentence in it, and not a signature, a note (——编者, （完）, 【点评】,
    编者按) or a forecast (今天：多云，4℃～11℃)."""
    return (
        len(text) <= 30
        and not ends_sentence(text)
        and "。" not in text
        and not text.startswith(("—", "（", "(", "【", "["))
        and not is_editors_note(text)
        and not _TEMPERATURES.search(text)
        # 5月24日，…, 一季度，…: a lead's when and its comma, no headline's words
        and not (
            (opens_as_news(text) or _A_PERIOD.match(text))
            and re.search("[，,]", text[:_WHEN_THEN_COMMA])
        )
    )


_WHEN_THEN_COMMA = 12  # the comma after a lead's day or time comes within these letters
# Periods a report's lead opens on, before its comma (一季度，…, 今年以来，…).
_A_PERIOD = re.compile(
    r"(?:前三|[一二三四])季度|[上下]半年|(?:今年|去年|年初)以来|近年来|目前|眼下"
)


def lines_that_end_the_page_are_headlines(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """Short lines with no sentence that end the page after finished text head no text
    of their own: they are headlines gathered at the page's end (省里专家每周来丰原坐诊 /
    北关小学办起“跳蚤市场” under the last item), each matched to its story later by
    what both say, not the last item's closing lines."""
    j = len(content)
    while (
        j > 0
        and labels[j - 1] in TEXT_LABELS
        and headline_like(content[j - 1].text)
        and not bare_names(content[j - 1].text)
        and not _credit_like(content[j - 1].text)
        and len(content) - j < 12
    ):
        j -= 1
    if j == len(content) or j == 0:
        return labels
    above = labels[j - 1]
    if above in TEXT_LABELS and not ends_sentence(content[j - 1].text):
        return labels  # a sentence, or a byline, runs on into them
    if above not in TEXT_LABELS and above != "byline":
        return labels
    labels = list(labels)
    for k in range(j, len(content)):
        runs_on = (
            k > j
            and content[k].index == content[k - 1].index + 1
            and (
                continues_headline(content[k - 1].text, content[k].text)
                or content[k - 1].text.count("“") > content[k - 1].text.count("”")
            )
        )
        labels[k] = "title-i" if runs_on else "title-b"  # one headline over two lines
    return labels


def a_notices_heading_heads_its_text(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A short line ending as a notice's heading does (遗失启事, 寻人启事), alone over text
    after finished text or a headline, heads that notice: notices run one after another
    with nothing else between them."""
    labels = list(labels)
    for i in range(len(content) - 1):
        text = content[i].text.strip()
        if labels[i] not in TEXT_LABELS or len(text) > 30 or not text.endswith(NOTICE_ENDINGS):
            continue
        if not headline_like(text) or labels[i + 1] not in TEXT_LABELS:
            continue
        if i and labels[i - 1] in TEXT_LABELS and not finished(content[i - 1].text):
            continue
        labels[i], labels[i + 1] = "title-b", "open"
    return labels


def a_line_after_a_closing_byline_heads_the_next(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A byline that closes finished text ends its article (…全长六点五公里。/ 韦　丽): a
    short line that ends no sentence under it, over a paragraph, is the next article's
    headline, not a subhead of the article just closed."""
    labels = list(labels)
    for i in range(2, len(content) - 1):
        if labels[i - 1] != "byline" or labels[i - 2] not in TEXT_LABELS:
            continue
        if not finished(content[i - 2].text) or labels[i] not in ("para", "subhead"):
            continue
        text = content[i].text
        if not headline_like(text) or _credit_like(text) or bare_names(text):
            continue
        if labels[i + 1] in TEXT_LABELS and not headline_like(content[i + 1].text):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


# In a narrow column the brief's text runs on over the next lines, so its line holds
# no sentence: a mark, its headline, a space and text that opens as a lead does (its
# day, 日前), maybe cut after a character (▲新庄镇开展秋季消防演练 9月2 / 1日，…).
BRIEF_RUN_ON = re.compile(
    rf"^[{RUBRIC_MARKS}]\s*(?P<title>[^\s。！？，,：:]{{4,30}})\s+"
    rf"(?P<text>(?:\d|{_WHEN}).*|[近日昨今截连])$"
)


def a_briefs_run_on_headline_opens_it(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A marked line whose headline runs on into the text of its brief (BRIEF_RUN_ON)
    over more text opens that brief, whatever headline role the model gave it: the
    assembler sets its headline apart."""
    labels = list(labels)
    for i in range(len(content) - 1):
        if (
            headline_role(labels[i])
            and labels[i + 1] in TEXT_LABELS
            and BRIEF_RUN_ON.match(content[i].text)
        ):
            labels[i] = "open"
            if labels[i + 1] == "open":
                labels[i + 1] = "body"
    return labels


# A line naming who edited or checked the item (编辑：X, 审核：Y): no item opens with one.
_CLOSING_STAFF = re.compile(r"^(?:责任编辑|编辑|审核|审校|审签|终审|复审|初审|校对|监制)\s*[：:]")


def a_staff_block_closes_the_text_above(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """Credit lines one under the other right after finished text, one of them naming
    an editor or a checker (文字：X / 摄影：Y / 编辑：Z / 审核：W, a county media
    centre's items), close that text: its writers are named with those who edited it,
    after it, so none of them is the next item's byline."""
    labels = list(labels)
    i = 1
    while i < len(content):
        j = i
        while j < len(content) and labels[j] in ("byline", "byline-next"):
            j += 1
        if (
            j > i
            and labels[i - 1] in TEXT_LABELS
            and finished(content[i - 1].text)
            and any(_CLOSING_STAFF.match(content[k].text.strip()) for k in range(i, j))
        ):
            labels[i:j] = ["byline"] * (j - i)
        i = j + 1
    return labels


def a_column_its_lead_restates_opens_the_headline(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A "column" line right over a title, named as no column is (no column's ending)
    and said again by the lead under the headline, is the headline's first line: a
    narrow column broke the headline and OCR's space made its first part look like a
    section's name (县城 区主干道 / 路灯改造完 / 工 over 11月7日，县城区主干道路灯…).
    The space is the tell: a column's name printed whole over its article's headline
    may well be what the lead reports (首届农民运动会 over 赛场上的好身手)."""
    labels = list(labels)
    for i in range(len(content) - 2):
        if labels[i] != "column" or labels[i + 1] != "title-b":
            continue
        if content[i + 1].index != content[i].index + 1:
            continue
        text = content[i].text
        if not CJK_GAP.search(text) or looks_like_column(join_cjk(text)):
            continue  # a column's name printed whole
        j = i + 2
        while j < len(content) and labels[j] == "title-i":
            j += 1
        if j < len(content) and labels[j] == "open":
            if orphans.pair_share(text, paragraph_from(content, j)[:80]) >= 0.6:
                labels[i], labels[i + 1] = "title-b", "title-i"
    return labels


VERSE_LINES = 4  # short lines in a row under a signed title: a poem's, not headlines
VERSE_MAX_LEN = 16
_VERSE_STOPS = re.compile(r"[。！？；：:;!?]")


def verse_under_a_signed_title(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """Under a title and its writer's signature (秋日的村庄 / □ 某某), four or more short
    lines that stop no sentence, one under the other, are a poem's verse, whatever
    headline roles the model gave them: no headline comes after its own byline. Each
    line stays a line of its own."""
    labels = list(labels)
    for i in range(2, len(content)):
        if labels[i - 1] != "byline" or headline_role(labels[i - 2]) != "title":
            continue
        j = i
        while (
            j < len(content)
            and (j == i or content[j].index == content[j - 1].index + 1)
            and len(content[j].text) <= VERSE_MAX_LEN
            and not _VERSE_STOPS.search(content[j].text)
        ):
            j += 1
        if j - i >= VERSE_LINES and (
            j == len(content) or content[j].index > content[j - 1].index + 1
        ):
            labels[i:j] = ["open"] + ["para"] * (j - i - 1)
    return labels


# In the order `repairs.repair` applies them, after its own rules.
RULES = (
    a_lead_is_no_headline,
    an_unnamed_signature_is_no_headline,
    blank_lines_part_articles,
    an_opening_line_that_stops_short_heads_its_text,
    a_name_under_a_headline_signs_the_next,
    lines_over_a_byline_are_its_headline,
    a_bracketed_line_over_text_is_its_headline,
    a_line_after_an_items_closing_note_heads_the_next,
    fields_under_a_headline_open_its_text,
    a_headline_its_lead_restates,
    a_line_between_a_byline_and_a_lead_is_its_headline,
    a_short_line_right_under_a_title_is_the_headlines,
    a_photo_items_headline,
    lines_that_end_the_page_are_headlines,
    a_notices_heading_heads_its_text,
    a_line_after_a_closing_byline_heads_the_next,
    letters_head_and_close_their_text,
    a_briefs_run_on_headline_opens_it,
    a_staff_block_closes_the_text_above,
    a_column_its_lead_restates_opens_the_headline,
    verse_under_a_signed_title,
    a_headline_line_that_stops_midway_opens_its_text,
)
