"""The writer of a new segment: postings gathered by term, not sorted one by one.

Whoosh's `SegmentWriter` puts every posting of a batch, as a (field, term, document,
weight, value) tuple, into a pool that sorts them all when the segment is written
(10 % of the indexing time at 2000 articles a batch), then hands them to the field
writer a Python call per posting (another quarter). Documents are added in number
order, so a term's postings arrive already in order: here they are kept in a list
per term, only the terms are sorted, and each posting list is written a block at a
time (`CompactFieldWriter.write_term`).
"""

from array import array

from whoosh.index import FileIndex
from whoosh.util.numeric import byte_to_length
from whoosh.writing import SegmentWriter

from . import merging
from .codec import ArrayCodec, CompactFieldWriter
from .postings import perdoc_lengths


class TermPool:
    """What Whoosh's `PostingPool` is to a `SegmentWriter`, a posting list per term.

    A term's postings are kept as three columns (document numbers, weights, values),
    not a tuple each: a tuple with its term's bytes, its weight and its number cost
    about 200 bytes a posting, 450 MB of the indexing process's memory for a batch
    of 2000 articles of real text; the columns cost 20 bytes and the value (most
    values are shared: `formats._ONE_POSITION`)."""

    def __init__(self):
        self.fields = {}  # fieldname → {btext → (ids, weights, values)}

    def add(self, item):
        fieldname, btext, docnum, weight, value = item
        self.add_field(fieldname, docnum, [(btext, weight, value)])

    def add_field(self, fieldname, docnum, items):
        """A document's postings in one field: (btext, weight, value) each."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        for btext, weight, value in items:
            postings = terms.get(btext)
            if postings is None:
                postings = terms[btext] = (array("I"), array("d"), [])
            postings[0].append(docnum)
            postings[1].append(weight)
            postings[2].append(value)

    def sorted_terms(self):
        """(fieldname, btext, (ids, weights, values)), in the order a segment stores
        them.

        A term's postings are in document order as added: the writer numbers documents
        in turn, and `add_reader` adds a whole reader's documents, then their postings
        term by term (tests/search/whoosh/test_writer_edges.py mixes both)."""
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for btext in sorted(terms):
                yield fieldname, btext, terms[btext]

    def discard(self, docnum):
        """Forget document `docnum`'s postings: `add_document` failed half way through
        it, and the next document would get the same number (and them)."""
        for terms in self.fields.values():
            for btext in list(terms):
                ids, weights, values = terms[btext]
                while ids and ids[-1] == docnum:
                    ids.pop()
                    weights.pop()
                    values.pop()
                if not ids:
                    del terms[btext]

    def iter_postings(self):
        for fieldname, btext, (ids, weights, values) in self.sorted_terms():
            for docnum, weight, value in zip(ids, weights, values, strict=True):
                yield fieldname, btext, docnum, weight, value

    def cleanup(self):
        self.fields = {}


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
        document's field at a time (`CompactPositions.index_items`), not through
        Whoosh's generators a posting at a time: a sixth of the indexing time.
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
                    items = _index_items(field, value, fieldboost)
                    if items is None:  # Whoosh's way, a posting at a time
                        items = []
                        for btext, freq, weight, vbytes in field.index(value):
                            length += freq
                            items.append((btext, weight * fieldboost, vbytes))
                    else:
                        items, length = items
                    pool.add_field(fieldname, docnum, items)
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
        super().commit(mergetype=mergetype, optimize=optimize, merge=merge)

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
            fieldwriter.write_term(
                btext,
                ids,
                array("f", weights),
                [value for value in values if value],
                lengths.get(fieldname),
            )
        if current is not None:
            fieldwriter.finish_field()
        fieldwriter.close()


def _index_items(field, value, fieldboost):
    """(items, length) for a full-text field's value, or None for another field."""
    index_items = getattr(field.format, "index_items", None)
    if index_items is None or not isinstance(value, str):
        return None
    return index_items(value, field.analyzer, fieldboost)


class CompactIndex(FileIndex):
    """A Whoosh file index whose writers (haystack's included) use `ArrayCodec`
    and leave each segment's files apart.

    A compound segment file is memory-mapped and then each part is copied whole into
    a BytesIO (`BufferFile`), so every reader held the index twice in memory: 850 MB
    per gunicorn worker at 100 000 articles. Plain files are read where needed. The
    writer is always this process's `CompactSegmentWriter` (Whoosh's `procs` option,
    a writer per process, is not offered: the queue has one writer).
    """

    def writer(self, **kwargs):
        kwargs.setdefault("codec", ArrayCodec())
        kwargs.setdefault("compound", False)
        return CompactSegmentWriter(self, **kwargs)
