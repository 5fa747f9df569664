"""Bad input never crashes the parser: a result or a PageError, nothing else."""

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.parsing import PageError, PageMeta, PageResult, parse_page

SEEDS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "seeds").glob("0*.txt"))
SEED_BYTES = [p.read_bytes() for p in SEEDS]
META = PageMeta(source="fuzz.txt", zone="郑州高新区", year=2021)
CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PAGE_CHARS = st.one_of(
    CHINESE,
    st.sampled_from(list("，。、；：“”（）■□#\n\n \t本报讯记者通讯员摄文/图0123456789月日年")),
)


def parses_or_refuses(data: bytes):
    try:
        result = parse_page(data, META)
    except PageError as exc:
        assert str(exc)
        return None
    assert isinstance(result, PageResult)
    for article in result.articles:
        assert 0 <= article.span[0] <= article.span[1] <= len(result.text)
        assert article.title
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    parses_or_refuses(data)


@settings(max_examples=150, deadline=None)
@given(st.text(PAGE_CHARS, max_size=2000))
def test_random_page_like_text(text):
    parses_or_refuses(text.encode("utf-8"))


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(SEED_BYTES),
    st.integers(min_value=0, max_value=2**32 - 1),
    st.sampled_from(["truncate", "shuffle", "gbk_mix", "controls", "drop_blanks", "bytes_flip"]),
)
def test_mutated_seed_pages(data, seed, mutation):
    rng = random.Random(seed)
    text = data.decode("utf-8")
    lines = text.split("\n")
    if mutation == "truncate":
        data = data[: rng.randrange(len(data))]
    elif mutation == "shuffle":
        rng.shuffle(lines)
        data = "\n".join(lines).encode("utf-8")
    elif mutation == "gbk_mix":
        cut = rng.randrange(len(lines))
        data = "\n".join(lines[:cut]).encode("utf-8") + "\n".join(lines[cut:]).encode("gbk")
    elif mutation == "controls":
        chars = list(text)
        for _ in range(20):
            chars.insert(rng.randrange(len(chars)), chr(rng.choice([0, 1, 7, 8, 11, 27, 127])))
        data = "".join(chars).encode("utf-8")
    elif mutation == "drop_blanks":
        data = "\n".join(ln for ln in lines if ln.strip()).encode("utf-8")
    else:
        raw = bytearray(data)
        for _ in range(10):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        data = bytes(raw)
    parses_or_refuses(data)


def test_a_one_megabyte_line():
    line = ("高新区召开会议，" * 130_000)[:1_000_000]
    result = parses_or_refuses(("本报讯 7月5日，" + line + "。\n记者 孙庆辉\n").encode("utf-8"))
    assert result is not None and len(result.articles) == 1
