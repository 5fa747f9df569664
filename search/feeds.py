"""The Atom feed of a search (`/search.atom?q=…`), newest first, so that a reader can
follow a person, a department or a word in a feed reader.

It takes the search page's parameters (the sort is always newest first) and answers
a query that cannot run as the data views do (api.py): 400 with the message.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from .api import Refused, find, plain, refusal

ITEMS = 50  # as the feed of the newest articles (archive/feeds.py)


class SearchFeed(Feed):
    feed_type = Atom1Feed
    language = "zh-CN"

    def __init__(self, found, params):
        super().__init__()
        self.found, self.params = found, params

    def title(self):
        words = self.found.query or "、".join(str(v) for v in self.found.filters.values())
        return f"报刊档案 · 搜索：{words}"

    def subtitle(self):
        return "按日期排列的最新检索结果"

    def link(self):
        return f"{reverse('search:search')}?{self.params.urlencode()}"

    def feed_url(self):
        return f"{reverse('search:atom')}?{self.params.urlencode()}"

    def items(self):
        return self.found.results

    def item_title(self, item):
        return str(item["article"])

    def item_link(self, item):
        return reverse("archive:article-permalink", kwargs={"pk": item["article"].pk})

    def item_description(self, item):
        return plain(item["snippet"])

    def item_author_name(self, item):
        return "、".join(c.person.name for c in item["article"].credits.all()) or None

    def item_categories(self, item):
        return [item["article"].column] if item["article"].column else []

    def item_pubdate(self, item):
        article = item["article"]
        day = article.date or article.issue.date
        if day is None:
            return article.created_at
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))

    def item_updateddate(self, item):
        return item["article"].updated_at


def search_atom(request):
    """The newest `ITEMS` results of a search as an Atom feed."""
    try:
        # A feed is the newest results, never a later page or another order.
        found = find(request.GET, limit=ITEMS, sort="newest", first_page=True)
    except Refused as error:
        return refusal(error, as_json=False)
    params = request.GET.copy()
    for name in ("page", "sort"):
        params.pop(name, None)
    return SearchFeed(found, params)(request)
