"""Baokan's data: pages become issues, issues hold articles, articles credit and mention people."""

from .articles import Article
from .history import ArticleChange, ChangedField
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
from .review import ArticleForReview
from .throttle import LoginThrottle

__all__ = [
    "Article",
    "ArticleChange",
    "ArticleForReview",
    "ChangedField",
    "Credit",
    "CreditRole",
    "Department",
    "DepartmentKind",
    "DepartmentMention",
    "IngestRun",
    "Issue",
    "LoginThrottle",
    "Person",
    "PersonMention",
    "Publication",
]
