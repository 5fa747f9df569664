"""The posting lists kept across queries on one searcher (search/whoosh/postings.py).
That a search answered from it equals Whoosh's is test_matching.py's to show: its
queries run one after another on one searcher, so most of its words come from here."""

from search.whoosh.postings import Postings, TermCache


def postings(n):
    found = Postings()
    found.ids.extend(range(n))
    return found


def ask(cache, key, n=10):
    """As `Evaluation.postings` does: look the word up, read and offer it if unknown."""
    known, _found = cache.get(key)
    if not known:
        cache.put(key, postings(n) if n else None, 100)
    return known


def test_when_full_a_list_replaces_only_lists_asked_for_less():
    cache = TermCache(budget=2000)  # each list of 10 postings: 472 bytes compacted
    assert not any(ask(cache, key) for key in "abcd")  # 1 888 bytes
    assert ask(cache, "a")  # asked twice now
    # Full: "e", asked once, displaces nothing asked once or more (words asked in
    # turn, more than fit, leave what is kept as it is instead of emptying it).
    assert not ask(cache, "e") and cache.get("a")[0] and cache.used <= cache.budget
    # Asked for a second time, "e" takes the place of the oldest asked for once.
    assert not ask(cache, "e")
    assert [cache.get(k)[0] for k in "abcde"] == [True, False, True, True, True]
    assert cache.used <= cache.budget
    assert not ask(cache, "gone", n=0) and ask(cache, "gone", n=0)  # a word no segment holds
    cache.put("huge", postings(15), 100)  # more than a quarter of the budget: not kept
    assert cache.get("huge") == (False, None)


def test_a_list_kept_without_positions_keeps_only_its_arrays():
    kept = postings(10)
    kept.blocks.append((kept.ids, b"H" + bytes(range(20)), None))
    TermCache(budget=10**6).put("w", kept, 100)
    assert kept.blocks is None and kept.bits(100) == (1 << 10) - 1
    assert kept.id_array().tolist() == list(range(10))
    assert kept.weight_array().tolist() == [256 * (2 * i + 1) + 2 * i for i in range(10)]
