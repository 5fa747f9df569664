"""“More like this” in our Whoosh index: the articles that share an article's
distinctive words."""

import heapq
import math
from collections import Counter

from whoosh import query as wq

from search.analyzer import words

from .termcounts import TermCounts

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
    """The article's words weighted by tf-idf against the index, best first: the top
    `count` of t·log(1 + N/df) among the words held by more than this article and by
    no more than the common share, df summed over the segments as Whoosh counts it.

    A word is counted a segment at a time, biggest first, and only while it can still
    enter the top: the documents counted so far are a lower bound of its df, so
    t·log(1 + N/max(df, 2)) bounds its weight from above, and the word whose bound is
    highest is counted further first. Once no bound reaches the `count`-th weight
    found, the rest are left uncounted. Most of an article's words are in too many
    documents of the biggest segment already and are counted there alone. Counting
    every word in every segment made the article page's cost grow with the segments
    (14 at 109 093 articles); at 33 623 articles (5 segments) the browse benchmark's
    article took 826 lookups, now 423: one a word in the biggest segment, and 56 for
    the 16 words still in the running. The result is the same.
    """
    searcher = backend.searcher()
    if searcher is None:
        return []
    segments = sorted(
        (reader for reader, _offset in searcher.reader().leaf_readers()),
        key=lambda reader: reader.doc_count_all(),
        reverse=True,
    )
    counts = TermCounts(segments, "text")
    text = "\n".join(p for p in (article.title, article.title, article.body) if p)
    tf = Counter(w for w in words(text) if len(w) > 1 and not w.isdigit())
    total = searcher.doc_count()
    common = max(COMMON_FLOOR, total * COMMON_SHARE)

    def weight(t, df):
        # A word also in another document is in two at least.
        return t * math.log(1 + total / max(df, 2))

    # A heap of (-bound, word, t, segments counted, documents counted in them).
    bounds = [(-weight(t, 0), word, t, 0, 0) for word, t in tf.items()]
    heapq.heapify(bounds)
    top = []  # the best `count` (weight, word) found so far, a heap: the least first
    while bounds:
        bound, word, t, counted, df = heapq.heappop(bounds)
        if len(top) == count and -bound < top[0][0]:
            break  # nor can any word still bounded enter
        if counted == len(segments):
            if df > 1:  # a word only this article holds says nothing of the others
                heapq.heappush(top, (-bound, word))
                if len(top) > count:
                    heapq.heappop(top)
            continue
        df += counts.count(counted, word)
        if df <= common:
            heapq.heappush(bounds, (-weight(t, df), word, t, counted + 1, df))
    return sorted(top, reverse=True)
