"""What the admin's front page shows beyond Django's app list."""

from django import template

from archive.models import ArticleForReview

register = template.Library()


@register.simple_tag
def review_queue_count():
    """Articles the parser was unsure of that nobody has checked yet."""
    return ArticleForReview.objects.needing_review().count()
