"""“More like this” weighs an article's words by how many documents hold them, counted
as Whoosh counts them, on an index of several segments with deleted documents."""

import math
from collections import Counter

import pytest

from archive.models import Article
from search.analyzer import words
from search.whoosh import similar
from search.whoosh.termcounts import TermCounts

from .test_matching import segmented  # noqa: F401  (fixture: 3 segments, 2 deletions)


def whooshs_key_terms(article, searcher):
    """The key terms from Whoosh's own document frequency, word by word."""
    text = "\n".join(p for p in (article.title, article.title, article.body) if p)
    tf = Counter(w for w in words(text) if len(w) > 1 and not w.isdigit())
    total = searcher.doc_count()
    weighted = []
    for word, freq in tf.items():
        df = searcher.doc_frequency("text", word)
        if 1 < df <= max(similar.COMMON_FLOOR, total * similar.COMMON_SHARE):
            weighted.append((freq * math.log(1 + total / df), word))
    return sorted(weighted, reverse=True)[: similar.KEY_TERMS]


def indexed_articles(backend):
    pks = backend.values(backend.searcher())["django_id"]
    return list(Article.objects.filter(pk__in=pks).order_by("pk"))


@pytest.mark.parametrize("floor, share", [(50, 0.01), (0, 0.3), (0, 0.6)])
def test_key_terms_are_those_whooshs_counts_give(segmented, monkeypatch, floor, share):  # noqa: F811
    monkeypatch.setattr(similar, "COMMON_FLOOR", floor)
    monkeypatch.setattr(similar, "COMMON_SHARE", share)
    searcher = segmented.searcher()
    articles = indexed_articles(segmented)
    found = [similar.key_terms(article, segmented) for article in articles]
    assert found == [whooshs_key_terms(article, searcher) for article in articles]
    assert any(found)


def test_key_terms_open_the_searcher_once(segmented, monkeypatch):  # noqa: F811
    # Each call checks the index folder for a newer commit: once an article, not once a word.
    article = indexed_articles(segmented)[0]
    calls = []
    searcher = segmented.searcher

    def counted():
        calls.append(1)
        return searcher()

    monkeypatch.setattr(segmented, "searcher", counted)
    terms = similar.key_terms(article, segmented)
    assert terms and len(calls) == 1


def test_a_word_is_counted_only_while_it_can_enter_the_top(segmented, monkeypatch):  # noqa: F811
    # Counting each word in every segment made the article page grow with the index's
    # segments. A word is counted in the next segment only while the documents counted
    # so far leave it a chance to enter the top; the terms are still Whoosh's.
    monkeypatch.setattr(similar, "COMMON_FLOOR", 0)
    monkeypatch.setattr(similar, "COMMON_SHARE", 0.6)
    searcher = segmented.searcher()
    segments = [reader for reader, _offset in searcher.reader().leaf_readers()]
    common = searcher.doc_count() * 0.6
    counted = Counter()
    count_in = TermCounts.count  # every lookup of a word in a segment

    def counting(counts, index, word):
        counted[word] += 1
        return count_in(counts, index, word)

    stopped = lookups = said = 0
    for article in indexed_articles(segmented):
        for count in (1, 3, similar.KEY_TERMS):
            counted.clear()
            monkeypatch.setattr(TermCounts, "count", counting)
            found = similar.key_terms(article, segmented, count=count)
            monkeypatch.setattr(TermCounts, "count", count_in)
            monkeypatch.setattr(similar, "KEY_TERMS", count)
            assert found == whooshs_key_terms(article, searcher)
            # Stopped before the last segment though not common: stopped by its bound.
            stopped += sum(
                1
                for word, n in counted.items()
                if n < len(segments) and searcher.doc_frequency("text", word) <= common
            )
            lookups += sum(counted.values())
            text = "\n".join(p for p in (article.title, article.title, article.body) if p)
            said += len({w for w in words(text) if len(w) > 1 and not w.isdigit()})
    assert stopped > 0
    assert lookups < said * len(segments)
