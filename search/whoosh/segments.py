"""The writer of a new segment: postings gathered by term, not sorted one by one.

Whoosh's `SegmentWriter` puts every posting of a batch, as a (field, term, document,
weight, value) tuple, into a pool that sorts them all when the segment is written
(10 % of the indexing time at 2000 articles a batch), then hands them to the field
writer a Python call per posting (another quarter). Documents are added in number
order, so a term's postings arrive already in order: here they are kept as columns
(`termpool.py`), put in term order by one stable sort, and each posting list is
written a block at a time (`CompactFieldWriter.write_term`).
"""

import io
import os

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import FileIndex
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from . import merging
from .codec import ArrayCodec, CompactFieldWriter
from .postings import perdoc_lengths
from .termpool import TermPool


class CompactSegmentWriter(SegmentWriter):
    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        # Vectors and spelling words reach the pool as other kinds of postings.
        plain = not any(f.vector or f.separate_spelling() for f in self.schema)
        if plain and isinstance(self.fieldwriter, CompactFieldWriter):
            self.pool.cleanup()
            self.pool = TermPool()

    def add_document(self, **fields):
        docnum = self.docnum
        try:
            if isinstance(self.pool, TermPool):
                self._add_to_pool(fields)
            else:
                super().add_document(**fields)
        except Exception:
            if isinstance(self.pool, TermPool):
                self.pool.discard(docnum)
            raise

    def _add_to_pool(self, fields):
        """Whoosh's `SegmentWriter.add_document` for a plain schema (no vectors, no
        spelling words) into the `TermPool`, with a full-text field's postings made a
        document's field at a time (`CompactPositions.index_lists`), not through
        Whoosh's generators a posting at a time: a sixth of the indexing time; their
        positions are encoded when the segment is written, all at once.
        tests/search/whoosh/ compare what it writes with Whoosh's writer."""
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        pool = self.pool
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    lists = _index_lists(field, value, fieldboost)
                    if lists is not None:  # positions, encoded when the segment is written
                        terms, weights, poslists, length = lists
                        pool.add_positions(
                            fieldname, docnum, terms, weights, poslists, field.format.encode
                        )
                    else:  # Whoosh's way, a posting at a time
                        columns = [], [], []
                        for btext, freq, weight, vbytes in field.index(value):
                            length += freq
                            columns[0].append(btext)
                            columns[1].append(weight * fieldboost)
                            columns[2].append(vbytes)
                        pool.add_field(fieldname, docnum, *columns)
                    if not field.scorable:
                        length = 0
                customval = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(
                    fieldname, field, customval if field.stored else None, length
                )
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(
                        fieldname, column, field.to_column_value(customval)
                    )
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def commit(self, mergetype=None, optimize=None, merge=None):
        # Whoosh's own policies (haystack's `update` commits with the default) merge
        # through `add_reader` into the pool, which here holds everything in memory:
        # ours write each merged segment apart, a posting list at a time.
        optimize = self.optimize if optimize is None else optimize
        merge = self.merge if merge is None else merge
        if mergetype is None and (optimize or merge):
            mergetype = merging.merge_everything if optimize else merging.merge_tiers
        chosen = merging.to_merge(mergetype, self.segments)
        if self._added and isinstance(self.pool, TermPool) and chosen:
            if merging.mergeable(self, chosen):
                return self._commit_merging_after(mergetype)
        super().commit(mergetype=mergetype, optimize=optimize, merge=merge)

    def _commit_merging_after(self, mergetype):
        """Whoosh's `commit`, the batch's segment written (and its pool let go) before
        the older segments are merged, not after: Whoosh's order held a bulk batch's
        postings (some 150 MB for 2000 articles of real text) through every merge, the
        indexing process's peak. The table of contents lists the same segments in the
        same order, and is written once, last: a merge that fails leaves the index as
        it was (the batch's files unlisted, removed by a later commit)."""
        self._check_state()
        new = self._finalize_segment()
        finalsegments = mergetype(self, self.segments)
        finalsegments.append(new)
        self._commit_toc(finalsegments)
        self._finish()

    def _flush_segment(self):
        if not isinstance(self.pool, TermPool):
            return super()._flush_segment()
        self.perdocwriter.close()
        count = self.docnum
        perdoc = self.per_document_reader()
        try:
            lengths = {
                name: [byte_to_length(b) for b in perdoc_lengths(perdoc, name, count)]
                for name in self.schema.scorable_names()
            }
        finally:
            perdoc.close()
        fieldwriter, current = self.fieldwriter, None
        for fieldname, btext, postings in self.pool.sorted_terms():
            if fieldname != current:
                if current is not None:
                    fieldwriter.finish_field()
                fieldwriter.start_field(fieldname, self.schema[fieldname])
                current = fieldname
            ids, weights, values = postings
            if values.__class__ is list and not all(values):  # Existence gives b""
                values = [value for value in values if value]
            fieldwriter.write_term(btext, ids, weights, values, lengths.get(fieldname))
        if current is not None:
            fieldwriter.finish_field()
        fieldwriter.close()


def _index_lists(field, value, fieldboost):
    """(terms, weights, position lists, length) for a full-text field's value, or None
    for another field."""
    index_lists = getattr(field.format, "index_lists", None)
    if index_lists is None or not isinstance(value, str):
        return None
    return index_lists(value, field.analyzer, fieldboost)


class CompactIndex(FileIndex):
    """A Whoosh file index whose writers (haystack's included) use `ArrayCodec`
    and leave each segment's files apart.

    A compound segment file is memory-mapped and then each part is copied whole into
    a BytesIO (`BufferFile`), so every reader held the index twice in memory: 850 MB
    per gunicorn worker at 100 000 articles. Plain files are read where needed. The
    writer is always this process's `CompactSegmentWriter` (Whoosh's `procs` option,
    a writer per process, is not offered: the queue has one writer).
    """

    def __init__(self, storage, *args, **kwargs):
        if type(storage) is FileStorage:
            storage = CountingFileStorage(storage)
        super().__init__(storage, *args, **kwargs)

    def writer(self, **kwargs):
        kwargs.setdefault("codec", ArrayCodec())
        kwargs.setdefault("compound", False)
        return CompactSegmentWriter(self, **kwargs)


class CountingFileStorage(FileStorage):
    """A `FileStorage` whose new files know where they are without asking the system.

    The segment writers ask a file where they are at every term (the posting list's
    offset, the term table's entry): a buffered file asks the system each time, a
    twentieth of the indexing process's CPU. Files are read as Whoosh reads them."""

    def __init__(self, storage):
        self.__dict__.update(storage.__dict__)  # the same folder, flags and locks

    def create_file(self, name, excl=False, mode="wb", **kwargs):
        if excl or mode != "wb" or self.readonly:
            return super().create_file(name, excl=excl, mode=mode, **kwargs)
        raw = _CountingFile(self._fpath(name), "wb")
        return StructFile(io.BufferedWriter(raw), name=name, **kwargs)


class _CountingFile(io.FileIO):
    """A file opened to be written from its start, counting its own position."""

    def __init__(self, path, mode):
        super().__init__(path, mode)
        self._at = 0

    def write(self, data):
        written = super().write(data)
        self._at += written or 0
        return written

    def seek(self, offset, whence=os.SEEK_SET):
        self._at = super().seek(offset, whence)
        return self._at

    def tell(self):
        return self._at
