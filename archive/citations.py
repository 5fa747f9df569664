"""An article cited: GB/T 7714-2015, APA (7th edition), BibTeX and RIS, and the
Highwire `citation_*` tags that Zotero reads from the page.

Every format names the paper (高新时报, not its zone), the 版次 and the article's
permanent URL (`/articles/<pk>/`), which survives a re-parse that renumbers the page's
articles; the dated URL does not.
"""

import datetime
from dataclasses import dataclass

from .models import CreditRole

# Who counts as an author; photographers and editors only when nobody else is credited.
AUTHOR_ROLES = {CreditRole.REPORTER, CreditRole.AUTHOR, CreditRole.CORRESPONDENT}
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip


@dataclass(frozen=True)
class Citation:
    pk: int
    title: str
    authors: tuple[str, ...]
    paper: str
    date: datetime.date | None
    page_number: int | None
    page_label: str  # 第4版 要闻, or as printed (A3版) when there is no number
    url: str  # the permanent URL, absolute

    @classmethod
    def of(cls, article, credits, url):
        """`credits` with their people loaded; `url` the absolute permanent URL."""
        credits = list(credits)
        names = [c.person.name for c in credits if c.role in AUTHOR_ROLES]
        names = names or [c.person.name for c in credits]
        issue = article.issue
        return cls(
            pk=article.pk,
            title=str(article),
            authors=tuple(dict.fromkeys(names)),
            paper=issue.publication.name,
            date=issue.date,
            page_number=issue.page_number,
            page_label=issue.page_label,
            url=url,
        )

    @property
    def page(self):
        """The 版次 as a citation gives it: 4, or the printed label without a number."""
        return str(self.page_number) if self.page_number else self.page_label


def gbt7714(c: Citation, accessed: datetime.date) -> str:
    """作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取路径."""
    authors = ", ".join(c.authors[:3]) + (", 等" if len(c.authors) > 3 else "")
    lead = f"{authors}. " if authors else ""
    printed = c.date.isoformat() if c.date else "出版日期不详"
    page = f"({c.page})" if c.page else ""
    return f"{lead}{c.title}[N/OL]. {c.paper}, {printed}{page}[{accessed.isoformat()}]. {c.url}."


def apa(c: Citation) -> str:
    """Author, & Author. (2021, July 9). Title. Newspaper, p. 4. URL — Chinese names whole."""
    printed = f"{c.date.year}, {MONTHS[c.date.month - 1]} {c.date.day}" if c.date else "n.d."
    page = f", p. {c.page}" if c.page else ""
    source = f"{c.paper}{page}. {c.url}"
    if not c.authors:  # the title takes the author's place
        return f"{c.title}. ({printed}). {source}"
    if len(c.authors) == 1:
        authors = c.authors[0]
    elif len(c.authors) <= 20:
        authors = ", ".join(c.authors[:-1]) + ", & " + c.authors[-1]
    else:
        authors = ", ".join(c.authors[:19]) + ", . . . " + c.authors[-1]
    return f"{authors}. ({printed}). {c.title}. {source}"


def _bibtex_text(text):
    for char in "\\{}%&$#_^~":
        text = text.replace(char, f"\\{char}")
    return text


def bibtex(c: Citation, accessed: datetime.date) -> str:
    # Each name braced: BibTeX would otherwise read 孙庆辉 as a given name and no surname.
    fields = [
        ("author", " and ".join(f"{{{_bibtex_text(a)}}}" for a in c.authors)),
        ("title", _bibtex_text(c.title)),
        ("journal", _bibtex_text(c.paper)),
        ("date", c.date.isoformat() if c.date else ""),
        ("year", str(c.date.year) if c.date else ""),
        ("month", str(c.date.month) if c.date else ""),
        ("pages", _bibtex_text(c.page)),
        ("note", _bibtex_text(c.page_label)),
        ("url", c.url),
        ("urldate", accessed.isoformat()),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@article{{baokan{c.pk},\n{body}\n}}"


def ris(c: Citation, accessed: datetime.date) -> str:
    lines = [("TY", "NEWS"), *(("AU", a) for a in c.authors), ("TI", c.title), ("T2", c.paper)]
    if c.date:
        lines += [("PY", str(c.date.year)), ("DA", c.date.strftime("%Y/%m/%d"))]
    if c.page:
        lines.append(("SP", c.page))
    lines += [("UR", c.url), ("Y2", accessed.strftime("%Y/%m/%d")), ("LA", "zh"), ("ER", "")]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def formats(c: Citation, accessed: datetime.date) -> dict:
    """What the article page shows: each format by name, and the tags for its head."""
    return {
        "permalink": c.url,
        "gbt7714": gbt7714(c, accessed),
        "apa": apa(c),
        "bibtex": bibtex(c, accessed),
        "meta_tags": meta_tags(c),
    }


def meta_tags(c: Citation) -> list[tuple[str, str]]:
    """(name, content) of the Highwire Press tags Zotero and Google Scholar read."""
    tags = [("citation_title", c.title), *(("citation_author", a) for a in c.authors)]
    tags.append(("citation_journal_title", c.paper))
    if c.date:
        tags.append(("citation_publication_date", c.date.strftime("%Y/%m/%d")))
        tags.append(("citation_date", c.date.strftime("%Y/%m/%d")))
    if c.page:
        tags.append(("citation_firstpage", c.page))
    tags += [("citation_public_url", c.url), ("citation_language", "zh")]
    return tags
