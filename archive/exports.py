"""Data out: articles, pages, days and people as plain dicts (for JSON) and CSV rows.

Every record names its reader URL, so a script can go from the data back to the page.
The dicts hold only what the caller loaded: pass querysets built with `with_issue()`
and `with_credits()`.
"""

import csv
import io


def credit_data(credit):
    return {
        "name": credit.person.name,
        "role": credit.role,
        "role_label": credit.get_role_display(),
        "organization": credit.organization or None,
        "person_url": credit.person.get_absolute_url(),
    }


def issue_ref(issue):
    return {
        "id": issue.pk,
        "publication": issue.publication.name,
        "date": issue.date.isoformat() if issue.date else None,
        "page": issue.page_label or None,
        "page_number": issue.page_number,
        "page_name": issue.page_name or None,
        "date_inferred": issue.date_inferred,
        "url": issue.get_absolute_url(),
    }


def article_ref(article):
    """Just enough to name an article and find it: its title, day, page and URL."""
    return {
        "id": article.pk,
        "title": str(article),
        "date": article.date.isoformat() if article.date else None,
        "issue": issue_ref(article.issue),
        "url": article.get_absolute_url(),
    }


def article_summary(article):
    """An article as listed on a page: enough to cite it and find it."""
    return {
        "id": article.pk,
        "position": article.position,
        "title": article.title or None,
        "title_is_derived": article.title_is_derived,
        "kicker": article.kicker or None,
        "subtitle": article.subtitle or None,
        "column": article.column or None,
        "date": article.date.isoformat() if article.date else None,
        "credits": [credit_data(credit) for credit in article.credits.all()],
        "url": article.get_absolute_url(),
    }


def article_data(article, people, departments):
    return {
        **article_summary(article),
        "issue": issue_ref(article.issue),
        "paragraphs": article.paragraphs,
        "people": [
            {
                "name": mention.person.name,
                "titles": mention.titles,
                "organization": mention.organization or None,
                "person_url": mention.person.get_absolute_url(),
            }
            for mention in people
        ],
        "departments": [
            {
                "name": mention.department.name,
                "zone": mention.department.zone or None,
                "kind": mention.department.kind,
                "department_url": mention.department.get_absolute_url(),
            }
            for mention in departments
        ],
        "source_span": [article.span_start, article.span_end],
        "review_reasons": article.review_reasons,
    }


def issue_data(issue, articles):
    return {
        **issue_ref(issue),
        "zone": issue.publication.zone or None,
        "source_name": issue.source_name,
        "articles": [
            {**article_summary(article), "paragraphs": article.paragraphs} for article in articles
        ],
        "leftovers": issue.leftovers,
    }


def person_data(person, role_counts, mention_count):
    return {
        "id": person.pk,
        "name": person.name,
        "aliases": [alias.name for alias in person.aliases.all()],
        "credits_by_role": role_counts,
        "mention_count": mention_count,
        "url": person.get_absolute_url(),
    }


def credit_line(credits):
    return "；".join(
        " ".join(
            part
            for part in (credit.get_role_display(), credit.organization, credit.person.name)
            if part
        )
        for credit in credits
    )


ISSUE_CSV_HEADER = ["序号", "引题", "标题", "副题", "栏目", "日期", "署名", "正文", "网址"]


def issue_csv_rows(issue, articles, absolute):
    """The page's articles in reading order, one row each; `absolute` turns paths into URLs."""
    yield ISSUE_CSV_HEADER
    for article in articles:
        yield [
            article.position,
            article.kicker,
            article.title,
            article.subtitle,
            article.column,
            article.date.isoformat() if article.date else "",
            credit_line(article.credits.all()),
            article.body,
            absolute(article.get_absolute_url()),
        ]


PERSON_CSV_HEADER = ["日期", "报纸", "版次", "标题", "关系", "单位", "职务", "网址"]


def person_csv_rows(credits, mentions, absolute):
    """One row per credit and per mention: `credits` and `mentions` are querysets that
    select_related `article__issue__publication` (and `person` is implied)."""
    yield PERSON_CSV_HEADER
    for credit in credits:
        yield _person_row(
            credit.article, credit.get_role_display(), credit.organization, "", absolute
        )
    for mention in mentions:
        yield _person_row(
            mention.article, "提及", mention.organization, "、".join(mention.titles), absolute
        )


def _person_row(article, relation, organization, titles, absolute):
    issue = article.issue
    return [
        issue.date.isoformat() if issue.date else "",
        issue.publication.name,
        issue.page_label,
        str(article),
        relation,
        organization,
        titles,
        absolute(article.get_absolute_url()),
    ]


# A cell a spreadsheet would run as a formula (=HYPERLINK(…) printed on a page): OWASP's
# "CSV injection" advice is to start it with a quote, which the spreadsheet shows as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell):
    return f"'{cell}" if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


def csv_lines(rows):
    """Encode rows one line at a time, for a StreamingHttpResponse. Starts with a BOM so
    spreadsheet programs read the Chinese as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    yield "\ufeff"
    for row in rows:
        writer.writerow([_inert(cell) for cell in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
