"""A long posting list merged a run at a time (search/whoosh/longlists.py): the bytes
of the list merged whole, with no more than a run of it decoded at once."""

import pytest

from search.whoosh import longlists, packedpositions

from .test_merging import _contents, _segmented_index
from .whoosh_twins import (
    merge_all,
    our_merge,
    our_writer,
    segment_bytes,
    whoosh_merge,
    whoosh_writer,
)


@pytest.fixture
def schema(search_backend):
    search_backend.setup()
    return search_backend.schema


@pytest.fixture
def streamed(monkeypatch):
    """How many lists a merge wrote as a stream."""
    finished = []
    original = longlists.ListStream.finish

    def finish(self):
        finished.append(self._btext)
        return original(self)

    monkeypatch.setattr(longlists.ListStream, "finish", finish)
    return finished


@pytest.mark.parametrize("run", [128, 256, 384])
def test_a_list_merged_in_runs_is_the_list_merged_whole(
    tmp_path, schema, monkeypatch, streamed, run
):
    whole = merge_all(_segmented_index(tmp_path / "whole", schema), our_merge, our_writer)
    assert not streamed  # 451 documents: no list is long by the default
    monkeypatch.setattr(longlists, "RUN", run)
    runs = merge_all(_segmented_index(tmp_path / "runs", schema), our_merge, our_writer)
    assert len(streamed) >= 3  # 。 and the commonest words, deleted documents among them
    assert segment_bytes(runs) == segment_bytes(whole)
    whoosh = _segmented_index(tmp_path / "whoosh", schema, writer_of=whoosh_writer)
    assert _contents(runs) == _contents(merge_all(whoosh, whoosh_merge, whoosh_writer))


def test_a_merge_encodes_a_run_of_a_long_list_at_a_time(tmp_path, schema, monkeypatch):
    encoded = []
    original = packedpositions.encode

    def encode(counts, deltas, limit):
        encoded.append(len(counts))
        return original(counts, deltas, limit)

    monkeypatch.setattr(packedpositions, "encode", encode)
    index = _segmented_index(tmp_path / "index", schema)
    encoded.clear()  # the batches' own segments
    monkeypatch.setattr(longlists, "RUN", 128)
    merged = merge_all(index, our_merge, our_writer)
    with merged.reader() as reader:
        longest = max(reader.doc_frequency(f, t) for f, t in reader.all_terms())
    assert longest > 3 * 128
    assert encoded and max(encoded) <= 128
