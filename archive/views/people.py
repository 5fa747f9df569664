"""People: an index with reporters first, and each person's credits, mentions and titles."""

from collections import Counter

from django.db import connection
from django.db.models import Count, Max, Min
from django.views.generic import DetailView, ListView

from archive.models import Credit, CreditRole, MergedPerson, Person, PersonMention
from archive.models.articles import SOURCE_TEXTS
from archive.parsing.lexicon import TITLE_WORDS

from .base import FollowMergesMixin, listed_articles, paginate_keys

# The index filters, each a PersonQuerySet method; "mentioned" are the people the papers
# wrote about.
INDEX_FILTERS = {
    "reporter": ("记者", "reporters"),
    "credited": ("有署名", "credited"),
    "mentioned": ("被提及", "mentioned"),
}


class PersonListView(ListView):
    """`archive/person_list.html`: `people` with their kept counts, reporters first, then by
    output."""

    template_name = "archive/person_list.html"
    context_object_name = "people"
    paginate_by = 60

    def get_queryset(self):
        people = Person.objects.all()
        selected = INDEX_FILTERS.get(self.request.GET.get("show"))
        if selected:
            people = getattr(people, selected[1])()
        return people.reporters_first()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            filters=[(key, label) for key, (label, _) in INDEX_FILTERS.items()],
            show=self.request.GET.get("show")
            if self.request.GET.get("show") in INDEX_FILTERS
            else "",
            **kwargs,
        )


def titles_over_time(person):
    """Each title printed beside the person's name, with its organisation (市委第四指导组
    组长, not 组长 alone), and when it was first and last seen."""
    seen = {}
    # One row per distinct list of titles: a busy official's thousands of mentions repeat
    # a few lists, and reading each mention's JSON in Python took longer than the page.
    # `article > 0` (always true) makes SQLite read them through the index on (person,
    # article), in the order the rows are stored, not in date order through the one on
    # (person, page_date): 4 against 11 ms for 17 539 mentions.
    lists = (
        PersonMention.objects.filter(person=person, article__gt=0)
        .exclude(titles=[])
        .order_by()
        .values("titles", "organization")
        .annotate(first=Min("page_date"), last=Max("page_date"), n=Count("pk"))
        .values_list("titles", "organization", "first", "last", "n")
    )
    for titles, organization, first, last, count in lists:
        for printed in titles or []:
            title = _with_organisation(printed, organization)
            row = seen.setdefault(title, {"title": title, "first": first, "last": last, "count": 0})
            row["count"] += count
            if first and (row["first"] is None or first < row["first"]):
                row["first"] = first
            if last and (row["last"] is None or last > row["last"]):
                row["last"] = last
    return sorted(seen.values(), key=lambda r: (r["first"] is None, r["first"], r["title"]))


def _with_organisation(printed, organization):
    """组长 of 市委第四指导组 is 市委第四指导组组长; a title printed with a body of its
    own beside it (市总工会常务副主席, 区委书记) is not another organisation's."""
    if printed.startswith(organization):
        return printed
    if printed[0] in "省市区县" and printed not in TITLE_WORDS:
        return printed
    return f"{organization}{printed}"


def listed_mentions(keys):
    """The mentions with these keys, newest first, with their articles and pages."""
    mentions = PersonMention.objects.filter(pk__in=keys).newest_first()
    return mentions.select_related("article__issue__publication").defer(
        *(f"article__{field}" for field in SOURCE_TEXTS)
    )


class PersonDetailView(FollowMergesMixin, DetailView):
    """`archive/person_detail.html`: `person`, `role_counts`, a page of `credited` articles
    (filtered by `?role=`), a page of `mentions` (`?mentions=`), and `titles` over time.

    Both lists are paginated on their keys first (`paginate_keys`): a reporter may have
    thousands of articles.
    """

    model = Person
    merged_model = MergedPerson
    template_name = "archive/person_detail.html"
    context_object_name = "person"
    paginate_by = 20

    def get_context_data(self, **kwargs):
        person = self.object
        role_counts = dict(
            Credit.objects.filter(person=person)
            .order_by()
            .values_list("role")
            .annotate(n=Count("article", distinct=True))
        )
        roles = [
            (role, label, role_counts[role])
            for role, label in CreditRole.choices
            if role in role_counts
        ]
        role = self.request.GET.get("role")
        credits = Credit.objects.filter(person=person)
        if role in role_counts:
            credits = credits.filter(role=role)
        else:
            role = ""
        # An article credited twice (文/图) is listed once, by its first credit: not with
        # DISTINCT, which PostgreSQL answered by sorting every credit. Counting the
        # distinct articles in the credits reads one index; the articles, their rows.
        # (Of one role, an article is credited once.)
        credited = credits if role else credits.first_of_each_article()
        credited = credited.newest_first().values_list("article", flat=True)
        credited_count = credits.order_by().values("article").distinct().count()
        mentions = PersonMention.objects.filter(person=person).newest_first()
        return super().get_context_data(
            roles=roles,
            role=role,
            credited=paginate_keys(
                self.request,
                credited,
                listed_articles,
                self.paginate_by,
                count=credited_count,
                dated=True,
            ),
            mentions=paginate_keys(
                self.request,
                mentions.values_list("pk", flat=True),
                listed_mentions,
                self.paginate_by,
                param="mentions",
                count=person.mention_count,
                dated=True,
            ),
            titles=titles_over_time(person),
            companions=appears_with(person),
            **kwargs,
        )


def newest_first(rows):
    """(page date, article) rows by date and then article, both descending, undated where
    the database puts them (PostgreSQL first, SQLite last), as ORDER BY would."""
    undated = -1 if connection.features.nulls_order_largest else 1

    def key(row):
        day, article = row
        return (undated, 0, -article) if day is None else (0, -day.toordinal(), -article)

    return sorted(rows, key=key)


# How far back "appears with" looks: a busy reporter's thousands of articles would make
# the page slow, and the latest say best who someone works with now.
COMPANION_ARTICLES = 200


def appears_with(person, limit=12):
    """The people credited or mentioned most often in the same articles as `person`,
    among their latest COMPANION_ARTICLES articles: [(person, articles together)]."""
    # The latest of their credits and of their mentions, each read in the order of its
    # index on (person, page_date), merged here: sorting all a person's articles by
    # date took 31 ms at 17 539 (150 037 articles).
    rows = set()
    for model in (Credit, PersonMention):
        latest = model.objects.filter(person=person).order_by("-page_date", "-article")
        rows.update(latest.values_list("page_date", "article")[:COMPANION_ARTICLES])
    latest = [article for _date, article in newest_first(rows)[:COMPANION_ARTICLES]]
    pairs = (
        Credit.objects.filter(article__in=latest)
        .exclude(person=person)
        .order_by()
        .values_list("person", "article")
        .union(
            PersonMention.objects.filter(article__in=latest)
            .exclude(person=person)
            .order_by()
            .values_list("person", "article")
        )
    )
    together = Counter(person_id for person_id, _ in pairs)
    people = Person.objects.in_bulk(together)
    ranked = sorted(together.items(), key=lambda item: (-item[1], people[item[0]].name))
    return [(people[pk], n) for pk, n in ranked[:limit]]
