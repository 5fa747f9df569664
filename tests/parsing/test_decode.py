import codecs

import pytest

from archive.parsing.decode import decode
from archive.parsing.result import PageError

PAGE = "本报讯 7月5日，高新区财政金融局举办预算绩效管理培训班开班仪式。"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gbk"), "gb18030"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("utf-16"), "utf-16"),
    ],
)
def test_decodes_the_encodings_pages_come_in(data, encoding):
    text, found = decode(data)
    assert text == PAGE
    assert found == encoding


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\n \t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 50, "binary"),
        (b"\x80\xff\x80\xff" * 20, "neither UTF-8 nor GB18030"),
        ("Ünïcödé façade".encode("latin-1") * 10, "(not Chinese|neither UTF-8)"),
        ("Dès Noël où un zéphyr haï".encode("cp1252") * 10, "(not Chinese|neither UTF-8)"),
    ],
)
def test_unreadable_input_is_a_clear_error(data, reason):
    with pytest.raises(PageError, match=reason):
        decode(data)


def test_a_big5_page_is_read_as_big5_not_as_gbk_mojibake():
    import opencc

    traditional = opencc.OpenCC("s2t").convert(PAGE * 3)
    text, encoding = decode(traditional.encode("big5"))
    assert encoding == "big5" and text == traditional


def test_bytes_that_are_neither_common_gbk_nor_big5_are_refused():
    # Valid GB18030 made of rare characters only, and no Big5.
    rare = "".join(chr(c) for c in range(0x9F00, 0x9F40)) * 4
    with pytest.raises(PageError, match="unknown encoding"):
        decode(rare.encode("gb18030"))
