"""Story-level repairs: what the assembled stories of a page say once seen together.

The line-role model and the label repairs (repairs.py, itemstarts.py) read a page a
line at a time; some of what a reader sees needs whole stories side by side: a column
of briefs each closed by its credit, photos after a text, a feature's marked section
heads, and headlines a PDF printed inside their text (midheads.py), under it or
gathered apart (headblocks.py). Each repair says what it reads and why it holds for any
paper; `repair_stories` applies them all in order.
"""

from __future__ import annotations

import itertools
import re

from . import orphans
from .assemble import Assembly, Block, Story, block_text
from .columnbreaks import pieces_cut_off_at_column_breaks
from .columnheads import a_briefs_head_under_its_column
from .credits import byline_credits, is_lead, split_closing_credit
from .headblocks import (
    cut_run_together,
    headline_block_over_untitled_texts,
    headlines_dumped_under_each_lead,
    headlines_dumped_under_the_lead,
    heads_gathered_in_one_block,
    part_gathered_headlines,
    shares,
    two_headlines_over_two_texts,
)
from .headlines import looks_like_column, strip_rubric
from .headstack_marks import decks_marked_under_a_title
from .itemstarts import headline_like, opens_as_news
from .layout import RUBRIC_MARKS, ends_sentence
from .lexicon import BRIEF_DAYS, is_editors_note, item_number, opens_with_mark
from .linemodel.labels import HEADLINE_ROLES
from .midheads import headlines_inside_their_text
from .normalise import join_cjk
from .subheads import subheads_go_on_the_report
from .textheads import text_read_as_a_headline


def repair_stories(assembly: Assembly, known_columns=()) -> None:
    """Apply the story-level repairs to the page's assembled stories, in place."""
    pieces_cut_off_at_column_breaks(assembly)
    text_read_as_a_headline(assembly)
    _headlines_read_as_text(assembly)
    _briefs_end_with_their_credits(assembly, known_columns)
    headlines_dumped_under_the_lead(assembly)
    headlines_dumped_under_each_lead(assembly)
    headlines_inside_their_text(assembly)
    two_headlines_over_two_texts(assembly)
    _photos_after_the_text(assembly)
    _a_headline_over_its_byline_and_first_section(assembly)
    _sections_of_a_feature(assembly)
    assembly.stories = subheads_go_on_the_report(assembly.stories)
    assembly.stories = decks_marked_under_a_title(assembly.stories)
    a_briefs_head_under_its_column(assembly.stories)
    heads_gathered_in_one_block(assembly)
    headline_block_over_untitled_texts(assembly)
    part_gathered_headlines(assembly)
    cut_run_together(assembly)


def _headlines_read_as_text(assembly: Assembly) -> None:
    """A "story" whose text is only lines that say no sentence, a blank line between
    each (城西新区第一家图书分馆开放 / 城东十二个小区完成改造 under a headline, at
    the page's end), with no byline, is headlines gathered apart read as one headline
    and its text: each is a headline printed apart, while the page has untitled text
    for them to head (each shares most of what it says with one: verse does not). Two
    lines at least: a photo's caption may say no sentence."""
    untitled = [s for s in assembly.stories if not s.headed]
    if not untitled:
        return
    bodies: list[str] = []  # the untitled texts, joined only if a story needs them

    def each_heads_a_text(texts):
        bodies[:] = bodies or ["".join(block_text(b) for b in s.paragraphs) for s in untitled]
        return all(max(row) >= orphans.PART_SCORE for row in orphans.scores(texts, bodies))

    kept = []
    for story in assembly.stories:
        rows = [
            (line, text)
            for b in story.paragraphs
            for line, text in zip(b.lines, b.texts, strict=True)
        ]
        if (
            story.headed
            and not story.bylines
            and len(rows) >= 2
            and all(b.kind == "para" for b in story.paragraphs)
            and all(headline_like(text) for _, text in rows)
            and all(b[0].index > a[0].index + 1 for a, b in itertools.pairwise(rows))
            and each_heads_a_text([text for _, text in rows])
        ):
            assembly.orphans.append(story.header)
            assembly.orphans += [[Block("title", [line], [text])] for line, text in rows]
        else:
            kept.append(story)
    assembly.stories = kept


def _briefs_end_with_their_credits(assembly: Assembly, known_columns=()) -> None:
    """A paragraph that closes with its writers in brackets (…销售额达12万元。（王慧
    李晨阳）) closes its item: under a column of briefs (简讯) each such paragraph is a
    brief of its own, and the column's name heads them all. A photo's credit in
    brackets closes a caption inside an article, not the article."""
    stories = []
    for story in assembly.stories:
        if story.column:  # ■ 简讯, 简　讯 over the briefs: the name it prints
            name = strip_rubric(story.column)
            story.column = name if any(len(p) > 1 for p in name.split()) else "".join(name.split())
        glued = {  # lines whose closing credit the assembler read apart: …。（记者 X）
            id(b.lines[0])
            for b in story.bylines
            if b.kind == "byline"
            and not b.texts
            and any(c.role != "photographer" for c in b.credits)
        }
        paras = story.paragraphs
        cuts = {
            k + 1
            for k, b in enumerate(paras[:-1])
            if id(b.lines[-1]) in glued
            and _opens_an_item(paras[k + 1].texts[0])
            or b.texts[-1].rstrip().endswith(("）", ")"))
            and _closed_by_its_writers(block_text(b))
        }
        # A marked brief closed by its own writers after an article's finished text
        # (…企业9家。 / ●6月5日，…。（通讯员 X）) starts the briefs, and so does the
        # marked rubric right over it (■ 简讯), which names their column.
        rubrics = set()
        for k in range(1, len(paras)):
            brief = paras[k]
            if not (
                opens_with_mark(block_text(brief))
                and (id(brief.lines[-1]) in glued or _closed_by_its_writers(block_text(brief)))
            ):
                continue
            if k > 1 and _rubric(paras[k - 1], known_columns):
                if ends_sentence(block_text(paras[k - 2])):
                    rubrics.add(k - 1)
                    cuts.add(k - 1)
            elif ends_sentence(block_text(paras[k - 1])):
                cuts.add(k)
        header = [b for b in story.header if b.kind in HEADLINE_ROLES]
        name = _column_name(header[0]) if len(header) == 1 else ""
        briefs = bool(name) and (
            looks_like_column(name, known_columns)  # 简讯, ■ 简讯
            or _names_marked_briefs(name, paras)  # 城事速览 / ◆…。 / ◆…。
        )
        in_a_column = briefs or (not header and story.column is not None)
        if in_a_column and len(paras) > 1 and all(opens_with_mark(block_text(b)) for b in paras):
            cuts |= set(range(1, len(paras)))  # 简讯 / △…。 / △…。: a brief each, credited or not
        elif in_a_column and _unmarked_briefs(paras):
            cuts |= set(range(1, len(paras)))  # 简讯 / 6月12日，…。 / 日前，…。
        if not cuts:
            stories.append(story)
            continue
        if briefs:
            story.header = [b for b in story.header if b is not header[0]]
            story.column = name
        pieces = story.split(sorted(cuts))
        # Briefs cut from under an article with a label over it (its title, as a
        # column's name heads no lead) are in no column.
        column = story.column if briefs or opens_with_mark(block_text(paras[0])) else None
        for k, piece in zip(sorted(cuts), pieces[1:], strict=True):
            if k in rubrics and len(piece.paragraphs) > 1:
                column = _column_name(piece.paragraphs.pop(0))
            piece.column = column
        stories += pieces
    assembly.stories = stories


def _names_marked_briefs(name: str, paras: list[Block]) -> bool:
    """A short name over two or more paragraphs that each open with a mark and end a
    sentence heads a column of briefs, whatever the paper calls it (城事速览, 校园简讯):
    an article's text opens with its lead, not with a mark."""
    return (
        len(name) <= 6
        and len(paras) > 1
        and all(opens_with_mark(t := block_text(b)) and ends_sentence(t) for b in paras)
    )


def _unmarked_briefs(paras: list[Block]) -> bool:
    """Paragraphs of one line each, every one opening with its day (6月12日，… / 日前，…
    / 本周一，…) and closing its sentence (or its writers) on that line: briefs printed
    with no mark, a line each, as a column of them is."""
    return len(paras) > 1 and all(
        len(b.lines) == 1
        and (opens_as_news(t := block_text(b)) or BRIEF_DAYS.match(t))
        and (ends_sentence(t) or _closed_by_its_writers(t))
        for b in paras
    )


def _column_name(block: Block) -> str:
    """The name a column's line prints, its mark and OCR's gaps gone (■ 简　讯 → 简讯)."""
    return strip_rubric(join_cjk(block_text(block)))


def _rubric(paragraph: Block, known_columns=()) -> bool:
    """■ 简讯 on a line of its own: a marked column name."""
    return (
        len(paragraph.lines) == 1
        and opens_with_mark(block_text(paragraph))
        and looks_like_column(_column_name(paragraph), known_columns)
    )


def _opens_an_item(text: str) -> bool:
    """Does the paragraph open as a brief does: a mark (●7月18日，…) or a lead marker?
    A numbered list's items (2.…求助) are one article's, each credited or not."""
    return opens_with_mark(text) or is_lead(text)


def _photos_after_the_text(assembly: Assembly) -> None:
    """A photo printed after an article, its caption closed by the photographer's
    credit (…本报讯…开通夜间门诊。 / ␣ / 4月23日，读者在县图书馆阅读。 / 本报记者 X 摄), is
    an item of its own when the caption stands apart from finished text (a blank line
    over it: a run of captions, each under the credit of the one above, is one item), says a
    sentence, is the story's last paragraph and shows something else than the text
    tells (few of its character pairs in it): the model reads it as the article's
    caption, and the article would take its photographer. An article's own photo
    shows what its text tells."""
    stories: list[Story] = []
    for story in assembly.stories:
        paras = story.paragraphs
        last = paras[-1] if len(paras) > 1 else None
        if (
            last is not None
            and last.kind == "caption"
            and (
                ends_sentence(last.texts[-1])
                and _credited_for_the_photo(story, last)
                and ends_sentence(paras[-2].texts[-1])
                # …技艺。　郝一　摄, …滑雪。（X 摄） under the byline that closes the text
                or _credited_in_its_line(story, last)
                and _signed_above(story, paras[-2])
            )
            and last.lines[0].index - paras[-2].lines[-1].index > 1
            and not any(b.lines[-1].index == last.lines[0].index - 1 for b in story.bylines)
            and shares(block_text(last), Story(paragraphs=paras[:-1])) < orphans.OWN_PHOTO
        ):
            stories += story.split([len(paras) - 1])
        else:
            stories.append(story)
    assembly.stories = stories


def _signed_above(story: Story, above: Block) -> bool:
    """Is the text above closed by a byline under it (（特约记者 X）, 本报记者 X 摄)?"""
    end = above.lines[-1].index
    return any(b.lines and b.lines[0].index == end + 1 for b in story.bylines)


def _credited_in_its_line(story: Story, caption: Block) -> bool:
    """Does the caption's last line close with its photographer (…扎染技艺。　郝一　摄,
    …练习滑雪。（通讯员 X 摄））?"""
    text = caption.texts[-1]
    if ends_sentence(text):  # the credit in brackets was read apart, into a byline
        line = caption.lines[-1]
        return any(
            not b.texts and b.lines and b.lines[-1] is line and _credits_photographers(b)
            for b in story.bylines
        )
    kept, credits = split_closing_credit(text, news=False)
    return bool(credits) and ends_sentence(kept) and all(c.role == "photographer" for c in credits)


def _credits_photographers(byline: Block) -> bool:
    """Does the byline credit photographers only (本报记者 X 摄, （通讯员 X 摄））?"""
    credits = byline.credits or byline_credits(block_text(byline)) or []
    return bool(credits) and all(c.role == "photographer" for c in credits)


def _credited_for_the_photo(story: Story, caption: Block) -> bool:
    """Is a photographer's credit (X 摄) printed right under the caption?"""
    under = caption.lines[-1].index + 1
    return any(
        b.kind == "byline" and b.lines[0].index == under and _credits_photographers(b)
        for b in story.bylines
    )


def _sections_of_a_feature(assembly: Assembly) -> None:
    """A feature signed under its headline may print section heads (小标题) behind a
    mark that the model reads as headlines of their own (一个山村的“蝶变”之路 / 本报记者
    X / … / ■ 从“没人来”到“抢着来” / 2018年，…): a one-line marked headline over text
    that opens no item — no lead marker, no day or 近日, no credit anywhere, nothing
    closing it in brackets — right after such a feature is its next section. An item
    of its own says when or by whom; a section goes on from the one above. Unmarked
    section heads are left to the model: taking them all cost the development pages
    15 articles (commentaries and features after a signed one)."""
    stories: list[Story] = []
    for story in assembly.stories:
        above = stories[-1] if stories else None
        if above is not None and (
            (_signed_under_its_headline(above) and _a_section(story, _headline_of(above)))
            or _its_next_numbered_section(above, story)
        ):
            (head,) = story.header
            above.paragraphs += [Block("subhead", head.lines, head.texts), *story.paragraphs]
            continue
        stories.append(story)
    assembly.stories = stories


def _a_headline_over_its_byline_and_first_section(assembly: Assembly) -> None:
    """A headline, the byline under it, then a section head numbered 一、 over the
    text: read as a headline with nothing under it and a byline over the section's
    head, the headline is the feature's and the numbered line its first section's."""
    for story in assembly.stories:
        if len(story.header) != 1 or not story.bylines or not story.paragraphs:
            continue
        head, byline = story.header[0], story.bylines[0]
        mark = item_number(head.texts[0]) if len(head.lines) == 1 else None
        if mark is None or mark[1] != 1 or byline.start > head.start:
            continue
        stack = next(
            (
                st
                for st in assembly.orphans
                if st
                and max(b.end for b in st) < byline.start
                and byline.lines[0].index - max(b.lines[-1].index for b in st) <= 2
            ),
            None,
        )
        if stack is None or not any(b.kind in HEADLINE_ROLES for b in stack):
            continue
        assembly.orphans.remove(stack)
        story.header = list(stack)
        story.paragraphs.insert(0, Block("subhead", head.lines, head.texts))


def _its_next_numbered_section(feature: Story, story: Story) -> bool:
    """A headline numbered 一、 right under a signed headline with no text yet, or
    numbered one more than a section head the feature already holds (二、 after 一、),
    over text that opens no item: the feature's next section (大山深处的脱贫路 /
    本报记者 X / 一、一条公路通到家门口 / … / 二、…)."""
    if not (feature.headed and feature.bylines) or len(story.header) != 1 or story.bylines:
        return False
    head = story.header[0]
    mark = item_number(head.texts[0]) if len(head.lines) == 1 else None
    if mark is None or not headline_like(head.texts[0]):
        return False
    style, n = mark
    if n == 1:
        numbered = _signed_under_its_headline_alone(feature) and not any(
            b.kind == "subhead" and item_number(block_text(b)) for b in feature.paragraphs
        )
    else:
        numbered = any(
            b.kind == "subhead" and item_number(block_text(b)) == (style, n - 1)
            for b in feature.paragraphs
        )
    texts = [block_text(b) for b in story.paragraphs]
    return numbered and not any(opens_as_news(t) or is_lead(t) for t in texts[:1])


def _signed_under_its_headline_alone(story: Story) -> bool:
    return any(b.credits or byline_credits(block_text(b)) for b in story.bylines)


def _signed_under_its_headline(story: Story) -> bool:
    return (
        story.headed
        and bool(story.paragraphs)
        and any(
            b.kind == "byline"
            and b.start < story.paragraphs[0].start
            and (b.credits or byline_credits(block_text(b)))
            for b in story.bylines
        )
    )


def _headline_of(story: Story) -> str:
    return "".join(block_text(b) for b in story.header if b.kind in ("kicker", "title"))


def _a_section(story: Story, feature_headline: str = "") -> bool:
    if len(story.header) != 1 or story.header[0].kind not in ("title", "column") or story.bylines:
        return False
    (head,), paras = story.header, story.paragraphs
    if head.kind == "column" and orphans.pair_share(head.texts[0], feature_headline) < _ECHO:
        return False  # a column's name over an item of its own
    if len(head.lines) != 1 or len(head.texts[0]) > 18 or not paras:
        return False
    marked = opens_with_mark(head.texts[0]) or _BRACKETED_HEAD.fullmatch(head.texts[0])
    # Unmarked, a short headline over a commentary reads the same; but a head that says
    # the feature's headline again in part (一条路 一片园 一个村 / 修通一条路) is its section.
    if not marked and orphans.pair_share(head.texts[0], feature_headline) < _ECHO:
        return False
    texts = [block_text(b) for b in paras]
    return (
        not opens_as_news(texts[0].lstrip(RUBRIC_MARKS + " "))
        and not is_editors_note(texts[0])  # ■一线见闻 / 编者按：…: a column's new series
        and not any(is_lead(t) or _closed_by_its_writers(t) for t in texts)
    )


_ECHO = 0.5  # of a section head's character pairs that its feature's headline holds

# A section head in black-lenticular brackets (【山货走得出去了】) is marked as ■ marks one.
_BRACKETED_HEAD = re.compile(r"[【〖][^【】〖〗]{2,16}[】〗]")


def _closed_by_its_writers(paragraph: str) -> bool:
    if not paragraph.rstrip().endswith(("）", ")")):
        return False
    credits = split_closing_credit(paragraph)[1]
    return bool(credits) and any(c.role != "photographer" for c in credits)
