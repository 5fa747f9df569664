"""Text helpers: the scorer's normalisation, lead dates, column wrapping, OCR noise.

norm() and body_key() repeat score_extraction.py on purpose: the gold leads must be
computed exactly the way the scorer will look for them.
"""

from __future__ import annotations

import re

LEAD_CHARS = 16
_NOT_KEPT = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]")
_MD = re.compile(r"(\d{1,2})月(\d{1,2})日")
_SPAN_BEFORE = ("自", "从", "截至", "截止", "至")
_SPAN_AFTER = ("起", "以来", "至今")
_SENTENCE_END = "。！？!?"
# Punctuation a typesetter never starts a line with.
_NO_LINE_START = "，。、；：？！”’）》」』…—%％,.;:?!)"


def norm(s: str | None) -> str:
    return _NOT_KEPT.sub("", s or "")


def body_key(body: str | None) -> str:
    b = re.sub(r"^\s*本报讯\s*[（(][^）)]{0,40}[）)]", "", body or "")
    b = re.sub(r"^\s*本报讯", "", b)
    return norm(b)


def lead_of(body_text: str) -> str:
    return body_key(body_text)[:LEAD_CHARS]


def first_sentence(text: str) -> str:
    for i, ch in enumerate(text):
        if ch in _SENTENCE_END:
            return text[: i + 1]
    return text


def event_date(sentence: str) -> str | None:
    """MM-DD of the first M月D日 in `sentence` that does not open a span."""
    for m in _MD.finditer(sentence):
        month, day = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        start = m.start()
        if start >= 5 and re.fullmatch(r"\d{4}年", sentence[start - 5 : start]):
            start -= 5  # 截至2026年7月12日: the span word stands before the year
        before = sentence[max(0, start - 2) : start]
        after = sentence[m.end() : m.end() + 2]
        if any(before.endswith(w) for w in _SPAN_BEFORE):
            continue
        if any(after.startswith(w) for w in _SPAN_AFTER):
            continue
        return f"{month:02d}-{day:02d}"
    return None


def md_of(text: str) -> str | None:
    """MM-DD of the first M月D日 anywhere in `text` (a dateline)."""
    m = _MD.search(text or "")
    if not m:
        return None
    return f"{int(m.group(1)):02d}-{int(m.group(2)):02d}"


def _width(ch: str) -> float:
    # Digits and Latin letters take about half a CJK cell in these columns.
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text: str, width: int, rng, jitter: bool = True, indent: int = 0) -> list[str]:
    """Break `text` into column lines of about `width` cells, inside words too. An
    `indent` shortens the first line (段首缩进: the spaces OCR drops leave it short)."""
    lines: list[str] = []
    cur = ""
    used = float(indent)
    limit = width + (rng.choice((-1, 0, 0, 0, 1)) if jitter else 0)
    i = 0
    while i < len(text):
        ch = text[i]
        if used + _width(ch) > limit and cur:
            # Keep closing punctuation with the line before it.
            while i < len(text) and text[i] in _NO_LINE_START:
                cur += text[i]
                i += 1
            lines.append(cur)
            cur, used = "", 0.0
            limit = width + (rng.choice((-1, 0, 0, 0, 1)) if jitter else 0)
            continue
        cur += ch
        used += _width(ch)
        i += 1
    if cur:
        lines.append(cur)
    return lines


def ocr_noise(text: str, rng, rate: float, protect: int = 0) -> str:
    """Stray OCR spaces: before a number (`自 2017年`) or between the characters
    of a short run (`介 绍 了`). The first `protect` characters stay untouched so a
    leading 本报讯 still reads as one word."""
    if rate <= 0 or len(text) <= protect + 4:
        return text
    out = list(text)
    n_events = sum(1 for _ in range(max(1, len(text) // 120)) if rng.random() < rate)
    for _ in range(n_events):
        if rng.random() < 0.6:
            spots = [
                i
                for i in range(max(protect, 1), len(text))
                if text[i].isdigit() and not text[i - 1].isdigit() and out[i - 1] != " "
            ]
            if spots:
                i = rng.choice(spots)
                out[i - 1] = out[i - 1] + " "
        else:
            start = rng.randrange(protect, len(text) - 3)
            run = text[start : start + rng.randint(3, 6)]
            if all("\u4e00" <= c <= "\u9fff" for c in run):
                for k in range(start, start + len(run) - 1):
                    if not out[k].endswith(" "):
                        out[k] = out[k] + " "
    return "".join(out)


# Words a two-line headline is often broken before (no segmenter at hand).
_BREAK_BEFORE = (
    "开展",
    "举行",
    "召开",
    "举办",
    "启动",
    "实现",
    "推动",
    "助力",
    "发布",
    "迎来",
    "打造",
    "开通",
    "完成",
    "推进",
    "加快",
    "全力",
    "持续",
    "深化",
    "提升",
    "获",
)


def _break_points(text: str) -> list[int]:
    n = len(text)
    lo, hi = max(2, int(n * 0.3)), min(n - 2, int(n * 0.75))
    points = [
        i for i in range(lo, hi + 1) if text[i - 1] in "，、：；！？ ," or text[i : i + 2] == "——"
    ]
    if not points:
        points = [i for i in range(lo, hi + 1) if text.startswith(_BREAK_BEFORE, i)]
    return sorted(points, key=lambda i: abs(i - n / 2))


def split_headline(text: str, rng, max_len: int = 16, mid_word: bool = True) -> list[str]:
    """A long headline printed over two or three lines.

    Breaks at a space, after a comma or before a common verb when it can; a break
    inside a word only where `mid_word` (narrow OCR columns do that)."""
    if len(text) <= max_len:
        return [text]
    parts = [p for p in text.split(" ") if p]
    if 1 < len(parts) <= 3 and all(len(p) <= max_len + 6 for p in parts):
        return parts
    points = _break_points(text)
    if points and len(text) <= max_len * 2 + 4:
        i = points[0]
        return [text[:i].rstrip(), text[i:].lstrip()]
    if not mid_word:
        return [text]
    n = 2 if len(text) <= max_len * 2 else 3
    size = -(-len(text) // n) + rng.choice((0, 0, 1, 2))
    return [text[i : i + size] for i in range(0, len(text), size)]
