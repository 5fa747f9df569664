"""What the search index holds for an article.

Only haystack's identifiers are stored: result pages read titles, dates and bodies
from the database, so the index keeps postings, not a second copy of the text.
The `field_type`s below are mapped to Whoosh fields by `search.whoosh.backend`.
"""

from django.db.models import Prefetch
from haystack import indexes

from archive.models import Article, Credit, DepartmentMention, PersonMention

from .analyzer import BODY_END, PART_END, fold
from .queries import credit_term


class ExactField(indexes.CharField):
    """One untokenized value per article (publication, column, year): filters, facets."""

    field_type = "exact"


class NamesField(indexes.MultiValueField):
    """Several untokenized values (people, departments): filters, facets, field queries."""

    field_type = "names"


def _names(values):
    # Folded like the text so 孫慶輝 typed in a field query finds 孙庆辉. Commas are how
    # the backend joins several values; a name never legitimately holds one.
    seen = []
    for value in values:
        name = fold(value).replace(",", " ").strip()
        if name and name not in seen:
            seen.append(name)
    return seen


class AllNamesField(indexes.MultiValueField):
    """Every name people or departments go by, aliases too: for field queries only
    (no column, no facet)."""

    field_type = "all_names"


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, stored=False)
    title = indexes.CharField(stored=False)  # the three headline lines, for 标题:
    kicker = indexes.CharField(model_attr="kicker", stored=False)  # 引题:
    subtitle = indexes.CharField(model_attr="subtitle", stored=False)  # 副题:
    date = indexes.DateField(null=True, stored=False)
    # The page's 版次 number, for sorting by 版次 (None: a page without one, sorted last)
    # and for 版次:4.
    page_number = indexes.IntegerField(null=True, stored=False)
    year = ExactField(null=True, stored=False)
    publication = ExactField(stored=False)
    column = ExactField(model_attr="column", stored=False)
    credit = NamesField(stored=False)
    person = NamesField(stored=False)
    department = NamesField(stored=False)
    # Every name they go by, aliases too, for 人物: and 单位: (queries.NAME_QUERIED);
    # the fields above hold current names only, for facets and filters.
    person_names = AllNamesField(stored=False)
    department_names = AllNamesField(stored=False)

    def get_model(self):
        return Article

    def get_updated_field(self):
        return "updated_at"

    def index_queryset(self, using=None):
        return self.load(Article.objects.all())

    @staticmethod
    def load(queryset):
        """`queryset` with everything `full_prepare` reads, in a fixed number of queries.

        Not the page's source text: each article of a batch gets its own copy of its
        issue, so a 20 MB page of 21 000 articles loaded 20 MB per article (10 GB for
        the queue's worker, until the kernel killed it)."""
        return (
            queryset.with_issue()
            .without_source_texts()
            .prefetch_related(
                Prefetch(
                    "credits",
                    queryset=Credit.objects.select_related("person")
                    .prefetch_related("person__aliases")
                    .order_by("order"),
                ),
                # In the order they were recorded (the text's): the indexed text, and
                # so the positions proximity reads, must not depend on the database's.
                Prefetch(
                    "person_mentions",
                    queryset=PersonMention.objects.select_related("person")
                    .prefetch_related("person__aliases")
                    .order_by("pk"),
                ),
                Prefetch(
                    "department_mentions",
                    queryset=DepartmentMention.objects.select_related("department")
                    .prefetch_related("department__aliases")
                    .order_by("pk"),
                ),
            )
        )

    def prepare_text(self, article):
        # The body first and its end marked (analyzer.BODY_END): 正文: asks for words
        # before the mark, so the body needs no field, and no second copy, of its own.
        # The parts after it are kept apart (analyzer.PART_END) so that proximity never
        # joins the title's last word to the first credit's name.
        parts = [article.title, article.kicker, article.subtitle, article.column]
        parts += [credit.person.name for credit in article.credits.all()]
        parts += [m.person.name for m in article.person_mentions.all()]
        parts += [m.department.name for m in article.department_mentions.all()]
        return f"{_plain(article.body)}{BODY_END}{_joined(parts)}"

    def prepare_title(self, article):
        # Three lines apart: a phrase or "A B"~N never runs from the kicker into the title.
        return _joined((article.kicker, article.title, article.subtitle))

    @staticmethod
    def day(article):
        # The date a reader sees: the event's, else the page's.
        return article.date or article.issue.date

    def prepare_date(self, article):
        return self.day(article)

    def prepare_page_number(self, article):
        return article.issue.page_number

    def prepare_year(self, article):
        day = self.day(article)
        return str(day.year) if day else None

    def prepare_publication(self, article):
        return article.issue.publication.name

    def prepare_credit(self, article):
        # Each name (and alias) alone, for 署名: and the person's any role, and as
        # "role:name" for a role prefix (编辑:孙庆辉 finds his editing only).
        names, roled = [], []
        for credit in article.credits.all():
            person = [credit.person.name, *(a.name for a in credit.person.aliases.all())]
            names.extend(person)
            roled.extend(credit_term(credit.role, name) for name in _names(person))
        return _names(names) + list(dict.fromkeys(roled))

    def prepare_person(self, article):
        people = [credit.person for credit in article.credits.all()]
        people += [mention.person for mention in article.person_mentions.all()]
        return _names(person.name for person in people)

    def prepare_department(self, article):
        return _names(m.department.name for m in article.department_mentions.all())

    def prepare_person_names(self, article):
        people = [credit.person for credit in article.credits.all()]
        people += [mention.person for mention in article.person_mentions.all()]
        return _names(_with_aliases(people))

    def prepare_department_names(self, article):
        return _names(_with_aliases(m.department for m in article.department_mentions.all()))


def _plain(text):
    """`text` without the analyzer's part marks, which only this module writes."""
    return text.replace(BODY_END, "").replace(PART_END, "")


def _joined(parts):
    return PART_END.join(_plain(part) for part in parts if part)


def _with_aliases(holders):
    for holder in holders:
        yield holder.name
        yield from (alias.name for alias in holder.aliases.all())
