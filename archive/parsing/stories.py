"""Story-level repairs: what the assembled stories of a page say once seen together.

The line-role model and the label repairs (repairs.py, itemstarts.py) read a page a
line at a time; some of what a reader sees needs whole stories side by side: a column
of briefs each closed by its credit, headlines a PDF printed under their text or
gathered apart, a feature's marked section heads. Each repair below says what it
reads and why it holds for any paper; `repair_stories` applies them in order.
"""

from __future__ import annotations

import itertools
import re

from . import orphans
from .assemble import Assembly, Block, Story, block_text
from .credits import byline_credits, is_lead, split_closing_credit
from .headlines import looks_like_column, strip_rubric
from .itemstarts import headline_like, opens_as_news
from .jiebautil import crosses, edge_flags
from .layout import RUBRIC_MARKS, ends_sentence
from .lexicon import BRIEF_DAYS, is_editors_note, item_number, opens_with_mark
from .linemodel.labels import HEADLINE_ROLES
from .normalise import join_cjk


def repair_stories(assembly: Assembly, known_columns=()) -> None:
    """Apply the story-level repairs to the page's assembled stories, in place."""
    _headlines_read_as_text(assembly)
    _briefs_end_with_their_credits(assembly, known_columns)
    _headlines_dumped_under_the_lead(assembly)
    _headlines_dumped_under_each_lead(assembly)
    _two_headlines_over_two_texts(assembly)
    _photos_after_the_text(assembly)
    _a_headline_over_its_byline_and_first_section(assembly)
    _sections_of_a_feature(assembly)
    _heads_gathered_in_one_block(assembly)
    _headline_block_over_untitled_texts(assembly)
    _part_gathered_headlines(assembly)
    _cut_run_together(assembly)


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


def _headlines_dumped_under_the_lead(assembly: Assembly) -> None:
    """A PDF's text may come out with a headline after the lead it stands over
    (本报讯（记者 X）3月20日，江北区滨河口袋公园群正式向市民开放。/ 江北区9个口袋公园连成串
    / …): an untitled story whose second paragraph is one short line that ends no
    sentence and says again most of what the lead says is headed by that line, where
    the page prints a paragraph a line (in columns such a line is a wrapped one). A
    section's subhead names what follows it, not the lead above."""
    for story in assembly.stories:
        paras = story.paragraphs
        if story.headed or len(paras) < 2 or len(paras) + len(paras[1].lines) < 4:
            continue  # text goes on under the line
        second = paras[1]
        line, lead = second.texts[0], block_text(paras[0])
        if len(paras[0].lines) > 1 or len(lead) <= 40:
            continue  # a paragraph a line only: in columns the line is a wrapped one
        if not is_lead(lead) or not headline_like(line) or "，" in line:
            continue
        if orphans.pair_share(line, lead) >= _SAYS_AGAIN:
            story.header.append(Block("title", second.lines[:1], second.texts[:1]))
            if len(second.lines) == 1:
                del paras[1]
            else:
                paras[1] = Block(second.kind, second.lines[1:], second.texts[1:])


def _headlines_dumped_under_each_lead(assembly: Assembly) -> None:
    """A PDF's text may print every headline right under its article's text, a blank
    line before the next (本报讯…在新安所镇开幕。 / 蒙自石榴花节开幕 / ␣ / 本报讯…仪式。 /
    个旧签约14个重大项目): the model reads each such line as the headline of the text
    under the blank line. Where the page opens with an untitled story, a one-line
    headline standing right under a story's last line, apart from its own text, that
    shares more with the text above than with its own heads the text above; then the
    last story's closing line, if it says again what its text says, heads it."""
    stories = assembly.stories
    if len(stories) < 2 or stories[0].headed:
        return
    moved = False
    for above, story in itertools.pairwise(stories):
        head = story.header
        if above.headed or len(head) != 1 or head[0].kind != "title" or len(head[0].lines) != 1:
            continue
        line, below = head[0].lines[0], story.paragraphs[:1]
        if (
            not below
            or not above.paragraphs
            or story.bylines
            and story.bylines[0].start < line.start
        ):
            continue
        if (
            line.index != above.paragraphs[-1].lines[-1].index + 1
            or below[0].lines[0].index - line.index < 2
        ):
            continue
        title = head[0].texts[0]
        if _shares(title, above) > max(_shares(title, story), _SAYS_AGAIN / 2):
            above.header, story.header, moved = head, [], True
    last = stories[-1]
    if not moved or last.headed or len(last.paragraphs) < 2:
        return
    closing = last.paragraphs[-1]
    if (
        len(closing.lines) == 1
        and closing.lines[0].index == last.paragraphs[-2].lines[-1].index + 1
        and headline_like(closing.texts[0])
        and not ends_sentence(closing.texts[0])
        and _shares(closing.texts[0], Story(paragraphs=last.paragraphs[:-1])) >= _SAYS_AGAIN
    ):
        last.header, last.paragraphs = (
            [Block("title", closing.lines, closing.texts)],
            last.paragraphs[:-1],
        )


def _two_headlines_over_two_texts(assembly: Assembly) -> None:
    """A PDF dump may print two articles' headlines one over the other before both
    texts (全市春季植树造林任务全面完成 / 百名医生下乡义诊送健康 / 本报讯…植树… /
    本报讯…义诊…): the model reads them as a kicker and its title. Where the text under
    the pair says again what the first line says and not the second, and an untitled
    text right after says again what the second says, each line heads its own."""
    for story, after in itertools.pairwise(assembly.stories):
        kinds = [b.kind for b in story.header]
        if kinds != ["kicker", "title"] or after.headed or not after.paragraphs:
            continue
        kicker, title = story.header
        if len(kicker.lines) != 1 or len(title.lines) != 1:
            continue
        first, second = kicker.texts[0], title.texts[0]
        own, theirs = _shares(first, story), _shares(second, after)
        if (
            own >= _SAYS_AGAIN
            and theirs >= _SAYS_AGAIN / 2  # 百名医生下乡义诊送健康: 医生, 义诊 said again
            and _shares(second, story) < min(own, theirs) / 2
        ):
            story.header = [Block("title", kicker.lines, kicker.texts)]
            after.header = [title, *after.header]


_SAYS_AGAIN = 0.5  # of a headline's character pairs found in its text


def _shares(headline: str, story: Story) -> float:
    """The share of the headline's character pairs that the story's text holds."""
    return orphans.pair_share(headline, "".join(block_text(b) for b in story.paragraphs))


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
            and _shares(block_text(last), Story(paragraphs=paras[:-1])) < orphans.OWN_PHOTO
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


def _part_gathered_headlines(assembly: Assembly) -> None:
    """Headlines gathered apart with no blank line between them read as one stack (a
    kicker over a title). Where there are more untitled stories than stacks and each
    line of a stack shares most with a story of its own, each line is a headline:
    南川区部署秋冬季森林防火工作 / 东城街道开展垃圾分类宣传 under two stories. A kicker and
    its title announce the same story, so they stay together."""
    untitled = [s for s in assembly.stories if not s.headed]
    stacks = headline_stacks(assembly.orphans)
    if len(untitled) <= len(stacks):
        return
    bodies = ["".join(block_text(b) for b in s.paragraphs) for s in untitled]
    parted = []
    for stack in assembly.orphans:
        lines = [
            (b, line, text) for b in stack for line, text in zip(b.lines, b.texts, strict=True)
        ]
        if (
            len(lines) < 2
            or any(b.kind not in HEADLINE_ROLES for b, _, _ in lines)
            or any(text.startswith(_DASHES) for _, _, text in lines)  # a title and its deck
        ):
            parted.append(stack)
            continue
        rows = orphans.scores([text for _, _, text in lines], bodies)
        best = [max(range(len(row)), key=row.__getitem__) for row in rows]
        if len(set(best)) == len(best) and all(
            _heads_its_own(row, k) for row, k in zip(rows, best, strict=True)
        ):
            parted += [[Block("title", [line], [text])] for _, line, text in lines]
        else:
            parted.append(stack)
    assembly.orphans = parted


def _heads_gathered_in_one_block(assembly: Assembly) -> None:
    """A PDF's text may gather three headlines or more in one block over (or under)
    the texts they head, a kicker or a ——deck set with some of them (全力以赴抓项目 /
    桃源县开工重大项目38个 / ——总投资超过120亿元 / 慈利： / “非遗工坊”揭牌 over two
    本报讯 items). The model reads the block as stacks, as the header of the first text,
    or a line of it as a text of its own (慈利：). Lines one under the other with no
    blank line, each a headline's line, that fall into runs each sharing most with a
    different text of the page are each a headline printed apart; with one for every
    untitled text, each heads the text it shares most with, else they are assigned
    with the page's other headlines (orphans.py)."""
    entries = []  # (line, text, kind, where it came from)
    for stack in assembly.orphans:
        entries += [(ln, t, b.kind, id(stack)) for b in stack for ln, t in _block_rows(b)]
    for story in assembly.stories:
        owner = id(story)
        entries += [
            (ln, t, b.kind, owner)
            for b in story.header
            if b.kind in HEADLINE_ROLES
            for ln, t in _block_rows(b)
        ]
        if story.headed and not story.bylines and _heads_only(story):
            entries += [
                (ln, t, "kicker", owner) for b in story.paragraphs for ln, t in _block_rows(b)
            ]
    entries.sort(key=lambda e: e[0].index)
    blocks, block = [], []
    for entry in entries:
        if block and entry[0].index != block[-1][0].index + 1:
            blocks.append(block)
            block = []
        block.append(entry)
    blocks.append(block)
    for block in blocks:
        if len(block) >= 3 and all(_a_block_line(t) for _, t, _, _ in block):
            _part_head_block(assembly, block)


def _part_head_block(assembly: Assembly, block) -> None:
    owners = {o for *_, o in block}
    involved = [s for s in assembly.stories if id(s) in owners]
    lines = {id(ln) for ln, *_ in block}
    if any(
        id(ln) not in lines
        for s in involved
        for b in s.header
        if b.kind in HEADLINE_ROLES
        for ln in b.lines
    ):
        return  # a story headed partly from outside the block
    texts = [s for s in assembly.stories if not s.headed or s in involved and not _heads_only(s)]
    if len(texts) < 2:
        return
    bodies = ["".join(block_text(b) for b in s.paragraphs) for s in texts]
    found = _head_runs([t for _, t, _, _ in block], [k for _, _, k, _ in block], bodies)
    if found is None:
        return
    runs, kickers, heads = found
    for story in involved:
        story.header = [b for b in story.header if b.kind not in HEADLINE_ROLES]
    assembly.stories = [s for s in assembly.stories if not (s in involved and _heads_only(s))]
    assembly.orphans = [o for o in assembly.orphans if id(o) not in owners]
    stacks = _stacks_of([(ln, t) for ln, t, _, _ in block], runs, kickers)
    if len(stacks) < len(texts):
        assembly.orphans += stacks  # assigned with the page's other headlines
        return
    for stack, k in zip(stacks, heads, strict=True):  # one headline for each text
        texts[k].header += stack


def _block_rows(block: Block):
    return zip(block.lines, block.texts, strict=True)


def _heads_only(story: Story) -> bool:
    """A story whose text is one or two short lines that say no sentence (慈利：): a
    headline's line the model read as text."""
    rows = [t for b in story.paragraphs for t in b.texts]
    return 0 < len(rows) <= 2 and all(_a_block_line(t) for t in rows)


def _a_block_line(text: str) -> bool:
    """A headline's line, or a kicker's that leads into its title (慈利：)."""
    if text.endswith(("：", ":")) and len(text) <= 12 and not ends_sentence(text[:-1]):
        return "，" not in text and "。" not in text
    return _a_headline_line(text)


def _head_runs(lines: list[str], kinds: list[str], bodies: list[str]):
    """The runs of a headline block's lines, each heading a different text; the lines
    that lead into the headline under them (kickers); and the text each run heads. A
    line that shares most with a text starts a headline; one that shares little runs
    on from the line above (a headline wrapped) unless it leads into the next: it
    opens the block, follows a deck (a headline's last line) or the model read it as
    a kicker. A line ending in a colon (慈利：) always leads into the next. None
    unless two runs at least, each sharing most with a text of its own."""
    table = orphans.scores(lines, bodies)
    runs, kickers, waiting, owner, owners, says = [], set(), [], None, [], []
    for k, row in enumerate(table):
        best = max(range(len(row)), key=row.__getitem__)
        deck = lines[k].startswith(_DASHES)
        if not deck and lines[k].endswith(("：", ":")):
            waiting.append(k)
            continue
        if deck and runs and row[best] >= orphans.PART_SCORE and best != owner:
            return None  # a deck says what another text says: one headline's lines
        low = row[best] < orphans.MIN_SCORE
        if runs and not waiting and _wrapped(lines[k - 1], lines[k]):
            low = True  # 基础设施总 / 数同比增长: the line above goes on
        if deck or low or best == owner:
            leads = not runs or lines[k - 1].startswith(_DASHES) or kinds[k] == "kicker"
            if low and not deck and leads:
                waiting.append(k)
                continue
            if waiting or not runs:
                return None
            runs[-1] = (runs[-1][0], k + 1)
            owner = None if deck else owner  # a deck is its headline's last line
            continue
        runs.append((waiting[0] if waiting else k, k + 1))
        kickers.update(waiting)
        waiting, owner = [], best
        owners.append(best)
        says.append(row[best])
    if waiting or len(runs) < 2 or len(set(owners)) < len(owners):
        return None
    if len(runs) == len(bodies) and owners == sorted(owners):
        return runs, kickers, owners  # a headline for each text, in the texts' order
    if min(says) < orphans.PART_SCORE:
        return None  # a few short lines sharing a little with one text or another
    return runs, kickers, owners


def _wrapped(above: str, line: str) -> bool:
    """Does `line` go on with the headline line above it: a quote or a bracket left
    open, a word cut in two (基础设施总 / 数), a number cut (超3 / .5万亿元), or a
    line ending in a preposition or conjunction (守望与 / 突围)?"""
    if any(above.count(a) > above.count(b) for a, b in ("“”", "（）", "()", "《》")):
        return True
    if above[-1:].isdigit() and line[:1] in ".．%％0123456789":
        return True
    return crosses(above, line) or edge_flags(above)[1] in ("p", "c")


def _headline_block_over_untitled_texts(assembly: Assembly) -> None:
    """A PDF's text may put a page's headlines in one block, a line each and wrapped
    ones over two, above or under texts that have none (老城区12条背街小巷 / 完成“微改造”
    / 春季招聘会 / 提供岗位6800个 over four 本报讯 items). Read as one story, the block
    would be a headline over the first text, or a text of its own. Where it is three
    lines or more, none a sentence, no byline under them, and its lines fall into runs
    each sharing most with another untitled text, each run is a headline printed apart
    (assigned with the others, orphans.py)."""
    for story in list(assembly.stories):
        rows = [
            (line, text)
            for b in story.header + story.paragraphs
            for line, text in zip(b.lines, b.texts, strict=True)
        ]
        if story.paragraphs and len(story.header) >= 3:
            _headline_block_over_its_text(assembly, story)
        if story.paragraphs and opens_as_news(block_text(story.paragraphs[0])):
            continue
        if story.bylines or len(rows) < 3 or not all(_a_headline_line(t) for _, t in rows):
            continue
        untitled = [s for s in assembly.stories if s is not story and not s.headed]
        if len(untitled) < 2:
            continue
        bodies = ["".join(block_text(b) for b in s.paragraphs) for s in untitled]
        runs = _runs_by_story([t for _, t in rows], bodies, [ln.index for ln, _ in rows])
        if runs is None:
            continue
        assembly.stories.remove(story)
        assembly.orphans += _stacks_of(rows, runs)


def _headline_block_over_its_text(assembly: Assembly, story: Story) -> None:
    """The same block over the first of the texts it heads (three headlines, then
    three 本报讯 items): read as one stack, it would make a kicker, a title and a
    deck of the first item's. Where its lines fall into runs that each share most
    with a different one of this text and the untitled texts after it, each run is a
    headline printed apart; a stack that is one headline shares most with its own text."""
    rows = [(ln, t) for b in story.header for ln, t in zip(b.lines, b.texts, strict=True)]
    if len(rows) < 3 or not all(_a_headline_line(t) for _, t in rows):
        return
    if any(t.rstrip().endswith(_LEADS_ON) for _, t in rows):
        return  # …文保工作中—— / “我”的守护很重要: a kicker leading into its title
    at = assembly.stories.index(story)
    after = list(itertools.takewhile(lambda s: not s.headed, assembly.stories[at + 1 :]))
    if not after:
        return
    bodies = ["".join(block_text(b) for b in s.paragraphs) for s in [story, *after]]
    runs = _runs_by_story([t for _, t in rows], bodies, [ln.index for ln, _ in rows])
    if runs is None:
        return
    story.header = []
    assembly.orphans += _stacks_of(rows, runs)


def _stacks_of(rows, runs: list[tuple[int, int]], kickers=frozenset()) -> list[list[Block]]:
    """Each run of a headline block's lines as a headline stack: its kicker if it has
    one (lines `kickers` names), its title, and the deck under a dash if it has one."""
    stacks = []
    for lo, hi in runs:
        lead = [rows[k] for k in range(lo, hi) if k in kickers]
        head = [
            (ln, t)
            for k, (ln, t) in enumerate(rows[lo:hi], lo)
            if k not in kickers and not t.startswith(_DASHES)
        ]
        deck = [(ln, t) for ln, t in rows[lo:hi] if t.startswith(_DASHES)]
        stack = [Block("title", [ln for ln, _ in head], [t for _, t in head])]
        if lead:
            stack.insert(0, Block("kicker", [ln for ln, _ in lead], [t for _, t in lead]))
        if deck:
            stack.append(Block("subtitle", [ln for ln, _ in deck], [t for _, t in deck]))
        stacks.append(stack)
    return stacks


_DASHES = ("—", "－", "-")
_LEADS_ON = (*_DASHES, "：", ":", "，", "、")


def _a_headline_line(text: str) -> bool:
    """A line of a headline: a kicker's, a title's, or a deck's under its dash."""
    return headline_like(text.lstrip("—－-").strip() if text.startswith(_DASHES) else text)


def _runs_by_story(
    lines: list[str], bodies: list[str], rows: list[int]
) -> list[tuple[int, int]] | None:
    """Consecutive lines that share most with the same text, as (start, end) runs; a
    line that shares little with any text runs on from the line right above it (a
    headline wrapped; a blank line parts two headlines). None unless there are two
    runs at least, each heading a text of its own."""
    table = orphans.scores(lines, bodies)
    runs, owner = [], None
    for k, row in enumerate(table):
        best = max(range(len(row)), key=row.__getitem__)
        deck = lines[k].startswith(_DASHES)  # ——预计明年底完工: the deck of the one above
        if deck or row[best] < orphans.MIN_SCORE or best == owner:
            if not runs or rows[k] != rows[k - 1] + 1:
                return None
            runs[-1] = (runs[-1][0], k + 1)
            continue
        runs.append((k, k + 1))
        owner = best
    if len(runs) < 2:
        return None
    texts = ["".join(lines[lo:hi]) for lo, hi in runs]
    heads = orphans.scores(texts, bodies)
    bests = [max(range(len(row)), key=row.__getitem__) for row in heads]
    if len(set(bests)) < len(bests) or not all(
        row[k] >= orphans.MIN_SCORE for row, k in zip(heads, bests, strict=True)
    ):
        return None
    return runs


def _heads_its_own(row: list[float], k: int) -> bool:
    """Does a headline line share most with story k, or enough with it and twice as
    much as with any other story (a brief's text says little a headline can share)?"""
    others = max((s for j, s in enumerate(row) if j != k), default=0.0)
    return row[k] >= orphans.PART_SCORE or (row[k] >= orphans.MIN_SCORE and row[k] >= 2 * others)


def _cut_run_together(assembly: Assembly) -> None:
    """Cut untitled stories where a headline printed apart shows that an article of its
    own starts (orphans.split_points)."""
    stacks = headline_stacks(assembly.orphans)
    untitled = [s for s in assembly.stories if not s.headed]
    if len(stacks) <= len(untitled):
        return
    cuts = orphans.split_points(
        [stack_text(stack) for stack in stacks],
        [[block_text(b) for b in s.paragraphs] for s in untitled],
        lambda r, k: untitled[r].may_open(k),
    )
    if not cuts:
        return
    pieces = {
        id(untitled[r]): untitled[r].split([k for n, k in cuts if n == r])
        for r in {r for r, _ in cuts}
    }
    assembly.stories = [p for s in assembly.stories for p in pieces.get(id(s), [s])]


def headline_stacks(stacks):
    return [s for s in stacks if any(b.kind in HEADLINE_ROLES for b in s)]


def stack_text(stack) -> str:
    return "".join(t for b in stack for t in b.texts)
