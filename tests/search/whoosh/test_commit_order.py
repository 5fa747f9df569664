"""A commit writes its batch's segment, and lets its pool go, before it merges the
older segments (search/whoosh/segments.py): the same index, a lower peak."""

import random

import pytest

from search.whoosh import merging

from .test_merging import _doc
from .whoosh_twins import new_index, segment_bytes


@pytest.fixture
def schema(search_backend):
    search_backend.setup()
    return search_backend.schema


def _commits(path, schema, seen):
    """Batches of 40 documents committed with our policy, tiers of two, a deletion
    between: merges at several commits, some of a mostly deleted segment."""
    index = new_index(path, schema)
    rng = random.Random(11)
    for batch in range(6):
        writer = index.writer()
        if batch == 3:
            for n in range(0, 40):
                writer.delete_by_term("id", f"archive.article.{n}")
        for n in range(batch * 40, batch * 40 + 40):
            writer.add_document(**_doc(rng, n))
        writer.commit(mergetype=merging.merge_tiers)
        seen.append([s.doc_count_all() for s in index.refresh()._segments()])
    return index


def test_the_batch_is_written_and_its_pool_let_go_before_the_merge(tmp_path, schema, monkeypatch):
    monkeypatch.setattr(merging, "MERGE_FACTOR", 2)
    pools = []
    original = merging.merge

    def merge(writer, readers):
        pools.append(dict(writer.pool.fields))
        return original(writer, readers)

    monkeypatch.setattr(merging, "merge", merge)
    _commits(tmp_path / "ix", schema, [])
    assert len(pools) >= 3 and pools == [{}] * len(pools)


def test_the_index_is_the_one_merging_first_writes(tmp_path, schema, monkeypatch):
    monkeypatch.setattr(merging, "MERGE_FACTOR", 2)
    after, before = [], []
    merged_after = _commits(tmp_path / "after", schema, after)
    monkeypatch.setattr(merging, "mergeable", lambda writer, segments: False)  # Whoosh's order
    merged_first = _commits(tmp_path / "first", schema, before)
    assert after == before and len(set(map(len, after))) > 1  # the segments at every commit
    assert segment_bytes(merged_after) == segment_bytes(merged_first)
