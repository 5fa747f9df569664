"""An index written before the Whoosh code moved still opens, answers and takes writes.

Whoosh pickles the schema (with its analyzer and position format) and each segment's
codec into the index's table of contents by class path. tests/search/old_index/ was
written by the code of commit 3ce3c74 and names `search.formats.CompactPositions`,
`search.formats.CompactCodec` and `search.analyzer.ChineseTokenizer`: if one of them
stops importing, every index in service fails to open until it is rebuilt.
"""

import datetime
import io
import pickle
import shutil
from pathlib import Path

import pytest
from whoosh.filedb import structfile
from whoosh.index import open_dir

from search import engine
from search.queries import parse
from search.whoosh.codec import ArrayCodec, CompactCodec

from ..conftest import temporary_index

OLD_INDEX = Path(__file__).parent / "old_index"
OLD_PATHS = {
    "search.formats.CompactPositions",
    "search.formats.CompactCodec",
    "search.analyzer.ChineseTokenizer",
}


@pytest.fixture
def old_index(tmp_path):
    path = tmp_path / "index"
    shutil.copytree(OLD_INDEX, path, ignore=shutil.ignore_patterns("*.md"))
    with temporary_index(path) as backend:
        yield backend


def test_opening_it_loads_the_class_paths_of_before(old_index, monkeypatch):
    loaded = set()

    class Recording(pickle.Unpickler):
        def find_class(self, module, name):
            loaded.add(f"{module}.{name}")
            return super().find_class(module, name)

    # Whoosh reads the schema with `pickle.loads` and the segments with `load_pickle`.
    monkeypatch.setattr(pickle, "loads", lambda data: Recording(io.BytesIO(data)).load())
    monkeypatch.setattr(structfile, "load_pickle", lambda file: Recording(file).load())
    # As Whoosh opens it alone: its pickled schema, then its segments with their codec.
    # (haystack's backend hands Whoosh the schema it builds, and loads the segments.)
    with open_dir(old_index.path).searcher() as searcher:
        assert searcher.doc_count() == 3
    assert OLD_PATHS <= loaded


def test_an_old_index_opens_and_answers(old_index):
    assert engine.run_search(parse("夜市"), {}).pks == [3, 2]  # in the title ranks first
    assert engine.run_search(parse('"污染源普查"'), {}).pks == [1]
    outcome = engine.run_search(parse(""), {"person": "孫慶輝"}, sort="newest", facets=["year"])
    assert outcome.pks == [3, 1]
    assert outcome.facets["year"] == [("2021", 2)]
    # Written before 版次 was indexed: no article has one, so by 版次 is newest first.
    by_page = engine.run_search(parse("本报讯"), {}, sort="page").pks
    assert by_page == engine.run_search(parse("本报讯"), {}, sort="newest").pks == [2, 3, 1]


def test_an_old_index_takes_a_new_segment_and_merges_it(old_index):
    old_index.setup()
    writer = old_index.index.writer()
    writer.add_document(
        id="archive.article.4",
        django_ct="archive.article",
        django_id="4",
        text="夜市收摊\n本报讯 夜市收摊。",
        title="夜市收摊",
        date=datetime.datetime(2024, 1, 2),
        year="2024",
        publication="焦作日报",
    )
    before = [type(s.codec()) for s in old_index.index._segments()]
    assert before == [CompactCodec, CompactCodec]  # W3's pickled blocks
    writer.commit(optimize=True)  # the two old segments merged into one, and the new one
    old_index.setup()
    leaves = old_index.searcher().reader().leaf_readers()
    assert sorted(reader.doc_count_all() for reader, _offset in leaves) == [1, 3]
    # Both written with the new blocks (`blocks.py`): a merge moves an index to them.
    assert [type(s.codec()) for s in old_index.index.refresh()._segments()] == [ArrayCodec] * 2
    assert engine.run_search(parse("夜市"), {}, sort="newest").pks == [4, 2, 3]
