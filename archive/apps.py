from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "报刊档案"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The parser's line-role model (under 1 MB) is opened once per process, here,
        # so that gunicorn's master reads it before it forks (preload_app) and the
        # admin's re-parse in a worker finds it open.
        from archive.parsing.linemodel import tagger

        tagger.load()
