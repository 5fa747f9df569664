from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "全文检索"

    def ready(self):
        from django.core.signals import request_started

        from archive.signals import articles_changed

        # Importing the analyzer loads jieba's dictionary now, in gunicorn's master
        # (`--preload`), so the workers share it instead of loading it each.
        from . import analyzer  # noqa: F401
        from .queue import on_articles_changed, on_request_started

        articles_changed.connect(on_articles_changed, dispatch_uid="search-queue")
        request_started.connect(on_request_started, dispatch_uid="search-queue-worker")
