"""“More like this” weighs an article's words by how many documents hold them, counted
as Whoosh counts them, on an index of several segments with deleted documents."""

import math
from collections import Counter

import pytest

from archive.models import Article
from search.analyzer import words
from search.whoosh import similar

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


def test_document_frequencies_are_whooshs_up_to_the_bound(segmented):  # noqa: F811
    searcher = segmented.searcher()
    vocabulary = {w for a in Article.objects.all() for w in words(a.body) if len(w) > 1}
    exact = {word: searcher.doc_frequency("text", word) for word in vocabulary}
    assert similar.document_frequencies(searcher, "text", vocabulary, above=10**6) == exact
    bound = sorted(exact.values())[len(exact) // 2]
    counted = similar.document_frequencies(searcher, "text", vocabulary, above=bound)
    assert any(df > bound for df in exact.values())
    for word, df in exact.items():
        # Past the bound the count may stop early: it is only known to be over it.
        assert counted[word] == df if df <= bound else counted[word] > bound


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


def test_words_said_too_seldom_to_enter_the_top_are_not_looked_up(segmented, monkeypatch):  # noqa: F811
    # With few key terms the ones said most already outweigh any word said less; the
    # terms are still exactly those Whoosh's counts give, for fewer lookups.
    monkeypatch.setattr(similar, "COMMON_FLOOR", 0)
    monkeypatch.setattr(similar, "COMMON_SHARE", 0.6)
    searcher = segmented.searcher()
    looked_up = []
    counts = similar.document_frequencies

    def counting(searcher, fieldname, texts, above):
        looked_up.extend(texts)
        return counts(searcher, fieldname, texts, above)

    monkeypatch.setattr(similar, "document_frequencies", counting)
    skipped = 0
    for article in indexed_articles(segmented):
        for count in (1, 2, 3):
            looked_up.clear()
            found = similar.key_terms(article, segmented, count=count)
            monkeypatch.setattr(similar, "KEY_TERMS", count)
            assert found == whooshs_key_terms(article, searcher)
            text = "\n".join(p for p in (article.title, article.title, article.body) if p)
            said = {w for w in words(text) if len(w) > 1 and not w.isdigit()}
            skipped += len(said) - len(looked_up)
    assert skipped > 0
