"""版次: the number and name of a printed page, read from a label such as `第4版 要闻`.

A manifest's `page` or the page's own furniture (`第4版`, `第十二版·要闻`) gives the
label; the number orders a day's pages and names the page in its URL
(`/2023/06/26/4/` is 第4版), the name (要闻) is what the paper calls the page.
"""

import re

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_SEPARATOR = r"[\s·・:：、\-—_]*"
# 第4版 要闻, 4版, 4 (a manifest's bare number), 第十二版·要闻. A Chinese numeral counts
# only with 版 after it: 十大新闻 is a name, not 第10版.
_ARABIC = re.compile(
    rf"^\s*(?:第\s*)?(?P<n>[0-9]{{1,3}})\s*(?:版|版面|(?=[\s·・:：、\-—_]|$)){_SEPARATOR}(?P<name>.*?)\s*$"
)
_CHINESE = re.compile(
    rf"^\s*(?:第\s*)?(?P<n>[一二三四五六七八九十]{{1,3}})\s*(?:版|版面){_SEPARATOR}(?P<name>.*?)\s*$"
)


def chinese_number(text):
    """`十二` → 12, `四` → 4, `二十` → 20 (the numbers a paper's pages reach)."""
    if "十" not in text:
        return _DIGITS[text] if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if len(units) > 1 or len(tens) > 1:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


def read_label(label):
    """(number, name) from a printed or manifest label; (None, label) when it has no number."""
    label = str(label or "").strip()
    if match := _ARABIC.match(label):
        number = int(match["n"])  # int() reads full-width digits too
    elif match := _CHINESE.match(label):
        number = chinese_number(match["n"])
    else:
        return None, label
    if not number:
        return None, label
    return number, match["name"]


def format_label(number, name=""):
    """`第4版 要闻`, `第4版`, or the name alone for a page without a number."""
    if number is None:
        return name
    return f"第{number}版 {name}".strip()
