"""The posting lists kept across queries on one searcher (search/whoosh/postings.py).
That a search answered from it equals Whoosh's is test_matching.py's to show: its
queries run one after another on one searcher, so most of its words come from here."""

from search.whoosh.postings import Postings, TermCache


def test_the_term_cache_keeps_the_most_recently_used_within_its_budget():
    def postings(n):
        found = Postings()
        found.ids.extend(range(n))
        return found

    cache = TermCache(budget=1000)  # each list of 10 postings: 240 bytes
    for key in "abcd":
        cache.put(key, postings(10), 0)
    assert cache.get("a")[0]  # "a" used last now
    cache.put("e", postings(10), 0)  # over budget: "b", the least recently used, goes
    assert [cache.get(k)[0] for k in "abcde"] == [True, False, True, True, True]
    assert cache.used <= cache.budget
    cache.put("gone", None, 0)  # a word no segment holds is remembered too
    assert cache.get("gone") == (True, None)
    cache.put("huge", postings(11), 0)  # more than a quarter of the budget: not kept
    assert cache.get("huge") == (False, None)
    assert cache.used <= cache.budget
