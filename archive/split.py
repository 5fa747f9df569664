"""Splitting a person: the chosen bylines and mentions go to a new person.

The resolver (archive.resolvers) keeps namesakes of different zones apart, but one zone's
two 李敏, or people staff merged by mistake, are one record until staff split them.
The moved bylines' and mentions' articles get them locked ("credits", "people"), so
re-ingesting those pages never moves them back; the rest stay with the person kept,
whom the resolver still finds first. Each person is known afterwards in the zones of
the pages that now credit or mention them.
"""

from django.db import transaction

from . import history, tallies
from .models import Credit, Person, PersonMention


def zones_of(person):
    """The zones of the papers whose pages credit or mention `person`."""
    zones = set()
    for model in (Credit, PersonMention):
        rows = model.objects.filter(person=person).order_by()
        zones.update(rows.values_list("article__issue__publication__zone", flat=True).distinct())
    return sorted(zone or "" for zone in zones)


@transaction.atomic
def split_person(person, *, credits=(), mentions=(), name="", user=None):
    """Move `credits` and `mentions` (pks, of `person`) to a new person named `name`
    (the same name when blank). Returns the new person."""
    credits = Credit.objects.filter(person=person, pk__in=list(credits))
    mentions = PersonMention.objects.filter(person=person, pk__in=list(mentions))
    if not credits.exists() and not mentions.exists():
        raise ValueError("选择至少一条署名或提及")
    moved = {
        "credits": set(credits.values_list("article_id", flat=True)),
        "people": set(mentions.values_list("article_id", flat=True)),
    }
    new = Person.objects.create(name=name.strip() or person.name)
    credits.update(person=new)
    mentions.update(person=new)
    tallies.recount(people=[person.pk, new.pk])
    for who in (person, new):
        who.zones, who.review_note = zones_of(who), ""
        who.save(update_fields=["zones", "review_note"])
    old_label, new_label = f"{person.name}（{person.pk}）", f"{new.name}（{new.pk}，拆分所得）"
    for field, articles in moved.items():
        for pk in articles:
            history.record(pk, user, field, old_label, new_label, "拆分人物")
        history.lock_many(articles, field)
    history.announce(changed=moved["credits"] | moved["people"])
    return new
