"""Whoosh queries matched and scored a block of postings at a time.

Whoosh walks a query's matcher tree one document at a time in Python: about 3 µs a
document, so a word found in 90 000 of 100 000 articles took 250 ms to rank and
30 ms more to count (its block-max skipping saves little when every block holds a
short article with the word). Here a term's postings are read a block at a time
(document numbers decoded by `accumulate`, in C), a set of documents is a Python int
used as a bitset (AND, OR and popcount run in C over 12 KB at 100 000 articles), and
a score is BM25F computed with the expression of `whoosh.scoring.bm25` on numpy
arrays, summed in the order Whoosh's matcher trees sum it (`scores.py`): the same
scores to the last bit, so the same ranking. A phrase's positions are decoded in
bulk and met as sorted arrays (`positionkeys.py`), and a term's postings, once read,
are kept for later queries on the same searcher (`postings.TermCache`).

Only the query types `search.queries` builds are evaluated (Term, And, Or, AndMaybe,
AndNot, Phrase, Every, DateRange, and the positional SpanBefore and Near, in
`positional.py`). Anything else, or an index this code does not
know how to read, raises `Unsupported`, and the backend asks Whoosh instead.
"""

import numpy as np
from whoosh import query as wq
from whoosh.query.spans import SpanQuery
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.util.numeric import byte_to_length

from . import positional
from .bitsets import members, to_bits, to_marks
from .columns import MISSING_DATE
from .positionkeys import docs_of, marks_array, marks_of, meet, term_keys
from .postings import (
    Postings,
    Unsupported,
    compact_positions,
    decoder,
    read_postings,
    segment_lengths,
)
from .scores import Scores, balanced, combine, joined, shape
from .termcache import TermCache
from .termcounts import TermCounts

PHRASE_BATCH = 32768
# Decoded posting lists kept per open searcher (each web worker holds one), counted
# as held (`Postings.nbytes`). 32 MB until an entry kept uint32 ids and its stored
# weights' type: the lists the benchmark's 200 queries keep took 27.5 MB then, 11.5
# now (22 473 articles), so 16 MB keeps at least what 32 did, and a worker's
# resident memory has 16 MB less to allow for where the cache fills (README.md).
TERM_CACHE_MB = 16


class Evaluation:
    """Documents and scores of queries on one searcher.

    `state` holds what is worked out once per searcher (lengths, live documents); a
    term's postings and a phrase's documents are found once per evaluation, however
    often the queries name them. `dates` is the "date" column (negative: no date).
    """

    def __init__(self, searcher, state, dates=None):
        self.schema = searcher.schema
        self.leaves = searcher.leaf_searchers()
        self.size = searcher.doc_count_all()
        self.state = state
        self.dates = dates
        self.weighting = searcher.weighting
        self._postings = {}
        self._bits = {}  # (fieldname, text) -> bitset, `term_bits`
        self._phrases = {}
        self._positions = {}
        self._counts = {}  # fieldname -> TermCounts of the segments

    def live(self):
        """The bitset of the documents not deleted."""
        live = self.state.get("live")
        if live is None:
            if not any(leaf.reader().has_deletions() for leaf, _offset in self.leaves):
                live = (1 << self.size) - 1
            else:
                docs = (o + d for leaf, o in self.leaves for d in leaf.reader().all_doc_ids())
                live = to_bits(docs, self.size)
            self.state["live"] = live
        return live

    # documents

    def docs(self, query, within=-1):
        """The bitset of the live documents `query` matches, of those in `within`
        (a bitset; -1, every document). Parts with a phrase are looked for last,
        only among the documents the rest of the query leaves."""
        within &= self.live()
        return self._docs(query, within) & within

    def _docs(self, q, within):
        # Returns bits B with B & within == (documents q matches) & within.
        kind = type(q)
        if kind is wq.Term:
            return self.term_bits(q.fieldname, q.text)
        if kind is wq.And:
            bits = within
            for sub in sorted(q.subqueries, key=_has_phrase):
                if not bits:
                    break
                bits &= self._docs(sub, bits)
            return bits if q.subqueries else 0
        if kind is wq.Or:
            _check_or(q)
            bits = 0
            # A phrase is looked for only where the other parts did not match.
            for sub in sorted(q.subqueries, key=_has_phrase):
                bits |= self._docs(sub, within & ~bits if _has_phrase(sub) else within)
            return bits
        if kind is wq.AndMaybe:
            return self._docs(q.a, within)
        if kind is wq.AndNot:
            bits = self._docs(q.a, within) & within
            return bits & ~self._docs(q.b, bits) if bits else 0
        if kind is wq.Phrase:
            return self._phrase(q, within)
        if kind is positional.Before or kind is positional.Near:
            return self._positional_docs(q, within)
        if kind is wq.Every and q.fieldname in (None, "", "*"):
            return self.live()
        if kind is wq.DateRange:
            return self._date_range(q)
        if q is wq.NullQuery:
            return 0
        raise Unsupported(kind.__name__)

    def _positional_docs(self, q, within):
        # Ranking asks again for the documents the match found (`_span_scores`):
        # positions are read once, for the widest set of documents asked.
        looked, found = self._positions.get(q, (0, 0))
        if within < 0 or within & ~looked:
            ask = positional.before_docs if type(q) is positional.Before else positional.near_docs
            looked, found = within, ask(self, q, within)
            self._positions[q] = (looked, found)
        return found & within

    def _date_range(self, q):
        # The indexed dates are in the date column too: compare there instead of
        # expanding the range into the numeric terms that cover it.
        if q.startexcl or q.endexcl or q.fieldname != "date" or self.dates is None:
            raise Unsupported("DateRange")
        low = q.start if q.start is not None else 0
        high = q.end if q.end is not None else MISSING_DATE - 1
        dates = self.state.get("dates")
        if dates is None:
            dates = self.state["dates"] = np.array(self.dates, dtype=np.int64)
        return to_bits(np.flatnonzero((dates >= low) & (dates <= high)), self.size)

    def postings(self, fieldname, text, positions=False):
        """The term's `Postings` (with their positions if asked), or None when no
        segment holds it; kept for later queries on this searcher (`TermCache`)."""
        key = (fieldname, text)
        found = self._postings.get(key, False)
        if found is False:
            known, found = self.terms().get(key)
            found = found if known else False
        if found is False or (positions and found is not None and not found.positions):
            found = None
            btext = self._bytes(fieldname, text)
            for leaf, offset in self.leaves if btext is not None else ():
                reader = leaf.reader()
                if (fieldname, btext) in reader:
                    found = found or Postings(positions)
                    read_postings(reader, offset, fieldname, btext, found)
            self.terms().put(key, found, self.size)
        self._postings[key] = found
        return found

    def term_bits(self, fieldname, text):
        """The bitset of the term's documents, made once an evaluation (a short
        list's is not kept with its postings: `Postings.bits`)."""
        key = (fieldname, text)
        bits = self._bits.get(key)
        if bits is None:
            postings = self.postings(fieldname, text)
            bits = self._bits[key] = postings.bits(self.size) if postings else 0
        return bits

    def terms(self):
        terms = self.state.get("terms")
        if terms is None:
            terms = self.state.setdefault("terms", TermCache(TERM_CACHE_MB << 20))
        return terms

    def _bytes(self, fieldname, text):
        if fieldname not in self.schema:
            return None
        try:
            return self.schema[fieldname].to_bytes(text)
        except ValueError:
            return None

    # phrases

    def _phrase(self, q, within=-1):
        """Bits B with B & within == the documents holding the phrase's words at
        consecutive positions (Whoosh's Phrase with slop 1) & within.

        Positions are read only for documents of `within` not looked at before; what
        was found is kept: `_phrases[key]` is [candidates, looked at, matched].
        """
        entry = self._phrase_entry(q)
        if entry is None:
            return 0
        candidates, known, matched = entry
        todo = within & candidates & ~known
        if todo:
            entry[1] |= todo
            entry[2] |= self._find_phrase(q, todo)
        return entry[2]

    def _phrase_entry(self, q):
        key = (q.fieldname, tuple(q.words))
        if key not in self._phrases:
            if q.slop != 1 or not q.words:
                raise Unsupported("Phrase with slop")
            field = self.schema[q.fieldname] if q.fieldname in self.schema else None
            if field is not None and not (field.format and field.format.supports("positions")):
                raise Unsupported("Phrase without positions")
            found = [self.postings(q.fieldname, word, positions=True) for word in q.words]
            if field is None or not all(found):
                self._phrases[key] = None
            else:
                candidates = -1
                for word in q.words:
                    candidates &= self.term_bits(q.fieldname, word)
                done = candidates if len(found) == 1 else 0  # one word: wherever it is
                self._phrases[key] = [candidates, done, done]
        return self._phrases[key]

    def _find_phrase(self, q, bits):
        """Of the documents `bits` (each holding every word), those with the words in a row."""
        decode = decoder(self.schema[q.fieldname].format)
        packed = decode is compact_positions
        found = [self.postings(q.fieldname, word, positions=True) for word in q.words]
        # The rarest word first; each later one read only where the run goes on.
        order = sorted(range(len(found)), key=lambda i: len(found[i].ids))
        matched = 0
        # A few tens of thousands of documents at a time: the keys stay a few MB.
        docs = members(bits, self.size)
        for first in range(0, len(docs), PHRASE_BATCH):
            low, high = docs[first], docs[min(first + PHRASE_BATCH, len(docs)) - 1] + 1
            marks = marks_array(to_marks(bits & ((1 << high) - (1 << low)), self.size))
            keys = None
            for i in order:
                # A position keyed by where the phrase would start: doc << 32 | (p - i + n).
                more = term_keys(found[i], marks, decode, packed) + (len(found) - i)
                keys = more if keys is None else meet(keys, more)
                if not len(keys):
                    break
                marks = marks_of(keys, self.size)
            if len(keys):
                matched |= docs_of(keys, self.size)
        return matched

    # scores

    def scores(self, query, within=None):
        """{document: score} for the documents `query` matches, as Whoosh's BM25F
        scores them; only those of the DocSet `within` if given (cheaper)."""
        return self.score_arrays(query, within).as_dict()

    def top(self, query, within, count):
        """The `count` best documents of the DocSet `within` (`Scores.top`)."""
        return self.score_arrays(query, within).top(count)

    def score_arrays(self, query, within=None):
        marks = marks_array(within.marks()) if within is not None else None
        return self._scores(query, marks, within.bits if within is not None else None)

    def _scores(self, q, marks, bits):
        kind = type(q)
        if kind is wq.Term:
            return self._term_scores(q.fieldname, q.text, q.boost, marks)
        if kind is wq.And or kind is wq.Or:
            _check_or(q)
            subs = q.subqueries
            if len(subs) <= 1:  # Whoosh ignores the boost of a one-query compound
                return self._scores(subs[0], marks, bits) if subs else Scores()
            parts = [self._scores(sub, marks, bits) for sub in subs]
            return self._tree_sum(subs, parts, kind is wq.And).boosted(q.boost)
        if kind is wq.AndMaybe:
            return self._scores(q.a, marks, bits).plus_where_both(self._scores(q.b, marks, bits))
        if kind is wq.AndNot:
            result = self._scores(q.a, marks, bits)
            out = to_marks(self._docs(q.b, -1 if bits is None else bits), self.size)
            return result.kept(~marks_array(out)[result.docs]) if len(result) else result
        if kind is wq.Phrase:
            return self._phrase_scores(q, bits)
        if kind is positional.Before or kind is positional.Near:
            return self._span_scores(q, bits)
        if kind is wq.Every and q.fieldname in (None, "", "*"):
            live = self.live() if bits is None else self.live() & bits
            docs = np.array(members(live, self.size), dtype=np.int64)
            return Scores(docs, np.full(len(docs), float(q.boost)))
        if q is wq.NullQuery:
            return Scores()
        raise Unsupported(kind.__name__)

    def _term_scores(self, fieldname, text, boost, marks):
        postings = self.postings(fieldname, text)
        if postings is None:
            return Scores()
        ids, weights = postings.packed()  # as kept: uint32, and counts mostly uint8
        if marks is not None:
            keep = marks[ids]
            ids, weights = ids[keep], weights[keep]
        ids, weights = ids.astype(np.int64), weights.astype(np.float64)
        scorer = self._scorer(fieldname, text)
        if type(scorer) is BM25FScorer:
            idf, k = scorer.idf, scorer.K1 + 1
            parts = self._length_parts(fieldname, scorer)[self.lengths(fieldname)[ids]]
            # bm25(): idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))),
            # each operation on float64s as Whoosh does it on Python floats.
            scores = idf * ((weights * k) / (weights + parts))
        elif type(scorer) is WeightScorer:  # fields without lengths: the weight
            scores = weights
        else:
            raise Unsupported(type(scorer).__name__)
        return Scores(ids, scores).boosted(boost)

    def _scorer(self, fieldname, text):
        btext = self._bytes(fieldname, text)
        for leaf, _offset in self.leaves:
            if (fieldname, btext) in leaf.reader():
                return self.weighting.scorer(leaf, fieldname, btext)
        raise Unsupported("a term no segment holds")

    def _length_parts(self, fieldname, scorer):
        """K1 * ((1 - B) + B * fl / avgfl) for each of the 256 encoded lengths."""
        key = ("parts", fieldname, scorer.K1, scorer.B, scorer.avgfl)
        if key not in self.state:
            k1, b, avgfl = scorer.K1, scorer.B, scorer.avgfl
            parts = [k1 * ((1 - b) + b * byte_to_length(i) / avgfl) for i in range(256)]
            self.state[key] = np.array(parts, dtype=np.float64)
        return self.state[key]

    def lengths(self, fieldname):
        """The encoded length of the field in each document: one uint8 a document."""
        key = ("lengths", fieldname)
        if key not in self.state:
            parts = [segment_lengths(leaf.reader(), fieldname) for leaf, _o in self.leaves]
            self.state[key] = np.frombuffer(b"".join(parts), dtype=np.uint8)
        return self.state[key]

    def _tree_sum(self, subs, parts, intersect):
        """Sum the parts as Whoosh's And (intersection) or Or (union) does: a tree
        built per segment from the subqueries' estimated sizes (`make_weighted_tree`)."""
        shapes = {}
        for index, (leaf, offset) in enumerate(self.leaves):
            reader = leaf.reader()
            sizes = [self._estimate_size(sub, index, reader) for sub in subs]
            weights = [0 - size for size in sizes] if intersect else sizes
            shapes.setdefault(shape(weights), []).append((offset, leaf.doc_count_all()))
        if len(shapes) == 1:
            return combine(next(iter(shapes)), parts, intersect)
        pieces = []
        for tree, ranges in shapes.items():
            inside = np.zeros(self.size, dtype=np.bool_)
            for offset, count in ranges:
                inside[offset : offset + count] = True
            pieces.append(combine(tree, [part.within(inside) for part in parts], intersect))
        return joined(pieces)

    def _estimate_size(self, sub, index, reader):
        """`sub.estimate_size(reader)` of the `index`-th segment; a term's read by
        `TermCounts`, which looks a word up for 2.8 times less CPU: a "more like
        this" query of 12 words asked 84 lookups here at 7 segments."""
        if type(sub) is not wq.Term or sub.fieldname not in self.schema:
            return sub.estimate_size(reader)
        counts = self._counts.get(sub.fieldname)
        if counts is None:
            readers = [leaf.reader() for leaf, _offset in self.leaves]
            counts = self._counts[sub.fieldname] = TermCounts(readers, sub.fieldname)
        try:
            return counts.count(index, sub.text)
        except ValueError:  # not a value of the field (Whoosh's `to_bytes`): in none
            return 0

    def _span_scores(self, q, within):
        # Whoosh's span matchers score as the intersection they wrap: a + b for
        # SpanBefore, a balanced tree of the words for SpanNear2 (so for Near).
        live = self.live() if within is None else self.live() & within
        matched = self._docs(q, live) & live
        if not matched:
            return Scores()
        marks = marks_array(to_marks(matched, self.size))
        subs = [q.a, q.b] if type(q) is positional.Before else q.qs
        parts = [self._scores(sub, marks, matched) for sub in subs]
        return combine(balanced(len(parts)), parts, True)  # span queries have no boost

    def _phrase_scores(self, q, within):
        within = -1 if within is None else within
        entry = self._phrase_entry(q)
        if entry is None:
            return Scores()
        bits = self._phrase(q, within) & within
        if not bits:
            return Scores()
        marks = marks_array(to_marks(bits, self.size))
        words = [self._term_scores(q.fieldname, word, 1.0, marks) for word in q.words]
        # Whoosh sums a phrase's words as a balanced binary tree of intersections.
        return combine(balanced(len(words)), words, True).boosted(q.boost)


def _has_phrase(q):
    # Positions to read: looked for last, where the rest of the query leaves documents.
    if type(q) is wq.Phrase or isinstance(q, SpanQuery):
        return True
    return any(map(_has_phrase, q.children()))


def _check_or(q):
    if type(q) is wq.Or and (q.minmatch or q.scale):
        raise Unsupported("Or with minmatch or scale")
