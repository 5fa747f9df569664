"""Positions decoded in bulk (search/whoosh/positionkeys.py) against the format's own
decoder a posting at a time, and phrases found with them against Whoosh's Phrase."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh import fields as wf
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from search.whoosh import matching, positionkeys
from search.whoosh.codec import _pack_values
from search.whoosh.formats import CompactPositions
from search.whoosh.postings import POSITION_BITS, Postings, compact_positions

from .whoosh_twins import new_index, our_writer, whoosh_writer

# Positions in every width a value packs them in: bytes, "H" and "I" deltas.
POSITION = st.one_of(st.integers(0, 300), st.integers(0, 70_000), st.integers(0, 2**31))
POSTING = st.lists(POSITION, min_size=0, max_size=6, unique=True).map(sorted)


@given(
    st.lists(POSTING, min_size=1, max_size=300),
    st.integers(1, 130),
    st.randoms(use_true_random=False),
)
def test_bulk_keys_are_the_decoders(poslists, blocksize, rng):
    fmt = CompactPositions()
    postings = Postings(positions=True)
    docs = sorted(rng.sample(range(2 * len(poslists)), len(poslists)))
    for start in range(0, len(docs), blocksize):
        ids = docs[start : start + blocksize]
        values = [fmt.encode(p) for p in poslists[start : start + blocksize]]
        # Some blocks as Whoosh's own W3 keeps them (a tuple): decoded one by one.
        stored = tuple(values) if rng.random() < 0.2 else _pack_values(values)
        postings.ids.extend(ids)
        postings.blocks.append((postings.ids[start:], None, stored))
    marks = bytearray(rng.random() < 0.6 for _ in range(2 * len(poslists)))
    expected = [
        (d << POSITION_BITS) + p
        for d, poslist in zip(docs, poslists, strict=True)
        if marks[d]
        for p in poslist
    ]
    got = positionkeys.term_keys(
        postings, positionkeys.marks_array(marks), compact_positions, packed=True
    )
    assert got.tolist() == expected


def _schema():
    body = wf.TEXT(phrase=True)
    body.format = CompactPositions()
    return wf.Schema(id=wf.ID(stored=True), body=body, plain=wf.TEXT(phrase=True))


WORDS = ["alpha", "bravo", "charlie", "delta"]


def _doc(rng, n):
    # Long documents: positions and gaps past 255 (two-byte deltas) and a few words
    # held by one document (an inlined posting).
    words = rng.choices(WORDS, weights=[8, 4, 2, 1], k=rng.choice([3, 40, 700]))
    for _ in range(rng.randint(0, 3)):
        words.insert(rng.randrange(len(words) + 1), rng.choice(["xray", "yankee", f"u{n}"]))
    text = " ".join(words)
    return {"id": f"d{n}", "body": text, "plain": text}


@pytest.mark.parametrize("writer_of", [our_writer, whoosh_writer, "w3"])
@pytest.mark.parametrize("batch", [5, 32768])
def test_phrases_are_whooshs(tmp_path, monkeypatch, writer_of, batch):
    monkeypatch.setattr(matching, "PHRASE_BATCH", batch)
    rng = random.Random(11)
    if writer_of == "w3":  # Whoosh's own codec and writer: values kept as tuples
        index = FileStorage(str(tmp_path)).create().create_index(_schema())
        writer_of = SegmentWriter
    else:
        index = new_index(tmp_path, _schema())
    for part in range(3):  # several segments, documents deleted in one
        writer = writer_of(index)
        for n in range(part * 60, part * 60 + 60):
            writer.add_document(**_doc(rng, n))
        if part == 2:
            writer.delete_by_term("id", "d7")
        writer.commit(merge=False)
    a, b, c, d = WORDS
    phrases = [[a, b], [b, a], [a, a, b], [d, c, b], ["xray", "yankee"], [c, "xray"]]
    phrases += [[a, "u3"], ["u150", a], [d, d], [a, "zulu"]]
    found = 0
    with index.searcher() as searcher:
        assert len(searcher.leaf_searchers()) == 3
        for field in ("body", "plain"):
            evaluation = matching.Evaluation(searcher, {})
            for words in phrases:
                phrase = wq.Phrase(field, words)
                expected = sorted(searcher.docs_for_query(phrase))
                got = evaluation.docs(phrase)
                assert [d for d in range(evaluation.size) if got >> d & 1] == expected
                found += bool(expected)
    assert found >= 12  # most phrases are somewhere
