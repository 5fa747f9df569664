"""Search template tags: `{% more_like_this article %}` on the article page."""

from django import template

from search import engine

register = template.Library()


@register.inclusion_tag("search/includes/more_like_this.html")
def more_like_this(article, limit=5):
    # Empty, never an error, while the engine cannot answer: the page renders.
    return {"article": article, "similar": engine.more_like_this(article, limit=limit)}
