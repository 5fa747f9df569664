"""Load parsed pages into the archive: the pages of a run stored together, a few at a
time, in one transaction (`_store`); one the database refuses costs only itself.

Re-ingesting is safe. A page whose bytes did not change is skipped. A page that
did change (or `force`) is parsed again and merged: articles are matched by their
opening text, and whatever staff edited (an article's `locked_fields`, verified or
staff-made credits) is left as it is.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction

from .articlerows import NewPages
from .distinct import DistinctCount
from .loadlog import finish_run, page_entry, start_run
from .manifest import ManifestError
from .models import IngestRun, Issue
from .pagestore import paper_name, store_page
from .parsepool import parsed_in_order
from .parsing import PageError, PageMeta, PageResult, parse_page
from .resolvers import DepartmentResolver, PersonResolver
from .sources import ManifestCache, SourceFile, collect_files
from .years import YEARS, date_in_range

log = logging.getLogger(__name__)

# Pages are stored together, in one transaction (`_store`; a new page's rows in one
# INSERT a table for all, archive.articlerows.NewPages): up to this many, or those read
# within this long of the first (a slow parse must not keep the others uncommitted, and
# out of the index, for long). The write lock is taken only once they are all parsed.
STORE_PAGES = 16
STORE_SECONDS = 1.0


@dataclass
class PageReport:
    path: Path
    status: str  # added | updated | unchanged | duplicate | parsed | failed
    message: str = ""
    key: str = ""  # what the page is stored under within its paper (archive.sources)
    paper: str = ""
    result: PageResult | None = None

    @property
    def failed(self):
        return self.status == "failed"


@dataclass
class IngestReport:
    """Running totals of a run. Parse results are dropped as soon as a page is
    stored (a bulk load of 100 000 pages must not hold them all) unless the caller
    keeps them, as `ingest --json` does to print them."""

    keep_results: bool = False
    results: list[PageResult] = field(default_factory=list)
    failures: list[PageReport] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("pages", "articles", "credits", "people", "departments", "warnings", "failures"), 0
        )
    )
    # Where the run's time went: reading and parsing pages, writing them to the database.
    seconds: dict[str, float] = field(default_factory=lambda: {"parse": 0.0, "database": 0.0})
    # The pages that failed or warned, for the run's IngestRun (archive.loadlog).
    log: list[dict] = field(default_factory=list)
    run: IngestRun | None = None
    # The distinct names the run's pages printed, counted by their hashes (a set of
    # the names held every one of them: archive.distinct).
    _people: DistinctCount = field(default_factory=DistinctCount)
    _departments: DistinctCount = field(default_factory=DistinctCount)

    def add(self, page: PageReport) -> None:
        entry = page_entry(page, page.result.warnings if page.result else ())
        if entry:
            self.log.append(entry)
        self.counts["pages"] += 1
        self.statuses[page.status] = self.statuses.get(page.status, 0) + 1
        if page.failed:
            self.counts["failures"] += 1
            self.failures.append(page)
        result = page.result
        if result is None:
            return
        self.counts["warnings"] += len(result.warnings)
        for article in result.articles:
            self.counts["articles"] += 1
            self.counts["credits"] += len(article.credits)
            self._people.update(m.name for m in article.people)
            self._people.update(c.name for c in article.credits)
            self._departments.update(d.name for d in article.departments)
        if self.keep_results:
            self.results.append(result)
        page.result = None

    def totals(self) -> dict[str, int]:
        self.counts["people"] = len(self._people)
        self.counts["departments"] = len(self._departments)
        return dict(self.counts)

    def changed(self) -> int:
        """How many pages were added or updated."""
        return self.statuses.get("added", 0) + self.statuses.get("updated", 0)


def ingest(
    paths: Iterable[str | Path],
    *,
    manifest: Path | None = None,
    dry_run: bool = False,
    force: bool = False,
    keep_results: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_page: Callable[[int, int, PageReport], None] | None = None,
    parse_workers: int = 0,
) -> IngestReport:
    """Read, parse and store the pages under `paths`. `on_start(total)` is called once
    the page files are known, `on_page(i, total, page)` after each. With
    `parse_workers`, that many forked processes parse the next pages while this one
    stores (archive.parsepool); the pages are stored in the same order either way."""
    paths = list(paths)
    manifests = ManifestCache(manifest)
    files, unreadable = collect_files(paths)
    if on_start:
        on_start(len(files))
    report = IngestReport(keep_results=keep_results)
    if not dry_run:
        report.run = start_run(paths, force=force)
    for path, why in unreadable:
        report.add(PageReport(path, "failed", why))
    people = PersonResolver()
    departments = DepartmentResolver(batched=True)  # a page's new ones in one INSERT
    keys: dict[tuple[str, str], SourceFile] = {}  # the run's pages by (paper, key)
    # What each page needs (its manifest entry, whether it is stored already) is read
    # here, a few pages ahead, so that workers can parse them while this process stores.
    skip_stored = not dry_run and not force
    planned = (_plan(source, manifests, skip_stored=skip_stored) for source in files)
    pages = parsed_in_order(
        _parse_planned, planned, workers=parse_workers, total=len(files), held=STORE_PAGES
    )
    read: list[tuple[int, PageReport]] = []  # not yet reported, in order
    to_store: list[PageReport] = []  # of those, the pages to store together
    started = opened = time.perf_counter()
    with closing(pages):  # Ctrl-C while storing ends the workers too
        for i, source in enumerate(files, start=1):
            page = next(pages)  # with workers, the time spent waiting for this page's parse
            if not page.failed:
                page = _once_per_run(page, source, keys)
            parsed = time.perf_counter()
            report.seconds["parse"] += parsed - started
            read.append((i, page))
            if page.status == "parsed" and not dry_run:
                opened = opened if to_store else parsed
                to_store.append(page)
            if (
                to_store
                and len(to_store) < STORE_PAGES
                and parsed - opened < STORE_SECONDS
                and i < len(files)
            ):
                started = time.perf_counter()
                continue  # more pages to store with these
            if to_store:
                _store(to_store, people, departments, force)
                report.seconds["database"] += time.perf_counter() - parsed
            for j, done in read:  # reported once stored: a run stopped meanwhile stored none
                if on_page:
                    on_page(j, len(files), done)
                report.add(done)
            read, to_store = [], []
            started = time.perf_counter()
    if report.run:
        finish_run(report.run, report)
    return report


def _plan(
    source: SourceFile, manifests: ManifestCache, *, skip_stored: bool
) -> PageReport | tuple[SourceFile, PageMeta, str, str]:
    """What a page needs: its report already (failed, or stored unchanged), or the
    (source, manifest entry, key, paper) to parse it with."""
    path = source.path
    try:
        meta, key = manifests.meta_for(source)
    except ManifestError as exc:
        return PageReport(path, "failed", str(exc))
    too_big = _too_big(source)
    if too_big:
        return PageReport(path, "failed", too_big, key=key)
    paper = paper_name(meta.publication, meta.zone)
    if skip_stored and _already_stored(path, key):
        # Same key, same bytes: nothing to parse.
        return PageReport(path, "unchanged", key=key, paper=paper)
    return source, meta, key, paper


def _parse_planned(plan: PageReport | tuple[SourceFile, PageMeta, str, str]) -> PageReport:
    """A planned page parsed (in a worker, maybe: no database here)."""
    if isinstance(plan, PageReport):
        return plan
    source, meta, key, paper = plan
    page = _parse(source, meta)
    page.key, page.paper = key, paper
    return page


def _once_per_run(page: PageReport, source: SourceFile, keys: dict) -> PageReport:
    """Fail a page whose key an earlier page of the run has: it would replace that page
    (`ingest A B` with A/01.txt and B/01.txt; two manifest entries of one date and 版次)."""
    key = (page.paper, page.key)
    first = keys.setdefault(key, source)
    if first is source:
        return page
    return PageReport(
        source.path,
        "failed",
        f"{source.path}: stored as {page.key!r}, like {first.path} earlier in this run; "
        "ingest the folder that holds both, or give each its own date and 版次",
        key=page.key,
    )


def _too_big(source: SourceFile) -> str:
    """Why the file is refused unread for its size, or ""."""
    limit = settings.BAOKAN_MAX_PAGE_BYTES
    try:
        size = source.path.stat().st_size
    except OSError:
        return ""  # _parse reports the read error
    if size <= limit:
        return ""
    return (
        f"{source.relative}: {size} bytes, more than BAOKAN_MAX_PAGE_BYTES ({limit}); "
        "split the page, or raise the limit"
    )


def _already_stored(path: Path, key: str) -> bool:
    """Was this page stored before with these exact bytes? (A re-run skips it unparsed.)"""
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return False  # _parse reports the read error
    return Issue.objects.filter(source_key=key, sha256=digest).exists()


def _parse(source: SourceFile, meta: PageMeta) -> PageReport:
    # Named by its path in the folder given: 01.txt alone may name a page of every day.
    path, name = source.path, source.relative
    try:
        data = _read_whole(path)
        if data is None:
            return PageReport(
                path, "failed", f"{name}: changed while being read (still being written?)"
            )
        result = parse_page(data, meta)
    except PageError as exc:
        return PageReport(path, "failed", f"{name}: {exc}")
    except OSError as exc:
        return PageReport(path, "failed", f"{name}: cannot read: {exc.strerror}")
    except Exception as exc:  # a parser bug must cost one page, not the run
        log.exception("parser failed on %s", path)
        return PageReport(path, "failed", f"{name}: parser error: {type(exc).__name__}: {exc}")
    if "\x00" in result.text:  # decoding looks for binary content in the first 4 KB only
        at = result.text.index("\x00")
        return PageReport(path, "failed", f"{name}: binary content (a NUL at character {at})")
    if result.date and not date_in_range(result.date):
        # Read from the file name or the masthead; a manifest's date was checked earlier.
        return PageReport(
            path,
            "failed",
            f"{name}: date {result.date} ({result.date_source}) is outside the years "
            f"{YEARS}; give the page's date in the manifest",
        )
    return PageReport(path, "parsed", result=result)


def _read_whole(path: Path) -> bytes | None:
    """The file's bytes, or None if it changed while they were read: a page still being
    copied in would be stored cut short, and a re-run would find it "unchanged"."""
    before = path.stat()
    data = path.read_bytes()
    after = path.stat()
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        return None
    return data if len(data) == after.st_size else None


def _store(pages: list[PageReport], people, departments, force) -> None:
    """Store `pages` (parsed) in one transaction; if the database refuses any of it, roll
    it all back and store each page in a transaction of its own, as a run of one page at
    a time would: a page the database refuses costs only itself."""
    if len(pages) > 1:
        try:
            with transaction.atomic():
                new_pages = NewPages(people, departments)
                # The zones the pages name, read together (a page reads those it needs).
                departments.prefetch_zones(
                    p.result.zone if m.zone is None else m.zone
                    for p in pages
                    for a in p.result.articles
                    for m in a.departments
                )
                for page in pages:
                    page.status = store_page(
                        page.result, people, departments, key=page.key, force=force, new=new_pages
                    )
                new_pages.write()
            people.trim()  # stored: what the resolvers forget is read back from the pages
            departments.trim()
            return
        except DatabaseError:
            people.forget()
            departments.forget()
            for page in pages:
                page.status = "parsed"
    for page in pages:
        _store_alone(page, people, departments, force)


def _store_alone(page: PageReport, people, departments, force) -> None:
    try:
        with transaction.atomic():
            page.status = store_page(page.result, people, departments, key=page.key, force=force)
        people.trim()  # the page is stored: what the resolvers forget is read back from it
        departments.trim()
    except DatabaseError as exc:
        people.forget()
        departments.forget()
        page.status, page.message = "failed", f"{page.path.name}: database error: {exc}"
