"""Baokan's data: pages become issues, issues hold articles, articles credit and mention people."""

from .articles import Article
from .ingest import IngestRun
from .pages import Issue, Publication
from .people import (
    Credit,
    CreditRole,
    Department,
    DepartmentKind,
    DepartmentMention,
    Person,
    PersonMention,
)

__all__ = [
    "Article",
    "Credit",
    "CreditRole",
    "Department",
    "DepartmentKind",
    "DepartmentMention",
    "IngestRun",
    "Issue",
    "Person",
    "PersonMention",
    "Publication",
]
