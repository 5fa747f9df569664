"""Development corpus: newspaper pages rendered from real article records.

Pages, their line labels and their gold are made at run time from a corpus the
caller points to; nothing generated from the corpus is meant to be committed.
"""

from .model import ROLES, PageLine, RenderedPage
from .records import load_records, split_by_date
from .render import render_pages
from .writer import write_split

__all__ = [
    "ROLES",
    "PageLine",
    "RenderedPage",
    "load_records",
    "render_pages",
    "split_by_date",
    "write_split",
]
