"""The run's count of distinct names holds 8 bytes a name, not the names."""

from archive.distinct import DistinctCount


def names(n, prefix="名"):
    return [f"{prefix}{i}" for i in range(n)]


def test_counts_distinct_names_across_merges():
    count = DistinctCount(pending=7)  # merged many times over
    given = names(100) + names(60) + names(30, "局")
    for start in range(0, len(given), 9):
        count.update(given[start : start + 9])
    assert len(count) == len(set(given)) == 130
    count.update(names(5))  # seen before, after a merge
    assert len(count) == 130


def test_holds_eight_bytes_a_distinct_name():
    count = DistinctCount(pending=1000)
    for _ in range(3):  # the same names again and again: nothing more held
        count.update(names(5000, "某某单位办公室"))
    assert len(count) == 5000
    assert count.held_bytes() == 8 * 5000


def test_pending_hashes_are_bounded():
    count, given = DistinctCount(pending=64), names(10_000)
    for start in range(0, 10_000, 10):
        count.update(given[start : start + 10])
        assert len(count._pending) < 64
    assert len(count) == 10_000


def test_a_runs_totals_count_the_distinct_names_its_pages_print():
    from pathlib import Path

    from archive.ingest import ingest

    seeds = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
    report = ingest([seeds], dry_run=True, keep_results=True)
    articles = [a for result in report.results for a in result.articles]
    people = {m.name for a in articles for m in a.people} | {
        c.name for a in articles for c in a.credits
    }
    departments = {d.name for a in articles for d in a.departments}
    totals = report.totals()
    assert (totals["people"], totals["departments"]) == (len(people), len(departments))
    assert totals["people"] > 20 and totals["departments"] > 20
