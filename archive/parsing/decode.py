"""Stage 1: bytes to text. UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

Anything else is a PageError with a reason a person can act on.
"""

import codecs

from .result import PageError

# Control characters other than tab/newline/CR/form feed mark a binary file.
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises PageError for binary, empty or unknown input."""
    if not data or not data.strip():
        raise PageError("empty file")
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(name)), name
            except UnicodeDecodeError as exc:
                raise PageError(
                    f"has a {name} byte-order mark but is not valid {name}: {exc.reason} at byte {exc.start}"
                ) from None
    if b"\x00" in data[:4096]:
        raise PageError("binary file (NUL bytes), not a text page")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise PageError(
            f"neither UTF-8 nor GB18030/GBK text (undecodable byte at offset {exc.start})"
        ) from None
    if _cjk_share(text) < 0.2:
        # GB18030 decodes almost any byte soup; real GBK pages are mostly Chinese.
        raise PageError("not UTF-8, and as GB18030 it is not Chinese text: unknown encoding")
    return _checked(text), "gb18030"


def _checked(text: str) -> str:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if sample and controls / len(sample) > 0.01:
        raise PageError("binary file (control characters), not a text page")
    if not text.strip():
        raise PageError("empty file")
    return text


def _cjk_share(text: str) -> float:
    sample = [ch for ch in text[:20000] if not ch.isspace()]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / len(sample)
