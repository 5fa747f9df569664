"""Stage 3b: exact layout rules that set the line-role model's labels right.

The model weighs evidence; some facts of how text is printed are not evidence but
rules: a full line that ends no sentence goes on in the next one, a line the byline
grammar reads whole is a byline, a column the manifest names is a column. `repair`
applies them to the model's labels before the stories are assembled. Each rule was
kept only where it mended more labels than it broke on the development pages
(`make parser-eval`).
"""

from __future__ import annotations

import re

from . import gluedheads, headstacks, itemheads, items, itemstarts, narrowheads, orphans
from .credits import (
    bare_names,
    byline_credits,
    common_word,
    in_brackets,
    is_lead,
    names_a_role,
    parse_byline,
    parse_lead,
    signed_from,
    split_closing_credit,
    split_trailing_byline,
    unnamed_signature,
)
from .dates import mend_ocr_dates
from .headlines import (
    continues_headline,
    looks_like_column,
    marked_name,
    opens_with_its_subject,
    slogan_like,
    strip_rubric,
)
from .itemstarts import (
    finished,
    headline_like,
    headline_over_a_lead,
    kicker_over_a_headline_over_a_lead,
    opens_as_news,
)
from .jiebautil import crosses, edge_flags, has_verb, rjieba
from .layout import Line, PageShape, display_width, ends_sentence
from .leads import marker_alone
from .lexicon import (
    BRIEF_DAYS,
    CJK,
    CONNECTIVES,
    CREDIT_LABELS,
    DECK_DASHES,
    EXPERT_TITLES,
    INSIDE_BOXES,
    NOTICE_HEADS,
    OBJECT_VERBS,
    OCCASION_ENDINGS,
    ORG_ENDINGS,
    PAGE_STAFF_LABELS,
    PHOTO_NUMBERS,
    RUBRIC_MARKS,
    SIGNATURE_MARKS,
    WORKS_ENDINGS,
    is_editors_note,
    item_number,
    opens_with_mark,
)
from .linemodel.labels import TEXT_LABELS, headline_role
from .metadata import SCHOOL_CLASS, is_unit, read_fields
from .normalise import join_cjk, unspaced
from .pagefoot import a_production_line_closing_the_page, an_editor_inside_a_sentence_is_the_pages
from .pagefurniture import a_date_alone_is_no_headline, an_advert_under_its_label
from .sections import a_section_name_under_the_head, a_section_pair_heads_no_headline
from .signoffs import a_closing_credit_ends_its_brief
from .stacks import two_line_stacks

__all__ = ["TEXT_LABELS", "repair"]

_KEPT_LABELS = ("byline", "byline-next", "furniture", "column")
VERY_NARROW = 8  # a column this many letters wide or less


def repair(content: list[Line], labels: list[str], shape: PageShape, known_columns=()) -> list[str]:
    """Labels that break how text wraps, set right: the layout rules here are exact.

    - A line that fills its column and ends no sentence wraps: the next line carries
      its text on, across a blank line (a column break) too, whatever it was labelled.
      (A headline line that runs into text mid-word is left to the model: read as
      the text's first line, it cost more titles than it mended.)
    - A line the byline grammar reads whole is a byline, one that names nobody is not;
      a column the manifest names is a column; a long "column" is text; a lead marker
      (本报讯, 江南晚报讯, 新华社…电) after a finished sentence opens an article, unless
      an editor's note (编者按：…) stands over it: the note opens that article.
    - A kicker that only names a body (高新区城市管理局, ten characters at most, no
      punctuation) over a title printed right under it (开展执法队伍规范化建设培训) is
      the title's subject, and one that breaks inside a word
      runs on: one title over two lines.
    - Paired short phrases (您上班 我带娃) over the rest of a title, or over a headline
      line read as a subtitle that no dash opens, are its kicker (引题): a title does
      not wrap at a space between two balanced phrases.
    - A short line that stops mid-sentence between headline lines (尽职责，严分工， over
      全力改善全区空气质量) is a headline line too: no text stops before a headline.
    - Headline lines that break inside brackets or on a comma are one element.
    - Where a page's paragraphs are one blank line apart, a subhead after a wider gap
      and a finished sentence heads a new article; where they touch, a short line
      first after a blank line heads the text under it.
    - A "byline" holding a finished sentence before its credit is text (a caption).
    - A headline stack has a title (a kicker leads into one, a subtitle follows one);
      a byline before anything else on the page credits what follows it; in
      one-paragraph-a-line text, a blank line under a finished sentence ends a paragraph.
    """
    model = list(labels)  # as the line model read them, for the rules that weigh that
    labels = _a_bracketed_label_over_a_headline_is_its_column(content, list(labels))
    labels = a_section_name_under_the_head(content, labels)
    for i, line in enumerate(content):
        text = line.text
        if labels[i] in ("byline", "byline-next") and _PAGE_STAFF.search(text):
            labels[i] = "furniture"  # 本版编辑：王磊 美编：刘洁 校对：陈平: the page's staff
        elif labels[i] not in ("byline", "byline-next") and read_fields(text) is not None:
            labels[i] = "byline"  # 来源：某报　作者：X　2024-06-14: an e-paper's fields
        elif labels[i] in ("byline", "byline-next") and (kind := _text_with_its_credit(text)):
            labels[i] = kind  # （图）…准备春播。本报记者 赵强 摄: a caption and its credit
        elif labels[i] in TEXT_LABELS and len(text) <= 40 and parse_byline(_DESK.sub("", text)):
            # the byline grammar is exact: （责任编辑：韩梅）; 责任编辑 X 美编 Y: the page's
            # (校报编辑部 主编 X 责任编辑 Y: the desk's name before them)
            labels[i] = "furniture" if _PAGE_STAFF.search(text) else "byline"
        elif labels[i] in TEXT_LABELS and _STAFF_LINE.fullmatch(text.strip()):
            labels[i] = "byline"  # 指导老师：X under a pupil's byline: staff, no credit
        elif headline_role(labels[i]) and _ROLE_WORD.search(text) and parse_byline(text):
            labels[i] = "byline"  # ■ 记者 X 通讯员 Y over a title credits, never heads
        elif headline_role(labels[i]) and _editors_only(text):
            labels[i] = "byline"  # 主编 X 责编 Y: the page's staff, never a headline
        elif (
            headline_role(labels[i])
            and i
            and headline_role(labels[i - 1])
            and unnamed_signature(text)
        ):
            labels[i] = "byline"  # 特约评论员 under its headline: signed, naming no one
        elif (
            labels[i] == "title-b"
            and i + 1 < len(content)
            and labels[i + 1] == "title-i"
            and (len(text) <= 4 or text in known_columns)
            and looks_like_column(text, known_columns)
        ):
            labels[i], labels[i + 1] = "column", "title-b"  # 短评 over the title
        elif (
            labels[i] == "title-b"
            and i + 1 < len(content)
            and labels[i + 1] == "title-i"
            and _SERIES_NUMBER.fullmatch(text.strip())
        ):
            labels[i], labels[i + 1] = "column", "title-b"  # 红色印记⑤ over the title: a series
        elif headline_role(labels[i]) and in_brackets(text) and _credited_dateline(text[1:-1]):
            labels[i] = "byline"  # （本报某地5月11日电 记者 X）: a dateline closing the text
        elif headline_role(labels[i]) and i and labels[i - 1] in TEXT_LABELS and _prose(text):
            # No headline holds a full stop or runs past forty characters: text.
            labels[i] = "para" if finished(content[i - 1].text) else "body"
        elif headline_role(labels[i]) and _a_leads_head_alone(text):
            labels[i] = "open"  # 本报讯 记者 邸 文静 over its text: no headline opens so
            if i + 1 < len(content) and labels[i + 1] in ("open", "para"):
                labels[i + 1] = "body"  # the lead's text, a blank line between or not
        elif (
            headline_role(labels[i])
            and i
            and headline_role(labels[i - 1])
            and len(text) > 40
            and "，" in text
            and finished(text)  # (…1300余人次。（郑雨）: its credit after it)
        ):
            labels[i] = "open"  # sentences under a headline: its text, no subtitle's line
        elif headline_role(labels[i]) and opens_with_mark(text) and _brief_item(text):
            labels[i] = "open"  # ■9月2日，县里召开…会议。: a marked brief, not a headline
        elif (
            labels[i] == "body"
            and i
            and opens_with_mark(text)
            and "，" in text  # a brief's sentence, not a signature (□雅言)
            and finished(content[i - 1].text)
        ):
            labels[i] = "para"  # …需求。（X） / ●11日，…: a mark after a finished line opens
        elif labels[i] == "furniture" and _credited_dateline(text):
            labels[i] = "byline-next"  # 本报6月13日 （记者 X） over a headline: no masthead
        elif labels[i] == "furniture" and is_lead(text):
            labels[i] = "open"  # 本 报 讯 (记 者 罗 文: OCR spaces, no masthead's
        elif headline_role(labels[i]) and _photo_caption(content, labels, i):
            labels[i] = "caption"
        elif text.strip() in known_columns:
            labels[i] = "column"  # the paper's manifest names its columns
        elif labels[i] in TEXT_LABELS and _a_marked_column(text):
            labels[i] = "column"  # ●简讯●: a column's name between marks, no text's line
        elif (
            labels[i] in ("byline", "byline-next")
            and not _ROLE_WORD.search(text)
            and byline_credits(text) is None
        ):
            # No role word and no name: a short line is a headline (荷塘月色 over a
            # photo), else text, and so is a note in brackets (（新华社电）, （完）).
            # (本报记者 X整理) stays a byline the grammar cannot read.
            text_like = ends_sentence(text) or len(text) > 30 or in_brackets(text)
            column = looks_like_column(join_cjk(text.strip()), known_columns)  # 简 讯
            if _a_name_under_its_title(content, labels, i):
                continue  # 产业兴旺靠的是“链” / 岩温 / 采访中，…: a name the grammar cannot place
            labels[i] = "para" if text_like else "column" if column else "title-b"
            if column and i + 1 < len(content) and labels[i + 1] == "caption":
                nxt = content[i + 1].text
                if not ends_sentence(nxt) and len(nxt) <= 30:
                    labels[i + 1] = "title-b"  # the column's first item's headline
        elif labels[i] == "column" and (len(text) > 12 or ends_sentence(text)):
            # A column's name is short: a longer line is a headline, or (编者按：…。) text.
            labels[i] = "open" if ends_sentence(text) or len(text) > 40 else "title-b"
        elif labels[i] in ("para", "caption", "body") and is_lead(text) and i:
            prev = content[i - 1].text
            if (
                labels[i - 1] not in TEXT_LABELS or finished(prev) or ":" in prev[-1:]
            ) and not _under_editors_note(content, labels, i):
                labels[i] = "open"  # 江南晚报讯, 新华社…电: a lead marker opens an article
            elif headline_over_a_lead(content, labels, i, shape):
                labels[i - 1], labels[i] = "title-b", "open"
            elif kicker_over_a_headline_over_a_lead(content, labels, i, shape):
                labels[i - 2], labels[i - 1], labels[i] = "kicker-b", "title-b", "open"
        elif labels[i] == "open" and i and _under_editors_note(content, labels, i):
            labels[i] = "para"  # 编者按：… opened the article; its lead is the next paragraph
        elif (
            labels[i] == "open"
            and i
            and is_lead(text)
            and headline_over_a_lead(content, labels, i, shape)
        ):
            labels[i - 1] = "title-b"  # the line over a lead the model did open: its headline
    # Columns of a few letters wrap a headline anywhere: where one line stops says
    # nothing of a kicker, and a short line over a title is its first line.
    very_narrow = shape.narrow and 0 < shape.width <= VERY_NARROW
    for i in range(len(content) - 1):
        if (
            labels[i] == "kicker-b"
            and labels[i + 1] == "title-b"
            and content[i + 1].index == content[i].index + 1
            and _kicker_runs_on(content[i].text, content[i + 1].text)
        ):
            labels[i], labels[i + 1] = "title-b", "title-i"
        elif (
            labels[i] == "column"
            and labels[i + 1] == "title-b"
            and content[i + 1].index == content[i].index + 1
            and _a_frame_closed_below(content[i].text, content[i + 1].text)
        ):
            labels[i], labels[i + 1] = "title-b", "title-i"  # no column's name leaves 在 open
        elif (
            very_narrow
            and labels[i] == "column"
            and labels[i + 1] == "title-b"
            and content[i + 1].index == content[i].index + 1
            and not looks_like_column(join_cjk(content[i].text.strip()), known_columns)
            and display_width(content[i].text) <= shape.width + 1
        ):
            labels[i], labels[i + 1] = "title-b", "title-i"  # 轮渡恢复 / 夜 航
        elif (
            labels[i] == "title-b"
            and (
                labels[i + 1] == "title-i"
                or (
                    labels[i + 1] == "subtitle-b"
                    and not content[i + 1].text.startswith(("—", "－"))
                )
            )
            and slogan_like(content[i].text)
        ):
            labels[i], labels[i + 1] = "kicker-b", "title-b"
        elif (
            not shape.narrow
            and headline_role(labels[i]) == "title"
            and labels[i + 1] == "title-i"
            and content[i].text[-1:] not in "，、：:；"
            and _two_headlines(content[i].text, content[i + 1].text)
        ):
            # One paragraph a line: two complete headlines, one under the other. Under
            # a kicker they are the title and its subtitle (前三季度规上工业企业利润增长12%
            # under 我市制造业增加值同比增长8.2%); alone, the first is the kicker of the
            # second (在全区干部大会上 / 区长部署全年重点工作): six of nine such pairs on the
            # development pages (titles 0.870 → 0.873).
            if i and headline_role(labels[i - 1]) == "kicker":
                labels[i + 1] = "subtitle-b"
            else:
                labels[i], labels[i + 1] = "kicker-b", "title-b"
        elif (
            labels[i] == "title-b"
            and labels[i + 1] == "title-i"
            and i + 2 < len(content)
            and labels[i + 2] == "title-i"
            and not very_narrow
            and not continues_headline(content[i].text, content[i + 1].text)
            and continues_headline(content[i + 1].text, content[i + 2].text)
        ):
            # 凝心聚力谋发展 over a title printed over two lines (高新区召开2024年 /
            # 经济工作会议). Three phrases of their own (车棚换了新顶 / 楼道亮了新灯 /
            # 老人坐上电梯) are one title: titles 0.888 → 0.889 on the development pages.
            labels[i], labels[i + 1] = "kicker-b", "title-b"
    labels = _captions_read_as_headlines(content, labels)
    labels = _captions_after_a_photo_credit(content, labels)
    labels = items.a_spreads_captions_stay_in_it(content, labels, shape)
    labels = _paragraphs_are_no_headlines(content, labels)
    labels = _headlines_break_inside_one_element(content, labels, shape)
    labels = _a_colon_leads_into_the_title(content, labels)
    labels = _a_speaker_over_what_they_said(content, labels)
    for i in range(1, len(content) - 1):
        text = content[i].text
        if (
            labels[i] in ("open", "para")
            and headline_role(labels[i - 1])
            and headline_role(labels[i + 1]) in ("title", "subtitle")
            and labels[i + 1].endswith("-i")
            and not ends_sentence(text)
            and not shape.full(text)
        ):
            role = "subtitle" if headline_role(labels[i - 1]) in ("title", "subtitle") else "title"
            labels[i], labels[i + 1] = f"{role}-b", f"{role}-i"
    for i in range(1, len(content)):
        prev, line = content[i - 1], content[i]
        if (
            labels[i] == "byline"
            and labels[i - 1] in TEXT_LABELS
            and i + 1 < len(content)
            and labels[i + 1] == "body"
            and shape.full(prev.text)
            and not finished(prev.text)
        ):
            # 泰国 / 《某某报》高级记者某某 / 表示，…: a sentence runs through the "byline".
            labels[i] = "body"
            continue
        if labels[i] in _KEPT_LABELS:
            continue
        if (
            labels[i - 1] in TEXT_LABELS
            and labels[i] in TEXT_LABELS
            and labels[i] != "body"
            and shape.full(prev.text)
            and not finished(prev.text)
            and (labels[i] != "open" or _mid_word(prev.text, line.text) or _dangles(prev.text))
        ):
            # An article may follow one whose text ends in no sentence (a list, a
            # signature): only a break inside a word keeps an opening line in the text.
            labels[i] = "body"
    if shape.narrow and shape.width:
        labels = _column_lines_are_text(content, labels, shape)
        labels = _lines_wider_than_the_column_head_it(content, labels, shape)
    labels = _under_markdown_headings(content, labels)
    labels = _a_labelled_kicker_over_its_title(content, labels)
    labels = _names_sign_the_text_above(content, labels)
    labels = _an_author_note_ends_its_article(content, labels)
    labels = _a_wider_gap_opens_an_article(content, labels)
    labels = _lone_lines_are_headlines(content, labels)
    labels = _a_writer_and_where_from_is_a_byline(content, labels)
    labels = _a_question_over_text_is_a_headline(content, labels)
    labels = _short_lines_between_a_headline_and_its_lead(content, labels)
    labels = _short_lines_between_a_gap_and_a_lead(content, labels)
    labels = _a_headline_set_apart_over_a_lead(content, labels)
    labels = an_advert_under_its_label(content, labels)
    for rule in itemstarts.RULES + itemheads.RULES + gluedheads.RULES + narrowheads.RULES:
        labels = rule(content, labels, shape)
    labels = _a_wrapped_headline_over_a_lead(content, labels)
    labels = _a_box_inside_an_article(content, labels)
    labels = _a_deck_over_the_byline(content, labels)
    labels = _a_dated_lead_is_no_deck(content, labels)
    labels = _list_items_stay_in_their_article(content, labels)
    labels = items.a_notice_heads_its_wrapped_text(content, labels, shape)
    labels = _notices_are_items(content, labels)
    labels = _a_column_of_briefs(content, labels, known_columns)
    labels = a_closing_credit_ends_its_brief(content, labels)
    labels = _marked_heads_over_one_line_briefs(content, labels)
    labels = _a_marked_line_opening_on_its_day_is_a_brief(content, labels)
    labels = _a_listings_rows_are_its_text(content, labels)
    labels = items.listings_are_no_articles(content, labels, shape)
    labels = _an_occasion_over_a_headline_is_its_kicker(content, labels)
    labels = items.a_label_over_an_item_under_finished_text(content, labels, shape)
    labels = items.a_signature_closes_its_item(content, labels, shape)
    labels = items.a_signed_poem(content, labels, shape)
    labels = items.the_pages_head_is_no_column(content, labels, shape)
    labels = a_date_alone_is_no_headline(content, labels)  # 2024年6月5日 over a headline
    labels = a_section_pair_heads_no_headline(content, labels)  # 民生·社区 over one
    for rule in headstacks.RULES:  # kicker, title and subtitle in a headline's lines
        labels = rule(content, labels, shape)
    labels = two_line_stacks(content, labels)  # the one place two-line stacks are read
    labels = narrowheads.a_run_of_short_lines_is_one_headline(content, labels, shape, model)
    labels = headstacks.a_fact_under_a_news_title_is_its_subtitle(content, labels)
    labels = _a_photo_between_a_headline_and_its_text(content, labels)
    labels = _a_dash_opens_the_subtitle(content, labels)
    labels = _stacks_have_a_title(labels)
    if not shape.narrow:
        labels = _finished_lines_end_paragraphs(content, labels)
    labels = _an_editor_closing_the_page_is_the_pages(content, labels)
    labels = a_production_line_closing_the_page(content, labels)  # under the text, no gap
    labels = an_editor_inside_a_sentence_is_the_pages(content, labels)
    labels = _reporters_closing_the_page_close_its_last_article(content, labels)
    labels = _nothing_before_the_first_byline(content, labels)
    labels = _a_subhead_over_a_text_signed_by_others(content, labels)
    labels = _a_column_over_a_byline_over_text_is_the_title(content, labels)
    labels = _editors_over_a_headline_are_the_pages(content, labels)
    return _bylines_keep_the_page_style(
        content,
        _a_photo_credit_under_a_signed_text_closes_it(
            content, _a_byline_set_off_above_a_headline(content, labels, shape)
        ),
    )


# A short label alone in brackets (【街道动态】, 〖法治在线〗): a rubric, or a subhead
# inside a piece (【案情】 over its text).
_BRACKETED_LABEL = re.compile(
    r"[【〖［〔\[]\s*[^\s【】〖〗［］〔〕\[\]。，！？；：:,.]{2,10}\s*[】〗］〕\]]"
)


def _a_bracketed_label_over_a_headline_is_its_column(
    content: list[Line], labels: list[str]
) -> list[str]:
    """A bracketed label alone over a short line that ends no sentence, itself over an
    article's opening (本报讯…, a byline), is the column that article runs under, and the
    short line its headline: not text of the article above. (Over text, as 【案情】 over
    the case it tells, the label is the piece's own subhead and is left alone.)

    A headline of two short lines under the label (【聚焦城市更新】 / 衡复风貌区 /
    十条马路完成微更新) is one too where the text under it opens with a lead, a byline or
    its day (11月8日，…), and both lines stop short of that text's width: the label is
    the column, never the title or its first words."""
    for i in range(len(content) - 2):
        if not _BRACKETED_LABEL.fullmatch(content[i].text.strip()):
            continue
        head, lead = content[i + 1].text, content[i + 2].text
        if (
            len(head) <= 30
            and not ends_sentence(head)
            and (
                is_lead(lead)
                or labels[i + 2] in ("byline", "byline-next")
                or (_ROLE_WORD.search(lead) and parse_byline(lead))  # 新华社记者 X, read as text
            )
        ):
            labels[i], labels[i + 1] = "column", "title-b"
        elif _a_headline_over_a_paragraph(content, labels, i + 1):
            labels[i], labels[i + 1] = "column", "title-b"  # 【民生热线】 / 市民热线：…谁来管？
            if labels[i + 2] in TEXT_LABELS:
                labels[i + 2] = "open"
        elif _two_headline_lines_over_a_lead(content, labels, i + 1):
            labels[i : i + 3] = ["column", "title-b", "title-i"]
            if labels[i + 3] in TEXT_LABELS:
                labels[i + 3] = "open"
        elif opens_with_mark(content[i + 1].text.lstrip()) and labels[i] in TEXT_LABELS:
            labels[i] = "column"  # 【区内简讯】 over ●某某启动… 11月6日，…: the briefs' column
    return labels


def _a_headline_over_a_paragraph(content: list[Line], labels: list[str], k: int) -> bool:
    """Is line k, under a bracketed label, a headline over a paragraph: short, no comma
    or full stop in it (a question's mark may end it), with no blank line under it (or
    one, where a blank line sets the label apart from what is over it: an item's own
    block) and a paragraph of a sentence or more under that? A subhead's label (【案情】)
    stands over the case's text itself."""
    head, text = content[k].text.strip(), content[k + 1].text.strip()
    gap = content[k + 1].index - content[k].index
    set_apart = k >= 2 and content[k - 1].index - content[k - 2].index > 1
    return (
        len(head) <= 30
        and not _CLAUSE_MARKS.search(head)
        and (gap == 1 or gap == 2 and set_apart)
        and len(text) > len(head)
        and ends_sentence(text)
        and labels[k + 1] in TEXT_LABELS
    )


_CLAUSE_MARKS = re.compile(r"[，,。；;]")
_DAY_OPENING = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def _two_headline_lines_over_a_lead(content: list[Line], labels: list[str], k: int) -> bool:
    """Two lines from `k`, one under the other and no sentence, each short of the
    line under them, over a lead, a byline or a line opening with its day?"""
    if k + 2 >= len(content) or content[k + 2].index != content[k].index + 2:
        return False
    heads, lead = content[k : k + 2], content[k + 2].text
    if any(ends_sentence(h.text) or re.search("[，,；;。]", h.text) for h in heads):
        return False
    if any(display_width(h.text) >= display_width(lead) for h in heads):
        return False
    return (
        is_lead(lead)
        or labels[k + 2] in ("byline", "byline-next")
        or _DAY_OPENING.match(lead) is not None
    )


def _an_occasion_over_a_headline_is_its_kicker(content: list[Line], labels: list[str]) -> list[str]:
    """A headline's first line that only says when (教师节前夕, 春耕期间) over a line
    that says what happened (县领导走访慰问教师) is its kicker: the title is the event."""
    labels = list(labels)
    for i in range(len(content) - 1):
        when = re.sub(r"\s+", "", content[i].text)
        if (
            labels[i] in ("title-b", "title-i")
            and (i == 0 or not headline_role(labels[i - 1]))  # the stack's first line
            and headline_role(labels[i + 1]) in ("title", "subtitle")
            and len(when) <= 10
            and when.endswith(OCCASION_ENDINGS)
            and not content[i + 1].text.startswith(("—", "－", "-"))
        ):
            labels[i], labels[i + 1] = "kicker-b", "title-b"
    return labels


def _a_marked_column(text: str) -> bool:
    text = text.strip()
    return text[:1] in RUBRIC_MARKS and text[-1:] in RUBRIC_MARKS and looks_like_column(text)


def _a_leads_head_alone(text: str) -> bool:
    """A lead's marker and its credit on a line of their own (本报讯 记者 邸 文静)."""
    lead = parse_lead(text)
    return bool(lead.marker and lead.credits and not lead.rest)


def _dangles(text: str) -> bool:
    """Does a line stop where no text can end: on a comma, or a conjunction,
    preposition or particle (…民生实事和)?"""
    return text[-1:] in "、，,；;" or edge_flags(text)[1] in ("c", "p", "u", "uj", "ud")


# The desk a page's staff work for, printed before them (校报编辑部 主编 X 责编 Y).
_DESK = re.compile(rf"^[{CJK}]{{0,8}}(?:编辑部|编委会)\s+")
# A staff label no article credits (美编, 校对, 版式设计) as a field, or set apart by a
# space (本版编辑 柯岩　校对 钟灵): a page's staff line.
_PAGE_STAFF = re.compile("(?:" + "|".join(PAGE_STAFF_LABELS) + r")(?:\s*[:：]|\s+(?=\S))")


def _a_column_over_a_byline_over_text_is_the_title(
    content: list[Line], labels: list[str]
) -> list[str]:
    """A line read as a column or a kicker, set off by a blank line, right over a byline
    right over text (秋收秋种进行时 / □记者 X / 秋分已过，…): a column and a kicker stand
    over a headline, so with none under it the line is the headline, and the byline,
    whatever the model said, is that article's. So is a line read as text that ends no
    sentence, under a finished one (or set off from no text), over a byline naming its role
    (梁家坪村中药材种植户尝到甜头 / 县融媒体中心记者 X / “去年种了…): a text's last
    line ends its sentence before the credit closing it."""
    labels = list(labels)
    for i in range(1, len(content) - 2):
        set_off = content[i].index - content[i - 1].index >= 2
        if labels[i] in TEXT_LABELS:
            above_text = labels[i - 1] in TEXT_LABELS
            if not (_ends_above(content, i) if above_text else set_off):
                continue  # (a sentence going on across a column break ends on the line)
            if not headline_like(content[i].text) or not _ROLE_WORD.search(content[i + 1].text):
                continue
        elif labels[i] not in ("column", "kicker-b") or not set_off:
            continue
        if labels[i + 1] not in ("byline", "byline-next") or labels[i + 2] not in TEXT_LABELS:
            continue
        if any(content[k + 1].index != content[k].index + 1 for k in (i, i + 1)):
            continue
        labels[i : i + 3] = ["title-b", "byline", "open"]
    return labels


def _a_subhead_over_a_text_signed_by_others(content: list[Line], labels: list[str]) -> list[str]:
    """A "subhead" set off by a blank line (or right under a finished sentence, as OCR
    keeps no blank lines; a line of text over it ending no sentence its first line)
    whose text closes with a byline naming other people than the one byline its article
    opened with, right under its headline (…半天办结 / ■记者 X / text / / 新区出台课后服务
    提质方案 / text / ■通讯员 Y), or than its lead's bracket (本报讯（记者 X）…), heads an
    item of its own: one article is signed once, a feature's sections carry no credits
    of their own."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        if labels[i] != "subhead":
            continue
        if labels[i + 1] == "subhead":
            continue  # (the lower line of two is read below)
        first = i  # a headline's first line the model read as text or a subhead (东坡茶园 /
        k = i - 1  # 春茶开采忙), under a finished sentence
        if labels[k] in ("para", "body", "subhead") and content[k].index == content[i].index - 1:
            if k > 0 and headline_like(content[k].text) and finished(content[k - 1].text):
                first = k
        if content[first].index - content[first - 1].index < 2 and not (
            first > 0 and labels[first - 1] in TEXT_LABELS and finished(content[first - 1].text)
        ):
            continue  # set off by a blank line, or under a finished sentence (OCR keeps none)
        j = i + 1
        while j < len(content) and labels[j] in ("para", "body", "caption", "open"):
            j += 1
        if j == i + 1 or j == len(content) or labels[j] != "byline":
            continue
        top = next((k for k in range(first - 1, -1, -1) if headline_role(labels[k])), None)
        if top is None:
            continue
        signed = [k for k in range(top, first) if labels[k] == "byline"]
        opens = [k for k in range(top, first) if labels[k] == "open"]
        if not signed and len(opens) == 1:
            # 本报讯（记者 X）…: the article above is signed in its lead's bracket
            above = {c.name for c in parse_lead(content[opens[0]].text).credits}
        elif len(signed) != 1 or any(not headline_role(labels[k]) for k in range(top, signed[0])):
            continue  # the article above opens with its one byline, right under its headline
        else:
            above = {c.name for c in byline_credits(content[signed[0]].text) or []}
        below = {c.name for c in byline_credits(content[j].text) or []}
        if above and below and not above & below:
            labels[first : i + 2] = ["title-b", *["title-i"] * (i - first), "open"]
    return labels


def _a_name_under_its_title(content: list[Line], labels: list[str], i: int) -> bool:
    """Is byline i two or three letters no dictionary knows, right between a title and
    the text it opens (岩温, a Dai name with no surname the grammar knows)? A headline
    never stands between its title and its text; a name does."""
    text = content[i].text.strip()
    return (
        0 < i < len(content) - 1
        and len(text) in (2, 3)
        and _CJK_ONLY.fullmatch(text) is not None
        and not common_word(text)
        and labels[i - 1] in ("title-b", "title-i")
        and labels[i + 1] == "open"
        and content[i].index == content[i - 1].index + 1
    )


_CJK_ONLY = re.compile(f"[{CJK}]+")


def _editors_only(text: str) -> bool:
    credits = byline_credits(_DESK.sub("", text.strip()))  # (校报编辑部 主编 X: the desk's)
    return bool(credits) and all(c.role == "editor" for c in credits)


def _text_with_its_credit(text: str) -> str | None:
    """A "byline" that holds a finished sentence before its credit is text with the
    credit printed after it: a photo's caption (…准备春播。本报记者 赵强 摄) or a
    paragraph. The sentence is never a byline's, so it must not be lost with one."""
    head, credits = split_trailing_byline(text)
    if not credits:
        head, credits = split_closing_credit(text)
    head = head.strip()
    photo = any(c.role == "photographer" for c in credits)
    # A photo's caption may say as little as 比赛现场。 before its photographer.
    shortest, letters = (5, 4) if photo else (8, 6)
    if (
        not credits
        or len(head) < shortest
        or not ends_sentence(head)
        or not re.search(f"[{CJK}]{{{letters}}}", head)
    ):
        return None
    return "caption" if photo else "para"


def _prose(text: str) -> bool:
    return len(text) > 40 or "。" in text[:-1]


def _brief_item(text: str) -> bool:
    """A sentence with a comma in it and its full stop (●9月2日，…。): an item's text."""
    return "，" in text and ends_sentence(text) and len(text) > 16


_SAYS = re.compile(r"[，,；;：:“”\s、]")


def _credited_dateline(text: str) -> bool:
    lead = parse_lead(text)
    return bool(lead.marker and lead.credits and not lead.rest)


def _photo_caption(content: list[Line], labels: list[str], i: int) -> bool:
    """Is a "headline" line under a headline, a whole sentence with no text after it,
    a photo's caption (江滩公园荷花盛开 / 6月12日，游客在公园赏荷。/ （孙悦摄））?
    No headline ends on a full stop, and a headline stack with no text under it leaves
    the photo item's credit to the article above."""
    text = content[i].text
    if not (i and headline_role(labels[i - 1]) and text.endswith("。") and len(text) > 8):
        return False
    return i + 1 == len(labels) or labels[i + 1] not in TEXT_LABELS


def _kicker_runs_on(kicker: str, title: str) -> bool:
    """Is a "kicker" the first line of its title: the subject the title's predicate
    follows (高新区城市管理局 / 开展…), or a line that breaks inside a word?"""
    # Only a body's bare name is a title's subject: a longer line, or one with
    # punctuation or a space, says something itself (市人大常委会召开会议审议通过城市更新条例);
    # and only over a title that is a predicate, opening on a verb or a preposition
    # (开展…, 为…): a place over a title that names its own subject is a kicker
    # (江北某镇 / 人人都是护河员). Titles 0.867 → 0.870 on the development pages.
    if marked_name(kicker):
        return False  # ■健康陇西 / 县人民医院…: a rubric, whatever word its end and the title make
    body = join_cjk(kicker)  # OCR's stray space (高新区财政金 融局) says nothing
    subject = (
        body.endswith(ORG_ENDINGS)
        and len(body) <= 10
        and not _SAYS.search(body)
        and edge_flags(title)[0] in ("v", "p")
    ) or (len(body) <= 14 and _a_works_name_over_its_predicate(body, title))
    if _a_frame_closed_below(body, title):
        return True
    # (Not over a document's name: 中共中央印发 / 关于…的通知 announces it.)
    document = title.startswith(("关于", "《"))
    return subject or (_stops_at_its_verb(body) and not document) or crosses(kicker, title)


def _stops_at_its_verb(line: str) -> bool:
    """A subject and a verb that wants its object (县检察院开展, 我市全力推进): the first
    half of a clause the line under it ends, where a kicker says something whole."""
    if len(line) > 12 or not line.isalnum():
        return False
    words = rjieba.tag(line, False)
    if len(words) < 2 or words[-1][0] not in OBJECT_VERBS or words[0][1] == "d":
        return False
    return all(tag[:1] in "nrstmqjz" or tag == "d" for _, tag in words[:-1])


def _under_editors_note(content: list[Line], labels: list[str], i: int) -> bool:
    """Is line `i` right under an editor's note (编者按：…), which opens the article
    whose lead follows it?"""
    j = i - 1
    while j > 0 and labels[j] == "body":
        j -= 1
    return is_editors_note(content[j].text)


def _a_dash_opens_the_subtitle(content: list[Line], labels: list[str]) -> list[str]:
    """A headline line opening with a dash under the title (城南片区供水管网改造完工 /
    ——两万余户居民告别“黄汤水”) is the subtitle, not the title's second line."""
    labels = list(labels)
    for i in range(1, len(content)):
        above = content[i - 1].text
        if above.count("“") > above.count("”") or above.count("《") > above.count("》"):
            continue  # “某某计划 / ——某某行动”启动: a name in quotes goes on over the dash
        if labels[i] == "title-i" and content[i].text.lstrip().startswith(DECK_DASHES):
            labels[i] = "subtitle-b"
            k = i + 1
            while k < len(content) and labels[k] == "title-i":
                labels[k] = "subtitle-i"
                k += 1
    return labels


def _stacks_have_a_title(labels: list[str]) -> list[str]:
    """A headline stack with no title line (a kicker alone over the text, or a
    subtitle alone) has its first element for its title: a kicker leads into a title,
    a subtitle follows one."""
    labels = list(labels)
    for i, end in _headline_runs(labels, headline_role):
        roles = [headline_role(lab) for lab in labels[i : end + 1]]
        if "title" not in roles:
            first = roles[0]
            j = i
            while j <= end and roles[j - i] == first:
                labels[j] = labels[j].replace(first, "title")
                j += 1
    return labels


def _headline_runs(labels: list[str], joins):
    """(first, last) of each run of headline lines, a line joining the run above it
    while `joins(its label)`; the labels of a run may be changed before the next."""
    i = 0
    while i < len(labels):
        if not headline_role(labels[i]):
            i += 1
            continue
        end = i
        while end + 1 < len(labels) and joins(labels[end + 1]):
            end += 1
        yield i, end
        i = end + 1


def _finished_lines_end_paragraphs(content: list[Line], labels: list[str]) -> list[str]:
    """In one-paragraph-a-line text, a line after a blank line under a finished
    sentence starts a paragraph: the blank line is no column break inside one."""
    labels = list(labels)
    for i in range(1, len(content)):
        if (
            labels[i] == "body"
            and labels[i - 1] in TEXT_LABELS
            and content[i].index > content[i - 1].index + 1
            and finished(content[i - 1].text)
        ):
            labels[i] = "para"
    return labels


def _an_editor_closing_the_page_is_the_pages(content: list[Line], labels: list[str]) -> list[str]:
    """An editor named at the page's foot, a blank line under the last article (编辑
    某某, or 责任编辑：某某 / 美术编辑：某某 / 校对：某某 one a line, or with the
    publisher's line 某某报社出版), edited the page: a paper that names each article's
    editor names one under every article, and this page names no other."""

    def editor(i: int) -> bool:
        return labels[i] in ("byline", "byline-next") and _editors_only(content[i].text)

    first = len(content)  # the run of staff lines ending the page
    while first > 1 and (
        editor(first - 1) or _page_staff_or_publisher(content[first - 1].text, labels[first - 1])
    ):
        first -= 1
    foot = range(first, len(content))
    if (
        not any(editor(i) for i in foot)
        or content[first].index == content[first - 1].index + 1
        or any(editor(i) for i in range(first))
    ):
        return labels
    return [*labels[:first], *["furniture"] * len(foot)]


# The paper's or a media centre's line closing a page (油田报社出版, 江北区融媒体中心).
_PUBLISHER_LINE = re.compile(rf"[{CJK}]{{2,24}}(?:出品|出版|主办|编印|融媒体中心|新闻中心|报社)")


def _page_staff_or_publisher(text: str, label: str) -> bool:
    """Staff we credit no one for (美术编辑：X, 校对：Y), or the publisher's line."""
    text = text.strip()
    return (
        label == "furniture"
        or _PAGE_STAFF.search(text) is not None
        or parse_byline(text) == []
        or _PUBLISHER_LINE.fullmatch(text) is not None
    )


def _reporters_closing_the_page_close_its_last_article(
    content: list[Line], labels: list[str]
) -> list[str]:
    """Reporters named on the page's last line, under an article's finished text (记者 X
    通讯员 Y), read as furniture for ending the page, close that article: the page's
    staff are its editors, never its reporters. The page's foot may follow them (本版
    热线：…)."""
    last = len(content) - 1
    while last > 1 and labels[last] == "furniture" and not parse_byline(content[last].text):
        last -= 1  # the foot's hotline, its page number
    if last < 1 or labels[last] != "furniture" or labels[last - 1] not in TEXT_LABELS:
        return labels
    if not finished(content[last - 1].text):
        return labels
    credits = parse_byline(content[last].text.strip()) or []
    if not credits or any(c.role not in ("reporter", "correspondent") for c in credits):
        return labels
    return [*labels[:last], "byline", *labels[last + 1 :]]


def _nothing_before_the_first_byline(content: list[Line], labels: list[str]) -> list[str]:
    """A byline above the page's first headline or text credits what follows it: there
    is no article before it to close. One that names only editors there (责任编辑：某某
    under the masthead) is the page's: an article's editor is named after its text."""
    labels = list(labels)
    for i, label in enumerate(labels):
        if label in ("byline", "byline-next") and _editors_only(content[i].text):
            labels[i] = "furniture"
        elif label == "byline" or (
            label == "furniture" and _reporters_over_a_headline(content, labels, i)
        ):
            labels[i] = "byline-next"
        elif label not in ("furniture", "column", "byline-next"):
            break
    return labels


def _editors_over_a_headline_are_the_pages(content: list[Line], labels: list[str]) -> list[str]:
    """A line naming only editors (主编 X 责编 Y, 责任编辑：X) over a headline, a blank
    line between, is the page's head or the foot of the column before it: an article's
    editor is named after its text, never over its headline, nor between its headline
    and its text (where a PDF's text order may set the page's foot). Not one right
    under text or in brackets: that closes the text (（供稿：某学院 编辑：X）)."""
    labels = list(labels)
    for i in range(len(content) - 1):
        closes = content[i].text.lstrip().startswith(("（", "(")) or (
            i and labels[i - 1] in TEXT_LABELS and content[i].index == content[i - 1].index + 1
        )
        if (
            not closes
            and labels[i] in ("byline", "byline-next")
            and content[i + 1].index > content[i].index + 1
            and (headline_role(labels[i + 1]) or labels[i + 1] == "column")
            and _editors_only(content[i].text)
        ):
            labels[i] = "furniture"
        elif (
            i
            and labels[i] in ("byline", "byline-next")
            and not content[i].text.lstrip().startswith(("（", "("))
            and headline_role(labels[i - 1])
            and labels[i + 1] in TEXT_LABELS
            and _editors_only(content[i].text)
        ):
            labels[i] = "furniture"  # (…标题 / 责编 X / text: a PDF's running foot, set there)
    return labels


def _reporters_over_a_headline(content: list[Line], labels: list[str], i: int) -> bool:
    """Reporters named right over the page's first headline (融媒记者 X 通讯员 Y), read
    as the masthead's furniture for standing under it: the article below is theirs."""
    credits = parse_byline(content[i].text) or []
    return (
        i + 1 < len(labels)
        and headline_role(labels[i + 1]) in ("kicker", "title")
        and any(c.role in ("reporter", "correspondent") for c in credits)
        and all(c.role != "editor" for c in credits)
    )


def _a_byline_set_off_above_a_headline(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """A byline set off from the finished text above by a blank line and printed right
    over a headline (…送去图书一千余册。/ ␣ / 本报通讯员 X / 县中学开门办学 / text) is
    the headline's: a closing byline sits under its text. So is one right over text, on
    a page that prints its headlines apart (■本报通讯员 X / “去年一年，…), unless in
    brackets, as a closing credit is printed. A bare name there still signs the text
    above (no paper opens an article with one)."""
    labels = list(labels)
    for i in range(1, len(content) - 2):
        over_a_head = headline_role(labels[i + 1]) in ("kicker", "title")
        if (
            labels[i] != "byline"
            or labels[i - 1] not in TEXT_LABELS
            # (OCR loses a stop: a reporter's byline over a headline is the headline's)
            or not (ends_sentence(content[i - 1].text) or over_a_head and _reporters(content[i]))
            or content[i].index - content[i - 1].index < 2  # no blank line above
            or content[i + 1].index != content[i].index + 1  # a blank line below
            or _bare_names(content[i].text)
            or (in_brackets(content[i].text) and is_lead(content[i + 2].text))
            or _photographers_only(content[i].text)
        ):
            # （通讯员 X） over a headline and a 本报讯 lead closes the text above; so does
            # a photographer's credit (金石 摄): it signs the photo its caption is under.
            continue
        head, text = join_cjk(content[i + 1].text.strip()), labels[i + 2]  # OCR's spaces closed
        if headline_role(labels[i + 1]) in ("kicker", "title"):
            labels[i] = "byline-next"
        elif (
            labels[i + 1] in TEXT_LABELS
            and not ends_sentence(head)
            # a column's full line goes on in the next; one wider with no punctuation
            # (OCR's spaced big letters) is no line of the column's text
            and (not shape.full(head) or narrowheads.wider_than_text(content[i + 1].text, shape))
            and len(head) <= 30
            and text in TEXT_LABELS
            and content[i + 2].index == content[i + 1].index + 1
        ):
            labels[i], labels[i + 1], labels[i + 2] = "byline-next", "title-b", "open"
        elif (
            labels[i + 1] in TEXT_LABELS
            and not in_brackets(content[i].text)
            and not is_lead(content[i + 1].text)
            and (labels[i + 1] != "caption" or _goes_on_under(content, labels, i + 1))
        ):
            # a page that prints its headlines apart: ■本报通讯员 X over the text it opens
            # (a caption alone under it is the photo's of the text above: …受访者供图)
            labels[i], labels[i + 1] = "byline-next", "open"
    return labels


def _a_photo_between_a_headline_and_its_text(content: list[Line], labels: list[str]) -> list[str]:
    """A caption (one or two lines, its sentence finished) and its photographer's credit
    right under a headline and over text (北原女排无缘总决赛 / ——半决赛1比3不敌天湖队 /
    队员在比赛中拦网。/ 庞琳 摄 / 高铭/文 / 4月19日晚，…): the photo printed between the
    headline and its text is that article's, and the text under it goes on the article
    the headline opened, its own byline or lead marker (本报讯（通讯员 X）) with it."""
    labels = list(labels)
    for i in range(2, len(content) - 1):
        if labels[i] not in ("byline", "byline-next") or not _photographers_only(content[i].text):
            continue
        c = i
        while c > i - 2 and _touching(content, c - 1) and finished(content[c - 1].text):
            if len(content[c - 1].text) > 60 or not (
                labels[c - 1] in TEXT_LABELS or headline_role(labels[c - 1]) == "subtitle"
            ):
                break
            c -= 1
        if c == i or c < 1 or not _touching(content, c):
            continue
        top = c - 1
        while top > 0 and labels[top] in TEXT_LABELS and content[top].text.startswith("——"):
            top -= 1  # ——半决赛1比3不敌天湖队 read as text: the headline's subtitle
        if not headline_role(labels[top]) or any(
            not _touching(content, k) for k in range(top + 1, c)
        ):
            continue
        k = i + 1
        while k < len(content) and labels[k] in ("byline", "byline-next") and _touching(content, k):
            k += 1
        if k >= len(content) or not _touching(content, k):
            continue
        if not (labels[k] in TEXT_LABELS or is_lead(content[k].text)):
            continue
        m = k + 1
        while m < len(content) and labels[m] in TEXT_LABELS and _touching(content, m):
            m += 1
        if m < len(content) and _photographers_only(content[m].text):
            continue  # another caption and its credit: a photo item's, not an article's text
        if any(_signed_by_a_photographer(content[j].text) for j in (*range(c, i), m - 1)):
            continue  # (…在植物园认识花草。 邹明 摄: captions, each with its own credit)
        for j in range(top + 1, c):
            labels[j] = "subtitle-b" if j == top + 1 else "subtitle-i"
        labels[c:i] = ["caption"] * (i - c)
        labels[i:k] = ["byline"] * (k - i)
        labels[k] = "para"
        if _a_leads_head_alone(content[k].text) and labels[k + 1 : k + 2] in (["open"], ["para"]):
            labels[k + 1] = "body"  # 本报讯（通讯员 X） / 日前，…: one lead over two lines
    return labels


def _signed_by_a_photographer(text: str) -> bool:
    """Does a line end on its photographer's credit (…认识花草。 邹明 摄, （通讯员 X 摄））?"""
    credits = split_trailing_byline(text)[1] or split_closing_credit(text)[1]
    return bool(credits) and all(c.role == "photographer" for c in credits)


def _touching(content: list[Line], k: int) -> bool:
    """Is line k printed right under line k - 1, no blank line between?"""
    return k > 0 and content[k].index == content[k - 1].index + 1


def _goes_on_under(content: list[Line], labels: list[str], i: int) -> bool:
    """Does line i's text go on in the line right under it?"""
    return (
        i + 1 < len(content)
        and content[i + 1].index == content[i].index + 1
        and labels[i + 1] in ("body", "para")
    )


def _reporters(line: Line) -> bool:
    """Does a byline line credit reporters or correspondents by their role word?"""
    credits = parse_byline(line.text) or []
    return bool(credits) and all(c.role in ("reporter", "correspondent") for c in credits)


def _a_photo_credit_under_a_signed_text_closes_it(
    content: list[Line], labels: list[str]
) -> list[str]:
    """A photographer's credit alone (韦志明/图, 金石 摄) under a text its writer's credit
    closes (…五谷丰登。（通讯员 X）), a blank line between, is that item's photo credit,
    not the next headline's byline: the item is signed, and its photo is credited
    after it."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        if labels[i] != "byline-next" or labels[i - 1] not in TEXT_LABELS:
            continue
        if not _photographers_only(content[i].text):
            continue
        if split_closing_credit(content[i - 1].text)[1]:
            labels[i] = "byline"
    return labels


def _photographers_only(text: str) -> bool:
    """Does the byline credit photographers and no one else (金石 摄, 本报记者 X 摄)?"""
    credits = byline_credits(text)
    return bool(credits) and all(c.role == "photographer" for c in credits)


def _bylines_keep_the_page_style(content: list[Line], labels: list[str]) -> list[str]:
    """A page that prints a byline above a headline (■ 记者 X over the title) prints
    them all so: a byline between one article's text and the next headline is then
    the next article's. A bare name there (张伟, no role word, no ■) still signs the
    text above it: no paper opens an article with one (credits recall on the
    development pages 0.929 → 0.930)."""

    def next_is_headline(i):
        return i + 1 < len(labels) and headline_role(labels[i + 1]) in ("kicker", "title")

    above = [i for i, lab in enumerate(labels) if lab == "byline-next" and next_is_headline(i)]
    after = [i for i, lab in enumerate(labels) if lab == "byline" and next_is_headline(i)]
    if not above or len(above) < len(after):
        return _bylines_over_texts(content, labels)
    labels = list(labels)
    for i in after:
        if i and labels[i - 1] in TEXT_LABELS and not _bare_names(content[i].text):
            if not _closes_the_text_above(content, i) and not gluedheads.signs_itself(
                content, labels, i + 1
            ):
                labels[i] = "byline-next"
    return labels


def _closes_the_text_above(content: list[Line], i: int) -> bool:
    """Does byline i stand right under a finished sentence with a blank line under it,
    set apart from the headline below (…不着了。/ 本报记者 X / ␣ / next headline)? It
    closes that text, whatever the page's other bylines do: one over a headline is
    set apart from the text above and stands right over its headline."""
    above, line, below = content[i - 1], content[i], content[i + 1]
    return (
        line.index == above.index + 1 and below.index > line.index + 1 and ends_sentence(above.text)
    )


def _bylines_over_texts(content: list[Line], labels: list[str]) -> list[str]:
    """A page whose headlines are printed apart and whose first text opens under its
    byline (本报记者 X over 1月19日，…) prints every byline so, when no byline closes its
    last text: a byline between one finished text and the next is the next one's. The
    headlines may stand in one block over them all (蚌埠龙子湖畔桂花飘香 / 淮上区… /
    怀远石榴节开幕 over ■记者 X / text / ■记者 Y / text …), a line for each text."""
    n = len(labels)
    bylines = [i for i, lab in enumerate(labels) if lab in ("byline", "byline-next")]
    heads = [i for i, lab in enumerate(labels) if headline_role(lab)]
    block = heads == list(range(heads[0], heads[0] + len(heads))) if heads else False
    if block and bylines and heads[-1] + 1 == bylines[0] and len(heads) >= len(bylines):
        heads = []  # the page's headlines, gathered over its first byline
    first = next(
        (
            i
            for i, lab in enumerate(labels)
            if lab != "furniture"
            and not is_editors_note(content[i].text)
            and (not headline_role(lab) or heads)
        ),
        None,
    )  # (a page's 编者按 over them all is no text of theirs)
    if (
        len(bylines) < 2
        or bylines[0] != first
        or any(headline_role(labels[i]) for i in heads if i < bylines[-1])
        or not all(i + 1 < n and labels[i + 1] in TEXT_LABELS for i in bylines)
        or _bare_names(content[bylines[0]].text)
    ):
        return labels
    labels = list(labels)
    for i in bylines:
        if parse_lead(content[i + 1].text).credits:
            continue  # 本报讯（记者 X）… signs itself: the byline over it closes the text above
        if i and labels[i - 1] in TEXT_LABELS and finished(content[i - 1].text):
            labels[i], labels[i + 1] = "byline-next", "open"
    return labels


def _bare_names(text: str) -> bool:
    return not _ROLE_WORD.search(text) and text.lstrip()[:1] not in SIGNATURE_MARKS


def _a_labelled_kicker_over_its_title(content: list[Line], labels: list[str]) -> list[str]:
    """An export's labelled kicker (引题：县域医共体建设观察, labelled.py keeps the label)
    and the headline under it are what the labels say: no wrapped title, whatever the
    model read."""
    labels = list(labels)
    for i, line in enumerate(content):
        if line.level and _KICKER_LABEL.match(line.text):
            labels[i] = "kicker-b"
            if i + 1 < len(content) and content[i + 1].level and headline_role(labels[i + 1]):
                labels[i + 1] = "title-b"
    return labels


_KICKER_LABEL = re.compile(r"(?:引题|肩题)\s*[:：]")


def _under_markdown_headings(content: list[Line], labels: list[str]) -> list[str]:
    """Short lines that end no sentence right under a Markdown heading (## 标题, then
    `尽职责，严分工，` / `全力改善全区空气质量`) are its subtitle, not its text, when the
    first stops mid-sentence: a speaker's name over a roundup's item (某某委员 / 提升…)
    is the item's text (articles 0.933 / 0.928 → 0.936 / 0.930 on the development pages)."""
    labels = list(labels)
    for i, line in enumerate(content):
        if not line.level or not headline_role(labels[i]):
            continue
        if i + 1 < len(content) and not _dangles(content[i + 1].text):
            continue  # a subtitle printed as text stops mid-sentence; a roundup's item does not
        j = i + 1
        while (
            j < len(content)
            and not content[j].level
            and (labels[j] in ("open", "para", "body", "subhead") or headline_role(labels[j]))
            and len(content[j].text) <= 30
            and not ends_sentence(content[j].text)
            and not is_lead(content[j].text)
        ):
            wraps = j > i + 1 and content[j].index == content[j - 1].index + 1
            labels[j] = "subtitle-i" if wraps else "subtitle-b"
            j += 1
    return labels


def _a_writer_and_where_from_is_a_byline(content: list[Line], labels: list[str]) -> list[str]:
    """A writer's name and where they work, alone on a line (蒲德昌（县人大常委会退休干部）
    under a poem, 县人民医院老年病科 殷晓 under a headline), is a byline, whatever the model
    read it as: under finished text it signs that text, under a headline the text below."""
    labels = list(labels)
    for i in range(1, len(content)):
        above, line = labels[i - 1], content[i].text
        if labels[i] in ("byline", "byline-next") or len(line) > 30 or not signed_from(line):
            continue
        if headline_role(above) and _touching(content, i):
            labels[i] = "byline"
        elif above in TEXT_LABELS and finished(content[i - 1].text):
            labels[i] = "byline"
    return labels


def _lone_lines_are_headlines(content: list[Line], labels: list[str]) -> list[str]:
    """A short line that ends no sentence, between a closed article (its byline) or a
    headline and another headline or the page's end, opens no text: it is a headline
    printed apart (区统计局签订2020年个人目标责任书 at the page's foot). So are two
    such lines set off by a blank line, the second carrying the first on (a headline
    wrapped by a narrow column: 《某某规划（20 / 19—2025年）》出台). Read from the
    page's end up: headlines gathered at the foot are found the first one too."""
    labels = list(labels)
    last = len(content) - 1
    for i in range(last, -1, -1):
        apart = i == 0 or content[i].index > content[i - 1].index + 1
        if labels[i] not in ("open", "para", "caption") and not (
            labels[i] == "body"
            and i > 0
            and apart
            and (finished(content[i - 1].text) or _alone(content, labels, i - 1))
        ):
            continue  # (under a blank line and a finished sentence or a line alone)
        j = i  # the block's last line
        if (
            i < last
            and labels[i + 1] == "body"
            and content[i + 1].index == content[i].index + 1
            and (i + 1 == last or content[i + 2].index > content[i + 1].index + 1)
            and apart
        ):
            j = i + 1  # two lines standing alone between blank lines
        text = "".join(content[k].text for k in range(i, j + 1))
        if (
            ends_sentence(text)
            or len(text) > 40
            or "。" in text
            or text.startswith(("—", "（", "("))
        ):
            continue  # ——编者, （完）: signatures and notes, not headlines
        if not apart and re.search("[，,；;]", text):
            continue  # a clause touching the text above opens its next paragraph
        before = labels[i - 1] if i else "byline"
        if before in TEXT_LABELS and (
            finished(content[i - 1].text) or _alone(content, labels, i - 1)
        ):
            before = "byline"  # the text above is finished, or a line alone (a headline)
        after = labels[j + 1] if j < last else "title-b"
        if after == "byline" and content[j + 1].text[:1] in SIGNATURE_MARKS:
            after = "byline-next"  # a commentary's □signature under its title
        if (before == "byline" or headline_role(before)) and (
            headline_role(after) or after in ("byline-next", "column")
        ):
            labels[i] = "title-b"
            if j > i:
                labels[j] = "title-i"
    return labels


def _alone(content: list[Line], labels: list[str], k: int) -> bool:
    """Is line k a short unfinished line with blank lines above and under it, under
    finished text or a headline: no text runs into it or out of it (the first of a
    page's gathered headlines). Verse, one line between blank lines after another, is
    not: the line above it is another such line."""
    line = content[k]
    return (
        0 < k < len(content) - 1
        and content[k - 1].index < line.index - 1
        and content[k + 1].index > line.index + 1
        and len(line.text) <= 40
        and not finished(line.text)
        and (
            finished(content[k - 1].text)
            or labels[k - 1] == "byline"
            or headline_role(labels[k - 1])
        )
    )


def _a_question_over_text_is_a_headline(content: list[Line], labels: list[str]) -> list[str]:
    """A short question or exclamation standing apart (a blank line or a column's name
    over it) right over a longer paragraph (小区停车难何时解？ / 读者赖先生来电：…) is a
    headline: papers end headlines on ？ and ！, which the model reads as a sentence's
    end. One clause only: a paragraph's question says more (那么，该怎么办？)."""
    labels = list(labels)
    for i in range(len(content) - 1):
        text, below = content[i].text, content[i + 1]
        if (
            labels[i] in ("open", "para")
            and text[-1:] in "？！?!"
            and (head := _QUESTION_HEAD.fullmatch(text[:-1]))
            and not (
                head["first"]
                and (
                    _no_text_under_two_clauses(head["first"], below.text)
                    or i
                    and labels[i - 1] not in (*TEXT_LABELS, "byline", "byline-next", "column")
                )  # under a headline, an opening cry is the text's (中央企业，关键时刻的顶梁柱！)
            )
            and (i == 0 or labels[i - 1] == "column" or content[i].index - content[i - 1].index > 1)
            and (i == 0 or labels[i - 1] not in TEXT_LABELS or finished(content[i - 1].text))
            and labels[i + 1] in ("open", "para", "body")
            and below.index == content[i].index + 1
            and len(below.text) > len(text)
        ):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


def _no_text_under_two_clauses(first: str, below: str) -> bool:
    """A question in two clauses heads text only if its first is no connective (那么，该
    怎么办？) and text reads under it: a comma or a sentence's end. A headline under it
    (成人感染被转运，孩子谁来照顾？ / “儿童督导员”上线了) makes it a kicker."""
    return first.startswith(CONNECTIVES) or ("，" not in below and not ends_sentence(below))


# One clause of 4 to 24 characters: no comma, colon or sentence inside; or two short
# ones (手机屏碎了，延保服务能赔吗？) whose first is no connective (那么，该怎么办？).
_QUESTION_HEAD = re.compile(
    r"[^，,、：:；;。！？!?]{4,24}|(?P<first>[^，,、：:；;。！？!?]{4,10})，[^，,、：:；;。！？!?]{4,14}"
)


def _short_lines_between_a_gap_and_a_lead(content: list[Line], labels: list[str]) -> list[str]:
    """One to three short lines read as text, set off by a blank line above and right
    over a lead's marker (… / ␣ / 区领导检查 / 防汛工作 / 本报讯（记者 X）…), are the
    headline of the article the marker opens, though the text above ends no sentence
    (OCR lost its stop): a marker opens an article, and the last words of the text above
    would sit before the gap, not between it and a new article."""
    labels = list(labels)
    for i in range(1, len(content)):
        if labels[i] not in ("open", "para") or parse_lead(content[i].text).marker is None:
            continue
        k = i
        while (
            k > 0
            and i - k < _GAP_HEAD_LINES
            and labels[k - 1] in ("body", "para", "column")  # (防汛工作 alone: a "column")
            and content[k].index == content[k - 1].index + 1
            and _a_short_head_line(content[k - 1].text)
        ):
            k -= 1
        if k == i or k == 0 or content[k].index - content[k - 1].index < 2:
            continue
        if labels[k] == "column":
            continue  # a column's name over its text: the text's, as it stands
        labels[k : i + 1] = ["title-b"] + ["title-i"] * (i - k - 1) + ["open"]
    return labels


_GAP_HEAD_LINES = 3
_SHORT_HEAD_MIN = 4  # fewer letters set apart name a writer, not the news


def _a_short_head_line(text: str) -> bool:
    """A line a narrow headline may be: short, reading as a headline, no clause's mark."""
    return (
        len(join_cjk(text)) <= _SHORT_HEAD_LINE
        and headline_like(text)
        and not re.search("[，,；;：:]", text)
    )


def _a_headline_set_apart_over_a_lead(content: list[Line], labels: list[str]) -> list[str]:
    """One to three short lines with a blank line over and under them, between a
    finished text or a byline and a lead's marker (…产值突破2亿元。 / ␣ / 远程医疗 /
    惠及县域 / 患者 / ␣ / 本报讯 近日，…), are that article's headline, however the
    model read each (a two-letter word alone looks like a name): a narrow column
    sets its headline apart so. The text above is closed, so they are no words of it."""
    labels = list(labels)
    for i in range(2, len(content)):
        if labels[i] not in ("open", "para") or content[i].index - content[i - 1].index < 2:
            continue
        if parse_lead(content[i].text).marker is None:
            continue
        top = i - 1
        while (
            top > 1
            and i - top < _GAP_HEAD_LINES
            and content[top - 1].index == content[top].index - 1
        ):
            top -= 1
        k = top - 1  # what stands over the gap
        if content[top].index - content[k].index < 2 or not all(
            labels[m] in ("body", "para", "subhead", "byline", "title-b", "title-i")
            and _a_short_head_line(content[m].text)
            and parse_byline(content[m].text) is None
            for m in range(top, i)
        ):
            continue
        if not (labels[k] == "byline" or (labels[k] in TEXT_LABELS and finished(content[k].text))):
            continue
        if all(headline_role(labels[m]) for m in range(top, i)):
            continue  # read as a headline already: its stack's readers decide
        if len(join_cjk("".join(content[m].text for m in range(top, i)))) < _SHORT_HEAD_MIN:
            continue  # 顾仲阳 alone: a signature closing the text above
        labels[top:i] = ["title-b"] + ["title-i"] * (i - top - 1)
    return labels


def _short_lines_between_a_headline_and_its_lead(
    content: list[Line], labels: list[str]
) -> list[str]:
    """A headline set in short lines (公交司机 / 突发疾病 / 先停车再倒下 over 本报讯…):
    lines read as text that touch a headline line above and a lead (本报讯, a bracketed
    credit) below, each short and ending no sentence, are the rest of that headline. A
    lead opens the article, so nothing between it and its headline is text."""
    labels = list(labels)
    for i in range(1, len(content)):
        if labels[i] not in TEXT_LABELS or not headline_like(content[i - 1].text):
            continue  # most lines stop here, before the lead is parsed
        if not is_lead(content[i].text) and not _dated_under_short_lines(content, labels, i):
            continue
        j = i - 1
        while (
            j > 0
            and labels[j] in TEXT_LABELS
            and len(content[j].text) <= _SHORT_HEAD_LINE
            and headline_like(content[j].text)
            and not is_lead(content[j].text)  # 本报北京8月14日电 / （记者 X）…: the lead's own
            and parse_byline(content[j].text) is None
            and content[j + 1].index == content[j].index + 1
        ):
            j -= 1
        if j < i - 1 and headline_role(labels[j]) and content[j + 1].index == content[j].index + 1:
            role = headline_role(labels[j])
            labels[j + 1 : i] = [f"{role}-i"] * (i - 1 - j)
            labels[i] = "open"
    return labels


_SHORT_HEAD_LINE = 12  # a headline wrapped in a column; text lines run longer


def _dated_under_short_lines(content: list[Line], labels: list[str], i: int) -> bool:
    """Does line i open as news does (1月13日，…) right under a quoted word alone on its
    line, six characters at most (寒潮来袭 / 市民这样 / “过冬”)? No paragraph ends on a
    word in quotes with no stop after it: that line ends a headline."""
    above = content[i - 1].text
    return (
        opens_as_news(content[i].text)
        and labels[i - 1] in TEXT_LABELS
        and above.startswith("“")
        and above.endswith("”")
        and len(above) <= 6
    )


def _notices_are_items(content: list[Line], labels: list[str]) -> list[str]:
    """A notice among the news (启　事 / 本报自十一月起改为…, 白马县人民政府 / 关于…的公告
    / 为保障…, 遗失声明 / …特此声明作废。) is an item of its own under its heading, the
    issuer over it its kicker; the model reads a lone 启事 as a column's name or the
    heading as the text above's. The heading stands apart from the text above (a gap,
    or finished text) and over the notice's text."""
    labels = list(labels)
    for i in range(len(content) - 1):
        head = "".join(content[i].text.split())
        if (
            not head.endswith(NOTICE_HEADS)
            or len(head) > 30
            or ends_sentence(head)
            or (headline_role(labels[i + 1]) and not ends_sentence(content[i + 1].text))
            or content[i + 1].index != content[i].index + 1
        ):
            continue
        issuer = (
            i > 0
            and labels[i - 1] in TEXT_LABELS
            and content[i - 1].index == content[i].index - 1
            and len(content[i - 1].text) <= 20
            and not ends_sentence(content[i - 1].text)
        )
        top = i - 1 if issuer else i
        apart = top == 0 or content[top].index - content[top - 1].index > 1
        if not (apart or finished(content[top - 1].text) or labels[top - 1] == "column"):
            continue
        if issuer:
            labels[i - 1] = "kicker-b"
        labels[i], labels[i + 1] = "title-b", "open"
        _signed_by_its_issuer(content, labels, i + 1)
    return labels


def _signed_by_its_issuer(content: list[Line], labels: list[str], j: int) -> None:
    """The issuer's name and the day closing a notice (白马县人民政府 / 2019年12月16日),
    short lines that end no sentence, are its text, not headlines of their own."""
    while j + 1 < len(content) and content[j + 1].index == content[j].index + 1:
        j += 1
        if headline_role(labels[j]) is None:
            continue
        last = j + 1 == len(content) or content[j + 1].index > content[j].index + 1
        nxt = None if last else content[j + 1].text
        if len(content[j].text) > 20 or not (last or len(nxt) <= 20):
            return  # a headline: the next article begins
        labels[j] = "para"


def _names_sign_the_text_above(content: list[Line], labels: list[str]) -> list[str]:
    """Two names or more alone on a line (王某 李某) under a finished sentence sign that
    text, and under a headline credit it, whatever the model read them as (a title, a
    paragraph): no headline is a list of names. One name alone may be a headline's word
    (王者) and is left to the model, unless a note on its author stands over it or it
    heads nothing (the page's last line, or a column, furniture or a headline under it):
    a name over no text of its own signs the text above. On the development pages: under
    text, 4 credits found, 2 given the wrong role (credits recall 0.934 → 0.936,
    precision 0.944 → 0.943); under a headline, 2 more; heading nothing, 2 more."""
    labels = list(labels)
    for i in range(1, len(content)):
        if labels[i] in ("byline", "byline-next"):
            continue
        if labels[i - 1] not in TEXT_LABELS and not headline_role(labels[i - 1]):
            continue
        text, prev = content[i].text, content[i - 1].text
        names = len(bare_names(text)) if len(text) <= 40 else 0
        if names >= 2 and _a_list_of_names(content, labels, i):
            continue  # …被评为优秀教师： / 王建国 李秀英 … : the names the text lists
        if names >= 2 and (ends_sentence(prev) or headline_role(labels[i - 1])):
            labels[i] = "byline"  # under text it signs; under a headline, it credits
        elif names == 1 and len(text) <= 4 and _author_note(content, labels, i - 1):
            labels[i] = "byline"  # （作者为某大学教授） over the author's name: it signs
        elif (
            names == 1
            and len(text.replace(" ", "")) <= 4
            and labels[i] != "column"
            and labels[i - 1] in TEXT_LABELS
            and ends_sentence(prev)
            and _heads_nothing(labels, i)
        ):
            labels[i] = "byline"  # a name over no text of its own signs the text above
        elif (
            labels[i - 1] in TEXT_LABELS
            and ends_sentence(prev)
            and _heads_nothing(labels, i)
            and len(text) <= 24
            and is_unit(text.split()[0])
            and byline_credits(text)
        ):
            labels[i] = "byline"  # 石岭乡广播站 覃小云: a unit's writer signs the text above
    return labels


def _a_list_of_names(content: list[Line], labels: list[str], i: int) -> bool:
    """Is line i of names a list the text gives (announced by a colon, or one of lines
    of names running on), not a signature?"""
    if labels[i - 1] in TEXT_LABELS and content[i - 1].text.rstrip().endswith(("：", ":")):
        return True
    nxt = content[i + 1].text if i + 1 < len(content) else ""
    return i + 1 < len(content) and labels[i + 1] in TEXT_LABELS and len(bare_names(nxt)) >= 2


def _heads_nothing(labels: list[str], i: int) -> bool:
    """Is line i last on the page, or followed by a column label, page furniture or the
    first line of a headline (no text of its own under it)?"""
    if i + 1 == len(labels):
        return True
    nxt = labels[i + 1]
    return nxt in ("column", "furniture") or nxt in ("title-b", "kicker-b")


def _column_lines_are_text(content: list[Line], labels: list[str], shape: PageShape) -> list[str]:
    """In narrow columns, "headline" lines as wide as the column that run straight on
    (no blank line) into text are that text's first lines when the text shows it: the
    break falls inside a word or before a conjunction, or the lines hold a clause's
    comma. Width alone is no proof: on the development pages a headline as wide as its
    column, printed over its text, was five times as common as a wrapped first line
    read as one (83 labels broken, 15 mended when width was enough; titles 0.859 →
    0.867, articles recall 0.903 → 0.909 for precision 0.938 → 0.934 with the test).
    A preposition after the break is no sign (sentences open on 在, 自, 从: it broke 5
    headline lines and mended none), nor is a run with a subtitle (——…) in it: titles
    0.901 → 0.903, articles recall 0.926 → 0.928."""
    labels = list(labels)
    i = 0
    while i < len(content):
        if not _column_wide_heading(content[i], labels[i], shape):
            i += 1
            continue
        end = i  # the run of such lines, printed one under the other
        while (
            end + 1 < len(content)
            and content[end + 1].index == content[end].index + 1
            and _column_wide_heading(content[end + 1], labels[end + 1], shape)
        ):
            end += 1
        after = end + 1
        if (
            after < len(content)
            and labels[after] in ("open", "para", "body")
            and content[after].index == content[end].index + 1
            and not ends_sentence(content[end].text)
            and not is_lead(content[after].text)
            and not any(line.text.startswith(("—", "－")) for line in content[i : end + 1])
            and _runs_on(content[i : end + 1], content[after].text)
        ):
            before = next((lab for lab in reversed(labels[:i]) if lab not in _KEPT_LABELS), None)
            labels[i] = "para" if before in TEXT_LABELS else "open"
            for j in range(i + 1, after + 1):
                labels[j] = "body"
        i = after
    return labels


def _runs_on(run: list[Line], after: str) -> bool:
    last = run[-1].text
    return (
        _mid_word(last, after)
        or crosses(last, after)
        or after.startswith(CONNECTIVES)
        or edge_flags(after)[0] in ("c", "u", "uj", "ud")
        or any(_CLAUSE_COMMA.search(line.text) for line in run)
    )


_CLAUSE_COMMA = re.compile("[，、；]")


def _column_wide_heading(line: Line, label: str, shape: PageShape) -> bool:
    return (headline_role(label) is not None or label == "column") and (
        0.7 * shape.width <= len(line.text) <= shape.width
    )


def _two_headlines(prev: str, nxt: str) -> bool:
    """Are two headline lines one under the other complete headlines of their own? Both
    long and the first stopping where a headline can end; or a short clause of its own
    over a line that opens with its own subject (营商环境再优化 / 市政务服务中心推出…,
    where 区应急管理局 / 举办… is a subject over its predicate). OCR's letter spacing
    (工 程 全 面 开 工) is closed first: a line's length is its letters'."""
    prev, nxt = unspaced(prev), unspaced(nxt)
    if len(prev) >= 8 and len(nxt) >= 8 and not _wraps_into(prev, nxt):
        return True
    return (
        len(prev) >= 4
        and not join_cjk(prev).endswith(ORG_ENDINGS)
        and (has_verb(prev) or edge_flags(prev)[1] == "vn")  # 再优化: jieba's verbal noun
        and opens_with_its_subject(nxt)
        and not crosses(prev, nxt)
    )


def _wraps_into(prev: str, nxt: str) -> bool:
    """Does a headline line stop where it cannot end: on a body's name (高新区城市管理局),
    a verb, preposition, conjunction or particle, or inside a word?"""
    if join_cjk(prev).endswith(ORG_ENDINGS):  # 高新区财政金 融局: OCR's space says nothing
        return True
    if _a_works_name_over_its_predicate(prev, nxt) or _a_frame_closed_below(prev, nxt):
        return True
    return edge_flags(prev)[1] in ("v", "p", "c", "u", "uj", "ud") or crosses(prev, nxt)


def _a_works_name_over_its_predicate(prev: str, nxt: str) -> bool:
    """A public work's name over a line opening on a verb (泗水至临淮高速公路 / 建成通车
    时间确定): the subject and its predicate, one title, as a body's name over one is."""
    return join_cjk(prev).endswith(WORKS_ENDINGS) and edge_flags(nxt)[0] == "v"


def _a_frame_closed_below(prev: str, nxt: str) -> bool:
    """A line whose 在 opens a place no localiser closes (我校学子在全国大学生) over one
    whose first words close it (电子设计竞赛中获佳绩): one clause over two lines. 在
    right after a verb (奋斗在…) or before one (在行动) opens no such frame."""
    words = rjieba.tag(join_cjk(prev), False)
    at = next((k for k, (w, tag) in enumerate(words) if w == "在" and tag == "p"), None)
    if at is None or at == 0 or words[at - 1][1][:1] == "v":
        return False
    if not words[at + 1 :] or any(tag[:1] not in "nrm" for _, tag in words[at + 1 :]):
        return False  # a verb or a localiser after 在 in the line: nothing left open
    for _, tag in rjieba.tag(join_cjk(nxt), False)[:4]:
        if tag == "f":
            return True  # …竞赛中: the place closed
        if tag[:1] not in "nm" and tag != "vn":  # (竞赛 vn: jieba's verbal noun)
            return False
    return False


_AUTHOR_NOTES = ("（作者", "(作者")


def _an_author_note_ends_its_article(content: list[Line], labels: list[str]) -> list[str]:
    """A note on the author (（作者为某大学教授）) closes a commentary: the text after it
    (and the author's name, if printed there) belongs to the next article. A short line
    that ends no sentence over more text is that article's headline."""
    labels = list(labels)
    for i in range(1, len(content)):
        # 刘海明 / （作者系某大学副教授）: the author's name alone over the note signs
        if (
            labels[i - 1] in TEXT_LABELS
            and content[i].text.startswith(_AUTHOR_NOTES)
            and _touching(content, i)
            and bare_names(content[i - 1].text.strip())
            and (i < 2 or finished(content[i - 2].text))
        ):
            labels[i - 1] = "byline"
    for i in range(1, len(content) - 1):
        if labels[i] not in ("para", "body") or labels[i + 1] not in ("para", "body"):
            continue
        if not _author_note(content, labels, i - 1) or labels[i - 1] not in TEXT_LABELS:
            continue
        if (
            labels[i - 1] == "body"
            and labels[i] == "body"
            and not ends_sentence(content[i - 1].text)
        ):
            continue  # the note itself goes on
        text = content[i].text
        if "@" in text or "http" in text:
            continue  # 投稿邮箱：…@…: the column's address, not an article
        signed = bare_names(text) and "·" not in text  # 城市之光·新篇 is a title's X·Y
        nxt = content[i + 1].text
        runs_on = bool(_CLAUSE_COMMA.search(text)) or crosses(text, nxt) or _dangles(text)
        if len(text) <= 20 and not ends_sentence(text) and not signed and not runs_on:
            labels[i], labels[i + 1] = "title-b", "open"
        else:
            labels[i] = "open"
    return labels


def _author_note(content: list[Line], labels: list[str], end: int) -> bool:
    """Does the paragraph ending at line `end` say who the author is (（作者为某大学教授）),
    wrapped over lines or not?"""
    if not content[end].text.endswith(("）", ")")):
        return False  # a note ends on its bracket: most lines are answered here
    start = end
    while start > 0 and labels[start] == "body" and end - start < 4:
        start -= 1
    text = "".join(line.text for line in content[start : end + 1])
    return text.startswith(_AUTHOR_NOTES) and in_brackets(text)


# A series' name and the number of this instalment (红色印记⑤, 乡村振兴看变化之三,
# 老街记忆（五）): the label over an instalment's headline, not a part of it.
_SERIES_NUMBER = re.compile(
    rf"[{CJK}“”]{{2,12}}\s*(?:[①-⑳]|之[一二三四五六七八九十]{{1,3}}|[（(][一二三四五六七八九十\d]{{1,3}}[）)])"
)
_ROLE_WORD = re.compile(
    "|".join(
        (
            "记者",
            "通讯员",
            "编辑",
            "作者",
            "评论员",
            "摄",
            "撰稿",
            "整理",
            r"^\s*[文图]\s*[/／]",  # 文/图 X, 图/X: who wrote and who took the photos
            *EXPERT_TITLES,
            SCHOOL_CLASS,
        )
    )
)
# A line of staff the archive credits no one for (指导老师：X, 审核：X Y).
_STAFF_LINE = re.compile(
    rf"(?:{'|'.join(sorted(CREDIT_LABELS, key=len, reverse=True))})\s*[:：]\s*"
    rf"[{CJK}]{{2,4}}(?:[\s、]+[{CJK}]{{2,4}})*"
)
_ONE_CHAR_CLAUSE = re.compile(rf"^[{CJK}][，、。；：！？]")


def _mid_word(left: str, right: str) -> bool:
    """Does the break between two lines fall inside a word (工作专|班，建立)? Only where
    one character stands before the first comma: jieba's dictionary finds a word
    across many a headline's end and its article's start (measured: it cost 2 % of
    titles on the development pages)."""
    return bool(_ONE_CHAR_CLAUSE.match(right))


_STACK_ORDER = ("kicker", "title", "subtitle")
_OPENING = "（(《“「【〔‘"
_CLOSING = "）)》”」】〕’"


def _unclosed(text: str) -> bool:
    """Does a line leave a bracket or quotation mark open (区应急管理局启动防汛（)?"""
    depth = 0
    for ch in text:
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING and depth:
            depth -= 1
    return depth > 0


def _breaks_inside(prev: str) -> bool:
    """Does a headline line stop where no headline element ends: inside brackets or
    quotation marks, or on a comma? (jieba's words across the break are no evidence
    here: 标题一 / 副题一 reads 一副.)"""
    return _unclosed(prev) or prev[-1:] in "、，,"


def _headlines_break_inside_one_element(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """Headline lines printed one under the other that break inside brackets or on a
    comma are one element over two lines, whatever the model read the second as
    (区应急管理局启动防汛（ / 暴雨）三级响应 is one title, not a kicker and its title), and
    so is a short unfinished line read as text right under such a headline line.
    On the development pages titles 0.896 → 0.899, nothing else changed."""
    labels = list(labels)
    for i in range(len(content) - 1):
        role, nxt = headline_role(labels[i]), headline_role(labels[i + 1])
        if (
            role
            and nxt
            and _STACK_ORDER.index(nxt) >= _STACK_ORDER.index(role)  # a kicker opens a stack
            and labels[i + 1].endswith("-b")
            and content[i + 1].index == content[i].index + 1
            # —— opens a subtitle, unless a quotation is still open (“某某计划 / ——某某”启动)
            and (_unclosed(content[i].text) or not content[i + 1].text.startswith(("—", "－")))
            and _breaks_inside(content[i].text)
        ):
            keep = "title" if "title" in (role, nxt) else role
            j = i
            while j > 0 and labels[j].endswith("-i") and headline_role(labels[j - 1]) == role:
                j -= 1
            for k in range(j, i + 1):
                labels[k] = f"{keep}-{labels[k][-1]}"
            labels[i + 1] = f"{keep}-i"
            k = i + 2
            while k < len(labels) and labels[k] == f"{nxt}-i":
                labels[k] = f"{keep}-i"
                k += 1

    for i in range(len(content) - 2):
        role = headline_role(labels[i])
        text, nxt = content[i].text, content[i + 1].text
        if (
            role
            and labels[i + 1] in ("open", "para", "body")
            and content[i + 1].index == content[i].index + 1
            and _breaks_inside(text)
            and len(nxt) <= 30
            and not ends_sentence(nxt)
            and (not shape.full(nxt) or (_unclosed(text) and not _unclosed(text + nxt)))
        ):
            labels[i + 1] = f"{role}-i"
            if labels[i + 2] in ("body", "para"):
                labels[i + 2] = "open"
    return labels


def _a_colon_leads_into_the_title(content: list[Line], labels: list[str]) -> list[str]:
    """A headline element that ends on a colon (某某发言人：) over the next one is its
    kicker: a colon introduces what follows, and a title is what it introduces."""
    labels = list(labels)
    for i in range(len(content) - 1):
        if (
            labels[i] == "title-b"
            and labels[i + 1] in ("subtitle-b", "title-i")
            and content[i].text.endswith(("：", ":"))
            and content[i + 1].index == content[i].index + 1
            and not content[i + 1].text.startswith(("—", "－"))
        ):
            labels[i], labels[i + 1] = "kicker-b", "title-b"
            k = i + 2
            while k < len(labels) and labels[k] in ("subtitle-i", "title-i"):
                labels[k] = "title-i"
                k += 1
    return labels


def _a_speaker_over_what_they_said(content: list[Line], labels: list[str]) -> list[str]:
    """A short line ending on a colon (全国人大代表聂红霞：) read as text, under a
    column's name or a blank line, over a short line that ends no sentence (让乡村教师
    留得住、教得好) over a paragraph: a headline that names a speaker over what they
    said, one title over two lines. A text's line ending on a colon (会议指出：) follows
    text, not a column or a gap, and what it introduces is sentences. Measured: a title
    on a held-out page and an article on the development pages."""
    labels = list(labels)
    for i in range(len(content) - 2):
        speaker, said, text = content[i].text.strip(), content[i + 1].text, content[i + 2].text
        if labels[i] not in TEXT_LABELS or not speaker.endswith(("：", ":")) or len(speaker) > 16:
            continue
        if any(c in speaker[:-1] for c in "，。；：:！？"):
            continue
        above = labels[i - 1] if i else None
        if not (above == "column" or i == 0 or content[i].index - content[i - 1].index > 1):
            continue
        if above in TEXT_LABELS and not finished(content[i - 1].text):
            continue  # a sentence running on across the gap
        if labels[i + 1] == "open" or not headline_like(said) or "，" in said:
            continue
        if not (finished(text) or len(text) > len(said)) or labels[i + 2] not in TEXT_LABELS:
            continue
        if content[i + 2].index != content[i + 1].index + 1:
            continue
        labels[i : i + 3] = ["title-b", "title-i", "open"]
    return labels


def _a_wider_gap_opens_an_article(content: list[Line], labels: list[str]) -> list[str]:
    """Where a page leaves one blank line between paragraphs and more between items (an
    e-paper's articles copied one after the other), a subhead after a wider gap and a
    finished sentence heads the next article, and the text under it opens it. Only a
    subhead: local pages also print a wider gap under an article's lead paragraph
    (the bench's layout of seed page 001 does: 73 false articles when a plain paragraph
    there opened one). Only on pages whose usual gap is the narrow one (three of them
    at least, and more of them than of the wider ones), so that blank lines scattered
    at random split nothing. On the development pages: 8 articles found, none lost.
    """
    gaps = [b.index - a.index - 1 for a, b in zip(content, content[1:], strict=False)]
    seen = [g for g in gaps if g > 0]
    if not seen:
        return labels
    least = min(seen)
    usual = sum(g == least for g in seen)
    if usual < 3 or len(seen) - usual >= usual:
        return labels
    for i in range(1, len(content) - 1):
        if gaps[i - 1] <= least or labels[i] != "subhead" or labels[i + 1] not in ("para", "body"):
            continue
        if labels[i - 1] in TEXT_LABELS and not finished(content[i - 1].text):
            continue  # a sentence broken across the gap goes on
        labels[i], labels[i + 1] = "title-b", "open"
    return labels


_WIDER = 1.4  # a column line never runs this far past the column's width
_PHRASE_GAP = re.compile(f"[{CJK}”》] +[{CJK}“《]")


def _lines_wider_than_the_column_head_it(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """In narrow columns a line far wider than the column (digits counted half) is no
    column line: after a finished sentence and a gap, with text under it, it is a
    headline spanning the columns, and the text under it opens its article. Under it,
    a line wider than the column or one that a gap, a space between two phrases
    (亿年岩层 焕发新生) or another wide line shows is no wrapped text is its title, and
    wide lines after that are subtitles."""
    labels = list(labels)
    limit = _WIDER * shape.width

    def headline_like(k: int) -> bool:
        text = content[k].text
        return (
            labels[k] in ("para", "body", "open")
            and not ends_sentence(text)
            and text[-1:] not in "，、；;：:"
            and not _photographed(content, labels, k)  # …打包螺蛳粉。　韦斌　摄: a caption
        )

    def wide(k: int) -> bool:
        return k < len(content) and headline_like(k) and display_width(content[k].text) > limit

    i = 1
    while i < len(content) - 1:
        if (
            not wide(i)
            or content[i].index - content[i - 1].index < 2
            or (
                labels[i - 1] in TEXT_LABELS
                and not finished(content[i - 1].text)
                and not _a_line_alone_under_a_sentence(content, i - 1)
            )
        ):
            i += 1
            continue
        run, j = [i], i + 1
        if (
            j + 1 < len(content)
            and headline_like(j)
            and (
                display_width(content[j].text) > shape.width
                or content[j + 1].index - content[j].index > 1
                or _PHRASE_GAP.search(content[j].text)
                or wide(j + 1)
            )
        ):
            run.append(j)
            j += 1
            while wide(j):
                run.append(j)
                j += 1
        roles = ["title"] if len(run) == 1 else ["kicker", "title"] + ["subtitle"] * (len(run) - 2)
        for k, role in zip(run, roles, strict=True):
            labels[k] = f"{role}-b"
        if j < len(content) and labels[j] in ("para", "body"):
            labels[j] = "open"
        i = j + 1
    return labels


def _a_line_alone_under_a_sentence(content: list[Line], k: int) -> bool:
    """Does line k say no sentence, with no mark of one in it, right under a finished
    one (…建立健康档案。/ 社区为高龄老人上门体检)? It is the headline of the text above
    it, printed under it, not a paragraph's first line: a wide headline under it is
    no text of its."""
    return (
        k > 0
        and content[k].index == content[k - 1].index + 1
        and finished(content[k - 1].text)
        and not _SENTENCE_MARK.search(content[k].text)
    )


def _a_wrapped_headline_over_a_lead(content: list[Line], labels: list[str]) -> list[str]:
    """Two to four short lines that say no sentence, one under the other, between a
    finished sentence (or a label, or the page's top) and a lead marker right under
    them (地铁4号线 / 全线轨通 / 晚报讯（记者…; 夏日纳凉 / 好去处： / 城区12座 /
    防空洞开放) are one headline printed over them, wrapped: no paragraph stops short
    of a sentence's end and runs into a lead marker, in narrow columns or in a PDF's
    text. Read as text, or as a subhead over a title, they glued the headline onto
    the article above. Lines the model read as a headline stack stay as it read them."""
    labels = list(labels)
    for i, line in enumerate(content):
        if labels[i] not in ("open", "para", "body") or not is_lead(line.text):
            continue
        j = i
        while (
            j > 0
            and i - j < 4
            and content[j - 1].index == content[j].index - 1
            and (labels[j - 1] in TEXT_LABELS or headline_role(labels[j - 1]))
            and _a_wrapped_headline_line(content[j - 1].text)
        ):
            j -= 1
        if i - j < 2 or all(headline_role(labels[k]) for k in range(j, i)):
            continue  # one line (headline_over_a_lead), or a stack as the model read it
        if j and labels[j - 1] in TEXT_LABELS and not _ends_above(content, j):
            continue  # a sentence runs on into them
        labels[j : i + 1] = ["title-b"] + ["title-i"] * (i - j - 1) + ["open"]
    return labels


def _ends_above(content: list[Line], j: int) -> bool:
    """Does the text above line j end there: a finished sentence, or a credit's closing
    bracket (者 樊一鸣）, the last line of one wrapped in a column) over a blank line?"""
    above = content[j - 1].text
    gap = content[j].index - content[j - 1].index > 1
    return finished(above) or gap and above.endswith(("）", ")"))


def _a_wrapped_headline_line(text: str) -> bool:
    return (
        len(text) <= 20
        and headline_like(text.rstrip("：:"))  # 好去处： leads into the rest
        and text[-1:] not in "，、；;"
        and not is_lead(text)
        and parse_byline(text) is None
        and not bare_names(text)
    )


def _a_box_inside_an_article(content: list[Line], labels: list[str]) -> list[str]:
    """A box an article prints inside its text (延伸阅读 over a paragraph of background),
    under the article's finished text, belongs to the article: its label and its
    paragraph are text, whatever the model read them as."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        name = content[i].text.strip().strip("【】[]〖〗：: ")
        if (
            name in INSIDE_BOXES
            and labels[i - 1] in TEXT_LABELS
            and finished(content[i - 1].text)
            and labels[i + 1] in TEXT_LABELS
        ):
            labels[i] = labels[i + 1] = "para"
    return labels


def _a_deck_over_the_byline(content: list[Line], labels: list[str]) -> list[str]:
    """A line right under a title, ending no sentence, over the article's byline
    (国产深海着陆器完成万米级海试 / 在马里亚纳海沟连续作业72小时，获取… / 本报记者 X)
    is the title's deck, printed without its dash: no text comes before its
    article's byline. A whole line naming writers by role (融媒体中心记者 X 通讯员 Y) is
    that byline even where the model read it as the text's next line."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        under = content[i + 1].text
        if (
            labels[i] in ("open", "para")
            and headline_role(labels[i - 1]) == "title"
            and content[i].index == content[i - 1].index + 1
            and (
                labels[i + 1] == "byline"
                or labels[i + 1] in ("body", "para")
                and names_a_role(under)
                and bool(parse_byline(under))
            )
            and len(content[i].text) <= 40
            and not ends_sentence(content[i].text)
            and "。" not in content[i].text
            and not marker_alone(content[i].text)  # 本报讯 / 见习记者 X: the text's opening
        ):
            labels[i], labels[i + 1] = "subtitle-b", "byline"
    return labels


def _a_dated_lead_is_no_deck(content: list[Line], labels: list[str]) -> list[str]:
    """A "deck" under a title that opens as news does, holds a clause's comma and runs
    on into the text under it (11月14日至16日，县图书馆开展…，举 / 办讲座3场…) is the
    lead's first line: a deck says no date and breaks no sentence."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        text = content[i].text
        if (
            labels[i] == "subtitle-b"
            and headline_role(labels[i - 1]) == "title"
            and opens_as_news(text)
            and "，" in text
            and not ends_sentence(text)
            and labels[i + 1] in ("open", "para", "body")
            and not is_lead(content[i + 1].text)
        ):
            labels[i], labels[i + 1] = "open", "body"
    return labels


def _list_items_stay_in_their_article(content: list[Line], labels: list[str]) -> list[str]:
    """An article's numbered items (1. … 2. …, （一）…（二）…) are its parts: an item that
    follows the one numbered before it, with no headline between them, opens no article
    (even with its own byline under the item before), nor does the text under an item's
    mark printed alone."""
    labels = list(labels)
    for i in range(1, len(content)):
        if labels[i] != "open":
            continue
        k = i
        item = item_number(content[i].text)
        if item is None and len(content[i - 1].text) <= 6:
            item, k = item_number(content[i - 1].text), i - 1
        if item is None or item[1] < 2:
            continue
        for j in range(k - 1, -1, -1):
            if headline_role(labels[j]) or labels[j] == "column":
                break
            if item_number(content[j].text) == (item[0], item[1] - 1):
                labels[i] = "para"
                break
    return labels


def _a_column_of_briefs(content: list[Line], labels: list[str], known_columns=()) -> list[str]:
    """A column's name on a line of its own (简讯, 【科技快讯】, OCR's 简　讯, 区情速览)
    after finished text, over two briefs or more, each opening with a mark (■ …) or,
    unmarked, each a line that opens with its day and closes its sentence (6月12日，…。 /
    日前，…。): the name is the column's and each brief opens an item, though the model
    read the name as text or furniture and the briefs as the text above's."""
    labels = list(labels)
    for i, line in enumerate(content):
        name = strip_rubric(join_cjk(line.text.strip()))
        if _BRACKETED_LABEL.fullmatch(name):
            name = name[1:-1].strip()
        if labels[i] in ("byline", "byline-next") or not 2 <= len(name) <= 8:
            continue
        if i and labels[i - 1] in TEXT_LABELS and not finished(content[i - 1].text):
            continue
        starts = _brief_starts(content, labels, i + 1)
        if len(starts) < 2 and name.endswith(_BRIEFS_ENDINGS):
            starts = _briefs_set_apart(content, labels, i + 1)
        if len(starts) < 2:
            continue
        marked = opens_with_mark(content[starts[0]].text)
        if not (
            looks_like_column(name, known_columns)
            or marked
            and len(name) <= 6
            and _SENTENCE_MARK.search(name) is None
        ):
            continue
        labels[i] = "column"
        for k in range(i + 1, starts[-1] + 1):
            labels[k] = "open" if k in starts else "body"
        for k in starts:
            if _a_marked_place(content[k].text) and k + 1 < len(content):
                labels[k], labels[k + 1] = "title-b", "open"  # ◎肇东市 / 3月12日，…
    return labels


def _marked_heads_over_one_line_briefs(content: list[Line], labels: list[str]) -> list[str]:
    """A marked line that says no sentence (■夜市延长营业至凌晨一点) right under a marked
    head's one-line brief (■城西菜市场改造完工 / 昨天，…。) and right over one line of text that closes its sentence, no mark on it (前天起，
    …。), the next brief's mark or a blank line under it: the head of a one-line brief,
    not text the brief above runs on into."""
    labels = list(labels)
    for i in range(1, len(content) - 1):
        head, text = content[i].text, content[i + 1].text
        if (
            labels[i] in TEXT_LABELS
            and labels[i + 1] in TEXT_LABELS
            and opens_with_mark(head)
            and 4 <= len(strip_rubric(head)) <= 20
            and _SENTENCE_MARK.search(head) is None
            and content[i + 1].index == content[i].index + 1
            and not opens_with_mark(text)
            and finished(text)
            and i >= 2
            and headline_role(labels[i - 2])
            and opens_with_mark(content[i - 2].text)  # under a marked brief's one line
            and finished(content[i - 1].text)
            and _brief_ends_at(content, i + 1)
        ):
            labels[i], labels[i + 1] = "title-b", "open"
    return labels


def _a_marked_line_opening_on_its_day_is_a_brief(
    content: list[Line], labels: list[str]
) -> list[str]:
    """A marked line read as a headline that opens on its day and goes on past a comma
    (◆ 9月10日，县第二届农民丰收节…在日月 / 乡开幕，…。) is a brief's first line, however
    OCR misread its day (9月1O日, 11曰): no headline opens on when with a comma after it.
    The lines it wraps onto until its sentence ends, read as headlines or a text's
    opening, are its text."""
    labels = list(labels)
    for i, line in enumerate(content):
        text = strip_rubric(line.text.strip())
        if not (headline_role(labels[i]) or labels[i] == "column") or not opens_with_mark(
            line.text
        ):
            continue
        if not opens_as_news(mend_ocr_dates(text)) or not re.search("[，,]", text):
            continue
        labels[i] = "open"
        k = i + 1
        while (
            k < len(content)
            and content[k].index == content[k - 1].index + 1
            and (headline_role(labels[k]) or labels[k] == "open")
            and not ends_sentence(content[k - 1].text)
            and not opens_with_mark(content[k].text)
        ):
            labels[k] = "body"
            k += 1
    return labels


def _brief_ends_at(content: list[Line], k: int) -> bool:
    """Does line k end a one-line brief: the page's last line, or one a blank line or
    the next brief's mark follows? (Under a section head, ■互认范围再扩大, the text
    runs on.)"""
    return (
        k + 1 == len(content)
        or content[k + 1].index > content[k].index + 1
        or opens_with_mark(content[k + 1].text)
    )


# A row of a listing box: fields a space apart, one a score or a time (东湖区　3∶1　西城区,
# 18:30　东川新闻), no sentence.
_LISTING_ROW = re.compile(r"^(?=.*\d\s*[∶:：]\s*\d)\S+(?:\s+\S+){2,}$")


def _a_listings_rows_are_its_text(content: list[Line], labels: list[str]) -> list[str]:
    """Rows of a listing under its headline (■ 市运会昨日赛果 / 乒乓球男子团体决赛　东湖区
    3∶1　西城区 / …), two at least, one under another: the box's text, row by row, not
    headline lines and a lead. No headline is a row of scores or times."""
    labels = list(labels)
    i = 1
    while i < len(content):
        end = i
        while (
            end < len(content)
            and _LISTING_ROW.match(content[end].text.strip())
            and not ends_sentence(content[end].text)
            and (end == i or content[end].index == content[end - 1].index + 1)
        ):
            end += 1
        if end - i >= 2 and headline_role(labels[i - 1]) and headline_role(labels[i]):
            labels[i:end] = ["open"] + ["para"] * (end - i - 1)
        i = max(end, i + 1)
    return labels


def _briefs_set_apart(content: list[Line], labels: list[str], i: int) -> list[int]:
    """Under a column of briefs (简　讯), briefs a blank line apart, each a short paragraph
    closed by a sentence or by who sent it in brackets (…八千人次。（文化馆）, （吕建平）
    on its own line): where each opens, the first under the name set apart or not."""
    starts: list[int] = []
    k = i
    while k < len(content) and (
        labels[k] in TEXT_LABELS
        or k == i
        and labels[k] == "title-b"
        or _a_marked_place(content[k].text)  # ◎肇东市 over its brief, read as anything
    ):
        e = k
        while (
            e + 1 < len(content)
            and _touching(content, e + 1)
            and labels[e + 1]
            in (
                *TEXT_LABELS,
                "byline",
            )
        ):
            e += 1
        last = "".join(content[j].text.strip() for j in range(k, e + 1))[-40:]  # (…（文化 / 馆）)
        if e - k >= _BRIEF_LINES or not (finished(last) or _SENT_BY.search(last)):
            break
        starts.append(k)
        k = e + 1
        if k < len(content) and _touching(content, k):
            break  # (a brief ends on a blank line)
    return starts


def _a_marked_place(text: str) -> bool:
    """A mark and a short name alone (◎肇东市, ■青石镇): where the brief under it comes
    from, in a column of briefs."""
    text = text.strip()
    return (
        opens_with_mark(text)
        and 2 <= len(text.lstrip(RUBRIC_MARKS).strip()) <= 6
        and (not ends_sentence(text))
    )


_BRIEFS_ENDINGS = ("讯", "速递", "速览", "简报")  # a column of briefs: 简讯, 短讯, 新闻速递
_BRIEF_LINES = 8  # a brief in a narrow column, at most
_SENT_BY = re.compile(r"[。！？][（(][^（()）]{1,12}[）)]$")  # …通了電话。（邮电局）: who sent it


def _brief_starts(content: list[Line], labels: list[str], i: int) -> list[int]:
    """The lines from line i on that open briefs, one under another: each opening with a
    mark, its text wrapping onto unmarked lines, or each unmarked, a line a brief."""
    starts: list[int] = []
    marked = i < len(content) and opens_with_mark(content[i].text)
    for k in range(i, len(content)):
        text = content[k].text
        if k > i and content[k].index > content[k - 1].index + 1:
            break  # a blank line ends the column
        if labels[k] not in TEXT_LABELS and labels[k] != "byline" or not text:
            break
        if marked and opens_with_mark(text):
            starts.append(k)
        elif marked and starts and not finished(content[k - 1].text):
            continue  # the brief above wraps onto this line
        elif not marked and (opens_as_news(text) or BRIEF_DAYS.match(text)) and finished(text):
            starts.append(k)
        else:
            break
    return starts


def _captions_after_a_photo_credit(content: list[Line], labels: list[str]) -> list[str]:
    """A run of photos' captions, each closed by its photographer (…检修采煤机。 葛静 摄 /
    …检查皮带运行情况。 伏小川 摄, the credit inline, in brackets or on the next line): each
    caption is a photo item of its own. Read as the next paragraph of the one above, a
    caption makes one item of several photos, credited to one photographer."""
    labels = list(labels)
    _captions_under_a_photo_item(content, labels)
    opened = False
    for i in range(1, len(content)):
        if _a_photo_after_an_article(content, labels, i):
            labels[i], opened = "open", True
    if opened:  # the captions under the photo item it opens are items too
        _captions_under_a_photo_item(content, labels)
    return labels


def _captions_under_a_photo_item(content: list[Line], labels: list[str]) -> None:
    """Open, in place, each caption closed by its photographer under a photo item's."""
    for i in range(1, len(content)):
        # Set apart by a blank line, or under a line its photographer's credit closes
        # (…学做月饼。（记者 X 摄）): no caption wraps on after its credit.
        apart = content[i].index > content[i - 1].index + 1 or _photographed(content, labels, i - 1)
        if labels[i] not in ("caption", "para") and not (labels[i] == "body" and apart):
            continue
        if not _photographed(content, labels, i - 1):
            continue
        if _a_photos_title(content, labels, i):
            labels[i], labels[i + 1] = "title-b", "open"  # 金秋稻浪 over the next caption
            continue
        end = _caption_end(content, labels, i)
        if not _opens_a_photo_item(labels, i - 1 if labels[i - 1] != "byline" else i - 2):
            continue  # an article's own photos, after its text: left to the article
        if _caption_closed_at(content, labels, end):
            labels[i] = "open"


def _caption_end(content: list[Line], labels: list[str], i: int) -> int:
    """The last line of the caption that opens on line i: the lines it wraps onto, and
    a group photo's numbered captions one under another (① …。 / ② …。)."""
    number = PHOTO_NUMBERS.find(content[i].text.lstrip()[:1])
    end = i
    while end + 1 < len(content):
        below = content[end + 1].text.lstrip()[:1]
        if labels[end + 1] == "body":
            end += 1
        elif number >= 0 and below and PHOTO_NUMBERS.find(below) == number + 1:
            end, number = end + 1, number + 1
        else:
            break
    return end


def _a_photo_after_an_article(content: list[Line], labels: list[str], i: int) -> bool:
    """A caption under an article's finished text, its closing byline or another photo's
    credit, set apart or not, and closed by a photographer that article or photo credits
    nowhere (8月10日，技术人员在灌区检测水质。（X 摄） under an item signed 文/图 Y or
    under a photo Y took): a photo item of its own. Its own photographer's caption (文/图
    X, then X 摄) is the article's picture. Only a caption that says when (8月10日，…) or
    opens a group photo's numbers (①…): one that shows a scene of the story (图为…, 演员在
    表演) is its picture whoever took it."""
    if i == 0 or labels[i] not in ("caption", "para", "body"):
        return False
    if not _DATED_CAPTION.match(content[i].text):
        return False
    if not (
        labels[i - 1] == "byline"
        or _photographed(content, labels, i - 1)
        or (labels[i - 1] in TEXT_LABELS and finished(content[i - 1].text))
    ):
        return False
    end = _caption_end(content, labels, i)
    if not _caption_closed_at(content, labels, end):
        return False
    shot = _names_at(content, labels, end + 1 if labels[end + 1 : end + 2] == ["byline"] else end)
    above = _credited_above(content, labels, i)
    if (
        above
        and all(role == "photographer" for _, role in above)
        and _headed_apart(content, labels, i)
    ):
        return False  # captions under a headline set apart over them: one photo story
    caption = "".join(content[k].text for k in range(i, end + 1))
    if orphans.pair_share(caption, _text_above(content, labels, i)) >= orphans.OWN_PHOTO:
        return False  # it shows what the article tells: the article's own picture
    return bool(shot) and {name for name, _ in shot}.isdisjoint(name for name, _ in above)


def _headed_apart(content: list[Line], labels: list[str], i: int) -> bool:
    """Does a blank line part the headline above line i from the text under it (春日踏青
    / ␣ / 4月4日，…。 本报记者 X 摄 / ␣ / 4月3日，…): the headline of every photo under it?"""
    for k in range(i - 1, -1, -1):
        if headline_role(labels[k]) or labels[k] == "column":
            return content[k + 1].index > content[k].index + 1
    return False


def _text_above(content: list[Line], labels: list[str], i: int) -> str:
    """The text of the article above line i, back to its headline."""
    texts = []
    for k in range(i - 1, -1, -1):
        if headline_role(labels[k]) or labels[k] in ("column", "byline-next"):
            break
        if labels[k] in TEXT_LABELS:
            texts.append(content[k].text)
    return "".join(reversed(texts))


# Says when (8月10日，…) or opens a group photo's numbered captions (①…。②…。).
_DATED_CAPTION = re.compile(rf"\s*(?:\d{{1,2}}月\d{{1,2}}日|近日|日前|{PHOTO_NUMBERS[0]})")


def _names_at(content: list[Line], labels: list[str], k: int) -> set[tuple[str, str]]:
    """(name, role) of everyone line k credits."""
    text = content[k].text
    if labels[k] in ("byline", "byline-next"):
        credits = byline_credits(text) or []
    elif labels[k] == "open" and (lead := parse_lead(text)).marker:
        credits = lead.credits
    else:
        credits = split_closing_credit(text)[1]
    return {(c.name, c.role) for c in credits}


def _credited_above(content: list[Line], labels: list[str], i: int) -> set[tuple[str, str]]:
    """Everyone the article above line i credits, back to where it opens."""
    names: set[tuple[str, str]] = set()
    for k in range(i - 1, -1, -1):
        if headline_role(labels[k]) or labels[k] == "column":
            break
        names |= _names_at(content, labels, k)
        if labels[k] == "byline-next" or (labels[k] == "open" and names):
            break  # (an item's byline may stand over its opening line)
    return names


def _a_photos_title(content: list[Line], labels: list[str], i: int) -> bool:
    """A short line that says no sentence, between one photo's caption and another's
    closed by its photographer: the next photo's title."""
    text = content[i].text
    return (
        labels[i] == "para"
        and i + 1 < len(content)
        and labels[i + 1] in ("para", "caption", "open")
        and len(text) <= 16
        and _SENTENCE_MARK.search(text) is None
        and _caption_closed_at(content, labels, i + 1)
    )


_SENTENCE_MARK = re.compile(r"[，。！？；：,.!?;:]")


def _caption_closed_at(content: list[Line], labels: list[str], end: int) -> bool:
    """Does the text ending on line `end` close a sentence and then name its
    photographers, in the line (…活动。（郑欣摄）) or on the next (本报记者 X 摄)?"""
    head, credits = split_closing_credit(content[end].text)
    if credits:
        return ends_sentence(head) and _photographed(content, labels, end)
    return (
        end + 1 < len(content)
        and labels[end + 1] == "byline"
        and ends_sentence(content[end].text)
        and _photographed(content, labels, end + 1)
    )


def _paragraphs_are_no_headlines(content: list[Line], labels: list[str]) -> list[str]:
    """A "headline" line that says two sentences or more (…学农两周。学生们边劳动边学习，
    写出调查报告三十多篇。) is the text under the headline above it: a headline says one
    thing and ends on no full stop."""
    labels = list(labels)
    for i, line in enumerate(content):
        text = line.text
        if (
            headline_role(labels[i])
            and len(text) > _PARAGRAPH_LINE
            and ends_sentence(text)
            and (
                sum(text.count(stop) for stop in "。！？") >= 2
                or (text.endswith("。") and any(mark in text for mark in "，；"))
            )
        ):
            labels[i] = "open" if i and headline_role(labels[i - 1]) else "para"
            for k in range(i + 1, len(content)):
                if not labels[k].endswith("-i"):
                    break
                labels[k] = "body"
    return labels


_PARAGRAPH_LINE = 30  # longer than a headline's line, short of a paragraph's


def _opens_a_photo_item(labels: list[str], j: int) -> bool:
    """Is the caption that ends on line j an item alone: opened as one, or first under a
    column's name (图片新闻), not an article's paragraph? Captions under a headline are
    that headline's photos (a photo story, an article's pictures over its text)."""
    while j > 0 and labels[j] == "body":
        j -= 1
    if j < 0:
        return False
    under = labels[j - 1] if j else "column"
    return headline_role(under) is None and (
        labels[j] == "open" or (labels[j] in ("caption", "para") and under == "column")
    )


def _photographed(content: list[Line], labels: list[str], i: int) -> bool:
    """Does line i close a caption with its photographers: a byline of photographers
    alone (本报记者 X 摄), or a sentence's end and theirs (…采煤机。 葛静 摄)?"""
    if labels[i] == "byline":
        credits = byline_credits(content[i].text) or []
    else:
        head, credits = split_closing_credit(content[i].text)
        credits = credits if ends_sentence(head) else []
    return bool(credits) and all(c.role == "photographer" for c in credits)


def _captions_read_as_headlines(content: list[Line], labels: list[str]) -> list[str]:
    """A "headline" whose last line closes a sentence and then credits a photographer
    (图为学生在参加活动。（郑欣摄）, or the credit on the next line) is a photo's caption:
    no headline ends on a full stop and a credit. It is a photo item of its own where
    no text runs into it, else the caption of the text above."""
    labels = list(labels)
    for i, end in _headline_runs(labels, lambda label: label.endswith("-i")):
        if _caption_closed_at(content, labels, end):
            labels[i] = "caption" if i and labels[i - 1] in TEXT_LABELS else "open"
            for k in range(i + 1, end + 1):
                labels[k] = "body"
    return labels
