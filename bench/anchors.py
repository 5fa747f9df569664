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
# 正文: is a word before the body's end mark in Baokan's text field; here the body's
# positions have a field of their own (the text's up to the mark), which is the same.
TEXT_FIELDS = ("text", "title", "kicker", "subtitle", "body")
EXACT_FIELDS = ("year", "publication", "column", "credit", "person", "department")
EXACT_FIELDS += ("person_names", "department_names", "page_number")
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


def text_slots(prepared):
    """{field: slots} for every text field; the body's are the text's before its mark."""
    from search.analyzer import BODY

    found = {field: slots(prepared.get(field)) for field in TEXT_FIELDS if field != "body"}
    text = found["text"]
    end = next((p for p, terms in enumerate(text) if BODY in terms), len(text))
    found["body"] = text[:end]
    return found


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
        row = [_fts5_positions(text_slots[field]) for field in TEXT_FIELDS]
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


def _fts5_positions(found):
    """A field's slots as the tokenizer reads them. A run of empty positions is one gap
    token, which keeps a phrase from bridging it: PART_GAP tokens between an article's
    parts would be some 5 000 an article."""
    out, empty = [], False
    for terms in found:
        if terms or not empty:
            out.append("|".join(terms) if terms else GAP)
        empty = not terms
    return " ".join(out)


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
        found = text_slots(prepared)
        for engine in engines:
            engine.add(pk, prepared, day, found)
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


def _figures(passes, subset):
    """Medians over the passes of each pass's p50 and p95, CPU and wall, over the
    queries of `subset` (each pass: {query: {"cpu": ms, "wall": ms}})."""
    out = {}
    for kind in ("cpu", "wall"):
        for p in (50, 95):
            per_pass = [percentile([one[i][kind] for i in subset], p) for one in passes]
            out[f"{kind}_p{p}_ms"] = round(statistics.median(per_pass), 3) if subset else None
    return out


def _prepared(engine, positive, negative, newest):
    """(run, None), or (None, why) for a query the engine cannot ask."""
    try:
        return engine.prepare(positive, negative, newest), None
    except aq.Unsupported as exc:
        return None, str(exc)


def run(queries, work_dir: Path, passes: int = 3, log=print) -> dict:
    """Build the anchors over the archive in the current Django database, run `queries`
    (query_mix.Query) `passes` times on each engine, and return the figures."""
    from search import engine as baokan
    from search.queries import FILTERS

    engines, missing = load_engines(Path(work_dir), log)
    build(engines, log)
    runners = {"baokan": [], "baokan_facets": [], **{e.name: [] for e in engines}}
    skipped = {e.name: {} for e in engines}  # {engine: {kind: [count, why]}}
    for query, got in zip(queries, baokan_runs(queries), strict=True):
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
            fn, why = _prepared(engine, positive, negative, sort == "newest")
            runners[engine.name].append(fn)
            if why:
                skipped[engine.name].setdefault(query.kind, [0, why])[0] += 1
    asked = [i for i, fn in enumerate(runners["baokan"]) if fn is not None]
    times = {name: [{} for _ in range(passes)] for name in runners}
    hits = {name: {} for name in runners}
    for n in range(passes):
        for i in asked:  # engines side by side, query by query: the same load on each
            for name, fns in runners.items():
                if fns[i] is not None:
                    hits[name][i], cpu, wall = _timed(fns[i])
                    times[name][n][i] = {"cpu": cpu, "wall": wall}
    answered = {name: [i for i in asked if fns[i] is not None] for name, fns in runners.items()}
    figures = {name: _figures(times[name], answered[name]) for name in runners}
    out = {
        "queries": len(asked),
        "left_out": len(queries) - len(asked),
        "passes": passes,
        "missing": missing,
        "engines": figures,
        "index_mb": {e.name: folder_mb(e.folder) for e in engines},
        "answered": {name: len(found) for name, found in answered.items()},
        "skipped": {name: {k: v[0] for k, v in kinds.items()} for name, kinds in skipped.items()},
        "skipped_why": sorted({v[1] for kinds in skipped.values() for v in kinds.values()}),
        "hits_agree": {},
        "hits_differ": {},
        "ratios": {},
        "per_kind": per_kind(queries, times, answered),
    }
    for engine in engines:
        mine = answered[engine.name]
        differ = [
            f"{queries[i]}: Baokan {hits['baokan'][i]}, {engine.name} {hits[engine.name][i]}"
            for i in mine
            if hits[engine.name][i] != hits["baokan"][i]
        ]
        out["hits_agree"][engine.name] = len(mine) - len(differ)
        out["hits_differ"][engine.name] = differ[:10]
        # Baokan over the same queries as the anchor: a skipped kind weighs on neither.
        same = _figures(times["baokan"], mine)
        out["ratios"][engine.name] = {
            key: round(same[key] / value, 2) if value else None
            for key, value in figures[engine.name].items()
        }
    log_table(out, log)
    return out


def per_kind(queries, times, answered):
    """{kind: {engine: {n, cpu_p50_ms, cpu_p95_ms}}}: of each query's median CPU time
    over the passes; an engine that answered none of a kind is absent."""
    out = {}
    for kind in dict.fromkeys(q.kind for q in queries):
        mine = [i for i, q in enumerate(queries) if q.kind == kind]
        out[kind] = {}
        for name, found in answered.items():
            ms = [
                statistics.median(one[i]["cpu"] for one in times[name])
                for i in mine
                if i in set(found)
            ]
            if ms:
                out[kind][name] = {
                    "n": len(ms),
                    "cpu_p50_ms": round(percentile(ms, 50), 3),
                    "cpu_p95_ms": round(percentile(ms, 95), 3),
                }
    return out


def _cell(f):
    return f"{f['cpu_p50_ms']:>8.2f} {f['cpu_p95_ms']:>8.2f}" if f else f"{'skipped':>17}"


def log_table(out, log):
    log(f"anchors: {out['queries']} queries, medians of {out['passes']} passes (ms)")
    log(f"{'engine':<14} {'n':>4} {'CPU p50':>8} {'CPU p95':>8} {'wall p50':>9} {'wall p95':>9}")
    for name, f in out["engines"].items():
        log(
            f"{name:<14} {out['answered'][name]:>4} {f['cpu_p50_ms']:>8} {f['cpu_p95_ms']:>8} "
            f"{f['wall_p50_ms']:>9} {f['wall_p95_ms']:>9}"
        )
    names = list(out["engines"])
    log("per kind, CPU p50 and p95 of each query's median (ms):")
    log(f"{'kind':<15} {'n':>3} " + " ".join(f"{name:>17}" for name in names))
    for kind, row in out["per_kind"].items():
        n = row.get("baokan", {}).get("n", 0)
        log(f"{kind:<15} {n:>3} " + " ".join(_cell(row.get(name)) for name in names))
    for name, ratio in out["ratios"].items():
        log(
            f"Baokan ÷ {name} (over the {out['answered'][name]} queries it answers): "
            f"CPU p50 {ratio['cpu_p50_ms']}×, p95 {ratio['cpu_p95_ms']}×; "
            f"wall p50 {ratio['wall_p50_ms']}×, p95 {ratio['wall_p95_ms']}×; "
            f"hits agree {out['hits_agree'][name]}/{out['answered'][name]}"
        )
        for line in out["hits_differ"][name]:
            log(f"  differs: {line}")
        for kind, count in out["skipped"][name].items():
            log(f"  {name} skips {count} {kind} queries")
    for why in out["skipped_why"]:
        log(f"  (skipped: {why})")
    for name, note in out["missing"].items():
        log(f"anchor {name} left out: {note}")
