"""The batch's pool of postings (search/whoosh/termpool.py) against the plainest one: a
list per term, filled a posting at a time. The writer's twin tests
(test_writer_edges.py, test_merging.py) compare what it writes with Whoosh's."""

import random

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
