"""Stage 4: from labelled lines to stories (an article's headline, credits and paragraphs).

The line-role model (linemodel/) says what each line is; this module only follows the
labels in reading order (linemodel/labels.py says how each one is read):

- headline lines gather in a stack until text opens an article under them; a stack
  that no text follows (headlines a page prints apart, say all at its end) is an
  orphan, matched to an untitled story by content (orphans.py);
- a byline goes with what is printed before it, `byline-next` with what follows;
- `open` starts a story, `para`, `caption` and `subhead` a paragraph, `body` wraps.

The labels are first set right where exact layout rules say otherwise (repairs.py). A
byline glued to a sentence (`…发展。记者 王赛华`) is cut off the line here, by the byline
grammar, whatever label the line has, and so is one that wraps over a narrow column's
last lines (`…发展。记者 王赛` / `华 李明`), or whose last name the column cut onto
the line under it (`通讯员 高振华 马` / `瑞`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from .credits import byline_credits, names_a_role, parse_lead, split_trailing_byline
from .itemstarts import BRIEF_RUN_ON, finished
from .layout import Line, PageShape, ends_sentence, join_wrapped
from .lexicon import CJK, RUBRIC_MARKS, is_editors_note, opens_with_mark
from .linemodel.labels import HEADLINE_ROLES, headline_role
from .repairs import repair
from .result import Credit


@dataclass
class Block:
    """A headline element, a byline or a paragraph: one or more lines of the page."""

    kind: str  # kicker | title | subtitle | column | byline | para | caption | subhead
    lines: list[Line]
    texts: list[str]  # the lines' text as read (a glued byline cut off)
    credits: list[Credit] = field(default_factory=list)

    @property
    def start(self):
        return self.lines[0].start

    @property
    def end(self):
        return self.lines[-1].end


def block_text(block: Block) -> str:
    """A block's lines as one text, wrapped lines joined back. A lead's marker and its
    unbracketed credit alone on the first line (本报讯 通讯员 X / 郭厝村…) keep the space
    the line's end gave them: run on, the name would take the text's first letters."""
    text = ""
    for k, part in enumerate(block.texts):
        if k == 1 and _a_leads_head_alone(text):
            text += " "
        text = join_wrapped(text, part)
    return text


def _a_leads_head_alone(text: str) -> bool:
    lead = parse_lead(text)
    return lead.marker is not None and not lead.rest.strip()


@dataclass
class Story:
    header: list[Block] = field(default_factory=list)
    bylines: list[Block] = field(default_factory=list)
    paragraphs: list[Block] = field(default_factory=list)
    column: str | None = None

    @property
    def blocks(self):
        return self.header + self.bylines + self.paragraphs

    @property
    def start(self):
        return min(b.start for b in self.blocks)

    @property
    def end(self):
        return max(b.end for b in self.blocks)

    @property
    def column_on_its_headline(self) -> bool:
        """Is the story's column printed right over its headline, no line between (稻田养鱼
        / 一水两用)? Set so, it is a rubric of this story alone, or its headline's half."""
        kinds = [b.kind for b in self.header]
        if len(kinds) < 2 or kinds[0] != "column" or kinds[1] not in HEADLINE_ROLES:
            return False
        return self.header[0].lines[-1].index + 1 == self.header[1].lines[0].index

    @property
    def headed(self) -> bool:
        return any(b.kind in HEADLINE_ROLES for b in self.header)

    def may_open(self, k: int) -> bool:
        """Could paragraph k begin an article of its own? Only a plain paragraph after a
        finished sentence and a blank line (a column's end: an article run on from the
        one above starts a column of its own or follows a gap)."""
        prev, cur = self.paragraphs[k - 1], self.paragraphs[k]
        return (
            cur.kind == "para"
            and prev.kind in ("para", "caption")
            and ends_sentence(prev.texts[-1])
            and cur.lines[0].index - prev.lines[-1].index > 1
        )

    def split(self, cuts: list[int]) -> list[Story]:
        """This story cut before each of the paragraphs `cuts` (ascending); the header and
        column stay with the first piece, each byline goes to the piece it is printed in."""
        bounds = [0, *cuts, len(self.paragraphs)]
        pieces = [Story(paragraphs=self.paragraphs[lo:hi]) for lo, hi in itertools.pairwise(bounds)]
        pieces[0].header, pieces[0].column = self.header, self.column
        for byline in self.bylines:
            home = pieces[0]
            for piece in pieces[1:]:
                if piece.paragraphs[0].start <= byline.start:
                    home = piece
            home.bylines.append(byline)
        return pieces


@dataclass
class Assembly:
    stories: list[Story]
    orphans: list[list[Block]]  # headline stacks with no text under them
    strays: list[Block]  # bylines and columns that no story took
    furniture: list[Block]


# A brief of a column of briefs: a mark, its headline (no sentence in it, and words: not
# the day alone, ▲2024-03-05　…), a space, and its text, which holds a sentence.
_BRIEF = re.compile(
    rf"^(?:[{RUBRIC_MARKS}]\s*(?P<title>(?=\S*[{CJK}])[^\s。！？，,]{{4,30}})\s+"
    rf"|【(?P<bracketed>[^】。！？]{{6,30}})】\s*)"  # 【区妇联开展慰问活动】近日，…
    rf"(?P<text>[{CJK}\d“].*[。！？].*)$"
)


class _Reader:
    def __init__(self):
        self.out = Assembly([], [], [], [])
        self.story: Story | None = None
        self.stack: list[Block] = []  # headline elements waiting for their text
        self.credits: list[Block] = []  # bylines waiting for their story
        self.column: Block | None = None
        self.last = ""  # the previous line's label

    def read(self, line: Line, label: str) -> None:
        role = headline_role(label)
        if self.last == "byline" and self._finishes_a_cut_name(line):
            return  # whatever the model read the lone characters as (卓 a title, say)
        if role:
            self._headline(line, role, label.endswith("-i"))
        elif label == "furniture":
            self.out.furniture.append(Block("furniture", [line], [line.text]))
        elif label == "column":
            if self.column:
                self.out.strays.append(self.column)
            self.column = Block("column", [line], [line.text])
        elif label in ("byline", "byline-next"):
            self._byline(line, label)
        else:
            self._text(line, label)
        self.last = label

    def _headline(self, line, role, wraps, text=None):
        """`text`: the headline's words where the line holds more (a brief's run-in one)."""
        text = line.text if text is None else text
        top = self.stack[-1] if self.stack else None
        if wraps and top and top.kind == role and headline_role(self.last):
            top.lines.append(line)
            top.texts.append(text)
            return
        if self._closes_stack(role):
            self.out.orphans.append(self.stack)
            self.stack = []
        self.story = None  # a headline ends the story above it
        self.stack.append(Block(role, [line], [text]))

    def _closes_stack(self, role):
        """A new kicker or title after a title starts the next headline."""
        kinds = [b.kind for b in self.stack]
        if not kinds:
            return False
        if role == "kicker":
            return "title" in kinds or "subtitle" in kinds or "kicker" in kinds
        if role == "title":
            return "title" in kinds or "subtitle" in kinds
        return False

    def _byline(self, line, label):
        block = Block("byline", [line], [line.text])
        if label == "byline" and self.stack and headline_role(self.last):
            self.credits.append(block)  # under its headline, above its text
        elif label == "byline" and self.story and not self.stack:
            self.story.bylines.append(block)
        else:
            self.credits.append(block)

    def _text(self, line, label):
        brief = _BRIEF.match(line.text) or BRIEF_RUN_ON.match(line.text)
        if label in ("open", "para") and brief:
            # ●江城区开展防汛应急演练 5月16日，…（周峰）: a brief, its headline run in. A
            # one-line headline right over it names the column of briefs (短讯).
            if len(self.stack) == 1 and len(self.stack[0].lines) == 1 and headline_role(self.last):
                name = self.stack.pop()
                self.column = Block("column", name.lines, name.texts)
            self._headline(
                line, "title", False, brief["title"] or brief.groupdict().get("bracketed")
            )
            line = replace(line, text=brief["text"])
            label = "open"
        text, tail = split_trailing_byline(line.text)
        if label in ("para", "caption") and self.story and not self.stack:
            last = self.story.paragraphs[-1] if self.story.paragraphs else None
            if last and last.texts and not finished(last.texts[-1]) and not _marked(text):
                label = "body"  # no paragraph starts in the middle of a sentence
        if label == "body" and _marked(text) and self.story and self.story.paragraphs:
            if finished(self.story.paragraphs[-1].texts[-1]):
                label = "para"  # …1200余份。（通讯员 X） / ●6月6日，…: the next item
        if label == "open" or self.story is None or self.stack:
            self._open()
        story = self.story
        kind = "para" if label in ("open", "body") else label
        if label == "body" and story.paragraphs:
            story.paragraphs[-1].lines.append(line)
            story.paragraphs[-1].texts.append(text)
        else:
            story.paragraphs.append(Block(kind, [line], [text]))
        if tail:
            story.bylines.append(Block("byline", [line], [], tail))
        if label == "body":
            _byline_across_lines(story, story.paragraphs[-1])

    def _finishes_a_cut_name(self, line) -> bool:
        """`通讯员 高振华 马` / `瑞`: a narrow column cut the byline's last name, and the
        line under it holds the rest; read alone the byline would name 高振 and 华马."""
        held = (self.story.bylines if self.story and not self.stack else []) + self.credits
        block = next((b for b in held if b.texts and b.lines[-1].index == line.index - 1), None)
        if block is None or not _rest_of_a_cut_name(block.texts[-1], line.text.strip()):
            return False
        block.lines.append(line)
        block.texts[-1] += line.text.strip()
        return True

    def _open(self):
        self.story = Story(header=self.stack, bylines=self.credits)
        if self.column:
            self.story.column = " ".join(self.column.texts)
            self.story.header.insert(0, self.column)
            self.column = None
        self.stack, self.credits = [], []
        self.out.stories.append(self.story)

    def _flush_stack(self):
        if self.stack:
            self.out.orphans.append(self.stack)
            self.stack = []

    def finish(self) -> Assembly:
        self._flush_stack()
        if self.credits and self.out.stories and not self.out.stories[-1].bylines:
            # Credits printed last with nothing after them close the last story.
            self.out.stories[-1].bylines.extend(self.credits)
            self.credits = []
        self.out.strays.extend(self.credits)
        if self.column:
            self.out.strays.append(self.column)
        return self.out


_NAME_PART = re.compile(rf"[{CJK}]{{1,2}}")


def _rest_of_a_cut_name(byline: str, rest: str) -> bool:
    """Is `rest` (a line of one or two characters) the end of the byline's last name,
    its first one or two characters closing the byline? Only if the joined line names it."""
    last = byline.split()[-1] if byline.split() else ""
    if not (_NAME_PART.fullmatch(rest) and _NAME_PART.fullmatch(last)):
        return False
    credits = byline_credits(byline + rest)
    return bool(credits) and credits[-1].name == last + rest


_WRAP_LINES = 3  # a byline closing a paragraph in a narrow column spans at most three lines


def _marked(text: str) -> bool:
    """●6月5日，…: a line a mark opens starts an item of its own (a wrapped line never
    opens with one), even under a line that ends no sentence (■ 简讯). A mark before a
    signature (□雅言) closes the text above instead."""
    return opens_with_mark(text) and byline_credits(text) is None


def _byline_across_lines(story: Story, para: Block) -> None:
    """A byline closing a paragraph in a narrow column may wrap: `…和地区。记者 王明` /
    `李华 通讯员 赵敏`. Each line break inside it is a space between two names or
    nothing (a name or role word cut in two: `通讯` / `员 赵敏`); the reading with the
    most names wins, the fewest breaks read as spaces on a tie. It replaces what the
    lines' own glued bylines gave."""
    lines = para.lines[-_WRAP_LINES:]
    if len(lines) < 2 or not names_a_role("".join(ln.text for ln in lines)):
        return
    best = None  # (credits, lines, separators, where the text before the byline ends)
    for k in range(2, len(lines) + 1):
        raw = [ln.text for ln in lines[-k:]]
        before = "".join(para.texts[: len(para.texts) - k])
        for seps in itertools.product(("", " "), repeat=k - 1):
            joined = raw[0] + "".join(sep + t for sep, t in zip(seps, raw[1:], strict=True))
            head, credits = split_trailing_byline(before + joined)
            if (
                credits
                and len(head) >= len(before)
                and (best is None or len(credits) > len(best[0]))
            ):
                best = (credits, k, seps, len(head) - len(before))
    if best is None:
        return
    credits, k, seps, cut = best
    had = [b for b in story.bylines if b.kind == "byline" and not b.texts and b.lines[0] in lines]
    if sum(len(b.credits) for b in had) > len(credits):
        return
    # What stays of the lines is the text before the byline, on the lines it stood on;
    # the byline is printed from the line it starts on.
    own, rest, first = lines[-k:], [], None
    for ln, sep in zip(own, ("", *seps), strict=True):
        cut -= len(sep)
        rest.append(ln.text[: max(0, min(len(ln.text), cut))])
        if first is None and cut < len(ln.text):
            first = ln
        cut -= len(ln.text)
    para.texts[len(para.texts) - k :] = rest
    story.bylines = [b for b in story.bylines if b not in had]
    story.bylines.append(Block("byline", [first or own[-1]], [], credits))


def assemble(lines: list[Line], labels: list[str], known_columns=()) -> Assembly:
    """Stories of a page from its non-blank lines and their labels (one each)."""
    content = [ln for ln in lines if not ln.blank]
    if len(content) != len(labels):
        raise ValueError(f"{len(labels)} labels for {len(content)} lines")
    labels = repair(content, labels, PageShape.of(lines), known_columns)
    reader = _Reader()
    for line, label in zip(content, labels, strict=True):
        reader.read(line, label)
    out = reader.finish()
    out.stories = _notes_join_their_articles(out.stories)
    return out


def _notes_join_their_articles(stories: list[Story]) -> list[Story]:
    """An editor's note (编者按) printed above a headline belongs to the article under it,
    and so does one line over the note (a series' name: 奋进新征程 建功新时代 over
    【编者按】… over the series' first article), as that article's column."""
    kept: list[Story] = []
    for i, story in enumerate(stories):
        nxt = stories[i + 1] if i + 1 < len(stories) else None
        note = story.paragraphs and is_editors_note(story.paragraphs[0].texts[0])
        if not (note and nxt and not story.bylines and nxt.header):
            kept.append(story)
            continue
        if story.header:
            banner = story.header
            if len(banner) > 1 or len(banner[0].lines) > 1 or len(story.paragraphs) > 1:
                kept.append(story)
                continue
            nxt.header.insert(0, Block("column", banner[0].lines, banner[0].texts))
            nxt.column = nxt.column or banner[0].texts[0]
        nxt.paragraphs[:0] = story.paragraphs
    return kept
