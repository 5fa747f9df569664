"""Facet counts over value codes (search/whoosh/facets.py) against the backend's
count a document at a time (`count_facet`, what Whoosh's own path counts with)."""

from hypothesis import given
from hypothesis import strategies as st

from search.whoosh import bitsets
from search.whoosh.backend import ChineseWhooshSearchBackend
from search.whoosh.facets import FacetCodes

NAMES = st.sampled_from(["孙庆辉", "李飞", "吕沛", "2021", "2020", "a", "b"])
SINGLE = st.lists(st.none() | NAMES, min_size=1, max_size=60)
MULTI = st.lists(st.lists(NAMES, max_size=3, unique=True).map(tuple), min_size=1, max_size=60)


@given(st.lists(SINGLE | MULTI, min_size=1, max_size=3), st.data())
def test_counts_are_count_facets(segments, data):
    multi = all(isinstance(v, tuple) for segment in segments for v in segment)
    single = all(not isinstance(v, tuple) for segment in segments for v in segment)
    if not (multi or single):  # a field is one or the other in every segment
        segments = segments[:1]
        multi = isinstance(segments[0][0], tuple)
    values = [v for segment in segments for v in segment]
    size = len(values)
    parts, offset = [], 0
    for segment in segments:
        parts.append((FacetCodes.of(segment, multi), offset))
        offset += len(segment)
    joined = FacetCodes.join(parts, size) if len(parts) > 1 else parts[0][0]
    docs = sorted(data.draw(st.sets(st.integers(0, size - 1), min_size=1)))
    docset = bitsets.DocSet(bitsets.to_bits(docs, size), size)
    name = "person" if multi else "year"
    assert joined.count(docset) == ChineseWhooshSearchBackend.count_facet(values, docs, name)
