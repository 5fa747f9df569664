"""Search template tags: `{% more_like_this article %}` on the article page."""

import logging

from django import template

from search.similar import similar_articles

register = template.Library()
log = logging.getLogger(__name__)


@register.inclusion_tag("search/includes/more_like_this.html")
def more_like_this(article, limit=5):
    try:
        similar = similar_articles(article, limit=limit)
    except Exception:
        # The article page must render whatever state the index is in: a damaged file
        # raises whatever its reader trips on (struct.error, EOFError, OSError, …).
        log.exception("more like this: search index unreadable")
        similar = []
    return {"article": article, "similar": similar}
