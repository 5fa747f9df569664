"""Baokan's page parser: pure Python, no Django. `parse_page(bytes, PageMeta) -> PageResult`."""

from .pipeline import PageMeta, parse_page
from .result import ArticleResult, PageError, PageResult

__all__ = ["ArticleResult", "PageError", "PageMeta", "PageResult", "parse_page"]
