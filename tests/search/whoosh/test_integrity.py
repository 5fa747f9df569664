"""search/whoosh/integrity.py on the segments our writer and merge make: a whole index is never
reported short, and a postings file one byte short always is, from its last term alone."""

from pathlib import Path

import pytest

from search.queue import enqueue, process_queue
from search.whoosh.integrity import Damaged, every_posting, read_everything, short_postings

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


def whoosh_reads_every_posting(index):
    """What `check_index --deep` did before: every posting through Whoosh's `all_ids()`."""
    with index.refresh().searcher() as searcher:
        reader = searcher.reader()
        for name in reader.indexed_field_names():
            for term in reader.lexicon(name):
                for _docnum in reader.postings(name, term).all_ids():
                    pass


def every_list_whole(index):
    """What it does now: each segment's lists read whole (`postings.check_every_list`)."""
    with index.refresh().searcher() as searcher:
        return sum(every_posting(leaf) for leaf, _offset in searcher.reader().leaf_readers())


def raises(check, index):
    try:
        check(index)
    except Exception:
        return True
    return False


def test_reading_lists_whole_finds_whatever_whoosh_found_posting_by_posting(search_backend):
    for batch in range(3):  # segments of our writer, and lists of several blocks
        made = [
            make_indexed_article(title=f"夜市{batch}", body=f"本报讯 第{n}号夜市开张。" * 3)
            for n in range(150 if batch == 0 else 5)
        ]
        enqueue(a.pk for a in made)
        process_queue(wait=True)
    index = search_backend.index
    with index.searcher() as searcher:
        expected = sum(
            len(list(searcher.reader().postings(name, term).all_ids()))
            for name in searcher.reader().indexed_field_names()
            for term in searcher.reader().lexicon(name)
        )
    assert every_list_whole(index) == expected  # every posting, each once
    found = {"whoosh": 0, "whole": 0}
    for path in Path(search_backend.path).glob("*.pst"):
        whole = path.read_bytes()
        # A byte changed every so often, the file's length kept: the header of a list,
        # a block's length, its pickled summary, its compressed or plain data.
        for at in range(0, len(whole), max(1, len(whole) // 150)):
            path.write_bytes(whole[:at] + bytes([whole[at] ^ 0x5A]) + whole[at + 1 :])
            by_whoosh, by_lists = (
                raises(whoosh_reads_every_posting, index),
                raises(every_list_whole, index),
            )
            assert by_lists or not by_whoosh, f"{path.name} at {at}: only Whoosh found it"
            found["whoosh"] += by_whoosh
            found["whole"] += by_lists
        path.write_bytes(whole)
    assert found["whoosh"] > 20 and found["whole"] >= found["whoosh"], found
    assert every_list_whole(index) == expected


def test_deep_read_everything_reports_a_damaged_list_as_damaged(search_backend):
    made = [make_indexed_article(body=f"本报讯 第{n}号夜市开张。" * 40) for n in range(20)]
    enqueue(a.pk for a in made)
    process_queue(wait=True)
    assert read_everything(search_backend.index, deep=True) == {a.pk for a in made}
    for path in Path(search_backend.path).glob("*.pst"):
        whole = bytearray(path.read_bytes())
        middle = len(whole) // 2
        whole[middle : middle + 8] = bytes(8)  # zeros inside the file, its length kept
        path.write_bytes(bytes(whole))
    read_everything(search_backend.index)  # the shallow check reads no posting
    with pytest.raises(Damaged):
        read_everything(search_backend.index, deep=True)
