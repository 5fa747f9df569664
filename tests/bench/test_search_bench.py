"""bench/search_bench.py times an archive it built earlier only once its index holds
what today's analyzer makes of the text."""

import json

from bench import recombined, search_bench
from search import analyzer


def test_the_fingerprint_follows_the_analyzer(monkeypatch):
    today = search_bench.terms_fingerprint()
    assert today == search_bench.terms_fingerprint()
    monkeypatch.setattr(analyzer, "PART_GAP", analyzer.PART_GAP - 1)
    assert search_bench.terms_fingerprint() != today


def test_an_archive_built_with_other_terms_is_indexed_again(tmp_path, monkeypatch):
    indexed = []
    monkeypatch.setattr(recombined, "index_all", lambda: indexed.append(True))
    note = tmp_path / search_bench.CORPUS_NOTE
    note.write_text(json.dumps({"corpus": "real", "terms": search_bench.terms_fingerprint()}))
    search_bench.fresh_index(tmp_path, log=lambda line: None)
    assert indexed == []
    note.write_text(json.dumps({"corpus": "real"}))  # built before the fingerprint
    said = []
    search_bench.fresh_index(tmp_path, log=said.append)
    assert indexed == [True] and "indexing it again" in said[0]
    assert json.loads(note.read_text()) == {
        "corpus": "real",
        "terms": search_bench.terms_fingerprint(),
    }


def test_a_query_bare_whoosh_cannot_run_is_left_out_and_said():
    def spans():
        raise Exception("Field does not support spans")

    runs, said = [spans, lambda: 7], []
    assert search_bench.time_bare(runs, 0, said.append) is None
    assert runs[0] is None and "query 1" in said[0] and "spans" in said[0]
    hits, ms = search_bench.time_bare(runs, 1, said.append)
    assert hits == 7 and ms >= 0 and len(said) == 1
