"""Baokan's page parser: pure Python, no Django. `parse_page(bytes, PageMeta) -> PageResult`."""

from .pipeline import READ_AS_SHOWN, READ_COLUMNWISE, PageMeta, parse_page
from .result import ArticleResult, PageError, PageResult

__all__ = [
    "READ_AS_SHOWN",
    "READ_COLUMNWISE",
    "ArticleResult",
    "PageError",
    "PageMeta",
    "PageResult",
    "parse_page",
]
