"""“More like this” in our Whoosh index: the articles that share an article's
distinctive words."""

import itertools
import math
from collections import Counter

from whoosh import query as wq

from search.analyzer import words

KEY_TERMS = 12
# A word in more than 1 % of the archive says little about what an article is
# like, and scoring its tens of thousands of postings made the article page take
# 100-400 ms at 100 000 articles. Small archives keep every word (COMMON_FLOOR).
COMMON_SHARE = 0.01
COMMON_FLOOR = 50


def like_query(article, backend):
    """A query for the other articles with `article`'s key terms, each as much as it
    weighs; None if it has none."""
    terms = key_terms(article, backend)
    if not terms:
        return None
    top = max(weight for weight, _word in terms)
    return wq.AndNot(
        wq.Or([wq.Term("text", word, boost=weight / top) for weight, word in terms]),
        wq.Term("django_id", str(article.pk)),
    )


def key_terms(article, backend, count=KEY_TERMS):
    """The article's words weighted by tf-idf against the index, best first."""
    searcher = backend.searcher()
    if searcher is None:
        return []
    text = "\n".join(p for p in (article.title, article.title, article.body) if p)
    tf = Counter(w for w in words(text) if len(w) > 1 and not w.isdigit())
    total = searcher.doc_count()
    common = max(COMMON_FLOOR, total * COMMON_SHARE)
    weighted = []
    # Words by how often the article says them, most first: a word said t times weighs
    # at most t·log(1 + total/2) (it is in two documents at least), so once `count`
    # words weigh more than that, no word said t times or less can enter the top and
    # their frequencies need not be looked up (most of an article's words are said
    # once; each lookup reads every segment's term table). The result is the same.
    by_tf = sorted(tf.items(), key=lambda item: -item[1])
    for t, group in itertools.groupby(by_tf, key=lambda item: item[1]):
        if len(weighted) >= count:
            weighted.sort(reverse=True)
            if weighted[count - 1][0] > t * math.log(1 + total / 2):
                break
        said = [word for word, _t in group]
        for word, df in document_frequencies(searcher, "text", said, above=common).items():
            if df <= 1:  # only this article: says nothing about the others
                continue
            if df > common:
                continue
            weighted.append((t * math.log(1 + total / df), word))
    weighted.sort(reverse=True)
    return weighted[:count]


def document_frequencies(searcher, fieldname, texts, above):
    """{text: how many documents hold it}, as Whoosh's `doc_frequency` counts them, but
    summed over the segments biggest first and no further once past `above`.

    An article has a few hundred words and most are common: counting each in every
    segment (ten at 100 000 articles) was most of the article page's time.
    """
    segments = sorted(
        (reader for reader, _offset in searcher.reader().leaf_readers()),
        key=lambda reader: reader.doc_count_all(),
        reverse=True,
    )
    found = {}
    for text in texts:
        df = 0
        for reader in segments:
            df += reader.doc_frequency(fieldname, text)
            if df > above:
                break
        found[text] = df
    return found
