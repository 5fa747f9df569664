"""What the line-role model sees of each line: the rules' verdicts, shape and neighbours.

Each non-blank line of a page becomes a dict of string features (python-crfsuite's
item format). The exact rules of the parser are features, not decisions: that a line
parses as a byline, opens with a lead marker, looks like a headline or a column name,
is a masthead date. The model learns how far to trust each one from thousands of
rendered pages. Words themselves are kept out (only a line's first and last character
and jieba's tags of its edge words), so the model learns page structure, not the
vocabulary of one paper.
"""

from __future__ import annotations

import re

from .. import dates
from .. import lexicon as lx
from ..credits import is_lead, looks_like_name, parse_byline, split_trailing_byline
from ..headlines import looks_like_column, slogan_like
from ..jiebautil import crosses, edge_flags
from ..layout import RUBRIC_MARKS, Line, PageShape, ends_sentence

_CLAUSE_PUNCT = re.compile(r"[，。、；：！？,;:!?]")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"^[（(【〔\[].*[）)】〕\]]$")
# A kicker (引题) often reports who said what, where: 李某在某会议上强调 / 在…之际.
_REPORTING = re.compile(
    r"(强调|指出|表示|要求|提出|希望|称|说|获悉|透露|宣布|发现|认为)[：:]?$|^在.{2,}[上中时际]$"
)
_OPENERS = ("编者按", "编者的话", "核心阅读", "开栏的话", "记者手记", "短评", "图为", "本报讯")
# Features of the neighbours the model sees beside the line's own.
# The line just above and below are seen in full; two away, only these.
_FAR_CONTEXT = ("end_sent", "headlike", "byline", "lead", "blank_before")
_CONTEXT = (
    "len",
    "end",
    "end_sent",
    "byline",
    "lead",
    "headlike",
    "blank_before",
    "full",
    "heading",
    "first_flag",
    "wraps_on",
    "org_end",
    "to_width",
)


def _bucket(n: int) -> str:
    for top, name in ((2, "2"), (4, "4"), (6, "6"), (8, "8"), (12, "12"), (16, "16"), (24, "24")):
        if n <= top:
            return name
    return "30" if n <= 30 else "40" if n <= 40 else "60" if n <= 60 else "long"


def line_features(text: str, level: int, shape: PageShape, known_columns=()) -> dict[str, str]:
    """The line's own features (no neighbours yet). A yes-or-no feature is there only
    when it holds: half the items to build and tag, and the model loses nothing (its
    bias and the other features stand for the "no")."""
    n = len(text)
    sentence = ends_sentence(text)
    clauses = len(_CLAUSE_PUNCT.findall(text))
    first_flag, last_flag = edge_flags(text)
    f = {
        "bias": "1",
        "len": _bucket(n),
        "first": text[:1],
        "last": text[-1:],
        "end": "sent" if sentence else "comma" if text[-1:] in "，,、；;" else "open",
        "clauses": str(min(clauses, 4)),
        "digits": str(min(len(_DIGIT.findall(text)), 3)),
        "heading": str(level),
        "first_flag": first_flag,
        "last_flag": last_flag,
    }
    flags = {
        "end_sent": sentence,
        "space": " " in text,
        "tail_byline": n > 6 and bool(split_trailing_byline(text)[1]),
        "lead": is_lead(text),
        "narrow": shape.narrow,
        # Fills its column and ends no sentence: its text goes on in the next line.
        "wraps_on": not sentence and shape.full(text),
    }
    if n <= 40:  # what only a short line can be: a headline, byline, column, masthead
        byline = parse_byline(text)
        f["byline"] = "none" if byline is None else "staff" if not byline else "credit"
        flags |= {
            "headlike": text[-1:] not in "。；;，,、" and "。" not in text and clauses <= 2,
            "column": looks_like_column(text, known_columns),
            "name": n <= 12 and looks_like_name(text.replace(" ", "")),
            "rubric": text[:1] in RUBRIC_MARKS,
            "bracketed": bool(_BRACKETED.match(text)),
            "dash_start": text.startswith(("——", "—", "－")),
            "dash_end": text.endswith(("——", "—")),
            "photo": text.endswith(("摄", "摄影", "供图", "/图")),
            "banner": dates.banner_date(text) is not None,
            "page_label": n <= 16 and dates.page_label(text) is not None,
            "org_end": text.endswith(lx.ORG_ENDINGS),
            "slogan": slogan_like(text),
            "reporting": bool(_REPORTING.search(text)),
            "colon_end": text.endswith(("：", ":")),
        }
    else:
        f["byline"] = "none"
    flags |= {
        "opener": text.startswith(_OPENERS),
        "connective": text.startswith(lx.CONNECTIVES),
    }
    if shape.width:
        flags["full"] = n >= shape.width - 1
        flags["short"] = n < shape.width * 0.6
        # Against the column: an indented first line of a paragraph is two short.
        f["to_width"] = str(max(-4, min(n - shape.width, 1)))
    f.update((key, "1") for key, on in flags.items() if on)
    return f


def page_features(lines: list[Line], known_columns=()) -> list[dict[str, str]]:
    """Features of each non-blank line of `lines`, in order, with its neighbours'."""
    shape = PageShape.of(lines)
    items: list[dict[str, str]] = []
    texts: list[str] = []
    blank_before = True
    for line in lines:
        if line.blank:
            if items:
                items[-1]["blank_after"] = "1"
            blank_before = True
            continue
        f = line_features(line.text, line.level, shape, known_columns)
        if blank_before:
            f["blank_before"] = "1"
        if texts:
            prev = texts[-1]
            if ends_sentence(prev):
                f["prev_end_sent"] = "1"
            if crosses(prev, line.text):
                f["cross_gap" if blank_before else "cross"] = "1"
        items.append(f)
        texts.append(line.text)
        blank_before = False
    total = len(items)
    near = [{k: f[k] for k in _CONTEXT if k in f} for f in items]
    far = [{k: f[k] for k in _FAR_CONTEXT if k in f} for f in items]
    heads = ["headlike" in f and "end_sent" not in f for f in items]
    blocks = _block_spans(items)
    in_tail = _trailing_run(heads)
    since_blank = 0
    for i, f in enumerate(items):
        for d, seen in ((-2, far), (-1, near), (1, near), (2, far)):
            j = i + d
            prefix = f"{d:+d}:"
            if 0 <= j < total:
                f.update({prefix + k: v for k, v in seen[j].items()})
            else:
                f[prefix + "edge"] = "1"
        since_blank = 0 if "blank_before" in f else since_blank + 1
        f["pos"] = "first" if i < 2 else "last" if i >= total - 2 else "mid"
        f["quarter"] = str(min(3, 4 * i // total))
        f["block_line"] = str(min(since_blank, 3))
        start, end = blocks[i]
        f["block_size"] = str(min(end - start, 5))
        f["to_blank"] = str(min(end - 1 - i, 3))
        for d, name in ((-1, "prev"), (1, "next")):
            j = i + d
            if 0 <= j < total and not (
                "blank_before" in f if d < 0 else "blank_before" in items[j]
            ):
                f[f"len_vs_{name}"] = _compare(len(texts[i]), len(texts[j]))
        # Conjunctions a linear model cannot form itself: whether a short line that
        # ends no sentence stands alone, among other such lines, or at the page's end.
        f["shape"] = "|".join(
            (
                f["end"],
                *("1" if k in f else "0" for k in ("blank_before", "blank_after", "headlike")),
            )
        )
        f["ends"] = "".join(
            "1" if k in f else "0" for k in ("-1:end_sent", "end_sent", "+1:end_sent")
        )
        heads_near = sum(heads[max(0, i - 2) : i + 3]) - heads[i]
        if heads_near:
            f["heads_near"] = str(heads_near)
        if in_tail[i]:
            f["tail_run"] = "1"
    return items


def _block_spans(items: list[dict]) -> list[tuple[int, int]]:
    """For each line, the (start, end) of the run of lines it stands in between blank
    lines: a headline stack is a short block, a paragraph of wrapped lines a long one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(items) + 1):
        if i == len(items) or "blank_before" in items[i]:
            spans += [(start, i)] * (i - start)
            start = i
    return spans


def _compare(a: int, b: int) -> str:
    """A line's length beside its neighbour's: a title is set shorter than a kicker or
    a subtitle around it, a wrapped line as long as the one above."""
    return "same" if abs(a - b) <= 1 else "shorter" if a < b else "longer"


def _trailing_run(heads: list[bool]) -> list[bool]:
    """True for the headline-like lines that run to the page's end (headlines a page
    gathers after its articles)."""
    out = [False] * len(heads)
    for i in range(len(heads) - 1, -1, -1):
        if not heads[i]:
            break
        out[i] = True
    return out
