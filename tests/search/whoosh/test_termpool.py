"""The batch's pool of postings (search/whoosh/termpool.py) against the plainest one: a
list per term, filled a posting at a time. The writer's twin tests
(test_writer_edges.py, test_merging.py) compare what it writes with Whoosh's."""

import random

import pytest

from search.whoosh import packedpositions, termpool
from search.whoosh.codec import _pack_values
from search.whoosh.formats import CompactPositions
from search.whoosh.packedpositions import PooledTerm
from search.whoosh.termpool import TermPool

WORDS = ["夜市", "污染源", "普查", "孙庆辉", "a", "ab", "b"]


def plain_pool(postings):
    """{(field, btext): [(doc, weight, value)]} in the order added."""
    found = {}
    for field, term, doc, weight, value in postings:
        btext = term.encode("utf-8") if isinstance(term, str) else term
        found.setdefault((field, btext), []).append((doc, weight, value))
    return found


def pooled(pool):
    return {
        (field, btext): list(zip(ids, weights, values, strict=True))
        for field, btext, (ids, weights, values) in pool.sorted_terms()
    }


def test_the_pool_gives_each_terms_postings_in_the_order_added_and_terms_in_order():
    rng = random.Random(5)
    pool, postings = TermPool(), []
    for doc in range(300):
        for field in ("body", "title"):
            # a field's terms once each a document, as the analyzer gives them
            terms = rng.sample(WORDS, rng.randint(0, len(WORDS)))
            terms = [t.encode("utf-8") if rng.random() < 0.3 else t for t in terms]
            weights = [float(rng.randint(1, 9)) for _ in terms]
            values = [bytes([rng.randint(0, 255)]) for _ in terms]
            pool.add_field(field, doc, terms, weights, values)
            postings += [
                (field, *p) for p in zip(terms, [doc] * len(terms), weights, values, strict=True)
            ]
    expected = plain_pool(postings)
    got = pooled(pool)
    assert got == expected
    assert list(got) == sorted(expected)


def test_a_term_given_as_str_and_as_bytes_is_one_list():
    pool = TermPool()
    pool.add_field("body", 0, ["夜市"], [1.0], [b"a"])
    pool.add_field("body", 1, ["夜市".encode()], [2.0], [b"b"])
    pool.add_field("body", 2, ["夜市"], [3.0], [b"c"])
    assert pooled(pool) == {
        ("body", "夜市".encode()): [(0, 1.0, b"a"), (1, 2.0, b"b"), (2, 3.0, b"c")]
    }


def test_a_discarded_document_leaves_no_postings_and_no_empty_term():
    pool = TermPool()
    pool.add_field("body", 0, ["夜市"], [1.0], [b"a"])
    pool.add_field("body", 1, ["夜市", "普查"], [1.0, 1.0], [b"b", b"c"])
    pool.add(("tags", b"x", 1, 1.0, b""))
    pool.discard(1)
    assert pooled(pool) == {("body", "夜市".encode()): [(0, 1.0, b"a")]}


def random_positions(rng):
    """A term's positions in a field as the analyzer gives them: ascending, mostly one,
    some far apart (two- and four-byte deltas), some many (over 255 bytes encoded)."""
    shape = rng.random()
    if shape < 0.6:
        return [rng.randint(0, 70_000)]
    if shape < 0.9:
        return sorted(rng.sample(range(300), rng.randint(2, 9)))
    if shape < 0.97:
        return sorted(rng.sample(range(0, 2**20, 300), rng.randint(2, 200)))
    return sorted(rng.sample(range(2**33 // 2**2), 3))


def test_positions_pooled_are_the_encodings_added_one_at_a_time(monkeypatch):
    # Runs of a few postings: terms are encoded in several runs of the field.
    monkeypatch.setattr(termpool, "POOLED_RUN", 7)
    encode = CompactPositions().encode
    rng = random.Random(8)
    pool, plain = TermPool(), TermPool()
    for doc in range(200):
        for field in ("body", "title"):
            terms = rng.sample(WORDS, rng.randint(0, len(WORDS)))
            poslists = [random_positions(rng) for _ in terms]
            weights = [float(len(p)) for p in poslists]
            pool.add_positions(field, doc, terms, weights, poslists, encode)
            plain.add_field(field, doc, terms, weights, [encode(p) for p in poslists])
    got, expected = list(pool.sorted_terms()), list(plain.sorted_terms())
    assert [(f, b, (i, w, list(v))) for f, b, (i, w, v) in got] == expected
    long_ones = 0
    for (_f, _b, (_i, _w, pooled)), (_f2, _b2, (_i2, _w2, values)) in zip(
        got, expected, strict=True
    ):
        assert isinstance(pooled, PooledTerm)
        assert pooled.packed() == _pack_values(values)  # a list of one block
        counts, deltas = packedpositions.split(values)  # a longer one
        columns = pooled.columns()
        assert columns.counts.tolist() == counts.tolist()
        assert columns.deltas.tolist() == deltas.tolist()
        long_ones += max(map(len, values)) > 0xFF
    assert long_ones  # the lengths' "I" layout was met


def test_positions_and_bytes_in_one_field_are_one_list_as_added():
    # Whoosh's `add_reader` gives bytes after a batch's documents gave positions, and
    # the other way round.
    encode = CompactPositions().encode
    for first_bytes in (False, True):
        pool = TermPool()
        if first_bytes:
            pool.add_field("body", 0, ["夜市"], [1.0], [encode([4])])
        pool.add_positions("body", 1, ["夜市", "普查"], [2.0, 1.0], [[1, 300], [7]], encode)
        if not first_bytes:
            pool.add_field("body", 2, ["夜市".encode()], [1.0], [encode([9])])
        expected = {("body", "夜市".encode()): [], ("body", "普查".encode()): [(1, 1.0, b"B\x07")]}
        if first_bytes:
            expected[("body", "夜市".encode())].append((0, 1.0, b"B\x04"))
        expected[("body", "夜市".encode())].append((1, 2.0, encode([1, 300])))
        if not first_bytes:
            expected[("body", "夜市".encode())].append((2, 1.0, b"B\x09"))
        assert pooled(pool) == expected


def test_a_discarded_document_leaves_none_of_its_positions():
    encode = CompactPositions().encode
    pool = TermPool()
    pool.add_positions("body", 0, ["夜市"], [2.0], [[3, 5]], encode)
    pool.add_positions("body", 1, ["夜市", "普查"], [1.0, 3.0], [[1], [2, 4, 6]], encode)
    pool.discard(1)
    pool.add_positions("body", 1, ["普查"], [1.0], [[8]], encode)
    with pytest.raises(OverflowError):  # as `encode` refuses it
        pool.add_positions("body", 2, ["夜市"], [1.0], [[2**32]], encode)
    pool.discard(2)
    assert pooled(pool) == {
        ("body", "夜市".encode()): [(0, 2.0, encode([3, 5]))],
        ("body", "普查".encode()): [(1, 1.0, encode([8]))],
    }
