"""版次 read from a manifest's `page` or a page's furniture (archive.pagelabels)."""

import pytest

from archive.pagelabels import chinese_number, format_label, read_label


@pytest.mark.parametrize(
    "label, expected",
    [
        ("第4版", (4, "")),
        ("第4版 要闻", (4, "要闻")),
        ("第4版：综合新闻", (4, "综合新闻")),
        ("第十二版·要闻", (12, "要闻")),
        ("第二十版", (20, "")),
        ("4", (4, "")),
        (4, (4, "")),
        ("3 要闻", (3, "要闻")),
        # No number: kept as printed, and never a 版次 made from a name or a year.
        ("A3版", (None, "A3版")),
        ("要闻", (None, "要闻")),
        ("十大新闻", (None, "十大新闻")),
        ("2021年", (None, "2021年")),
        ("第0版", (None, "第0版")),
        ("", (None, "")),
        (None, (None, "")),
    ],
)
def test_read_label(label, expected):
    assert read_label(label) == expected


def test_chinese_numbers_and_labels():
    assert [chinese_number(t) for t in ("四", "十", "十二", "二十", "二十三")] == [
        4,
        10,
        12,
        20,
        23,
    ]
    assert chinese_number("一二") is None
    assert format_label(4, "要闻") == "第4版 要闻"
    assert format_label(4) == "第4版"
    assert format_label(None, "A3版") == "A3版"
