"""Headlines that stand right under the text of the item before them.

A page may print an item's headline straight under the last sentence of the item
above, with no byline between (…不宜泡脚。 / 义诊进社区 健康送到家 / 11月16日，…), or
right under the credit that closes it (记者 温宏伟 / 榆次老城“非遗市集”每周末开市 /
即日起，…). The model reads such a line as a paragraph of the item above, or as the
first line of the next one's text. A careful reader tells it from a section's
subhead, or from a lead's first line, by what stands around it:

- a credit closing the text above ends that item: what follows is another's;
- a box's label (温馨提示, 相关链接, 小贴士) heads a box of its own;
- a new item's lead opens with its day or a word for when (11月16日，, 即日起，) and
  says again what its headline says; a subhead's section goes on with its article;
- on a page a PDF printed with each headline after its text, the line says again what
  the text above says, not the text under it (headlines_under_their_own_texts).

`repairs.repair` applies these after `itemstarts.RULES`; each has a test in
`tests/parsing/test_itemheads.py` that fails without it.
"""

from __future__ import annotations

import re

from . import orphans
from .credits import (
    in_brackets,
    is_lead,
    names_a_role,
    split_closing_credit,
    split_trailing_byline,
)
from .items import printed_as_a_label
from .itemstarts import finished, headline_like, paragraph_from
from .jiebautil import crosses
from .layout import Line, PageShape, ends_sentence
from .lexicon import BOX_LABEL_ENDINGS, CJK, item_number, opens_with_mark
from .linemodel.labels import TEXT_LABELS, headline_role

# How a news lead opens: its day (in figures or in words), or a word for when, a
# season's or a period's figures, and the clause's comma soon after (11月16日，,
# 十二月五日，, 3月14日上午，, 即日起，, 暑假以来，, 今年一季度，, 截至目前，), or
# where the reporter learnt it (记者从市交警支队获悉，).
_CN_NUM = "[一二三四五六七八九十〇]"
_LEAD_WHEN = re.compile(
    r"^\s*(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|" + _CN_NUM + r"{1,2}月" + _CN_NUM + r"{1,3}日"
    r"|昨天|昨日|今天|今日)"
    r"(?:上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|夜间|晚|起|\d{1,2}时(?:\d{1,2}分)?)*"
    r"|近日|日前|近期|连日来|即日起|最近|截至[^，。！？]{0,8}|[^\s，。！？]{2,4}以来"
    r"|(?:记者|笔者)(?:近日|日前|今天|昨天|昨日)?从[^，。！？]{2,24}(?:获悉|了解到|得知)"
    r"|(?:今年|去年|\d{4}年)?(?:前?[一二三四1-4]季度|[上下]半年|前\d{1,2}个月|前"
    + _CN_NUM
    + r"{1,2}个月|\d{1,2}[至到—-]\d{1,2}月))\s*，"
)
_HEAD_LINES = 3  # a headline wrapped over more lines than this is no headline here
_RESTATES = 0.2  # the share of a headline's character pairs its lead says again, at least
_BOX_LABEL = 6  # a box's label is short: 温馨提示, 健康小贴士


def a_headline_under_finished_text(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """Short lines with no sentence and no comma under the finished text of an item (a
    blank line between) or under the credit that closes it, over a lead, are the next
    item's headline where the lead opens as news does (its day, 即日起，) and says again
    some of what the lines say: a subhead's section goes on with its article's story, a
    lead's first line is not restated under it. Under a credit, a lead that does either
    will do; a box's label (温馨提示 over its advice) needs neither. A box's label over
    a headline line is the box's column."""
    labels = list(labels)
    i = 1
    while i < len(content) - 1:
        above = _closed_above(content, labels, i)
        head = None
        if above and labels[i] in ("para", "subhead", "open", "body"):
            head = _head_over_a_lead(content, labels, i, above, shape)
        if head is None and above and _a_column_over_the_next_line(content, i):
            # 【简讯】 / 区图书馆新馆开放 / 区图书馆新馆日前…: the column's label, then
            # the headline; over text, the label (【案情】) is the piece's own subhead.
            head = _head_over_a_lead(content, labels, i + 1, above, shape)
            if head is not None:
                labels[i] = "column"
                i += 1
        if head is None:
            i += 1
            continue
        labels[i:head] = ["title-b"] + ["title-i"] * (head - i - 1)
        if head - i == 2 and _box_label(content[i].text):
            labels[i : i + 2] = ["column", "title-b"]  # 相关链接 / 劳模工作室名单
        labels[head] = "open"
        i = head + 1
    return labels


def _a_column_over_the_next_line(content: list[Line], i: int) -> bool:
    return (
        i + 2 < len(content)
        and printed_as_a_label(content[i].text)
        and content[i + 1].index == content[i].index + 1
    )


def _closed_above(content: list[Line], labels: list[str], i: int) -> str | None:
    """How the item above line i ends: "credit" (a byline under its last sentence, or a
    credit in brackets or with its role word closing that sentence), "sentence" (a
    sentence, a blank line between), or None (it runs on, or it is no text)."""
    prev = content[i - 1]
    if labels[i - 1] == "byline":
        # A name alone between two texts may sign either; a role word, brackets or a
        # slash (记者 X, （通讯员 X）, 张倩/文) close the text above.
        signed = names_a_role(prev.text) or in_brackets(prev.text) or "/" in prev.text
        ended = i >= 2 and labels[i - 2] in TEXT_LABELS and _ends(content[i - 2].text)
        return "credit" if ended and (signed or labels[i] != "open") else None
    if labels[i - 1] not in TEXT_LABELS:
        return None
    if closing_credit(prev.text) or _credit_cut_over_two_lines(content, labels, i - 1):
        return "credit"
    if ends_sentence(prev.text) and content[i].index - prev.index > 1:
        return "sentence"
    return None


def _ends(text: str) -> bool:
    return ends_sentence(text) or closing_credit(text)


def _credit_cut_over_two_lines(content: list[Line], labels: list[str], k: int) -> bool:
    """Does line k close a bracketed credit the line above it opened (…每周一班。（记者 /
    陈凯歌）)? A column wraps inside the brackets as it does inside any word."""
    text = content[k].text
    return (
        k >= 1
        and labels[k - 1] in TEXT_LABELS
        and content[k].index == content[k - 1].index + 1
        and text.rstrip().endswith(("）", ")"))
        and not re.search(r"[（(]", text)
        and closing_credit(content[k - 1].text + text.strip())
    )


def closing_credit(text: str) -> bool:
    """Does the line end a sentence and then its credit, in brackets or with a role word
    (…安全。（通讯员 覃梅）, …半价。（段文斌）, …发展。记者 王赛华)? A name after a
    sentence with neither may be the next sentence's subject (…不放心啊。”彭太成); a
    photographer's credit may close a caption inside an article."""
    credits = split_trailing_byline(text)[1]
    if not credits:
        body, credits = split_closing_credit(text)
        if not in_brackets(text[len(body) :]):
            return False
    return bool(credits) and any(c.role != "photographer" for c in credits)


def _head_over_a_lead(
    content: list[Line], labels: list[str], i: int, above: str, shape: PageShape
) -> int | None:
    """Where the lead under a headline from line i starts (the headline's lines run from
    i to it), or None when the lines from i are no headline over a lead."""
    if is_lead(content[i].text) or item_number(content[i].text):
        return None
    stacked = False  # lines set one under another, short of their column
    for j in range(i + 1, min(i + _HEAD_LINES, len(content) - 1) + 1):
        line = content[j - 1]
        box = j - 2 == i and _box_label(content[i].text)  # 相关链接 over its box's headline
        if j - 1 > i and line.index != content[j - 2].index + 1:
            return None  # a headline's lines touch
        if j - 1 > i and not (box or wraps(content[j - 2].text, shape)):
            if above != "sentence":
                return None  # under a credit, a section's heading (第二站 / 湖畔书屋)
            stacked = True
        if not head_line(line.text) or labels[j - 1] not in ("para", "subhead", "open", "body"):
            return None
        if labels[j] not in TEXT_LABELS:
            return None
        if _box_label(content[i].text) and j == i + 1 and _headline_under_a_box(content, j, shape):
            continue  # 相关链接 / 劳模工作室名单 / 目前，…: the box's headline is next
        if head_line(content[j].text) and not shape.full(content[j].text):
            if not _breaks_a_word(content, j):
                continue  # short and no sentence: a headline's next line, or no text at all
        if _runs_into_its_text(content, j - 1):
            return None  # ▲白石乡新建文化广场 日 / 前，…: a brief's headline runs on into it
        if _heads(content, i, j, above, _lead_from(content, labels, j)):
            if not stacked or _names_its_subject(content[i].text, _lead_from(content, labels, j)):
                return j
    return None


def _names_its_subject(first: str, lead: str) -> bool:
    """Does a dated lead say again what the first of a headline's stacked lines names
    (内蒙古：“税路通”助力 / 乳企拓展海外市场 over 3月17日，…内蒙古…“税路通”…)? A
    headline set in larger type wraps short of the text's column; a section's heading
    in two phrases (第4计 / 药袋接单) is taken up by its section from the last phrase."""
    return orphans.pair_share(first, lead[:80]) >= 2 * _RESTATES


def wraps(text: str, shape: PageShape) -> bool:
    """Does a headline's line go on in the next: it fills its column, or leaves a quote
    open (县农商行发放“惠农 / 贷”1.2亿元)? Phrases set one under another (第4计 / 药袋接单)
    are a section's heading, not one headline."""
    return shape.full(text) or text.count("“") > text.count("”")


def head_line(text: str) -> bool:
    return headline_like(text) and not re.search(r"[，,；;]", text) and text[-1:] not in "：:、"


def _breaks_a_word(content: list[Line], j: int) -> bool:
    """Does line j break a word into the line under it (实名认 / 证并开通…): text?"""
    return (
        j + 1 < len(content)
        and content[j + 1].index == content[j].index + 1
        and crosses(content[j].text, content[j + 1].text)
    )


def _runs_into_its_text(content: list[Line], k: int) -> bool:
    """Does line k hold a brief's headline and, after a space, the first characters of its
    text, broken inside a word (▲白石乡新建文化广场 日 / 前，…)? A headline alone may end
    on a word that jieba joins to the next line's first (新馆开放 / 区图书馆…: 开放区)."""
    return bool(re.search(r"\s\S{1,4}$", content[k].text)) and _breaks_a_word(content, k)


def _headline_under_a_box(content: list[Line], j: int, shape: PageShape) -> bool:
    """Is line j, under a box's label, the box's headline: short of its column, right
    over the box's text, and breaking no word into it?"""
    line = content[j]
    return (
        j + 1 < len(content)
        and head_line(line.text)
        and not shape.full(line.text)
        and content[j + 1].index == line.index + 1
        and not _breaks_a_word(content, j)
        and not headline_like(paragraph_from(content, j + 1))
    )


def a_boxs_label_over_a_headline_is_its_column(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A box's label read as a headline's first line (相关链接 / 定点药店名单 / 目前，…)
    is the box's column, and the line under it the box's headline."""
    labels = list(labels)
    for i in range(len(content) - 1):
        if (
            labels[i] in ("title-b", "kicker-b")
            and labels[i + 1] in ("title-i", "title-b")
            and _box_label(content[i].text)
        ):
            labels[i], labels[i + 1] = "column", "title-b"
    return labels


def _lead_from(content: list[Line], labels: list[str], j: int, most: int = 8) -> str:
    """Line j and the lines it runs on into until a sentence ends: touching, or a blank
    line (a column's break) between where the model reads the line as running on."""
    text, k = content[j].text, j + 1
    while k < len(content) and k - j < most and not finished(content[k - 1].text):
        touching = content[k].index == content[k - 1].index + 1
        if not (touching or (content[k].index == content[k - 1].index + 2 and labels[k] == "body")):
            break
        text += content[k].text
        k += 1
    return text


def _heads(content: list[Line], i: int, j: int, above: str, lead: str) -> bool:
    """Do lines i..j-1 head the text from line j (its paragraph `lead`)?"""
    head = "".join(ln.text for ln in content[i:j])
    if len(lead) <= len(head) or headline_like(lead):
        return False
    if _box_label(content[i].text):
        return True
    news = _LEAD_WHEN.match(re.sub(r"\s+", "", lead)) is not None  # OCR: 日 前 ，
    restated = orphans.pair_share(head, lead[:80])
    if j - i > 1 and not news:
        return False  # a headline over two lines or three, over a lead that opens as news
    if above == "credit":
        return news or restated >= 2 * _RESTATES
    return news and restated >= _RESTATES


def _box_label(text: str) -> bool:
    """A box's label alone on its line (温馨提示, 【相关链接】, 健康小贴士：)."""
    name = text.strip().strip("【】[]〖〗：: ")
    return 2 < len(name) <= _BOX_LABEL and name.endswith(BOX_LABEL_ENDINGS)


def headlines_under_their_own_texts(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A PDF's text may print each headline after its own article (…设置了隔离座席。 /
    ␣ / 春运首日发送旅客12.6万人次 / ␣ / 本报讯…): a short line set apart, under finished
    text, that says again much of the text above it and little of the text under it is
    a headline of the text above, not a paragraph nor the next item's headline. One
    such line may be a closing summary; where the page prints two or more, that is its
    pattern, and each is read as a headline (`headblocks.headlines_dumped_under_each_lead`
    gives each to the text above it)."""
    found = [i for i in range(1, len(content)) if _under_its_own_text(content, labels, i)]
    if len(found) < 2 or _opens_under_its_headline(content, labels):
        return labels
    labels = list(labels)
    for i in found:
        labels[i] = "title-b"
    return labels


def _under_its_own_text(content: list[Line], labels: list[str], i: int) -> bool:
    line, prev = content[i], content[i - 1]
    text = line.text
    last = i == len(content) - 1
    if labels[i] not in TEXT_LABELS + ("title-b",) or labels[i - 1] not in TEXT_LABELS:
        return False
    if line.index - prev.index < 2 or not (last or content[i + 1].index - line.index > 1):
        return False  # set apart: blank lines round it
    if not head_line(text) or not _ends(prev.text) or is_lead(text) or "、" in text:
        return False
    if text.count("“") != text.count("”"):
        return False  # “某协会依照前款: a quoted clause, its quote left open
    above, k = "", i - 1  # the text above, up to the headline or byline over it
    while k >= 0 and labels[k] in TEXT_LABELS and len(above) < _ABOVE_CHARS:
        above = content[k].text + above
        k -= 1
    below = "" if last else _lead_from(content, labels, i + 1)
    said = orphans.pair_share(text, above)
    return said >= _SAYS_ABOVE and orphans.pair_share(text, below[:80]) < said / 3


def _opens_under_its_headline(content: list[Line], labels: list[str]) -> bool:
    """Does the page's first text say again what the headline over it says? A page
    printing headlines after their texts opens with text (or under a masthead's line)."""
    first = next((k for k, label in enumerate(labels) if label in TEXT_LABELS), None)
    if not first:
        return False
    heads = "".join(content[k].text for k in range(first) if headline_role(labels[k]))
    return orphans.pair_share(heads, _lead_from(content, labels, first)) >= _RESTATES


_ABOVE_CHARS = 400  # how far up the text above is read
_SAYS_ABOVE = 0.5  # the share of a headline's character pairs its own text says again


def marked_heads_as_the_pages_others(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """On a page whose items' headlines open with a mark (■“春风行动”送岗1.2万个, two
    such headlines at least), a line with the same mark that says no sentence, under a
    finished one or a blank line and over text, is an item's headline too, not text the
    item above runs on into (…苗木3000余株。/ ■一批“口袋公园”将开工 / 今年，…): a
    narrow column's wrap leaves it as long as a line of text. A section's subhead in a
    feature opens with a mark too, but such a page prints its headline with none."""
    labels = list(labels)
    heads = [i for i, line in enumerate(content) if headline_role(labels[i]) and _marked_head(line)]
    marks = {content[i].text.strip()[0] for i in heads}
    if len(heads) < 2 or len(marks) > 1:
        return labels
    for i in range(1, len(content) - 1):
        line = content[i]
        if (
            labels[i] in TEXT_LABELS
            and labels[i + 1] in TEXT_LABELS
            and _marked_head(line)
            and line.text.strip()[0] in marks
            and (
                finished(content[i - 1].text)
                or line.index > content[i - 1].index + 1
                or labels[i - 1] == "furniture"  # an advert's lines over it
            )
        ):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


def a_paired_headline_under_a_column_name(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """Right under a column's name (健康提醒), a line of two phrases a space apart with no
    sentence mark (“秋老虎”来袭 防暑也要防凉) over text is the item's headline, though
    as wide as its narrow column it reads as the text's first line: no line of text
    parts two phrases with a space and no comma."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        text = content[i].text.strip()
        if (
            labels[i - 1] == "column"
            and labels[i] in ("open", "para")
            and labels[i + 1] in ("body", "para")
            and content[i].index == content[i - 1].index + 1
            and _PHRASE_GAP.search(text)
            and not _SENTENCE_MARK.search(text)
            and not is_lead(text)
            and not in_brackets(text)
            and "（" not in text
            and "(" not in text
            and not ends_sentence(text)
        ):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


_PHRASE_GAP = re.compile(rf"[{CJK}”》]\s+[{CJK}“《]")


def _marked_head(line: Line) -> bool:
    """■ 城东菜市场完成提升改造: a mark, then a headline's words with no sentence mark."""
    text = line.text.strip()
    words = text[1:].strip()
    return opens_with_mark(text) and 4 <= len(words) <= 24 and not _SENTENCE_MARK.search(words)


_SENTENCE_MARK = re.compile(r"[，,。；;！？!?：:、]")


RULES = (
    a_headline_under_finished_text,
    a_boxs_label_over_a_headline_is_its_column,
    headlines_under_their_own_texts,
    marked_heads_as_the_pages_others,
    a_paired_headline_under_a_column_name,
)
