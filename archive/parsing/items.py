"""Stage 3b (continued): items a page prints that are no news story with a headline.

A page carries more than articles: public notices under a one-word head (公　告),
listings (天气预报, 电视节目, a match schedule), a column's label over a short item
with no headline of its own (读者热线 2212345), photo spreads whose captions each
name their photographer, and signed poems. The line-role model learned news pages and reads these as
headlines, bylines or paragraphs of the article above. Each rule here says how any
paper prints such an item, never what one page says; `repairs.repair` applies them.
"""

from __future__ import annotations

import re

from . import dates
from .credits import bare_names, parse_lead, split_closing_credit, split_trailing_byline
from .headlines import looks_like_column
from .itemstarts import finished, opens_as_news
from .jiebautil import crosses, edge_flags
from .layout import Line, PageShape, ends_sentence
from .lexicon import CJK, CONTINUATION_FLAGS, INSIDE_BOXES, NOTICE_HEADS, ORG_ENDINGS
from .linemodel.labels import TEXT_LABELS, headline_role


def _bare_notice_head(text: str) -> bool:
    """A notice's head that is the notice's kind alone (公告, 公　示, 启　事): the
    whole headline, never the first line of a longer one."""
    head = "".join(text.split())
    return 2 <= len(head) <= 4 and head.endswith(NOTICE_HEADS)


def a_notice_heads_its_wrapped_text(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """Under a notice's one-word head (公　告), a line that fills a narrow column and
    ends no sentence (因兰山大道雨污分流管网改造 / 施工，自…) is the notice's first line
    wrapping on, not a headline line: the word is the notice's whole head."""
    labels = list(labels)
    if not shape.narrow:
        return labels
    for i in range(len(content) - 2):
        line, nxt = content[i + 1], content[i + 2]
        if (
            _bare_notice_head(content[i].text)
            and headline_role(labels[i + 1])
            and line.index == content[i].index + 1
            and nxt.index == line.index + 1
            and shape.full(line.text)
            and not ends_sentence(line.text)
            and labels[i + 2] in TEXT_LABELS
        ):
            labels[i], labels[i + 1], labels[i + 2] = "title-b", "open", "body"
    return labels


# A row of a service listing: fields a space apart, no sentence, and a clock time
# first (06:30 早安滨江, 10月19日 19:35 中超联赛…) or a temperature (明天 多云 -6℃～3℃).
# A results box's rows (篮球决赛　南湖街道　68∶61　北苑街道) report what happened:
# news, read in repairs._a_listings_rows_are_its_text.
_TIMED_ROW = re.compile(r"^(?:\d{1,2}月\d{1,2}日\s*)?[0-2]?\d[:：][0-5]\d\s+\S")
_WEATHER_ROW = re.compile(r"-?\d+\s*℃")
_SENTENCE = re.compile(r"[，。；！？,;!?]")
_HEADING_LEN = 10  # 天气预报, 电视节目, 赛事预告, a channel's name
_ROWS = 2
_HEADING_LINES = 2


def _listing_row(text: str) -> bool:
    text = text.strip()
    return (
        len(text.split()) >= 2
        and not _SENTENCE.search(text)
        and (_TIMED_ROW.match(text) is not None or _WEATHER_ROW.search(text) is not None)
    )


def _box_line(text: str) -> bool:
    """A line a listing box prints between or after its rows: a channel's name, a field
    (空气质量：良 首要污染物PM2.5); short, and no sentence."""
    text = text.strip()
    return len(text) <= 30 and not _SENTENCE.search(text) and not ends_sentence(text)


def listings_are_no_articles(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A service listing (天气预报 over the days' weather, 电视节目 over a channel's
    times, 赛事预告 over the matches' days and times) is the page's furniture, not an
    article: rows of fields with no sentence, two or more, each timed or a
    temperature, under a short heading set apart from the text above. Lines with no
    sentence among and right after the rows (a channel's name, 空气质量：良) are the
    box's."""
    labels = list(labels)
    i = 0
    while i < len(content):
        if not _listing_row(content[i].text):
            i += 1
            continue
        end, rows = i, 1
        while end + 1 < len(content) and content[end + 1].index == content[end].index + 1:
            below = content[end + 1].text
            if _listing_row(below):
                rows += 1
            elif not _box_line(below):
                break
            end += 1
        while end > i and not _listing_row(content[end].text) and "：" not in content[end].text:
            end -= 1  # a short line after the rows heads what follows, not the box
        top = i  # the heading over the rows: a line or two (电视节目 / 某某频道)
        for k in range(i - 1, max(i - 1 - _HEADING_LINES, -1), -1):
            if not _heading_line(content, k):
                break
            if _set_apart(content, k):
                top = k
                break
        if rows >= _ROWS and (top < i or _set_apart(content, i)):
            labels[top : end + 1] = ["furniture"] * (end + 1 - top)
        i = end + 1
    return labels


def _heading_line(content: list[Line], k: int) -> bool:
    """Could line k head a box: short, no sentence, nothing announced (no colon), the
    next line right under it?"""
    text = content[k].text.strip()
    return (
        len(text) <= _HEADING_LEN
        and not _SENTENCE.search(text)
        and not text.endswith(("：", ":"))
        and content[k + 1].index == content[k].index + 1
    )


def _set_apart(content: list[Line], k: int) -> bool:
    """A blank line over line k, or the page's first line: no text runs into it."""
    return k == 0 or content[k].index > content[k - 1].index + 1


def a_spreads_captions_stay_in_it(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A photo spread: a headline over a short text that credits no one (金秋九月，…),
    and right under it, no blank line between, two captions or more, each closed by its
    photographer (9月22日，…采摘枸杞。 本报记者 X 摄). The captions are the spread's
    pictures and their photographers its credits, not photo items of their own: the
    text over them names no one to tell them apart from (repairs'
    _a_photo_after_an_article opens a caption whose photographer the article above
    never credits)."""
    labels = list(labels)
    for k in range(1, len(content)):
        if labels[k] != "open" or not headline_role(labels[k - 1]):
            continue
        end = k  # the intro: its opening line and the lines it wraps onto
        while end + 1 < len(content) and labels[end + 1] == "body":
            end += 1
        if end + 1 >= len(content) or labels[end + 1] != "open":
            continue  # no caption opened right under it
        intro = "".join(content[j].text for j in range(k, end + 1))
        if not ends_sentence(intro) or _credits_in(intro):
            continue
        captions, j = [], end + 1
        while j < len(content) and content[j].index == content[j - 1].index + 1:
            last = _caption_end(labels, j)
            if labels[j] != "open" or not _photographers_close(content[last].text):
                break
            if any(content[m].index != content[m - 1].index + 1 for m in range(j + 1, last + 1)):
                break
            captions.append(j)
            j = last + 1
        if len(captions) >= _SPREAD_CAPTIONS:
            for j in captions:
                labels[j] = "caption"
    return labels


_SPREAD_CAPTIONS = 2


def _caption_end(labels: list[str], j: int) -> int:
    while j + 1 < len(labels) and labels[j + 1] == "body":
        j += 1
    return j


def _credits_in(text: str) -> bool:
    """Does the text name anyone: its lead's bracket, a credit closing it?"""
    lead = parse_lead(text)
    return bool(lead.credits or split_closing_credit(text)[1] or split_trailing_byline(text)[1])


def _photographers_close(text: str) -> bool:
    """Does the line close a sentence, then name its photographers, and only them?"""
    head, credits = split_closing_credit(text)
    return bool(credits) and ends_sentence(head) and all(c.role == "photographer" for c in credits)


# A column's label alone over a short item with no headline of its own: in brackets
# (【社区通知】), with the column's telephone (读者热线 2212345), or a short name.
_BRACKETED = re.compile(rf"[【〖\[]\s*(?P<name>[{CJK}]{{2,8}})\s*[】〗\]]")
_WITH_NUMBER = re.compile(rf"(?P<name>[{CJK}]{{2,8}})\s+(?:\d{{3,4}}-)?\d{{5,8}}")
_NAME = re.compile(rf"[{CJK}]{{2,4}}")


def printed_as_a_label(text: str) -> bool:
    """Does a column's line print itself as one: in brackets (【社区通知】), or with the
    column's telephone (读者热线 2212345)? No headline does either."""
    text = text.strip()
    return bool(_BRACKETED.fullmatch(text) or _WITH_NUMBER.fullmatch(text))


def without_its_telephone(column: str) -> str:
    """读者热线 2212345 → 读者热线: the column's name."""
    m = _WITH_NUMBER.fullmatch(column.strip())
    return m["name"] if m else column


def _label(text: str) -> str | None:
    """The column's name a label line prints, or None if the line is no label."""
    text = text.strip()
    for form in (_BRACKETED, _WITH_NUMBER):
        if m := form.fullmatch(text):
            return m["name"]
    return text if _NAME.fullmatch(text) else None


def a_label_over_an_item_under_finished_text(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A column's label with no headline under it (读者热线 2212345, 【社区通知】, 法律顾问,
    【简讯】), on its own line between finished text and text right under it, opens a
    short item of its own, its column the label. A section's head inside an article
    heads more of the same story than any brief holds (_a_short_item), and stands
    right under its text's sentence (…调解了一起邻里纠纷。 / 【调解经过】): a label
    needs the item above closed (a blank line, its writer's credit), unless it names
    a column as any paper does (简讯) or prints the column's telephone."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        name = _label(content[i].text)
        if name is None or labels[i] not in (*TEXT_LABELS, "column"):
            continue
        prev, nxt = content[i - 1], content[i + 1]
        if labels[i - 1] not in (*TEXT_LABELS, "byline") or labels[i + 1] not in TEXT_LABELS:
            continue
        if not (ends_sentence(nxt.text) or labels[i + 2 : i + 3] == ["body"]):
            continue  # a heading's second line (一株苗 / 带土搬家，移栽秧苗坐“专车”)
        if nxt.index != content[i].index + 1 or not finished(prev.text):
            continue
        if name in INSIDE_BOXES or not _a_short_item(content, labels, i + 1):
            continue
        closed = (
            content[i].index > prev.index + 1
            or labels[i - 1] == "byline"
            or bool(split_closing_credit(prev.text)[1] or split_trailing_byline(prev.text)[1])
        )
        if not (
            closed or looks_like_column(name) or _WITH_NUMBER.fullmatch(content[i].text.strip())
        ):
            continue
        labels[i], labels[i + 1] = "column", "open"
    return labels


_SHORT_ITEM = 200  # characters: a brief's, a reader's letter's; a section runs on


def _a_short_item(content: list[Line], labels: list[str], j: int) -> bool:
    """Does the text from line j end short of a section's length, where an item ends:
    at a byline, a headline, the page's end, or a blank line under a finished line
    and over a short line that says no sentence (the next item's head)? A blank line
    alone may be a column's break."""
    size = 0
    for k in range(j, len(content)):
        if labels[k] not in TEXT_LABELS:
            break
        if (
            k > j
            and content[k].index > content[k - 1].index + 1
            and finished(content[k - 1].text)
            and _heads_the_next(content, labels, k)
        ):
            break
        size += len(content[k].text)
        if size > _SHORT_ITEM:
            return False
    return True


def _heads_the_next(content: list[Line], labels: list[str], k: int) -> bool:
    """Is line k short, saying no sentence, over text that opens one (not a wrapped
    line's rest: 跟他一起在茶园“复工” / 的，还有100多人): the next item's head?"""
    text = content[k].text.strip()
    return (
        len(text) <= _HEAD_LEN
        and not _SENTENCE.search(text)
        and not ends_sentence(text)
        and k + 1 < len(content)
        and labels[k + 1] in TEXT_LABELS
        and edge_flags(content[k + 1].text)[0] not in CONTINUATION_FLAGS
        and not crosses(text, content[k + 1].text)
    )


_HEAD_LEN = 20


def a_signature_closes_its_item(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """A body's name over a day alone (梧桐社区居委会 / 2023年4月10日), right under
    finished text, signs that text (a notice, a letter): it is the item's last lines,
    not a headline over nothing."""
    labels = list(labels)
    for k in range(1, len(content) - 1):
        issuer, day = content[k].text.strip(), content[k + 1].text.strip()
        if not (headline_role(labels[k]) and dates.bare_date(day)):
            continue
        if labels[k - 1] not in TEXT_LABELS or not finished(content[k - 1].text):
            continue
        if (
            content[k].index != content[k - 1].index + 1
            or content[k + 1].index != content[k].index + 1
        ):
            continue
        if (
            len(issuer) <= _HEAD_LEN
            and not _SENTENCE.search(issuer)
            and issuer.endswith(ORG_ENDINGS)
        ):
            labels[k], labels[k + 1] = "para", "para"
    return labels


_VERSE_LEN = 16  # characters: a verse's line, short of a column's
_VERSES = 3
_VERSE_MARKS = re.compile(r"[，。、！？；：,.!?;:“”]")
_GENRE_LEN = 4  # 诗歌, 新诗, 散文诗 over a poem's title


def a_signed_poem(content: list[Line], labels: list[str], _shape: PageShape) -> list[str]:
    """A poem: its title, its poet's name alone on the next line, then three lines or
    more of verse, each short and none with a mark of a sentence in it, set apart from
    the text above (a blank line, or a byline closing it). Read as text, it ran into
    the article above. A short line over the title (诗歌) is its kicker; the verse is
    its text, to a line over a news lead (the next item's headline) or a blank line."""
    labels = list(labels)
    for i in range(len(content) - _VERSES - 1):
        title, poet = content[i], content[i + 1]
        if not (_a_short_line(title.text) and _a_short_line(content[i + 2].text)):
            continue
        if len(bare_names(poet.text)) != 1:
            continue
        if poet.index != title.index + 1 or labels[i + 1] == "byline-next":
            continue
        end = i + 2
        while (
            end < len(content)
            and content[end].index == content[end - 1].index + 1
            and labels[end] in TEXT_LABELS
            and _a_short_line(content[end].text)
            and not (end + 1 < len(content) and opens_as_news(content[end + 1].text))
        ):
            end += 1
        if end - (i + 2) < _VERSES:
            continue
        top = i
        if i and _a_genre(content, i - 1):
            top = i - 1
        if top and content[top].index == content[top - 1].index + 1 and labels[top - 1] != "byline":
            continue  # no gap and no signature over it: the text above runs on
        if top < i:
            labels[top] = "kicker-b"
        labels[i], labels[i + 1] = "title-b", "byline"
        labels[i + 2 : end] = ["open"] + ["body"] * (end - i - 3)
        if (
            end + 1 < len(content)
            and content[end].index == content[end - 1].index + 1
            and labels[end] in TEXT_LABELS
            and _a_short_line(content[end].text)
            and opens_as_news(content[end + 1].text)
        ):
            labels[end] = "title-b"  # right under the verse, over a news lead: its headline
    return labels


def _a_short_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= _VERSE_LEN and not _VERSE_MARKS.search(text)


def _a_genre(content: list[Line], k: int) -> bool:
    text = content[k].text.strip()
    return (
        len(text) <= _GENRE_LEN
        and not _VERSE_MARKS.search(text)
        and content[k + 1].index == content[k].index + 1
    )


# An edition or a section after the paper's name and a dot (法治日报·西部版, 某某区报·社区).
_EDITION = re.compile(rf"[·•]\s*[{CJK}]{{1,6}}$")
# The page's number and its section's name (A05 城事), as a running head prints them.
_PAGE_AND_SECTION = re.compile(rf"[A-Z]\d{{1,2}}\s+[{CJK}]{{2,6}}")


def the_pages_head_is_no_column(
    content: list[Line], labels: list[str], _shape: PageShape
) -> list[str]:
    """The page's head read as a column or a headline: the paper's name on the page's
    first line (its edition or section after a dot allowed: 法治日报·西部版, 某某区报·社区)
    over the masthead lines read apart, or, over the first headline, the page's number
    and section (A05 城事). Neither is a column over every article nor the first one's
    kicker.
    (Decided on the model's labels, not before it: the model reads the page's first
    lines with them among them.)"""
    labels = list(labels)
    if _the_papers_name(content, labels):
        labels[0] = "furniture"
    for k, line in enumerate(content):
        if labels[k] not in ("column", "furniture"):
            break
        if labels[k] == "column" and _PAGE_AND_SECTION.fullmatch(line.text.strip()):
            labels[k] = "furniture"
    return labels


def _the_papers_name(content: list[Line], labels: list[str]) -> bool:
    """Is the page's first line a paper's name over lines the masthead reader took?"""
    if len(content) < 2 or content[0].index != 0 or content[1].index < 2:
        return False
    if labels[0] not in ("column", "kicker-b", "title-b") or labels[1].endswith("-i"):
        return False
    return (
        dates.PAPER_NAME.fullmatch(_EDITION.sub("", "".join(content[0].text.split()))) is not None
    )
