"""Twin indexes for comparing our segment writer and merge (search/whoosh/segments.py,
search/whoosh/merging.py) with Whoosh's own SegmentWriter and merge (`add_reader` through its
sorting pool), both with our codec: how to write them and what a reader sees of them."""

import os

from whoosh.filedb.filestore import FileStorage
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from search.whoosh import merging
from search.whoosh.codec import ArrayCodec
from search.whoosh.segments import CompactIndex, CompactSegmentWriter

# -- indexes and writers -------------------------------------------------------------


def new_index(path, schema, index_class=CompactIndex):
    storage = FileStorage(str(path)).create()
    index = index_class.create(storage, schema, "MAIN")
    index.__class__ = index_class
    return index


def whoosh_writer(index, **kwargs):
    kwargs.setdefault("compound", False)
    return SegmentWriter(index, codec=ArrayCodec(), **kwargs)


def our_writer(index, **kwargs):
    writer = index.writer(**kwargs)
    assert isinstance(writer, CompactSegmentWriter)
    return writer


def merge_all(index, merge_with, writer_of, docs=()):
    """Commit a writer (with `docs` added) whose merge policy merges every segment."""

    def policy(writer, segments):
        readers = [SegmentReader(writer.storage, writer.schema, s) for s in segments]
        try:
            return merge_with(writer, readers)
        finally:
            for reader in readers:
                reader.close()

    writer = writer_of(index)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit(mergetype=policy)
    return index.refresh()


def whoosh_merge(writer, readers):
    for reader in readers:
        writer.add_reader(reader)
    return []


def our_merge(writer, readers):
    return [merging.merge(writer, readers)]


# -- what an index holds ---------------------------------------------------------------


def postings(reader, fieldname, btext):
    info = reader.term_info(fieldname, btext)
    stats = (
        info.weight(),
        info.doc_frequency(),
        info.min_length(),
        info.max_length(),
        info.max_weight(),
        info.min_id(),
        info.max_id(),
    )
    matcher, items = reader.postings(fieldname, btext), []
    # A segment with deletions filters its matcher: no block bounds then.
    blocks = hasattr(matcher, "block_max_weight")
    while matcher.is_active():
        items.append(
            (matcher.id(), matcher.weight(), matcher.value())
            + (
                (
                    matcher.block_max_weight(),
                    matcher.block_min_length(),
                    matcher.block_max_length(),
                    matcher.block_max_id(),
                )
                if blocks
                else ()
            )
        )
        matcher.next()
    return stats, items


def field_lengths(reader, fieldname):
    # Whoosh's min/max fail on a segment without the field's length column.
    if not reader._perdoc.has_column(f"_{fieldname}_len"):
        return reader.field_length(fieldname), None, None
    return (
        reader.field_length(fieldname),
        reader.min_field_length(fieldname),
        reader.max_field_length(fieldname),
    )


def contents(index):
    """Everything a reader sees, segment by segment (in the TOC's order)."""
    schema = index.schema
    result = []
    with index.reader() as top:
        for reader, _offset in top.leaf_readers():
            scorable = list(schema.scorable_names())
            terms = sorted(reader.all_terms())
            result.append(
                {
                    "doc_count": (reader.doc_count(), reader.doc_count_all()),
                    "docs": [
                        (
                            d,
                            reader.stored_fields(d),
                            [reader.doc_field_length(d, f) for f in scorable],
                        )
                        for d in reader.all_doc_ids()
                    ],
                    "lengths": [field_lengths(reader, f) for f in scorable],
                    "columns": {
                        name: [
                            reader.column_reader(name, translate=False)[d]
                            for d in reader.all_doc_ids()
                        ]
                        for name in schema.names()
                        if reader.has_column(name)
                    },
                    "terms": terms,
                    "postings": {term: postings(reader, *term) for term in terms},
                }
            )
    return result


def segment_bytes(index):
    """Per segment, its attributes and its files' bytes by suffix (ids left out); a
    compound segment's files as the compound file holds them."""
    folder = index.storage.folder
    result = []
    for segment in index._segments():
        prefix = segment.segment_id()
        if segment.is_compound():
            storage = segment.open_compound_file(index.storage)
            files = {
                name[len(prefix) :]: bytes(storage.open_file(name).read())
                for name in sorted(storage.list())
            }
            storage.close()
        else:
            files = {}
            for name in sorted(os.listdir(folder)):
                if name.startswith(prefix + "."):
                    with open(os.path.join(folder, name), "rb") as handle:
                        files[name[len(prefix) :]] = handle.read()
        result.append(
            (
                segment.doc_count_all(),
                sorted(segment.deleted_docs()),
                dict(segment._fieldlengths),
                segment.is_compound(),
                files,
            )
        )
    return result


def assert_same(ours, whoosh, exact_bytes=True):
    got, expected = contents(ours), contents(whoosh)
    for n, (mine, theirs) in enumerate(zip(got, expected, strict=True)):
        for key in theirs:
            if key == "postings":
                for term in theirs[key]:
                    assert mine[key].get(term) == theirs[key][term], (n, term)
            assert mine[key] == theirs[key], (n, key)
    if exact_bytes:
        assert segment_bytes(ours) == segment_bytes(whoosh)
    return got
