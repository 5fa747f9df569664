"""What ingest writes on a page's row, and what it leaves alone because staff corrected it.

Staff correct a page's paper, date, 版次 and page name in the admin (archive.admin.pages);
each correction is named in `Issue.locked_fields` and kept by every later ingest, even
`--force`, as article corrections are (archive.history).
"""

from .models import DateSource, Issue, IssueField, Publication
from .pagelabels import read_label
from .parsing.dates import banner_date


def stored_issue(publication, key):
    """The page stored under `key` for this paper, or the one staff moved to another paper."""
    # Asked paper by paper (a few): the unique index (publication, source_key) is read
    # at one key a paper. By the key alone SQLite went through the whole index, for
    # every page an ingest stores.
    candidates = Issue.objects.filter(
        publication__in=Publication.objects.values("pk"), source_key=key
    ).defer("raw_text", "leftovers")
    moved = None
    for issue in candidates:
        if issue.publication_id == publication.pk:
            return issue
        if IssueField.PUBLICATION in issue.locked_fields:
            moved = issue
    return moved


def apply_page_facts(issue, result):
    """The parse's date and 版次 on `issue`, except where staff corrected them."""
    locked = set(issue.locked_fields)
    if IssueField.DATE not in locked:
        issue.date = result.date
        issue.date_source = date_source(result)
        issue.year_source = result.year_source or DateSource.UNKNOWN
    number, name = read_label(result.page_label)
    if IssueField.PAGE_NUMBER not in locked:
        issue.page_number = number
    if IssueField.PAGE_NAME not in locked:
        issue.page_name = name if number else ""
    if issue.page_number is None:
        issue.page_label = name if IssueField.PAGE_NAME not in locked else issue.page_name


def date_source(result):
    """Where the page's date came from. The parser says `text` both for a date printed in
    the masthead and for one inferred from the events the page reports; only the second
    is a guess that readers are told about, so the first is stored as `masthead`."""
    if result.date_source == DateSource.TEXT and any(
        leftover.kind == "banner" and banner_date(leftover.text) == result.date
        for leftover in result.leftovers
    ):
        return DateSource.MASTHEAD
    return result.date_source or DateSource.UNKNOWN
