from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "全文检索"

    def ready(self):
        """Listen to the archive: its changed articles are queued, its ingest runs
        indexed (alongside and at their end), and /healthz asks the engine."""
        from django.core.signals import request_started

        from archive import health
        from archive.signals import articles_changed, ingest_finished, ingest_started

        # Importing the analyzer loads jieba's dictionary now, in gunicorn's master
        # (`--preload`), so the workers share it instead of loading it each.
        from . import (
            analyzer,  # noqa: F401
            indexing,
            queue,
        )

        articles_changed.connect(queue.on_articles_changed, dispatch_uid="search-queue")
        request_started.connect(queue.on_request_started, dispatch_uid="search-queue-worker")
        ingest_started.connect(indexing.on_ingest_started, dispatch_uid="search-ingest")
        ingest_finished.connect(indexing.on_ingest_finished, dispatch_uid="search-ingest")
        health.register("search", queue.health)
