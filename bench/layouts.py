"""The four page layouts of the synthetic corpus (`bench/corpus.py`).

`RENDER[letter](rng, stories, ctx)` sets a page's stories as the seed pages of that
layout do and returns `(lines, truth)`: the page's lines and, per article, what the
parser should find there (`_truth`). `ctx` carries the zone kind and the corpus's
`Pools`. A layout draws only from the `rng` it is given, so the same seed writes the
same bytes.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.corpus import Story

# Layouts b-d print the corpus's full-width punctuation half-width, as the seeds do.
_TO_HALF = str.maketrans(
    {"，": ",", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?", "：": ":"}
)
# Slogans for headlines and kickers, and the names of columns.
PHRASES = (
    "凝心聚力 真抓实干 提质增效 守牢底线 服务群众 护航发展 筑牢防线 务求实效 砥砺前行 "
    "担当作为 精准施策 共建共享 补齐短板 激发活力 优化服务 夯实基础 惠及民生 压实责任"
).split()
COLUMN_ENDINGS = ("动态", "视窗", "速递", "快讯", "聚焦", "一线")
TOPIC_COLUMNS = ("党建连连看", "文明连连看", "平安连连看")


def _truth(story: Story | None, credits, paragraphs: int, **header) -> dict:
    """One article as truth.json records it: header, credits, paragraph count, lead."""
    return {
        **{k: header.get(k) for k in ("title", "kicker", "subtitle", "column")},
        "credits": [{"name": n, "role": r, "organization": o} for n, r, o in credits],
        "paragraphs": paragraphs,
        "lead": story.paragraphs[0] if story else None,  # without 本报讯 or credits
    }


_CLOSING = "，。、；：！？”）》"
_OPENING = "“（《"


def _slogan(rng: random.Random, n: int) -> str:
    return " ".join(rng.sample(PHRASES, n))


def _nudge(text: str, at: int, low: int) -> int:
    """Move a line break (typesetting's rule) so that no line opens with closing
    punctuation or ends with opening punctuation, and no number is cut."""
    while at < len(text) and (text[at] in _CLOSING or text[at - 1 : at + 1].isdigit()):
        at += 1
    while low + 2 < at < len(text) and text[at - 1] in _OPENING:
        at -= 1
    return at


def _wrap(rng: random.Random, text: str, width: int) -> list[str]:
    """Narrow OCR lines of about `width` characters."""
    lines, i = [], 0
    while i < len(text):
        j = _nudge(text, min(len(text), i + rng.choice((width - 1, width, width, width + 1))), i)
        lines.append(text[i:j].strip())
        i = j
    return [ln for ln in lines if ln]


def _column_breaks(lines: list[str], height: int) -> list[str]:
    """Columns `height` lines tall: where one ends, OCR leaves a blank line, whatever
    the text is doing there."""
    out, n = [], 0
    for line in lines:
        out.append(line)
        n += 1
        if n >= height:
            out += [""] if line else []
            n = 0
    return out


def _wide(rng: random.Random, paragraphs: list[str], chance: float) -> list[str]:
    """One paragraph a line, blank lines between. Where a column ended inside a
    paragraph, the text goes on after one or three blank lines."""
    lines = []
    for text in paragraphs:
        if len(text) >= 40 and rng.random() < chance:
            at = _nudge(text, rng.randint(20, len(text) - 8), 20)
            lines += [text[:at], *[""] * rng.choice((1, 1, 3))]
            text = text[at:]
        lines += [text, ""]
    return lines


def _start(rng: random.Random) -> list[str]:
    return ["", ""] if rng.random() < 0.5 else []  # pages often open with blank lines


def _layout_a(rng: random.Random, stories: list[Story], ctx: dict):
    # The seeds break a column every 13-19 lines, blank lines included.
    width, height = rng.choice((11, 12, 13)), rng.randint(13, 19)
    digit_gaps = rng.random() < 0.5  # 自 2017年, 2月 11日
    flow, blocks, truth = [], [], []
    kicker_at = rng.randrange(len(stories)) if rng.random() < 0.5 else None
    rubric_at = rng.randrange(1, len(stories)) if rng.random() < 0.3 else None
    for i, st in enumerate(stories):
        place = "end" if i == kicker_at else rng.choices(("end", "inline", "none"), (6, 2, 2))[0]
        header = {"title": st.title} if place != "none" else {}
        if i == rubric_at:  # ■新年开新局 over the article it introduces
            header["kicker"] = rng.choice(PHRASES) + rng.choice(PHRASES)
            flow += ["■" + header["kicker"], ""]
        if place == "inline":
            flow.append(st.title)
        paragraphs = ["本报讯 " + st.paragraphs[0], *st.paragraphs[1:]]
        for j, para in enumerate(paragraphs):
            if digit_gaps:
                para = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", para)
            lines = _wrap(rng, para, width)
            k = rng.randrange(1, len(lines) - 1) if j and len(lines) > 2 else 0
            if k and rng.random() < 0.1 and not any(c.isascii() for c in lines[k]):
                lines[k] = " ".join(lines[k])  # a justified line: 介 绍 了 郑 州
            flow += lines
            if j < len(paragraphs) - 1 and rng.random() < 0.9:
                flow.append("")
        if rng.random() < 0.67:
            flow.append("记者 " + " ".join(st.reporters))
            flow += ["通讯员 " + " ".join(st.correspondents)] if st.correspondents else []
        else:
            flow.append(st.byline())
        flow[-1] += " 文/图" if rng.random() < 0.15 else ""
        flow.append("")
        if place == "end":  # gathered at the page's end; a long title wraps after its body
            block = [[st.dept, st.verb + st.obj] if len(st.title) > width + 2 else [st.title]]
            if i == kicker_at:
                header["kicker"] = _slogan(rng, 2)  # 您上班 我带娃
                block = [[header["kicker"], st.title]]
                if rng.random() < 0.5:
                    header["subtitle"] = "".join(rng.sample(PHRASES, 2))
                    block.append([header["subtitle"]])
            blocks.append(block)
        truth.append(_truth(st, st.credits(), len(paragraphs), **header))
    if rng.random() < 0.3:  # a rubric standing alone among the headlines
        blocks.append([["■" + _slogan(rng, 3)]])
    rng.shuffle(blocks)
    lines = _column_breaks(flow, height)
    lines += [line for block in blocks for unit in block for line in (*unit, "")]
    if rng.random() < 0.5:
        lines[0] = " " + lines[0]  # OCR's leading space, as on the seeds
    return lines, truth


def _layout_b(rng: random.Random, stories: list[Story], ctx: dict):
    lines, truth = _start(rng), []
    column, column_from = None, len(stories)
    if len(stories) >= 4 and rng.random() < 0.6:
        column, column_from = rng.choice(TOPIC_COLUMNS), len(stories) - rng.randint(2, 3)
    for i, st in enumerate(stories):
        if i == column_from:
            lines += [column, ""]
        if i >= column_from:  # 前程办事处:深化以案促改 护航脱贫攻坚
            title = f"{st.dept}:{_slogan(rng, 2) if rng.random() < 0.5 else st.verb + st.obj}"
        elif rng.random() < 0.4:
            title = f"{rng.choice(PHRASES)}{rng.choice(PHRASES)} {st.title}"
        else:
            title = st.title
        paragraphs = [("本报讯 " + p if not j else p) for j, p in enumerate(st.paragraphs)]
        paragraphs = [p.translate(_TO_HALF) for p in paragraphs]
        byline = rng.choices(("own", "glued", "none"), (5, 4, 1))[0]
        credits = st.credits() if byline == "own" else []
        if byline == "glued":  # …平稳健康发展。记者 王赛华
            whole = rng.random() < 0.3
            paragraphs[-1] += st.byline() if whole else "记者 " + st.reporters[0]
            credits = st.credits() if whole else st.credits()[:1]
        lines += [title, "", *_wide(rng, paragraphs, 0.15)]
        if byline == "own":
            lines += [st.byline() + (" 文/图" if rng.random() < 0.15 else ""), ""]
        in_column = column if i >= column_from else None
        truth.append(_truth(st, credits, len(paragraphs), title=title, column=in_column))
    return lines, truth


def _layout_c(rng: random.Random, stories: list[Story], ctx: dict):
    kind, people = ctx["kind"], ctx["pools"].people
    lines, truth, n = _start(rng), [], len(stories)
    in_column = rng.randint(2, min(6, n - 2))
    extras = [e for e in ("commentary", "photo") if rng.random() < 0.5][: n - in_column - 1]
    order = ["plain"] * (n - in_column - len(extras)) + extras + ["column"] * in_column
    column = None
    for st, what in zip(stories, order, strict=True):
        if lines and rng.random() < 0.3:
            lines += ["", ""]  # sections stand three blank lines apart
        body = [p.translate(_TO_HALF) for p in st.paragraphs]
        if what == "commentary":  # title, □signature, column, then the text
            author, title = people[rng.randrange(len(people))], _slogan(rng, 2)
            lines += [title, "", "□" + author, "", kind + "强音", "", *_wide(rng, body[1:], 0.15)]
            credits = [(author, "author", None)]
            truth.append(_truth(None, credits, len(body) - 1, title=title, column=kind + "强音"))
            continue
        if what == "photo":  # column, title, caption, 本报记者 X 摄
            title, photographer = f"{rng.choice(PHRASES)} {st.obj}", st.reporters[0]
            lines += [kind + "视窗", "", title, "", body[-1], "", f"本报记者 {photographer} 摄", ""]
            credits = [(photographer, "photographer", None)]
            truth.append(_truth(None, credits, 1, title=title, column=kind + "视窗"))
            continue
        if what == "column" and column is None:
            column = kind + rng.choice(COLUMN_ENDINGS)
            lines += [column, ""]
        title = f"{st.dept} {st.verb}{st.obj}" if rng.random() < 0.3 else st.title
        credits = st.credits()[:1] + [c for c in st.credits() if c[1] == "correspondent"][:1]
        bracket = " ".join(("记者" if r == "reporter" else "通讯员") + nm for nm, r, _ in credits)
        body[0] = f"本报讯({bracket})" + body[0]  # 本报讯(记者郭树勋 通讯员李亚芬)6月25日下午,…
        lines += [title, "", *_wide(rng, body, 0.15)]
        truth.append(_truth(st, credits, len(body), title=title, column=column))
    return lines, truth


def _layout_d(rng: random.Random, stories: list[Story], ctx: dict):
    kind, people = ctx["kind"], ctx["pools"].people
    lines, truth = _start(rng), []
    for i, st in enumerate(stories):
        header = {"title": st.title}
        if i == 0 and rng.random() < 0.4:  # a page head over the first article
            header = {"title": kind + rng.choice(PHRASES) + rng.choice(PHRASES)}
            header["subtitle"] = st.title
            lines += ["# " + header["title"], "", "", ""]
        lines += ["## " + st.title, ""]
        if rng.random() < 0.2:  # a two-line subtitle with a Markdown hard break
            a, b = rng.sample(PHRASES, 2)
            lines += [f"{a},{b},  ", f"全力{st.verb}{st.obj}", ""]
            header["subtitle"] = f"{a},{b}, 全力{st.verb}{st.obj}"
        marker = "本报讯 " if rng.random() < 0.6 else ""
        paragraphs = [(marker + p if not j else p) for j, p in enumerate(st.paragraphs)]
        paragraphs = [p.translate(_TO_HALF) for p in paragraphs]
        byline = rng.choices(("own", "glued", "outlet", "none"), (4, 3, 1, 2))[0]
        credits = [(st.reporters[0], "reporter", None)] if byline != "none" else []
        if byline == "glued":
            paragraphs[-1] += "记者 " + st.reporters[0]
        lines += _wide(rng, paragraphs, 0.1)
        if byline == "own":
            lines += ["记者 " + st.reporters[0], ""]
        elif byline == "outlet":  # 记者 孙庆辉 高新时报 方宝岭 文/图
            guest, outlet = people[rng.randrange(len(people))], kind[:2] + "时报"
            lines += [f"记者 {st.reporters[0]} {outlet} {guest} 文/图", ""]
            credits.append((guest, "author", outlet))
        truth.append(_truth(st, credits, len(paragraphs), **header))
    return lines, truth


RENDER = {"a": _layout_a, "b": _layout_b, "c": _layout_c, "d": _layout_d}
