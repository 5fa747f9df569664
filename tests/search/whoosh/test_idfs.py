"""The open searcher's idf cache is bounded: "more like this" on every article page
added its words to it for as long as the worker ran."""

from archive.models import Article
from search.whoosh import idfs

from .test_matching import segmented  # noqa: F401  (fixture: 3 segments, 2 deletions)


def similar_to_each(backend):
    pks = backend.values(backend.searcher())["django_id"]
    articles = Article.objects.filter(pk__in=pks).order_by("pk")
    return [backend.similar(article, 5) for article in articles]


def test_the_searchers_idfs_stay_within_the_bound(segmented, monkeypatch):  # noqa: F811
    unbounded = similar_to_each(segmented)
    assert len(segmented.searcher()._idf_cache) > 8  # scored terms: more than the bound

    monkeypatch.setattr(idfs, "IDF_TERMS", 8)
    segmented._searcher = None  # open it again, bounded at 8
    searcher = segmented.searcher()
    sizes = []
    for article in Article.objects.order_by("pk"):
        segmented.similar(article, 5)
        sizes.append(len(searcher._idf_cache))
    assert max(sizes) <= 8 and len(set(sizes)) > 1
    # The segments' searchers share the one dict, as Whoosh made them.
    assert all(sub._idf_cache is searcher._idf_cache for sub, _o in searcher.leaf_searchers())
    # An idf worked out again is the same: so are the articles found.
    assert similar_to_each(segmented) == unbounded


def test_a_full_cache_is_emptied_before_it_grows():
    cache = idfs.BoundedIdfs(2)
    cache["a"], cache["b"] = 1.0, 2.0
    cache["a"] = 1.5  # a term it holds: kept
    assert cache == {"a": 1.5, "b": 2.0}
    cache["c"] = 3.0
    assert cache == {"c": 3.0}
