"""Stage 2b: masthead lines (2021年7月9日 星期五, 第3版) tell the page's date and label.

They are read by rule, kept as leftovers and blanked out of the lines the line-role
model labels, for training and parsing alike. A page's head that prints a mark only a
masthead carries (中共某某县委机关报, 国内统一连续出版物号 CN 00-0000, （农村版）) is
taken whole, its long lines too: the paper's name, pinyin name, date and page beside it.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates, pagefurniture
from . import lexicon as lx
from .headlines import strip_continued
from .layout import Line, ends_sentence
from .normalise import unspaced
from .result import Leftover

MAX_LEN = 40  # a longer line is text that mentions a date, not a masthead
LABEL_MAX_LEN = 16
HEAD_LINES = 3  # a date alone on a line is the page's only among its first lines


_COLOPHON_LABEL = re.compile(
    "(" + "|".join(sorted(lx.COLOPHON_LABELS, key=len, reverse=True)) + r")\s*[:：]"
)
_REACHABLE = re.compile(r"\d{5,}|\d{3,4}-\d{7,8}|@|www\.|https?://|CN\s*\d")
_REGISTERED = re.compile(
    r"CN\s*\d{2}\s*-\s*\d{4}|@|www\.|https?://|\d{3,4}-\d{7,8}|" + "|".join(lx.WEB_REGISTRATION)
)
_REGISTERED_NUMBER = re.compile(
    r"CN\s*\d{2}\s*-\s*\d{4}|" + "|".join(lx.WEB_REGISTRATION)  # a site's 琼ICP备…号 too
)


def is_colophon(text: str) -> bool:
    """A line of the page's colophon (新闻热线：0571-88889999 投稿邮箱：…, 地址：… 邮编：…):
    labelled fields with no sentence among them, two labels or more, or one with a
    number, an address or a mail box in it."""
    if len(text) > MAX_LEN * 2 or "。" in text:
        return False
    labels = _COLOPHON_LABEL.findall(text)
    if not labels:
        return _REGISTERED_NUMBER.search(text) is not None  # 国内统一连续出版物号 CN 36-0018
    if not _COLOPHON_LABEL.match(text):
        return _REGISTERED.search(text) is not None  # 某某报社出版 国内统一连续出版物号：CN…
    return len(labels) >= 2 or _REACHABLE.search(text) is not None


# A paper's name in capitals (NINGYUAN BAO, XIANGJIANG DAILY) at the page's head.
_LATIN_NAME = re.compile(r"[A-Z][A-Z .&'-]{5,40}")
# A front page's furniture beside the masthead: the weather, the publisher (某某报社出版).
# The lunar day printed under the date (农历己亥年正月廿九) reads as furniture as well,
# and so does a page's sponsor (本版由某某联社协办).
_FRONT_PAGE = re.compile(
    rf"^(?:今日|明日|本市)?(?:{'|'.join(lx.FRONT_PAGE_LABELS)})\s*[:：]|报社出版"
    r"|^本(?:版|专版|栏目?)由\S{2,30}(?:协办|承办|主办|支办|冠名|赞助|独家赞助)$"
    r"|^农历\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?\s*[正一二三四五六七八九十冬腊闰]+月[初十廿卅一二三四五六七八九]+$"
)

# 本版刊登的是本报历年来的部分报道。: a note on what the page holds, under its head.
_PAGE_NOTE = re.compile(rf"^本(?:版|专版|期)(?:{'|'.join(lx.PAGE_NOTE_WORDS)})")


# A page's head printed as fields (版次：03 / 版名：综合新闻 / 美　　编：X): read with the
# label's padding closed, among the page's first lines.
_PAGE_FIELD = re.compile(
    rf"^(?:版次|版名|版面|{'|'.join(lx.PAGE_STAFF_LABELS)}|责任编辑|责编)[:：]"
)
PAGE_FIELD_LINES = 8
# The weekday on a line of its own under the date (2019年7月5日 / 星期五): no column's name.
_WEEKDAY_ALONE = re.compile(r"(?:星期|礼拜)[一二三四五六日天]")
PAGE_FIELD_MAX_LEN = 24
# A page number alone among the head's lines (2, - 2 -): the running head's, never a
# headline.
_PAGE_NUMBER_ALONE = re.compile(r"[-－—]?\s*\d{1,3}\s*[-－—]?")


def page_field(text: str) -> bool:
    """Is the line one field of the page's head (版名：综合新闻, 校　　对：宁涛)?"""
    return (
        len(text) <= PAGE_FIELD_MAX_LEN and _PAGE_FIELD.match(re.sub(r"\s+", "", text)) is not None
    )


# A front page's box of what the issue holds (今日要目 / ●某某大会召开（一版）): its
# heading and its lines, each ending with the page it points to.
_CONTENTS_HEADING = re.compile(r"^(?:今日|本期|本报)?(?:要目|导读|要闻导读|内容提要)$")
# (Not after a book's title: 《…》（第13版） is its edition.) Unbracketed, the pointer
# says 见 (▲某某措施出台  详见2版): a headline's own words may end on 第2版.
_PAGE_NO = r"第?\s*[0-9一二三四五六七八九十A-Z]{1,3}\s*版"
_POINTS_TO_A_PAGE = re.compile(
    rf"(?<!》)(?:[（(](?:详见|见)?{_PAGE_NO}[）)]|(?:\s*详见|\s+见){_PAGE_NO})$"
)
CONTENTS_MAX_LEN = 40
# The heading and its items on one line, set apart by slashes or bars.
_CONTENTS_IN_A_LINE = re.compile(
    r"(?:今日|本期|本报)?(?:要目|导读|要闻导读|内容提要)\s*[:：]\s*[^/｜|]{2,30}(?:\s*[/｜|]\s*[^/｜|]{2,30})+"
)
# A marked entry with its page after a space (■ 某某亮相省文博会　4版): a box's item.
_MARKED_ENTRY = re.compile(rf"^[{lx.RUBRIC_MARKS}]\s*[^\s。]{{4,30}}\s+{_PAGE_NO}$")


def contents_line(text: str) -> bool:
    """A line of a contents box: its heading, or an item pointing to its page."""
    text = text.strip()
    if _CONTENTS_HEADING.match(re.sub(r"[\s【】\[\]〔〕]+", "", text)):  # (导　读, 【导读】)
        return True
    if _CONTENTS_IN_A_LINE.fullmatch(text) and "。" not in text:
        return True  # 本期导读：五老宣讲进校园 / 银龄志愿者守护上学路 / 诗词园地
    return (
        len(text) <= CONTENTS_MAX_LEN
        and (_POINTS_TO_A_PAGE.search(text) is not None or _MARKED_ENTRY.match(text) is not None)
        and "。" not in text
        and not text.startswith(("（", "("))  # （下转第二版）: a jump, the article's own
    )


def _entries_pointing_inside_the_page(lines: list[Line]) -> list[Line]:
    """The marked lines right under a contents box's heading (【导读】 / ●上杭：某某…)
    that say again, word for word, a line printed elsewhere on the page: pointers to
    the page's own articles, no text of any."""
    said = {}
    for line in lines:
        said[line.text.strip()] = said.get(line.text.strip(), 0) + 1
    found = []
    for k, line in enumerate(lines):
        if not _CONTENTS_HEADING.match(re.sub(r"[\s【】\[\]〔〕]+", "", line.text)):
            continue
        for entry in lines[k + 1 :]:
            text = entry.text.strip()
            if not text or not lx.opens_with_mark(text):
                break
            if said.get(text.lstrip(lx.RUBRIC_MARKS).strip(), 0) < 1:
                break
            found.append(entry)
    return found


_CONTROLS = re.compile("|".join(sorted(lx.WEB_CONTROLS, key=len, reverse=True)))
_CONTROL_MARKS = re.compile(r"[\s【】\[\]:：|｜/·•▸▶►>›»]+")  # (分享到 ▸: a button's arrow)
_LISTED = ("·", "•")  # a web page's list of its items' titles under 标题导航


_SHARED = re.compile(
    r"分享到\s*[:：]?(?:[\s、|｜/]*(?:"
    + "|".join(sorted(lx.SHARE_TARGETS, key=len, reverse=True))
    + "))*"
)
_VIEWED = re.compile(
    "(?:"
    + "|".join(lx.VIEW_COUNTERS)
    + r")\s*(?:次数)?\s*[:：]?\s*\d+(?:\.\d+)?\s*[万千]?\s*(?:人次|次)?"
)
# 上一篇：某某标题: the link to the next item names its title, and is no headline here.
_NEIGHBOUR_LINK = re.compile(r"^[【\[]?(?:上一篇|下一篇)[】\]]?\s*[:：]")


# A web page's breadcrumb: where the item sits in the site (当前位置：首页 > 新闻 > 本地,
# 首页 / 新闻 / 乡镇): short names between arrows or slashes, no sentence.
_WHERE = re.compile(r"^(?:当前位置|您的位置|您现在的位置|位置)\s*[:：]\s*")
_CRUMB = re.compile(r"\s*(?:>|＞|»|›|→|/|／)\s*")
_CRUMB_NAME = re.compile(rf"[{lx.CJK}A-Za-z0-9·]{{1,10}}")


def breadcrumb(text: str) -> bool:
    """当前位置：首页 > 本地新闻 > 社会民生, 榕城新闻网 > 新闻中心 > 本地: a site's path."""
    where = _WHERE.match(text)
    parts = _CRUMB.split(text[where.end() :] if where else text)
    return (
        len(parts) >= (2 if where else 3)
        and all(_CRUMB_NAME.fullmatch(p) for p in parts)
        and (
            where is not None
            or parts[0] in ("首页", "主页", "网站首页")
            or ">" in text
            or "＞" in text
        )
    )


def web_controls(text: str) -> bool:
    """Is the line only an e-paper web page's controls (上一篇 下一篇, 【打印】【关闭】,
    字号：大 中 小 分享到：微信 微博, 阅读 1.2万) or its breadcrumb?"""
    if _NEIGHBOUR_LINK.match(text) or breadcrumb(text):
        return True
    rest = _VIEWED.sub(" ", _SHARED.sub(" ", text))
    return (rest != text or _CONTROLS.search(rest) is not None) and not _CONTROL_MARKS.sub(
        "", _CONTROLS.sub("", rest)
    )


# The fields a paper prints in its masthead and running head, whatever their order and
# however long the line they share: its registration (国内统一连续出版物号 CN 00-0000,
# 邮发代号 00-00), the party committee it speaks for (中共某某县委机关报), an edition
# (（农村版）), the date, weekday and lunar day, the issue (第312期), the page (第3版,
# 今日8版) and the page's editor (责任编辑　某某).
_MASTHEAD_MARKS = re.compile(
    r"(?:国内统一连续出版物号|国内统一刊号|统一刊号|刊号)\s*[:：]?\s*CN\s*\d{2}\s*-\s*\d{4}(?:\s*/\s*[A-Z]{1,2})?"
    r"|CN\s*\d{2}\s*-\s*\d{4}(?:\s*/\s*[A-Z]{1,2})?"
    r"|(?:国际标准连续出版物号\s*[:：]?\s*)?ISSN\s*\d{4}\s*-\s*\d{3}[\dX]"
    r"|邮发代号\s*[:：]?\s*\d{1,2}\s*-\s*\d{1,4}"
    rf"|[{lx.CJK}]{{2,20}}机关报"
    # an enterprise's or a school's paper: its permit and its standing (内部资料 免费交流,
    # 准印证号：（苏）0000-2019), under the publisher's name (某某集团有限公司主办)
    r"|准印证号?\s*[:：]?\s*[（(]?[\u4e00-\u9fff]?[）)]?\s*[\w-]+"
    rf"|{'|'.join(lx.MASTHEAD_NOTICES)}"
    rf"|[{lx.CJK}]{{2,20}}(?:主办|主管)"
    rf"|[（(][{lx.CJK}]{{1,6}}版[）)]"
)
# One of the page's staff and their name (责任编辑：某某, 校对　某某).
_STAFF_FIELD = re.compile(
    rf"(?:{'|'.join(lx.PAGE_STAFF_LABELS)}|责任编辑|责编)\s*[:：]?\s*[{lx.CJK}]{{2,3}}(?![{lx.CJK}])"
)
_MASTHEAD_FIELDS = re.compile(
    dates.DATE_FIELD.pattern + r"|(?:星期|礼拜)[一二三四五六日天]"
    r"|(?:农历\s*)?(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*)?闰?[正一二三四五六七八九十冬腊]{1,2}月\s*[初十廿卅][一二三四五六七八九十]?"
    r"|(?:\d{4}\s*年\s*)?总?第\s*[0-9〇零一二三四五六七八九十百千]{1,6}\s*[期版]"  # 2021年第4期
    r"(?:\s*[（(]总第\s*[0-9〇零一二三四五六七八九十百千]{1,6}\s*期[）)])?"  # 第15期（总第736期）
    r"|(?:今日|本期|本报|共)\s*[0-9一二三四五六七八九十]{1,2}\s*版"
    r"|"
    + _STAFF_FIELD.pattern
    # An editor beside the paper's date on its one-line head (校报 2019年11月29日
    # 第4期 编辑：X); in a line of its own it may close a web item.
    + rf"|(?:主编|编辑|审核)\s*[:：]\s*[{lx.CJK}]{{2,4}}(?![{lx.CJK}])"
    # Its publisher and its notices (仁和医院党委主办　内部资料　免费交流), or the
    # publisher after its label (主办：某某大学党委宣传部).
    + rf"|[{lx.CJK}]{{2,20}}{lx.PUBLISHER_ENDING}(?![{lx.CJK}])"
    + rf"|(?:{lx.PUBLISHER_ENDING}|主管)\s*[:：]\s*[{lx.CJK}]{{2,24}}|"
    + "|".join(lx.MASTHEAD_NOTICES)
)
_ISSUE_FIELD = re.compile(r"总?第\s*[0-9〇零一二三四五六七八九十百千]{1,6}\s*期")
_PAGE_CODE = re.compile(r"[A-Z]\d{1,2}版?")  # A05: a page of section A
# 第3版 / 共8版: what parts the fields; a dot inside a section's name (创刊四十周年·报海回眸)
# is the name's own.
_FIELD_RULES = re.compile(rf"[/|｜／]|(?<![{lx.CJK}])[·•]|[·•](?![{lx.CJK}])")
_SECTION_WORD = re.compile(rf"[{lx.CJK}]{{2,6}}(?:[·•][{lx.CJK}]{{2,6}})?")
_SENTENCE = re.compile(r"[，。；！？,;!?]")
HEAD_BLOCK_LINES = 5  # paper's name, pinyin name, 机关报 and 刊号, date, page


def _masthead_line(text: str, first: bool) -> bool | None:
    """None if the line is no masthead's, else whether it carries a mark only a
    masthead prints (机关报, 刊号, an edition).

    A line of a masthead's fields, beside at most the paper's name and one section's
    name (审判实务), is the page's head however long; the paper's name alone is so only
    as the page's first line (a headline may end in 报 further down)."""
    if _SENTENCE.search(text):
        return None
    if first and _a_papers_name(text):
        return False
    if _LATIN_NAME.fullmatch(text) or is_colophon(text):
        return _REGISTERED_NUMBER.search(text) is not None
    marked = _MASTHEAD_MARKS.search(text) is not None
    if not marked and not _MASTHEAD_FIELDS.search(text):
        return None
    rest = _MASTHEAD_FIELDS.sub(" ", _MASTHEAD_MARKS.sub(" ", text))
    rest = _FIELD_RULES.sub(" ", rest).split()
    words = [w for w in rest if not dates.PAPER_NAME.fullmatch(w) and not _PAGE_CODE.fullmatch(w)]
    if len(words) > 1 or not all(_SECTION_WORD.fullmatch(w) for w in words):
        return None
    return marked


def _head_block(lines: list[Line]) -> tuple[list[Line], dt.date | None]:
    """The lines of the page's head a masthead mark (机关报, 刊号, an edition) vouches for,
    and the date they print: never a headline, however long the line."""
    block, marked = [], False
    for n, line in enumerate([line for line in lines if line.text][:HEAD_BLOCK_LINES]):
        mark = _masthead_line(line.text, first=n == 0)
        if mark is None and n == 0 and _SHORT_NAME.fullmatch(line.text.strip()):
            mark = False  # 江澄钢铁 over its fields: an enterprise paper's name, no 报 in it
        if mark is None:
            break
        block.append(line)
        marked = marked or mark
    if not marked:
        return [], None
    days = (dates.bare_date(m[0]) for line in block for m in dates.DATE_FIELD.finditer(line.text))
    return block, next((d for d in days if d), None)


# A name of a few letters and nothing else (江澄钢铁, 西岭铁道): first on the page, over
# lines only a masthead prints, the paper's name.
_SHORT_NAME = re.compile(rf"[{lx.CJK}]{{2,8}}")


# A rule line: a gap between articles, read as the blank line it is.
_RULE_LINE = re.compile(
    rf"(?:[{lx.RULE_MARKS}·•]\s*){{3,}}|[{lx.RUBRIC_MARKS}·•]{{1,3}}"  # ■ alone: a gap's ornament
)
# A running head inside the page, as a PDF's text flow puts it between two articles:
# the paper's name, a section's and the page's number (锦城晚报　社会新闻　6).
_RUNNING_HEAD = re.compile(
    rf"(?P<paper>\S{{2,12}})\s+[{lx.CJK}·]{{2,8}}\s+(?:\d{{1,2}}|[A-Z]\d{{1,2}})"
)


def _page_and_staff(text: str) -> bool:
    """Is the line the page's running head: its number or its editors, with at most a
    section's name, however many staff it names (第3版　经济　责任编辑：X　校对：Y)?"""
    return (
        dates.page_label(text) is not None or _STAFF_FIELD.search(text) is not None
    ) and _masthead_line(text, first=False) is not None


def _long_running_head(line: Line, head: list[Line]) -> bool:
    """A page's head over forty characters, as a paper prints one naming its staff
    (东港晚报 2022年11月18日 星期五 A05 城事 责编 X 美编 Y) or a long section's name
    (第8版　建校六十周年·校史钩沉) or its publisher (第68期　2022年9月30日　某某党委主办…):
    among the first lines, made of the masthead's fields only, a date and a staff field,
    the page or the issue among them."""
    return (
        line in head
        and len(line.text) <= MAX_LEN * 2
        and (
            _STAFF_FIELD.search(line.text) is not None
            or dates.page_label(line.text) is not None
            or _ISSUE_FIELD.search(line.text) is not None
        )
        and dates.DATE_FIELD.search(line.text) is not None
        and _masthead_line(line.text, first=False) is not None
    )


def _named_in_two_scripts(text: str) -> bool:
    """The paper's name and its name in capitals on one line (某某区报　XX DISTRICT NEWS)."""
    parts = text.strip().split(maxsplit=1)
    return (
        len(parts) == 2
        and _a_papers_name(parts[0])
        and _LATIN_NAME.fullmatch(parts[1].strip()) is not None
    )


def _paper_and_edition(text: str) -> bool:
    """The paper's name and its edition after a dot (某某日报·某某版, 某某报·县域版), or its
    e-paper's (某某晚报电子版): a masthead's, never a writer's name set with a dot as a
    transliterated one is."""
    if m := _DIGITAL_EDITION.fullmatch(text.strip()):  # 楚湾晚报电子版, 云岫报 数字版
        return _a_papers_name(m[1].strip())
    name, dot, edition = text.strip().partition("·")
    return (
        bool(dot)
        and _a_papers_name(name.strip())
        and re.fullmatch(rf"[{lx.CJK}]{{1,8}}版", edition.strip()) is not None
    )


# The paper's name and the edition a reader reads it in: its e-paper's, its app's.
_DIGITAL_EDITION = re.compile(r"(.+?)\s*(?:电子版|数字版|数字报|手机版|网络版)")


def _name_and_issue(text: str, first: bool) -> bool:
    """The paper's name and its issue's number (某某大学报　第六百二十一期): the masthead's
    fields only, an issue among them. (Fields alone without one, such as a section's
    name, may head the first article: its column.)"""
    return _ISSUE_FIELD.search(text) is not None and _masthead_line(text, first) is not None


def _publisher_alone(text: str) -> bool:
    """Is the line only who publishes the paper (某某县融媒体中心主办, 主办：中共某某镇委员会),
    as a masthead prints it under the paper's name? Never a headline: no news ends on 主办."""
    text = unspaced(text.strip().lstrip(lx.RUBRIC_MARKS).strip())  # 某 某 学 院 主 办: OCR's
    return _PUBLISHER.fullmatch(text) is not None


# (中共某某镇委员会　某某镇人民政府　主办: two bodies, spaced as the masthead sets them.)
_PUBLISHER = re.compile(
    rf"[{lx.CJK}]{{2,20}}(?:\s+[{lx.CJK}]{{2,20}}){{0,2}}\s*{lx.PUBLISHER_ENDING}"
    rf"|(?:{lx.PUBLISHER_ENDING}|主管)\s*[:：]\s*[{lx.CJK}]{{2,24}}"
    # 某某县融媒体中心出版　www.….cn: who puts the paper out, and its site
    rf"|[{lx.CJK}]{{2,20}}(?:{lx.PUBLISHER_ENDING}|出版)\s+(?:https?://)?www\.[\w.-]+(?:/\S*)?"
)
# A monthly's issue month alone on its line (2021年12月): the masthead's, no day to date by.
_MONTH_ALONE = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:1[0-2]|0?[1-9])\s*月")
# A masthead's notices alone, bracketed or not (（内部资料　免费交流）): a newsletter's.
_NOTICES_ALONE = re.compile(
    rf"[（(]?\s*(?:(?:{'|'.join(lx.MASTHEAD_NOTICES)})[\s·、，,]*){{1,3}}\s*[）)]?"
)


def _fields_date(text: str, first: bool) -> dt.date | None:
    """The date of a head line made of a masthead's fields only (实验中学校报　2019年11月29日
    第4期　编辑：X): the paper's name, its date, issue and editor."""
    if _masthead_line(text, first) is None:
        return None
    return next((d for m in dates.DATE_FIELD.finditer(text) if (d := dates.bare_date(m[0]))), None)


def take_mastheads(lines: list[Line]) -> tuple[list[Leftover], dt.date | None, str | None]:
    """(the masthead lines as leftovers, the page's date, its label such as 第3版)."""
    found, label, listing, published = [], None, False, False
    block, day = _head_block(lines)
    at_head = [line.text for line in block]  # what the page's head printed, to know again
    for line in block:
        found.append(Leftover(line.text, (line.start, line.end), "banner"))
        label = label or dates.page_label(line.text)
        line.text = ""
    head = [line for line in lines if line.text][:HEAD_LINES]
    crumbs = len(head) > 1 and breadcrumb(head[1].text)
    fields = [line for line in lines if line.text][:PAGE_FIELD_LINES]
    pointers = _entries_pointing_inside_the_page(lines)
    for line in lines:
        if _RULE_LINE.fullmatch(line.text):
            found.append(Leftover(line.text, (line.start, line.end), "banner"))
            line.text = ""  # a rule across the column: the gap between two articles
        if jump := _JUMP_AFTER_TEXT.search(line.text):
            # 2亿元。（下转第三版）: the text's last words stay, its jump is the page's
            found.append(Leftover(jump[1], (line.start, line.end), "banner"))
            line.text = line.text[: jump.start(1)].rstrip()
        if (
            not line.text
            or len(line.text) > MAX_LEN
            and not _long_running_head(line, head)
            and not _colophon_at_the_foot(line, lines)
        ):
            continue
        line_day = dates.banner_date(line.text) or (
            (
                dates.banner_date(line.text, at_head=True)
                or dates.bare_date(line.text)
                or _fields_date(line.text, first=line is head[0])
            )
            if line in head
            # 2021年第4期（总第86期）　2021年4月30日 under a newsletter's name, notices and
            # publisher: an issue's number says the date is the paper's
            else _fields_date(line.text, first=False)
            if line in fields and _ISSUE_FIELD.search(line.text)
            else None
        )
        # （上接第1版）同时，…: a carried text's first words; the page it came from is no
        # label of this page's
        carried = strip_continued(line.text) not in ("", line.text.strip())
        line_label = None if carried else dates.page_label(line.text)
        listing = listing and line.text.startswith(_LISTED)  # 标题导航 / · 某标题 / · …
        controls = web_controls(line.text)
        colophon = (
            listing
            or controls
            or is_colophon(line.text)
            or (line in head and _LATIN_NAME.fullmatch(line.text) is not None)
            or (line in head and _named_in_two_scripts(line.text))  # 清江区报 QINGJIANG…
            or (line in head and _paper_and_edition(line.text))  # 林芝日报·某某版
            or (line in fields and page_field(line.text))
            or (line in fields and _PAGE_NUMBER_ALONE.fullmatch(line.text) is not None)
            or (line in fields and _page_and_staff(line.text))
            or contents_line(line.text)
            or line in pointers
            or _running_head(line.text)
            or (_FRONT_PAGE.search(line.text) is not None and "。" not in line.text)
            or _PAGE_NOTE.match(line.text) is not None
            or (line in fields and _WEEKDAY_ALONE.fullmatch(line.text.strip()) is not None)
            or (line in head and _paper_and_page(line.text))
            or pagefurniture.page_name_and_number(line.text, at_head=line in head)
            or (line in fields and pagefurniture.issue_alone(line.text))  # 第1123期
            or (line in fields and _publisher_alone(line.text))  # 某某县融媒体中心主办
            or (line in head and _name_and_issue(line.text, first=line is head[0]))
            or (line in fields and _NOTICES_ALONE.fullmatch(line.text.strip()) is not None)
            or (line in fields and _MONTH_ALONE.fullmatch(line.text.strip()) is not None)
            or pagefurniture.staff_and_contacts(line.text)
            or (line in fields and dates.lunar_date_alone(line.text))  # 星期三 / 癸卯年七月廿二
        )
        if colophon and line in head[1:2] and _publisher_alone(line.text):
            published = True  # (the paper's name over it, below)
        if line_day or colophon or (line_label and len(line.text) <= LABEL_MAX_LEN):
            found.append(Leftover(line.text, (line.start, line.end), "banner"))
            label = label or line_label
            if not dates.reprinted(line.text):  # （原载本报…）: an old item's issue
                day = day or line_day
            listing = listing or controls
            if line in head:
                at_head.append(line.text)
            line.text = ""  # read, kept as a leftover, and out of the article flow
    name = head[0] if len(head) > 1 and head[0].text and not head[1].text else None
    if name:
        at_head.append(name.text)  # the paper's name over its date or page, taken above
    if name and published:
        # 师　苑 / 某某学院主办: whatever its name's letters look like (a byline's two), the
        # line over who publishes the paper is the paper's name
        found.insert(0, Leftover(name.text, (name.start, name.end), "banner"))
        name.text = ""
    again = _the_head_again([line for line in lines if line is not name], at_head)
    for line in [*_editions_inside_a_sentence(lines), *again]:
        found.append(Leftover(line.text, (line.start, line.end), "banner"))
        line.text = ""
    if crumbs and head[0].text and _a_papers_name(head[0].text):
        # 榕城新闻网 / 当前位置：首页 > …: the site's name over its breadcrumb
        found.insert(0, Leftover(head[0].text, (head[0].start, head[0].end), "banner"))
        head[0].text = ""
    return found, day, label


# A text's jump to the page it goes on on, after its last words on this page.
_JUMP_AFTER_TEXT = re.compile(
    r"(?<=\S)\s*([（(]\s*(?:下|转)[^（()）]{0,3}第?[^（()）]{1,6}版[）)])\s*$"
)
# An edition's or a section's name in a running head (通海版, 经济 版): a page's furniture.
_EDITION = re.compile(rf"[{lx.CJK}]{{2,6}}\s*版")
# A paper's or a page's name printed again further down is short; a long head line
# repeated is more likely a headline quoted by the page (a contents box).
_HEAD_AGAIN_MAX = 12
# What only goes on a sentence: a clause's mark opening the line under.
_GOES_ON = tuple("，、；：,;:")


def _editions_inside_a_sentence(lines: list[Line]) -> list[Line]:
    """A running head a PDF dropped between columns inside a sentence (本报讯…4月25日 /
    ␣ / 通海版 / ␣ / ，通海县…): an edition's name alone, blank lines round it, over a
    line that goes on a clause, under one that ends no sentence. The paper's name so
    set (…追回被骗 / ␣ / 某某日报 / ␣ / 资金…) needs no clause mark under it: no
    headline is a paper's name alone (none in any gold), and a headline it stood for
    would take the sentence's words under it as the title's (adv28 p21)."""
    texts = [(k, line) for k, line in enumerate(lines) if line.text]
    found = []
    for (a, above), (k, line), (b, under) in zip(texts, texts[1:], texts[2:], strict=False):
        if (
            a < k - 1
            and b > k + 1
            and not ends_sentence(above.text)
            and (
                _EDITION.fullmatch(line.text.strip())
                and under.text.lstrip().startswith(_GOES_ON)
                or _a_papers_name(line.text)
            )
        ):
            found.append(line)
    return found


def _the_head_again(lines: list[Line], at_head: list[str]) -> list[Line]:
    """A PDF repeats its running head at each column's or page's top: a line further down
    that prints again, alone, a line the page's head was read from (濉南教育周刊 between
    two paragraphs, under the same name over the page) is that head, not a headline."""
    known = {_squeezed(text) for text in at_head if len(_squeezed(text)) <= _HEAD_AGAIN_MAX}
    return [line for line in lines if line.text and _squeezed(line.text) in known]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _colophon_at_the_foot(line: Line, lines: list[Line]) -> bool:
    """The page's last line, a colophon however long (本报地址：… 邮编：… 广告热线：…
    零售价：…), a blank line over it: the paper's foot, as its head is its masthead.
    Higher up, or right under its text, a line of contacts may be a notice's own
    (联系地址：… 联系电话：…)."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].text), None)
    return (
        last is not None
        and line is lines[last]
        and last > 0
        and not lines[last - 1].text
        and is_colophon(line.text)
    )


def _paper_and_page(text: str) -> bool:
    """A head line of the paper's name, its page (B12, 第3版) and at most one section's
    name, in any order (滨江晚报 B12 服务): no headline is a paper's name and a page's
    number."""
    words = text.split()
    pages = [w for w in words if _PAGE_CODE.fullmatch(w) or dates.page_label(w) == w]
    papers = [w for w in words if dates.PAPER_NAME.fullmatch(w)]
    sections = [w for w in words if w not in pages and w not in papers]
    return (
        len(pages) == 1
        and len(sections) <= 1
        and all(_SECTION_WORD.fullmatch(w) for w in sections)
        and len(papers) == 1
    )


def _running_head(text: str) -> bool:
    m = _RUNNING_HEAD.fullmatch(text.strip())
    return m is not None and _a_papers_name(m["paper"])


def _a_papers_name(text: str) -> bool:
    return dates.PAPER_NAME.fullmatch(re.sub(r"\s+", "", text)) is not None
