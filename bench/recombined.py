"""A quick synthetic archive of N articles, stored straight into the database.

    search_bench.py --data DIR --synthetic N [--corpus real|seeds]

The seed pages are ingested, then articles are added: with `build_real`, real text
recombined from ../shared/corpus/ (bench/realtext.py), with their credits; with
`build`, dealt from the seed pages' sentences, titles and people (with generated
names and numbers, so the vocabulary grows). `index_all` indexes them through the
queue's writer. For a look at search without parsing pages (bench/corpus.py and
`manage.py ingest`, which the pipeline benchmark times).
"""

import datetime as dt
import random
import re
from pathlib import Path

from bench import realtext

ROOT = Path(__file__).resolve().parent.parent

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰春梅海燕晓东文斌宇浩然子轩欣怡梓涵思远嘉豪佳琪雨萱俊杰宏亮振华立新德胜永庆凤霞淑珍"


def choose_corpus(asked=None, log=print, path=None):
    """'real' when ../shared/corpus/ is there (unless 'seeds' is asked), else 'seeds',
    saying so: a figure must never be taken for real text when it is not."""
    if asked == "seeds":
        return "seeds"
    if realtext.available(path):
        log(f"corpus: real text recombined from {path or realtext.SHARED_CORPUS}")
        return "real"
    log(
        f"corpus: {path or realtext.SHARED_CORPUS} is not there: falling back to the seed "
        "pages' sentences (bench/recombined.py), a vocabulary of a few thousand words"
    )
    return "seeds"


def build_archive(n, asked=None, seed=4, log=print):
    """N articles from the corpus `choose_corpus` picks, indexed; returns its name."""
    corpus = choose_corpus(asked, log)
    if corpus == "real":
        build_real(n, realtext.load(), seed=seed)
    else:
        build(n)  # its own fixed seed, as before the real corpus
    index_all()
    return corpus


def build(n, seed=4):
    """N articles recombining the seed pages' sentences, names and titles."""
    from django.core.management import call_command
    from django.db import transaction

    from archive import tallies
    from archive.models import Article, Credit, Issue, Person, PersonMention, Publication

    call_command("migrate", verbosity=0)
    call_command("ingest", str(ROOT / "fixtures" / "seeds"), verbosity=0)
    rng = random.Random(seed)
    sentences = []
    for body in Article.objects.values_list("body", flat=True):
        sentences += [s for s in re.split(r"(?<=[。！？；])", body) if len(s) > 4]
    titles = [t for t in Article.objects.values_list("title", flat=True) if t]
    people = list(Person.objects.all())
    papers = list(Publication.objects.all())
    columns = ["", "", "", "高新区动态", "党建连连看", "高新区视窗"]
    start = dt.date(2015, 1, 1)
    per_issue = 8
    made = 0
    with transaction.atomic():
        while made < n:
            day = start + dt.timedelta(days=rng.randrange(3650))
            issue = Issue.objects.create(
                publication=rng.choice(papers),
                date=day,
                source_name=f"bench-{made}.txt",
                sha256=f"bench{made}",
                raw_text="",
            )
            batch = []
            for position in range(1, per_issue + 1):
                parts = [rng.choice(sentences) for _ in range(rng.randint(4, 14))]
                # Names and numbers the seeds never print, so the vocabulary grows.
                for _ in range(3):
                    name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))
                    parts.insert(
                        rng.randrange(len(parts)), f"{name}表示，完成{rng.randint(2, 99999)}项。"
                    )
                batch.append(
                    Article(
                        issue=issue,
                        position=position,
                        title=rng.choice(titles),
                        body="本报讯 " + "".join(parts),
                        column=rng.choice(columns),
                        date=day if rng.random() < 0.7 else None,
                    )
                )
            Article.objects.bulk_create(batch)
            credits, mentions = [], []
            for article in batch:
                for order, person in enumerate(rng.sample(people, 2)):
                    credits.append(
                        Credit(article=article, person=person, role="reporter", order=order)
                    )
                for person in rng.sample(people, rng.randint(0, 3)):
                    mentions.append(PersonMention(article=article, person=person))
            Credit.objects.bulk_create(credits, ignore_conflicts=True)
            PersonMention.objects.bulk_create(mentions, ignore_conflicts=True)
            made += per_issue
        tallies.recount_all()  # bulk_create keeps no counts (archive.tallies)


def build_real(n, records, seed=4, per_issue=8):
    """N articles of real text recombined from `records` (bench/realtext.py), with
    their credits; an issue holds `per_issue` of them, on its first article's date."""
    from django.core.management import call_command
    from django.db import transaction

    from archive import tallies
    from archive.models import Article, Credit, Issue, Person, Publication

    call_command("migrate", verbosity=0)
    call_command("ingest", str(ROOT / "fixtures" / "seeds"), verbosity=0)
    rng = random.Random(seed)
    people = {p.name: p for p in Person.objects.all()}
    papers = {}
    dealt = realtext.articles(records, n, seed)
    with transaction.atomic():
        for made in range(0, n, per_issue):
            batch = [a for _, a in zip(range(min(per_issue, n - made)), dealt, strict=False)]
            first = batch[0]
            if first.publication not in papers:
                papers[first.publication], _ = Publication.objects.get_or_create(
                    name=first.publication, defaults={"zone": first.zone, "slug": first.zone}
                )
            issue = Issue.objects.create(
                publication=papers[first.publication],
                date=first.date,
                page_number=first.page,
                page_label=f"第{first.page}版",
                source_name=f"bench-{made}.txt",
                sha256=f"bench{made}",
                raw_text="",
            )
            rows = [
                Article(
                    issue=issue,
                    position=position,
                    title=a.title,
                    kicker=a.kicker,
                    subtitle=a.subtitle,
                    column=a.column,
                    body=a.body,
                    date=first.date if rng.random() < 0.7 else None,
                )
                for position, a in enumerate(batch, 1)
            ]
            Article.objects.bulk_create(rows)
            credits = []
            for row, a in zip(rows, batch, strict=True):
                for order, (name, role) in enumerate(dict(a.credits).items()):
                    if name not in people:
                        people[name] = Person.objects.create(name=name)
                    credits.append(Credit(article=row, person=people[name], role=role, order=order))
            Credit.objects.bulk_create(credits, ignore_conflicts=True)
        tallies.recount_all()  # bulk_create keeps no counts (archive.tallies)


def add_mentions(seed=4, departments=120, people=400, per_article=1.5):
    """Mentions of people and departments, skewed as a paper's are: the k-th most
    mentioned is named about 1/k as often as the first (Zipf), so that at 150 000
    articles the busiest department is in tens of thousands of them and the person
    and department pages are measured where they are heaviest. `build_real` stores
    none (it parses no text); the departments are made up (部门N of each zone), the
    people are those its credits made."""
    from django.db import transaction

    from archive import tallies
    from archive.models import (
        Article,
        Department,
        DepartmentKind,
        DepartmentMention,
        Person,
        PersonMention,
    )

    rng = random.Random(seed)
    zones = sorted(set(Article.objects.values_list("issue__publication__zone", flat=True)))
    with transaction.atomic():
        kept = {
            zone: [
                Department.objects.get_or_create(
                    zone=zone, name=f"{zone}部门{k}", defaults={"kind": DepartmentKind.BUREAU}
                )[0].pk
                for k in range(1, departments + 1)
            ]
            for zone in zones
        }
        named = list(Person.objects.order_by("pk").values_list("pk", flat=True)[:people])
        weights = [1 / k for k in range(1, departments + 1)]
        person_weights = [1 / k for k in range(1, len(named) + 1)]
        rows = Article.objects.order_by("pk").values_list("pk", "issue__publication__zone")
        dept_rows, person_rows = [], []
        for pk, zone in rows.iterator(chunk_size=5000):
            n = rng.choices((0, 1, 2, 3), (0.2, 0.3, 0.3, 0.2))[0]
            for dept in set(rng.choices(kept[zone], weights, k=n)):
                dept_rows.append(DepartmentMention(article_id=pk, department_id=dept))
            k = rng.choices((0, 1, 2), (0.4, 0.4, 0.2))[0] if named else 0
            for person in set(rng.choices(named, person_weights, k=k)):
                person_rows.append(PersonMention(article_id=pk, person_id=person))
            if len(dept_rows) > 20000:
                DepartmentMention.objects.bulk_create(dept_rows, ignore_conflicts=True)
                PersonMention.objects.bulk_create(person_rows, ignore_conflicts=True)
                dept_rows, person_rows = [], []
        DepartmentMention.objects.bulk_create(dept_rows, ignore_conflicts=True)
        PersonMention.objects.bulk_create(person_rows, ignore_conflicts=True)
        tallies.recount_all()  # bulk_create keeps no counts (archive.tallies)


def index_all():
    """Index every article through the queue's writer, then merge to one segment."""
    from haystack import connections

    from archive.models import Article
    from search.models import PendingIndexUpdate

    backend = connections["default"].get_backend()
    backend.clear()
    index = connections["default"].get_unified_index().get_index(Article)
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    with backend.writing():
        for i in range(0, len(pks), 2000):
            objects = list(index.load(Article.objects.filter(pk__in=pks[i : i + 2000])))
            backend.apply(index, objects, [])
        backend.index = backend.index.refresh()
        backend.index.optimize()
    PendingIndexUpdate.objects.all().delete()  # the seeds' ingest queued what is now indexed
