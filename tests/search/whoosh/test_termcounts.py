"""`TermCounts` reads a segment's term table itself: it must answer what Whoosh's
`doc_frequency` answers, for every term and for words no segment holds."""

from whoosh import fields
from whoosh import query as wq
from whoosh.filedb.filestore import RamStorage

from search.whoosh import matching
from search.whoosh.termcounts import TermCounts

from .test_matching import segmented  # noqa: F401  (fixture: 3 segments, 2 deletions)


def test_every_terms_count_is_whooshs(segmented):  # noqa: F811
    searcher = segmented.searcher()
    segments = [reader for reader, _offset in searcher.reader().leaf_readers()]
    counts = TermCounts(segments, "text")
    # The index's files are plain files: read here, not through Whoosh.
    assert all(table is not None for table in counts._tables)
    terms = {raw.decode("utf-8") for reader in segments for raw in reader.lexicon("text")}
    absent = ["没有的词", "x", "高新区高新区高新区", ""]
    assert len(terms) > 100
    for word in sorted(terms) + absent:
        for index, reader in enumerate(segments):
            assert counts.count(index, word) == reader.doc_frequency("text", word), word
    assert counts.count(0, absent[0]) == 0


def test_another_fields_terms_are_its_own(segmented):  # noqa: F811
    searcher = segmented.searcher()
    segments = [reader for reader, _offset in searcher.reader().leaf_readers()]
    title = TermCounts(segments, "title")
    words = {raw.decode("utf-8") for reader in segments for raw in reader.lexicon("title")}
    assert words
    for word in sorted(words):
        for index, reader in enumerate(segments):
            assert title.count(index, word) == reader.doc_frequency("title", word)


def test_a_table_not_in_a_plain_file_is_asked_through_whoosh():
    index = RamStorage().create_index(fields.Schema(text=fields.TEXT))
    with index.writer() as writer:
        writer.add_document(text="alpha beta")
        writer.add_document(text="alpha")
    with index.searcher() as searcher:
        readers = [reader for reader, _offset in searcher.reader().leaf_readers()]
        counts = TermCounts(readers, "text")
        assert counts._tables == [None]
        assert [counts.count(0, w) for w in ("alpha", "beta", "gamma")] == [2, 1, 0]


def test_a_sums_tree_is_sized_without_whooshs_lookups(segmented, monkeypatch):  # noqa: F811
    # The sizes that shape the tree are TermCounts' (each a Whoosh lookup per term and
    # segment before); the scores stay Whoosh's (test_matching.py).
    from whoosh.reading import SegmentReader

    searcher = segmented.searcher()
    evaluation = matching.Evaluation(searcher, {})
    subs = [wq.Term("text", w) for w in ("安全", "预算", "夜市", "没有的词")]
    parts = [evaluation.score_arrays(sub) for sub in subs]
    asked = []
    doc_frequency = SegmentReader.doc_frequency

    def counted(reader, fieldname, text):
        asked.append(text)
        return doc_frequency(reader, fieldname, text)

    monkeypatch.setattr(SegmentReader, "doc_frequency", counted)
    summed = evaluation._tree_sum(subs, parts, False)
    monkeypatch.setattr(SegmentReader, "doc_frequency", doc_frequency)
    assert asked == [] and len(summed)
    sizes = [
        [evaluation._estimate_size(sub, i, leaf.reader()) for sub in subs]
        for i, (leaf, _o) in enumerate(searcher.leaf_searchers())
    ]
    assert sizes == [
        [sub.estimate_size(leaf.reader()) for sub in subs] for leaf, _o in searcher.leaf_searchers()
    ]
