from .articles import Article


class ArticleForReview(Article):
    """The review queue: the same rows as Article, listed apart in the admin so that
    staff see what the parser was unsure of (`Article.review_reasons`) in one place."""

    class Meta:
        proxy = True
        verbose_name = "待核文章"
        verbose_name_plural = "待核队列"
