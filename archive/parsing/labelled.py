"""Stage 2d: a page exported from an e-paper system with each part labelled.

    标题：新区启动招聘月活动
    作者：通讯员 某某
    版次：A02
    正文：
    2月26日，…

The labels say what a careful reader sees: the line after 标题： is a headline (read
as a Markdown heading is), 引题： its kicker (the label kept, for the stack's reader,
and a heading's level of its own), 副标题： a subtitle, 版次：/版面：/栏目： the page's furniture
(kept as leftovers, as mastheads are), and 正文： opens the text. The fields that
name people and dates (作者：, 来源：, 日期：) stay for metadata.read_fields. Only a
page that labels both its headlines and its text is read so, or one whose 标题： line
has an export's fields right under it (作者：/来源：: many exports print no 正文：
label): a sentence that says 标题： in running text is left alone. A field the export
left empty (【副题】, 【作者】 with nothing after it) says nothing and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from .layout import Line
from .result import Leftover

_LABELS = "主标题|副标题|副题|引题|肩题|标题|版次|版面|版名|栏目|正文"
# 标题：…, or in brackets as some systems export them: 【标题】…
_LABEL = re.compile(rf"(?:(?P<label>{_LABELS})\s*[:：]|【(?P<bracketed>{_LABELS})】)\s*")
_HEADLINE, _SUBTITLE, _KICKER, _TEXT = (
    ("标题", "主标题"),
    ("副标题", "副题"),
    ("引题", "肩题"),
    "正文",
)
# The fields an export prints under its 标题： line (作者：记者 X, 来源：舟山日报 …).
_EXPORT_FIELD = re.compile(r"(?:副标题|副题|作者|来源|发布时间|日期|时间)\s*[:：]")
_FIELDS_WITHIN = 3  # lines under the 标题： line: a 副标题： and a 作者： may come first

# The fields of people and dates in brackets (【作者】本报记者 X) read as metadata's
# 作者：X, padded to the same length so that offsets stay.
_BRACKETED_FIELD = re.compile(
    "【(?P<field>"
    + "|".join(sorted((f for f in lx.FIELD_ROLES if len(f) > 1), key=len, reverse=True))
    + ")】"
)


def read_labelled_parts(lines: list[Line]) -> tuple[list[Line], list[Leftover]]:
    """The lines as a reader sees them if the page labels its parts, and the lines of
    furniture taken out of them (as masthead leftovers); else the lines unchanged.

    A line taken out closes its gap: the lines after it are numbered one less, so that
    the fields over and under it still read as one run."""
    labels = [
        m["label"] or m["bracketed"] if (m := _LABEL.match(ln.text)) else None for ln in lines
    ]
    if not _an_export(lines, labels):
        return lines, []
    out, taken = [], []
    for line, label in zip(lines, labels, strict=True):
        line = replace(line, index=len(out))
        rest = line.text[_LABEL.match(line.text).end() :] if label else line.text
        field = _BRACKETED_FIELD.match(line.text)
        if (label or field) and not line.text[(field or _LABEL.match(line.text)).end() :].strip():
            # 【副题】 or 【作者】 with nothing after it: a field the export left empty
            taken.append(Leftover(line.text, (line.start, line.end), "banner"))
        elif label in _KICKER:  # labelled still: headstack_marks reads it as the kicker
            label_text = f"{label}：".ljust(_LABEL.match(line.text).end())
            out.append(replace(line, text=label_text + rest, level=line.level or 2))
        elif label in _HEADLINE:
            out.append(replace(line, text=rest, level=line.level or 1))
        elif label in _SUBTITLE:
            out.append(replace(line, text=f"——{rest}"))
        elif label == _TEXT and rest:
            out.append(replace(line, text=rest))
        elif label:  # 版次：A02, or 正文： alone: where it was printed, and no text
            taken.append(Leftover(line.text, (line.start, line.end), "banner"))
        elif field:
            padded = f"{field['field']}：".ljust(field.end())
            out.append(replace(line, text=padded + line.text[field.end() :]))
        else:
            out.append(line)
    return out, taken


def _an_export(lines: list[Line], labels: list[str | None]) -> bool:
    """A page labels its parts if it labels a headline and either its text (正文：) or,
    right under the headline's label, the fields of an export (作者：, 来源：)."""
    heads = [i for i, lb in enumerate(labels) if lb and lb in _HEADLINE]
    if not heads:
        return False
    if _TEXT in labels:
        return True
    return any(
        _EXPORT_FIELD.match(ln.text.strip())
        for i in heads
        for ln in lines[i + 1 : i + 1 + _FIELDS_WITHIN]
    )
