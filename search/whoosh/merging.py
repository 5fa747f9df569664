"""Merging Whoosh segments a posting list at a time.

Whoosh merges a segment by reading every posting of it as a Python tuple into the
writer's sorting pool (`SegmentWriter.add_reader`), which spills to temporary files
once past its memory limit and is merged back with `heapq`. At 100 000 articles that
was half of all indexing time. The segments are already sorted, and a merge keeps
their order, so nothing needs sorting: here each term's posting lists are read a
block at a time (`postings.read_postings`), renumbered, and written again in blocks
through the same codec writer, into a segment of their own.

`merge_tiers` is the policy that picks what to merge (the writer's `commit` takes it
as `mergetype`); `merge` writes exactly what Whoosh's merge would: the same stored fields, lengths,
columns, terms and postings (tests/search/whoosh/test_merging.py compares them). A schema
or codec it does not know raises `Unsupported` before anything is committed, and the
caller merges the Whoosh way instead.
"""

import heapq
import logging
import math
from array import array
from functools import partial
from itertools import compress, groupby
from operator import itemgetter

import numpy as np
from whoosh.codec.whoosh3 import W3Codec
from whoosh.columns import TranslatingColumnReader
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length

from . import longlists
from .codec import ArrayFieldWriter, CompactCodec, CompactFieldWriter
from .packedpositions import Columns, Positions, decode, encoded, split
from .postings import (
    Postings,
    Unsupported,
    _block_weights,
    block_values,
    read_postings,
    segment_lengths,
)

_DELETED = longlists.DELETED

log = logging.getLogger(__name__)


# Segments of like size are merged when this many have gathered (Lucene's log merge
# policy). Whoosh's default (MERGE_SMALL) re-merges the small segments at nearly every
# commit, so a bulk load rewrote each posting many times: two thirds of the indexing
# time at 10 000 articles. Here each posting is rewritten about log8(N / batch) times
# and the index keeps at most 7 segments per size tier.
MERGE_FACTOR = 8


def merge_tiers(writer, segments):
    """Whoosh merge policy: merge each tier that holds MERGE_FACTOR segments, and any
    segment that is mostly deleted documents, into one new segment."""
    keep, merge = tiers(segments)
    return keep + merge_segments(writer, merge) if merge else keep


def tiers(segments):
    """(kept, merged): the segments `merge_tiers` keeps, in the order it keeps them,
    and those it merges."""
    tiers = {}
    merge = []
    for segment in segments:
        size = segment.doc_count_all()
        if size and segment.deleted_count() * 2 > size:
            merge.append(segment)
        else:
            tiers.setdefault(int(math.log(max(size, 1), MERGE_FACTOR)), []).append(segment)
    keep = []
    for group in tiers.values():
        (merge if len(group) >= MERGE_FACTOR else keep).extend(group)
    return keep, merge


def to_merge(mergetype, segments):
    """The segments our policy `mergetype` merges (a list, maybe empty); None for
    another policy."""
    if mergetype is merge_tiers:
        return tiers(segments)[1]
    if mergetype is merge_everything:
        return list(segments)
    return None


def mergeable(writer, segments):
    """Whether `merge` writes these segments' merge (else `merge_segments` merges them
    through the writer's pool, which must then still be open)."""
    readers = [SegmentReader(writer.storage, writer.schema, segment) for segment in segments]
    try:
        _check(writer, readers)
        return True
    except Unsupported:
        return False
    finally:
        for reader in readers:
            reader.close()


def merge_segments(writer, segments):
    """`segments` merged into one new segment (none if they hold no live document).

    `merge` concatenates their posting lists; Whoosh's own way, through the writer's
    pool, is kept for a schema or codec that it does not handle.
    """
    readers = [SegmentReader(writer.storage, writer.schema, segment) for segment in segments]
    try:
        try:
            merged = merge(writer, readers)
        except Unsupported as reason:
            log.info("Merging %d segments the Whoosh way: %s", len(readers), reason)
            for reader in readers:
                writer.add_reader(reader)
            return []
        return [merged] if merged.doc_count_all() else []
    finally:
        for reader in readers:
            reader.close()


def merge_everything(writer, segments):
    """Whoosh merge policy for `optimize`: one segment."""
    return merge_segments(writer, segments) if segments else []


def merge(writer, readers):
    """Write the documents of `readers` (SegmentReaders, in order) into one new
    segment of `writer`'s index, and return it. Deleted documents are dropped."""
    schema, storage, codec = writer.schema, writer.storage, writer.codec
    _check(writer, readers)
    segment = codec.new_segment(storage, writer.indexname)
    renumbered, lengths = _copy_documents(schema, storage, codec, segment, readers)
    segment.set_doc_count(sum(len(r) - r.count(_DELETED) for r in renumbered))
    fieldwriter = codec.field_writer(storage, segment)
    try:
        _copy_postings(schema, fieldwriter, readers, renumbered, lengths)
    finally:
        fieldwriter.close()
    if writer.compound:
        segment.create_compound_file(storage)
        segment.compound = True
    return segment


def _check(writer, readers):
    """Raise `Unsupported` unless `merge` can write these readers' merge."""
    if not isinstance(writer.codec, CompactCodec):
        raise Unsupported(type(writer.codec).__name__)
    for fieldname, fieldobj in writer.schema.items():
        if fieldobj.vector or fieldobj.separate_spelling():
            raise Unsupported(f"field {fieldname}: vectors or spelling")
    for reader in readers:
        if not isinstance(reader.codec(), W3Codec):
            raise Unsupported(type(reader.codec()).__name__)
        if not _fields_in_order(reader):
            raise Unsupported("a term table not in order of field names")


def _copy_documents(schema, storage, codec, segment, readers):
    """Stored fields, field lengths and columns, as `SegmentWriter.write_per_doc`.

    Returns, per reader, its documents' new numbers (_DELETED for a deleted one), and
    per field the new segment's length bytes (what the postings' block bounds need).
    """
    perdoc = codec.per_document_writer(storage, segment)
    docnum = 0
    renumbered = []
    length_bytes = {}
    try:
        for reader in readers:
            numbers = array("I", [_DELETED]) * reader.doc_count_all()
            fieldnames = set(schema.names()) | {
                name for name in reader.indexed_field_names() if name in schema
            }
            columns = {}
            for fieldname in fieldnames:
                column_type = schema[fieldname].column_type
                if column_type and reader.has_column(fieldname):
                    column = reader.column_reader(fieldname, column_type)
                    if isinstance(column, TranslatingColumnReader):
                        column = column.raw_column()
                    columns[fieldname] = column
            for old, stored in reader.iter_docs():
                numbers[old] = docnum
                perdoc.start_doc(docnum)
                for fieldname in fieldnames | {name for name in stored if name in schema}:
                    fieldobj = schema[fieldname]
                    length = reader.doc_field_length(old, fieldname)
                    perdoc.add_field(fieldname, fieldobj, stored.get(fieldname), length)
                    if fieldname in columns:
                        perdoc.add_column_value(
                            fieldname, fieldobj.column_type, columns[fieldname][old]
                        )
                perdoc.finish_doc()
                docnum += 1
            kept = [n != _DELETED for n in numbers]
            for fieldname in schema.scorable_names():
                raw = segment_lengths(reader, fieldname)
                length_bytes.setdefault(fieldname, bytearray()).extend(compress(raw, kept))
            renumbered.append(numbers)
    finally:
        perdoc.close()
    lengths = {name: [byte_to_length(b) for b in raw] for name, raw in length_bytes.items()}
    return renumbered, lengths


def _copy_postings(schema, fieldwriter, readers, renumbered, lengths):
    if not isinstance(fieldwriter, CompactFieldWriter):
        raise Unsupported(type(fieldwriter).__name__)
    columns = isinstance(fieldwriter, ArrayFieldWriter)  # takes positions as Columns
    tables = [_table(reader, i, schema) for i, reader in enumerate(readers)]
    current, started = None, False

    def begin():
        nonlocal started
        if not started:
            fieldwriter.start_field(fieldname, fieldobj)
            started = True

    # Ties on the term are broken by the reader's number: its terminfo is never compared.
    for (fieldname, btext), holding in groupby(heapq.merge(*tables), key=itemgetter(0)):
        if fieldname != current:
            if started:
                fieldwriter.finish_field()
            current, started = fieldname, False
            fieldobj = schema[fieldname]
            fixed = fieldobj.format.fixed_value_size()
        holders = [(readers[i], renumbered[i], terminfo) for _term, i, terminfo in holding]
        if (
            columns
            and (fixed is None or fixed < 0)  # positions: what a long list holds most of
            and sum(info.doc_frequency() for *_, info in holders) > longlists.RUN
        ):
            # A long list, written a run at a time (what grows with the archive).
            stored = longlists.read_as_stored(
                fieldname,
                btext,
                holders,
                partial(_as_columns, fixed=fixed),
            )
            if stored is not None:
                stream = longlists.ListStream(fieldwriter, btext, lengths.get(fieldname), begin)
                longlists.merge_list(stream, stored)
                stream.finish()
                continue
        ids, weights, values = _live_postings(fieldname, btext, holders, fixed, columns)
        if not ids:  # every document with the term was deleted
            continue
        begin()
        fieldwriter.write_term(btext, ids, weights, values, lengths.get(fieldname))
    if started:
        fieldwriter.finish_field()


def _table(reader, i, schema):
    """((fieldname, btext), i, terminfo) for the terms of `reader` in `schema`'s fields,
    in the order of its term table, which is by field name, then term
    (`_fields_in_order`). Looking each term up in the table's hash (an md5, seeks and
    reads) cost a merge a quarter of its time."""
    for term, terminfo in reader._terms.items():
        if term[0] in schema:
            yield term, i, terminfo


def _fields_in_order(reader):
    """Whether the segment numbers its fields in the order of their names, so that its
    term table, in order of (field number, term), is in order of (name, term): every
    writer starts its fields in name order (Whoosh's pool sorts by name)."""
    numbers = reader._terms._fieldmap
    names = sorted(numbers, key=numbers.get)
    return names == sorted(names)


def _live_postings(fieldname, btext, holders, fixed, columns=False):
    """The term's postings in (reader, new numbers, terminfo) `holders`, renumbered, deleted
    documents left out: ids, weights and the non-empty values (as `add_posting` keeps).

    With `columns`, positions read as counts and varints (`packedpositions.Positions`)
    are decoded a list at a time and handed on as `Columns`, all the term's values with
    them, when they take (`packedpositions.split`): a bytes object a posting made and
    parsed again would cost a merge as much as the rest of it."""
    ids, weights, values = array("I"), array("f"), []
    found = []  # with `columns`: Columns of each holder, or its values as bytes
    for reader, numbers, terminfo in holders:
        postings = Postings(positions=True)
        read_postings(reader, 0, fieldname, btext, postings, terminfo)
        start = len(values)
        mine = _holder_postings(postings, numbers, fixed, columns, ids, weights, values)
        found.append(values[start:] if mine is None else mine)
    if not any(isinstance(part, Columns) for part in found):
        return ids, weights, values
    parts = [
        (part.counts, part.deltas) if isinstance(part, Columns) else split(part) for part in found
    ]
    if any(part is None for part in parts):  # values the layout does not take: as bytes
        return ids, weights, [v for part in found for v in _each(part)]
    return ids, weights, Columns.join(parts)


def _holder_postings(postings, numbers, fixed, columns, ids, weights, values):
    """One segment's `postings` of a term, renumbered, deleted documents left out, added
    to `ids` and `weights`; their positions returned as `Columns` when they are
    `Positions` (and `columns`), else added to `values` as bytes (and None returned)."""
    stored = [block[2] for block in postings.blocks]
    if columns and stored and all(isinstance(v, Positions) for v in stored):
        mine = Columns(*decode(stored))
        new_ids = array("I", map(numbers.__getitem__, postings.ids))
        block_weights = array("f", postings.weights)
        if _DELETED in new_ids:
            kept = [n != _DELETED for n in new_ids]
            new_ids = array("I", compress(new_ids, kept))
            block_weights = array("f", compress(block_weights, kept))
            keep = np.array(kept, dtype=np.bool_)
            mine = Columns(mine.counts[keep], mine.deltas[np.repeat(keep, mine.counts)])
        ids.extend(new_ids)
        weights.extend(block_weights)
        return mine
    for block_ids, block_weights, stored_values in postings.blocks:
        count = len(block_ids)
        new_ids = [numbers[d] for d in block_ids]
        block_weights = _block_weights(block_weights, count)
        stored_values = _values(fixed, (block_ids, block_weights, stored_values), count)
        if _DELETED in new_ids:
            kept = [n != _DELETED for n in new_ids]
            new_ids = list(compress(new_ids, kept))
            block_weights = list(compress(block_weights, kept))
            stored_values = list(compress(stored_values, kept)) if stored_values else stored_values
        ids.extend(new_ids)
        weights.extend(block_weights)
        values.extend(v for v in stored_values if v)
    return None


def _as_columns(postings, numbers, fixed):
    """A segment's postings of a long list that are not `Positions` (a list shorter
    than a block there, or an older layout), for `longlists.merge_list`: (ids, weights,
    Columns), or None if their values do not take the layout (the list is then merged
    whole, as `_live_postings` would write it)."""
    ids, weights, values = array("I"), array("f"), []
    mine = _holder_postings(postings, numbers, fixed, True, ids, weights, values)
    if mine is None:
        found = split(values) if len(values) == len(ids) else None
        if found is None:
            return None
        mine = Columns(*found)
    return ids, weights, mine


def _each(part):
    """A holder's values as bytes, one a posting."""
    if isinstance(part, Columns):
        return encoded(part.counts, part.deltas)
    return part


def _values(fixed, block, count):
    """A block's values, one bytes object per posting (or [] where the format has none)."""
    _ids, _weights, values = block
    if fixed == 0 or values is None:
        return []
    if fixed is None or fixed < 0:
        return block_values(block, range(count))
    if isinstance(values, tuple):
        return list(values)
    if isinstance(values, bytes) and len(values) == fixed * count:
        return [values[i * fixed : (i + 1) * fixed] for i in range(count)]
    raise Unsupported("fixed-size posting values")
