"""search/whoosh/integrity.py on the segments our writer and merge make: a whole index is never
reported short, and a postings file one byte short always is, from its last term alone."""

from pathlib import Path

import pytest

from search.queue import enqueue, process_queue
from search.whoosh.integrity import short_postings

from ..conftest import make_indexed_article

pytestmark = pytest.mark.django_db


def test_whole_segments_pass_and_one_byte_short_is_found(search_backend):
    for batch in range(10):  # ten commits: eight segments of like size are merged
        made = [
            make_indexed_article(title=f"夜市{batch}", body=f"本报讯 第{batch}批第{n}号夜市开张。")
            for n in range(5)
        ]
        enqueue(a.pk for a in made)
        process_queue(wait=True)
    searcher = search_backend.searcher()
    sizes = sorted(r.doc_count_all() for r, _o in searcher.reader().leaf_readers())
    assert sizes == [5, 5, 40]  # a merged segment beside two new ones
    assert short_postings(searcher) == short_postings(searcher, every_term=True) == []
    for path in Path(search_backend.path).glob("*.pst"):
        whole = path.read_bytes()
        path.write_bytes(whole[:-1])
        search_backend.setup()
        assert short_postings(search_backend.searcher()) == [path.name]
        path.write_bytes(whole)
        search_backend.setup()
    assert short_postings(search_backend.searcher()) == []
