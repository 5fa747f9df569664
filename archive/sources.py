"""Where pages come from: the files named to `ingest`, the key each page is known by,
and what its manifest says about it.

A page's key is its path inside the folder given to ingest (`2021-07-09/01.txt`), or,
when its own manifest entry names both a date and a 版次, that date and 版次
(`2021-07-09/第1版`); the key is unique within a paper. Never the bare file name: archives are commonly one folder per day
with `01.txt … 08.txt` in each, and later batches reuse the same names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .manifest import MANIFEST_NAME, Manifest, load_manifest
from .parsing import PageMeta

# An e-paper page saved from a browser is HTML; the parser reads the text it shows.
PAGE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass(frozen=True)
class SourceFile:
    path: Path
    relative: str  # the path inside the folder named to ingest (the name for a file named)


def collect_files(paths: Iterable[str | Path]) -> tuple[list[SourceFile], list[tuple[Path, str]]]:
    """Files named, and the page files inside folders named; and the paths that cannot
    be read as pages, each with why."""
    found, unreadable = {}, []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pages = others = 0
            for p in sorted(path.rglob("*")):
                if p.suffix.lower() not in PAGE_SUFFIXES:
                    others += p.is_file() and p.name != MANIFEST_NAME
                    continue
                pages += 1
                if p.is_file():
                    found.setdefault(p.resolve(), SourceFile(p, p.relative_to(path).as_posix()))
                elif p.is_symlink():  # is_file() is False for a loop or a missing target
                    unreadable.append((p, f"{p}: a symbolic link to nothing readable"))
            if others and not pages:  # PDFs or scans where text was expected: say so, not "0 pages"
                kinds = ", ".join(PAGE_SUFFIXES)
                unreadable.append(
                    (path, f"{path}: no page among its {others} file(s) (pages end in {kinds})")
                )
        elif path.is_file():
            found.setdefault(path.resolve(), SourceFile(path, path.name))
        else:
            unreadable.append((path, f"{path}: no such file or folder"))
    return list(found.values()), unreadable  # a file named twice is read once


class ManifestCache:
    """One manifest for the run (--manifest), or the manifest.json beside each page."""

    def __init__(self, explicit: Path | None = None):
        self.explicit = load_manifest(explicit) if explicit else None
        self._by_dir: dict[Path, Manifest] = {}

    def meta_for(self, source: SourceFile) -> tuple[PageMeta, str]:
        """What the manifest says of the page, and the key the page is stored under."""
        manifest = self.explicit or self._beside(source.path)
        # One manifest for a tree may name pages by their path in it; beside a page, by name.
        name = source.relative if source.relative in manifest.pages else source.path.name
        entry = manifest.entry(name)
        meta = PageMeta(
            source=source.path.name,
            publication=entry.get("publication"),
            zone=entry.get("zone"),
            year=entry.get("year"),
            date=entry.get("date"),
            page_label=entry.get("page"),
            known_columns=tuple(entry.get("columns", ())),
        )
        own = manifest.pages.get(name, {})
        if own.get("date") and own.get("page"):  # not from the defaults, shared by all
            return meta, f"{meta.date.isoformat()}/{meta.page_label}"
        return meta, source.relative

    def _beside(self, path: Path) -> Manifest:
        folder = path.resolve().parent
        if folder not in self._by_dir:
            candidate = folder / MANIFEST_NAME
            self._by_dir[folder] = load_manifest(candidate) if candidate.exists() else Manifest()
        return self._by_dir[folder]
