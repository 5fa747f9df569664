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
from ..jiebautil import crosses_quick, edge_flags
from ..layout import RUBRIC_MARKS, Line, PageShape, ends_sentence

_CLAUSE_PUNCT = re.compile(r"[，。、；：！？,;:!?]")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"^[（(【〔\[].*[）)】〕\]]$")
_OPENERS = ("编者按", "编者的话", "核心阅读", "开栏的话", "记者手记", "短评", "图为", "本报讯")
# Features of the neighbours the model sees beside the line's own.
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
)


def _bucket(n: int) -> str:
    for top, name in ((2, "2"), (4, "4"), (6, "6"), (8, "8"), (12, "12"), (16, "16"), (24, "24")):
        if n <= top:
            return name
    return "30" if n <= 30 else "40" if n <= 40 else "60" if n <= 60 else "long"


def _headline_like(text: str) -> bool:
    return (
        len(text) <= 40
        and text[-1:] not in "。；;，,、"
        and "。" not in text
        and len(_CLAUSE_PUNCT.findall(text)) <= 2
    )


def line_features(text: str, level: int, shape: PageShape, known_columns=()) -> dict[str, str]:
    """The line's own features (no neighbours yet)."""
    n = len(text)
    byline = parse_byline(text)
    _, tail = split_trailing_byline(text) if n > 6 else (text, [])
    first_flag, last_flag = edge_flags(text)
    f = {
        "bias": "1",
        "len": _bucket(n),
        "first": text[:1],
        "last": text[-1:],
        "end": "sent" if ends_sentence(text) else "comma" if text[-1:] in "，,、；;" else "open",
        "end_sent": str(ends_sentence(text)),
        "clauses": str(min(len(_CLAUSE_PUNCT.findall(text)), 4)),
        "digits": str(min(len(_DIGIT.findall(text)), 3)),
        "space": str(" " in text),
        "byline": "none" if byline is None else "staff" if not byline else "credit",
        "tail_byline": str(bool(tail)),
        "lead": str(is_lead(text)),
        "headlike": str(_headline_like(text)),
        "column": str(looks_like_column(text, known_columns)),
        "name": str(looks_like_name(text.replace(" ", ""))),
        "rubric": str(text[:1] in RUBRIC_MARKS),
        "bracketed": str(bool(_BRACKETED.match(text))),
        "dash_start": str(text.startswith(("——", "—", "－"))),
        "dash_end": str(text.endswith(("——", "—"))),
        "opener": str(text.startswith(_OPENERS)),
        "photo": str(text.endswith(("摄", "摄影", "供图", "/图"))),
        "banner": str(dates.banner_date(text) is not None),
        "page_label": str(n <= 16 and dates.page_label(text) is not None),
        "heading": str(level),
        "first_flag": first_flag,
        "last_flag": last_flag,
        "narrow": str(shape.narrow),
        "connective": str(text.startswith(lx.CONNECTIVES)),
        "org_end": str(text.endswith(lx.ORG_ENDINGS)),
        "slogan": str(slogan_like(text)),
        # Fills its column and ends no sentence: its text goes on in the next line.
        "wraps_on": str(shape.full(text) and not ends_sentence(text)),
    }
    if shape.width:
        f["full"] = str(n >= shape.width - 1)
        f["short"] = str(n < shape.width * 0.6)
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
                items[-1]["blank_after"] = "True"
            blank_before = True
            continue
        f = line_features(line.text, line.level, shape, known_columns)
        f["blank_before"] = str(blank_before)
        f["blank_after"] = "False"
        if texts:
            prev = texts[-1]
            f["prev_end_sent"] = str(ends_sentence(prev))
            f["cross"] = str(not blank_before and crosses_quick(prev, line.text))
            f["cross_gap"] = str(blank_before and crosses_quick(prev, line.text))
        items.append(f)
        texts.append(line.text)
        blank_before = False
    total = len(items)
    own = [{k: f[k] for k in _CONTEXT if k in f} for f in items]
    heads = [f["headlike"] == "True" and f["end_sent"] == "False" for f in items]
    in_tail = _trailing_run(heads)
    since_blank = 0
    for i, f in enumerate(items):
        for d in (-2, -1, 1, 2):
            j = i + d
            prefix = f"{d:+d}:"
            if 0 <= j < total:
                f.update({prefix + k: v for k, v in own[j].items()})
            else:
                f[prefix + "edge"] = "1"
        since_blank = 0 if f["blank_before"] == "True" else since_blank + 1
        f["pos"] = "first" if i < 2 else "last" if i >= total - 2 else "mid"
        f["quarter"] = str(min(3, 4 * i // total))
        f["block_line"] = str(min(since_blank, 3))
        # Conjunctions a linear model cannot form itself: whether a short line that
        # ends no sentence stands alone, among other such lines, or at the page's end.
        f["shape"] = "|".join((f["end"], f["blank_before"], f["blank_after"], f["headlike"]))
        f["ends"] = "|".join((f.get("-1:end_sent", "-"), f["end_sent"], f.get("+1:end_sent", "-")))
        f["heads_near"] = str(sum(heads[max(0, i - 2) : i + 3]) - heads[i])
        f["tail_run"] = str(in_tail[i])
    return items


def _trailing_run(heads: list[bool]) -> list[bool]:
    """True for the headline-like lines that run to the page's end (headlines a page
    gathers after its articles)."""
    out = [False] * len(heads)
    for i in range(len(heads) - 1, -1, -1):
        if not heads[i]:
            break
        out[i] = True
    return out
