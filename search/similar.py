"""“More like this”: articles that share an article's distinctive words."""

import logging
import math
from collections import Counter

from haystack import connections
from whoosh import query as wq

from archive.models import Article

from . import engine
from .analyzer import words

log = logging.getLogger(__name__)

KEY_TERMS = 12
# A word in more than 1 % of the archive says little about what an article is
# like, and scoring its tens of thousands of postings made the article page take
# 100-400 ms at 100 000 articles. Small archives keep every word (COMMON_FLOOR).
COMMON_SHARE = 0.01
COMMON_FLOOR = 50


def key_terms(article, backend, count=KEY_TERMS):
    """The article's words weighted by tf-idf against the index, best first."""
    text = "\n".join(p for p in (article.title, article.title, article.body) if p)
    tf = Counter(w for w in words(text) if len(w) > 1 and not w.isdigit())
    weighted = []
    for word, freq in tf.items():
        df, total = backend.document_frequency("text", word)
        if df <= 1:  # only this article: says nothing about the others
            continue
        if df > max(COMMON_FLOOR, total * COMMON_SHARE):
            continue
        weighted.append((freq * math.log(1 + total / df), word))
    weighted.sort(reverse=True)
    return weighted[:count]


def similar_articles(article, limit=5, using="default"):
    """Up to `limit` other articles most like `article`, best first."""
    backend = connections[using].get_backend()
    if not engine.is_whoosh(backend):
        return engine.more_like_this(article, limit, using)
    terms = key_terms(article, backend)
    if not terms:
        return []
    top = max(weight for weight, _word in terms)
    query = wq.AndNot(
        wq.Or([wq.Term("text", word, boost=weight / top) for weight, word in terms]),
        wq.Term("django_id", str(article.pk)),
    )
    pks = backend.top(query, limit)
    found = Article.objects.with_issue().in_bulk(pks)
    return [found[pk] for pk in pks if pk in found]
