"""The Atom feed of the newest articles, by the date their page was printed."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator

from archive.models import Article


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    language = "zh-CN"
    title = "报刊档案 · 最新文章"
    subtitle = "新收录的地方报纸文章"
    link = reverse_lazy("archive:home")
    feed_url = reverse_lazy("archive:feed")
    item_count = 50

    def items(self):
        return (
            Article.objects.with_issue()
            .with_credits()
            .order_by("-issue__date", "-issue__pk", "position")[: self.item_count]
        )

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return Truncator("".join(item.paragraphs[:2])).chars(200)

    def item_author_name(self, item):
        return "、".join(credit.person.name for credit in item.credits.all()) or None

    def item_categories(self, item):
        return [item.column] if item.column else []

    def item_pubdate(self, item):
        day = item.issue.date
        if day is None:
            return item.created_at
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))

    def item_updateddate(self, item):
        return item.updated_at
