"""The manifest that travels with a batch of pages: publication or zone, year or date, page.

    {"defaults": {"publication": "…", "zone": "郑州高新区"},
     "pages": {"000_x.txt": {"zone": "郑州高新区", "year": 2021, "page": "第1版"}}}

`ingest` looks for `manifest.json` beside each page unless --manifest names one.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from .years import YEARS, date_in_range, year_in_range

FIELDS = {"publication", "zone", "year", "date", "page", "columns"}
TEXT_FIELDS = {"publication", "zone", "date", "page"}
MANIFEST_NAME = "manifest.json"


class ManifestError(Exception):
    pass


@dataclass
class Manifest:
    path: Path | None = None
    defaults: dict = field(default_factory=dict)
    pages: dict[str, dict] = field(default_factory=dict)

    def entry(self, source_name: str) -> dict:
        return {**self.defaults, **self.pages.get(source_name, {})}


def load_manifest(path: Path) -> Manifest:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read manifest: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{path}: not a valid JSON manifest: {exc}") from None
    except RecursionError:  # thousands of nested brackets
        raise ManifestError(f"{path}: not a manifest: nested too deeply") from None
    if not isinstance(data, dict):
        raise ManifestError(f"{path}: a manifest is a JSON object with 'pages'")
    defaults = _checked(path, "defaults", data.get("defaults", {}))
    pages = data.get("pages", {})
    if not isinstance(pages, dict):
        raise ManifestError(f"{path}: 'pages' must map file names to entries")
    return Manifest(
        path, defaults, {name: _checked(path, name, entry) for name, entry in pages.items()}
    )


def _checked(path: Path, name: str, entry) -> dict:
    if not isinstance(entry, dict):
        raise ManifestError(f"{path}: entry {name!r} must be an object")
    unknown = set(entry) - FIELDS
    if unknown:
        raise ManifestError(f"{path}: entry {name!r} has unknown fields {sorted(unknown)}")
    entry = dict(entry)
    for key in TEXT_FIELDS & set(entry):
        if entry[key] is not None and not isinstance(entry[key], str):
            raise ManifestError(f"{path}: entry {name!r}: {key} must be a string")
    columns = entry.get("columns") or []
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        # A string would be taken as one column name per character.
        raise ManifestError(f"{path}: entry {name!r}: columns must be a list of strings")
    if entry.get("year") is not None and not (
        type(entry["year"]) is int and year_in_range(entry["year"])
    ):
        raise ManifestError(f"{path}: entry {name!r}: year must be a number in {YEARS}")
    if entry.get("date"):
        try:
            entry["date"] = dt.date.fromisoformat(entry["date"])
        except (TypeError, ValueError):
            raise ManifestError(f"{path}: entry {name!r}: date must be YYYY-MM-DD") from None
        if not date_in_range(entry["date"]):
            raise ManifestError(f"{path}: entry {name!r}: date must be in the years {YEARS}")
    return entry
