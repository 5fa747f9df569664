"""Headlines printed apart from their texts: what the assembled stories say of them.

PDF text and narrow columns print headlines away from what they head: in one block
over or under the texts, gathered at the page's end, dumped under a lead. Each repair
here pairs them again by what a headline and a text share (character pairs, the
order they are set in) and says why it holds for any paper; `stories.repair_stories`
applies them among the other story-level repairs.
"""

from __future__ import annotations

import itertools

from . import orphans
from .assemble import Assembly, Block, Story, block_text
from .credits import is_lead
from .itemstarts import finished, headline_like, opens_as_news
from .jiebautil import crosses, edge_flags
from .layout import ends_sentence
from .linemodel.labels import HEADLINE_ROLES


def headlines_dumped_under_the_lead(assembly: Assembly) -> None:
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


def headlines_dumped_under_each_lead(assembly: Assembly) -> None:
    """A PDF's text may print every headline right under its article's text, a blank
    line before the next (本报讯…在新安所镇开幕。 / 蒙自石榴花节开幕 / ␣ / 本报讯…仪式。 /
    个旧签约14个重大项目), or set apart by blank lines on both sides: the model reads
    each such line as the headline of the text under it. Where the page opens with an
    untitled story, or one "headed" by a line that says nothing of its text (the
    masthead's 星期二), a one-line headline under a story's last line, apart from its
    own text, that shares more with the text above than with its own heads the text
    above; then the last story's closing line, if it says again what its text says,
    heads it, and a last "story" left with no headline and no sentence (the page's
    number, its date and editor) is the page's furniture."""
    stories = assembly.stories
    if len(stories) < 2 or (stories[0].headed and not _says_nothing(stories[0])):
        return
    moved = False
    for above, story in itertools.pairwise(stories):
        head = story.header
        if (above.headed and not (above is stories[0] and not moved)) or len(head) != 1:
            continue
        if head[0].kind != "title" or len(head[0].lines) != 1:
            continue
        line, below = head[0].lines[0], story.paragraphs[:1]
        if (
            not below
            or not above.paragraphs
            or story.bylines
            and story.bylines[0].start < line.start
        ):
            continue
        gap = line.index - above.paragraphs[-1].lines[-1].index
        if not 0 < gap <= 2 or below[0].lines[0].index - line.index < 2:
            continue
        if gap == 2 and not finished(above.paragraphs[-1].texts[-1]):
            continue  # a sentence running on across the line: midheads.py reads it
        title = head[0].texts[0]
        if shares(title, above) > max(shares(title, story), _SAYS_AGAIN / 2):
            if above.headed:  # the masthead's line: the page's furniture
                assembly.furniture += [b for b in above.header if b.kind in HEADLINE_ROLES]
            above.header, story.header, moved = head, [], True
    last = stories[-1]
    if moved and not last.headed and _no_text(last):
        stories.remove(last)
        assembly.furniture += last.paragraphs
        return
    if not moved or last.headed or len(last.paragraphs) < 2:
        return
    closing = last.paragraphs[-1]
    if (
        len(closing.lines) == 1
        and closing.lines[0].index == last.paragraphs[-2].lines[-1].index + 1
        and headline_like(closing.texts[0])
        and not ends_sentence(closing.texts[0])
        and shares(closing.texts[0], Story(paragraphs=last.paragraphs[:-1])) >= _SAYS_AGAIN
    ):
        last.header, last.paragraphs = (
            [Block("title", closing.lines, closing.texts)],
            last.paragraphs[:-1],
        )


def _says_nothing(story: Story) -> bool:
    """Is the story headed by one short line that shares no character pair with its text?"""
    heads = [b for b in story.header if b.kind in HEADLINE_ROLES]
    return (
        len(heads) == 1
        and len(heads[0].lines) == 1
        and len(heads[0].texts[0]) <= _MASTHEAD_WORD
        and shares(heads[0].texts[0], story) == 0
    )


def _no_text(story: Story) -> bool:
    """No sentence and no line longer than a page's foot (2 / 2022年1月18日 责任编辑 X)."""
    texts = [t for b in story.paragraphs for t in b.texts]
    return not story.bylines and all(not ends_sentence(t) and "，" not in t for t in texts)


_MASTHEAD_WORD = 6  # 星期二, 第20期: a line of the masthead read as a headline


def two_headlines_over_two_texts(assembly: Assembly) -> None:
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
        own, theirs = shares(first, story), shares(second, after)
        if (
            own >= _SAYS_AGAIN
            and theirs >= _SAYS_AGAIN / 2  # 百名医生下乡义诊送健康: 医生, 义诊 said again
            and shares(second, story) < min(own, theirs) / 2
        ):
            story.header = [Block("title", kicker.lines, kicker.texts)]
            after.header = [title, *after.header]


_SAYS_AGAIN = 0.5  # of a headline's character pairs found in its text


def shares(headline: str, story: Story) -> float:
    """The share of the headline's character pairs that the story's text holds."""
    return orphans.pair_share(headline, "".join(block_text(b) for b in story.paragraphs))


def part_gathered_headlines(assembly: Assembly) -> None:
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


def heads_gathered_in_one_block(assembly: Assembly) -> None:
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


def headline_block_over_untitled_texts(assembly: Assembly) -> None:
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


def cut_run_together(assembly: Assembly) -> None:
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
