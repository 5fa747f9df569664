"""Baokan's data: pages become issues, issues hold articles, articles credit and mention people."""

from .aliases import DepartmentAlias, PersonAlias
from .articles import Article
from .history import ArticleChange, ChangedField, IssueChange
from .ingest import IngestRun
from .merges import MergedDepartment, MergedPerson
from .pages import DateSource, Issue, IssueField, Publication
from .people import (
    Credit,
    CreditRole,
    Department,
    DepartmentKind,
    DepartmentLevel,
    DepartmentMention,
    Person,
    PersonMention,
)
from .review import ArticleForReview
from .throttle import LoginThrottle
from .years import Year

__all__ = [
    "Article",
    "ArticleChange",
    "ArticleForReview",
    "ChangedField",
    "Credit",
    "CreditRole",
    "Department",
    "DepartmentAlias",
    "DepartmentKind",
    "DepartmentLevel",
    "DepartmentMention",
    "IngestRun",
    "DateSource",
    "Issue",
    "IssueChange",
    "IssueField",
    "LoginThrottle",
    "MergedDepartment",
    "MergedPerson",
    "Person",
    "PersonAlias",
    "PersonMention",
    "Publication",
    "Year",
]
