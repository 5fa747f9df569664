"""Reading the article records and splitting them by issue date."""

from __future__ import annotations

import json
import os
import zlib

DEV_SHARE = 0.2


def load_records(path: str) -> list[dict]:
    """Read articles.jsonl; `path` may be the file or the folder holding it."""
    if os.path.isdir(path):
        path = os.path.join(path, "articles.jsonl")
    records = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                records.append(json.loads(line))
    return records


def _date_rank(date: str) -> tuple[int, str]:
    # crc32, not hash(): Python salts str hashes per process.
    return (zlib.crc32(date.encode("utf-8")), date)


def dev_dates(dates) -> set[str]:
    """About DEV_SHARE of the distinct dates, picked by a stable hash."""
    distinct = sorted(set(dates), key=_date_rank)
    if len(distinct) < 2:
        return set()
    n = max(1, round(len(distinct) * DEV_SHARE))
    return set(distinct[:n])


def split_by_date(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """(train, dev): every issue date falls wholly in one of the two."""
    dev = dev_dates(r["date"] for r in records)
    train = [r for r in records if r["date"] not in dev]
    dev_records = [r for r in records if r["date"] in dev]
    return train, dev_records
