"""Whether the index's files are whole: its postings files, from their term tables
(`short_postings`, cheap enough for every /healthz), and everything else by reading it
all (`read_everything`, for `manage.py check_index`).

Relies on Whoosh-Reloaded 2.7.5's W3 codec layout: a segment's term table (`.trm`, an
`OrderedHashReader`) maps each term to a `W3TermInfo` holding its postings inline or
as an extent (offset, length) in the postings file (`.pst`), and a segment's postings
are written in term order (by Whoosh's writer, `segments.py` and `merging.py` alike).
So the last term whose postings are not inline ends where the file ends: a file cut short (a full disk, an interrupted copy) opens and answers most
words well, and only a search or "more like this" reaching its end fails. Reading that
one term info finds it at the cost of a few bytes per segment; `every_term` checks the
extent of each term instead.
"""

from haystack.constants import DJANGO_ID
from whoosh.codec.whoosh3 import W3Codec, W3TermInfo

from .postings import Unsupported, check_every_list


class Damaged(Exception):
    """The index files could not be read: what tripped, or which files are short."""


def read_everything(index, deep=False):
    """The article pks in `index`, after reading every stored document, term and column
    of it (`deep`: every posting too, each list read whole: `postings.check_every_list`)
    and checking every term's extent; `Damaged` if anything fails."""
    try:
        with index.refresh().searcher() as searcher:
            reader = searcher.reader()
            pks = {int(fields[DJANGO_ID]) for fields in reader.all_stored_fields()}
            for name in reader.indexed_field_names():
                for _term in reader.lexicon(name):
                    pass
            if deep:
                for leaf, _offset in reader.leaf_readers():
                    every_posting(leaf)
            for name in reader.schema.names():
                if reader.has_column(name):
                    for _value in reader.column_reader(name, translate=False):
                        pass
            short = short_postings(searcher, every_term=True)
            if short:
                raise Damaged(f"postings cut short: {', '.join(short)}")
    except Damaged:
        raise
    except Exception as exc:  # a damaged file trips whatever reads it first
        raise Damaged(f"{type(exc).__name__}: {exc}") from exc
    return pks


def every_posting(reader):
    """Read every posting of one segment: each list whole through `postings.py`, or
    through Whoosh's matchers for a reader that code does not know."""
    try:
        return check_every_list(reader)
    except Unsupported:
        read = 0
        for name in reader.indexed_field_names():
            for term in reader.lexicon(name):
                read += sum(1 for _docnum in reader.postings(name, term).all_ids())
        return read


def short_postings(searcher, every_term=False):
    """The postings files of `searcher`'s segments shorter than their term tables say."""
    found = []
    for reader, _offset in searcher.reader().leaf_readers():
        segment = reader.segment()
        if segment is None:  # an in-memory reader: no files
            continue
        name = segment.make_filename(W3Codec.POSTS_EXT)
        size = reader._storage.file_length(name)
        if any(end > size for end in _extent_ends(reader._terms._tindex, every_term)):
            found.append(name)
    return found


def _extent_ends(table, every_term):
    """Where the postings of the table's terms end, last term first; only the last term
    with postings outside the table unless `every_term`."""
    for i in range(table.indexlen - 1, -1, -1):
        position = table._get_pos(table.indexbase + i * table.indexsize)
        _key, start, length = table.key_and_range_at(position)
        raw = table.dbfile.get(start, length)
        if raw[0]:  # the flags byte: postings inline (pickled), none in the file
            continue
        offset, size = W3TermInfo.from_bytes(raw).extent()
        yield offset + (size[0] if isinstance(size, tuple) else size)  # a 1-tuple in 2.7.5
        if not every_term:
            return
