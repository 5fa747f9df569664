"""The anchors: the same articles and queries on tantivy and SQLite FTS5, beside Baokan.

    figures = anchors.run(queries, work_dir, passes=3)   # in search_bench's process

Both engines get exactly the terms and positions Baokan's index holds, already cut
(`search.analyzer.index_positions` of what `ArticleIndex` prepares): tantivy as
pre-tokenized text, FTS5 through a tokenizer that reads them back (apsw's Python
tokenizers; the stdlib's sqlite3 cannot register one). So the three engines answer the
same question on the same terms, and a difference in time is the engine's alone. Each
query asks for the top 20 and the total; the totals must equal Baokan's, and those
that do not are listed. Baokan is timed in this process too, through
`search.engine.run_search`, without facets (its core) and with the search page's five.

Per engine: CPU (`time.process_time`) and wall time per query, p50 and p95 of each
pass, medians over the passes; the index's size; and Baokan ÷ anchor of each.
tantivy and apsw are the `bench` extra (`pip install -e ".[bench]"`, which `make
bench` does); an anchor whose package is missing is named in the figures and skipped.
"""

from __future__ import annotations

import math
import statistics
import time
from pathlib import Path

from bench import anchor_queries as aq

BATCH = 2000
TEXT_FIELDS = ("text", "title")
EXACT_FIELDS = ("year", "publication", "column", "credit", "person", "department")
EXACT_FIELDS += ("person_names", "department_names")
GAP = "\x01"  # an empty position (punctuation): a token no query holds


def documents():
    """(pk, {field: value}, date) for every article, as `ArticleIndex` prepares it."""
    from haystack import connections

    from archive.models import Article

    index = connections["default"].get_unified_index().get_index(Article)
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for i in range(0, len(pks), BATCH):
        for article in index.load(Article.objects.filter(pk__in=pks[i : i + BATCH])):
            prepared = index.full_prepare(article)
            yield article.pk, prepared, prepared.get("date")


def slots(value):
    """[[terms at position 0], [terms at 1], …]: Baokan's terms, an empty list at a gap."""
    from search.analyzer import index_positions

    at = {}
    for term, positions in index_positions(value or "").items():
        for position in positions:
            at.setdefault(position, []).append(term)
    return [at.get(p, []) for p in range(max(at) + 1)] if at else []


def values(prepared, field):
    value = prepared.get(field)
    if value is None or value == "":
        return []
    return [aq.one_token(str(v)) for v in (value if isinstance(value, list) else [value])]


# -- the two engines -------------------------------------------------------------------


class Tantivy:
    name = "tantivy"

    def __init__(self, folder: Path):
        import tantivy

        self.t = tantivy
        builder = tantivy.SchemaBuilder()
        for field in TEXT_FIELDS:
            builder.add_text_field(field, tokenizer_name="raw", index_option="position")
        for field in EXACT_FIELDS:
            builder.add_text_field(field, tokenizer_name="raw", index_option="basic")
        builder.add_integer_field("date", fast=True)
        self.schema = builder.build()
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.index = tantivy.Index(self.schema, path=str(folder))
        self.writer = self.index.writer(heap_size=200_000_000, num_threads=1)

    def add(self, pk, prepared, day, text_slots):
        doc = self.t.Document()
        for field in TEXT_FIELDS:
            tokens = [
                self.t.Token(term, position, 0, 0)
                for position, terms in enumerate(text_slots[field])
                for term in terms
            ]
            doc.add_pre_tokenized_text(field, self.t.PreTokenizedString("", tokens))
        for field in EXACT_FIELDS:
            for value in values(prepared, field):
                doc.add_text(field, value)
        doc.add_integer("date", day.toordinal() if day else 0)
        self.writer.add_document(doc)

    def finish(self):
        self.writer.commit()
        self.writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def prepare(self, positive, negative, newest):
        query = aq.tantivy_query(self.t, self.schema, positive, negative)
        order = {"order_by_field": "date", "order": self.t.Order.Desc} if newest else {}
        return lambda: self.searcher.search(query, limit=20, count=True, **order).count


class Fts5:
    name = "fts5"

    def __init__(self, folder: Path):
        import apsw

        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.db = apsw.Connection(str(folder / "fts5.sqlite3"))
        self.db.register_fts5_tokenizer("baokan", lambda con, args: _positions_tokenizer)
        self.db.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF")
        columns = ", ".join(aq.FTS_COLUMN.get(f, f) for f in (*TEXT_FIELDS, *EXACT_FIELDS))
        # Contentless: like Baokan's and tantivy's, the index keeps postings, not the text.
        self.db.execute(
            f"CREATE VIRTUAL TABLE docs USING fts5({columns}, content='', tokenize='baokan')"
        )
        self.db.execute("CREATE TABLE dates (id INTEGER PRIMARY KEY, day INTEGER)")
        self.db.execute("BEGIN")

    def add(self, pk, prepared, day, text_slots):
        row = [
            " ".join("|".join(terms) if terms else GAP for terms in text_slots[field])
            for field in TEXT_FIELDS
        ]
        row += [" ".join(values(prepared, field)) for field in EXACT_FIELDS]
        marks = ", ".join("?" * (len(row) + 1))
        self.db.execute(f"INSERT INTO docs (rowid, {self._columns()}) VALUES ({marks})", [pk, *row])
        self.db.execute("INSERT INTO dates VALUES (?, ?)", (pk, day.toordinal() if day else 0))

    def _columns(self):
        return ", ".join(aq.FTS_COLUMN.get(f, f) for f in (*TEXT_FIELDS, *EXACT_FIELDS))

    def finish(self):
        self.db.execute("COMMIT")
        self.db.execute("INSERT INTO docs (docs) VALUES ('optimize')")

    def prepare(self, positive, negative, newest):
        match = aq.fts5_match(positive, negative)
        if newest:
            top = (
                "SELECT docs.rowid FROM docs JOIN dates ON dates.id = docs.rowid "
                "WHERE docs MATCH ? ORDER BY dates.day DESC LIMIT 20"
            )
        else:
            top = "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20"
        count = "SELECT count(*) FROM docs WHERE docs MATCH ?"

        def run():
            list(self.db.execute(top, (match,)))
            return self.db.execute(count, (match,)).fetchone()[0]

        return run


def _positions_tokenizer(utf8: bytes, flags: int, locale):
    """Positions separated by spaces, the terms of one position by bars (FTS5 stores
    them colocated, as Baokan's index holds a word's sub-words at its position)."""
    for position in utf8.decode("utf-8").split(" "):
        terms = [t for t in position.split("|") if t]
        if terms:
            yield (0, 0, *terms)


# -- building and timing -------------------------------------------------------------


def load_engines(work_dir: Path, log):
    """The anchors whose packages are installed, and a note for each that is not."""
    engines, missing = [], {}
    for engine in (Tantivy, Fts5):
        try:
            engines.append(engine(work_dir / engine.name))
        except ImportError as exc:
            missing[engine.name] = f"not installed ({exc.name}): pip install -e '.[bench]'"
            log(f"anchor {engine.name}: {missing[engine.name]}")
    return engines, missing


def build(engines, log):
    started, n = time.perf_counter(), 0
    for pk, prepared, day in documents():
        text_slots = {field: slots(prepared.get(field)) for field in TEXT_FIELDS}
        for engine in engines:
            engine.add(pk, prepared, day, text_slots)
        n += 1
        if n % 10_000 == 0:
            log(f"anchors: {n} articles indexed")
    for engine in engines:
        engine.finish()
    log(f"anchors: {n} articles in {time.perf_counter() - started:.0f}s")


def folder_mb(folder: Path) -> float:
    return round(sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6, 1)


def _timed(fn):
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn()
    return result, (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


def baokan_runs(queries):
    """Per query: (parsed, filters, sort) as the search page reads them, or None."""
    from search.forms import SearchForm
    from search.views import sort_for

    out = []
    for query in queries:
        form = SearchForm(query.params)
        out.append(
            (form.cleaned_data["q"], form.filters(), sort_for(form)) if form.is_valid() else None
        )
    return out


def percentile(ms, p):
    """Nearest rank, unrounded: tantivy answers in tenths of a millisecond."""
    ordered = sorted(ms)
    return ordered[max(1, min(len(ordered), math.ceil(p / 100 * len(ordered)))) - 1]


def _figures(passes):
    """Medians over the passes of each pass's p50 and p95, CPU and wall."""
    out = {}
    for kind in ("cpu", "wall"):
        for p in (50, 95):
            per_pass = [percentile([t[kind] for t in one], p) for one in passes]
            out[f"{kind}_p{p}_ms"] = round(statistics.median(per_pass), 3)
    return out


def run(queries, work_dir: Path, passes: int = 3, log=print) -> dict:
    """Build the anchors over the archive in the current Django database, run `queries`
    (search_bench.Query) `passes` times on each engine, and return the figures."""
    from search import engine as baokan
    from search.queries import FILTERS

    engines, missing = load_engines(Path(work_dir), log)
    build(engines, log)
    runners = {"baokan": [], "baokan_facets": [], **{e.name: [] for e in engines}}
    for got in baokan_runs(queries):
        positive, negative = aq.tree(got[0], got[1]) if got else (None, [])
        if positive is None:  # nothing an anchor can be asked: left out of every figure
            for fns in runners.values():
                fns.append(None)
            continue
        parsed, filters, sort = got
        runners["baokan"].append(
            lambda p=parsed, f=filters, s=sort: baokan.run_search(p, f, sort=s).total
        )
        runners["baokan_facets"].append(
            lambda p=parsed, f=filters, s=sort: (
                baokan.run_search(p, f, sort=s, facets=list(FILTERS)).total
            )
        )
        for engine in engines:
            runners[engine.name].append(engine.prepare(positive, negative, sort == "newest"))
    asked = [i for i, fn in enumerate(runners["baokan"]) if fn is not None]
    times = {name: [[] for _ in range(passes)] for name in runners}
    hits = {name: {} for name in runners}
    for n in range(passes):
        for i in asked:  # engines side by side, query by query: the same load on each
            for name, fns in runners.items():
                hits[name][i], cpu, wall = _timed(fns[i])
                times[name][n].append({"cpu": cpu, "wall": wall})
    figures = {name: _figures(times[name]) for name in runners}
    out = {
        "queries": len(asked),
        "left_out": len(queries) - len(asked),
        "passes": passes,
        "missing": missing,
        "engines": figures,
        "index_mb": {e.name: folder_mb(e.folder) for e in engines},
        "hits_agree": {},
        "hits_differ": {},
        "ratios": {},
    }
    for engine in engines:
        differ = [
            f"{queries[i]}: Baokan {hits['baokan'][i]}, {engine.name} {hits[engine.name][i]}"
            for i in asked
            if hits[engine.name][i] != hits["baokan"][i]
        ]
        out["hits_agree"][engine.name] = len(asked) - len(differ)
        out["hits_differ"][engine.name] = differ[:10]
        out["ratios"][engine.name] = {
            key: round(figures["baokan"][key] / value, 2) if value else None
            for key, value in figures[engine.name].items()
        }
    log_table(out, log)
    return out


def log_table(out, log):
    log(f"anchors: {out['queries']} queries, medians of {out['passes']} passes (ms)")
    log(f"{'engine':<14} {'CPU p50':>8} {'CPU p95':>8} {'wall p50':>9} {'wall p95':>9}")
    for name, f in out["engines"].items():
        log(
            f"{name:<14} {f['cpu_p50_ms']:>8} {f['cpu_p95_ms']:>8} "
            f"{f['wall_p50_ms']:>9} {f['wall_p95_ms']:>9}"
        )
    for name, ratio in out["ratios"].items():
        log(
            f"Baokan ÷ {name}: CPU p50 {ratio['cpu_p50_ms']}×, p95 {ratio['cpu_p95_ms']}×; "
            f"wall p50 {ratio['wall_p50_ms']}×, p95 {ratio['wall_p95_ms']}×; "
            f"hits agree {out['hits_agree'][name]}/{out['queries']}"
        )
        for line in out["hits_differ"][name]:
            log(f"  differs: {line}")
    for name, note in out["missing"].items():
        log(f"anchor {name} left out: {note}")
