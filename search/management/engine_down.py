"""haystack's index commands (`rebuild_index`, `update_index`, `clear_index`), ending in
one sentence instead of the client's traceback when the external engine does not
answer.

Each command in search/management/commands/ of that name is haystack's own with this
mixin in front (`search` is listed before `haystack` in INSTALLED_APPS, so Django
finds ours). Before any work the engine is asked who it is: an engine that is down
is said at once, where `update_index` would otherwise retry each batch five times
over half a minute. If it stops answering during the run, haystack still retries,
logging each failure in a line, and the command then ends with the sentence.
"""

import logging

from django.core.management.base import CommandError
from haystack.management.commands import update_index

from search import engine


class _NoTraceback(logging.Filter):
    """haystack's update_index logs a failed batch with its traceback
    (`LOG.exception`) before raising; the sentence the command ends with says it."""

    def filter(self, record):
        if record.exc_info:
            record.msg = f"{record.getMessage()} ({engine.failure(record.exc_info[1])})"
            record.args = ()
            record.exc_info = record.exc_text = None
        return True


class SaysTheEngineIsDown:
    # What was done when the engine stopped answering, for the sentence.
    outcome = "nothing more was indexed"

    def execute(self, *args, **options):
        unavailable = engine.unavailable_errors()
        if not unavailable:  # Whoosh: haystack's command as it is
            return super().execute(*args, **options)
        quiet = _NoTraceback()
        update_index.LOG.addFilter(quiet)
        try:
            try:
                engine.backend().conn.info()
            except unavailable as exc:
                raise CommandError(self.down(exc, "nothing was done")) from None
            return super().execute(*args, **options)
        except unavailable as exc:
            raise CommandError(self.down(exc, self.outcome)) from None
        finally:
            update_index.LOG.removeFilter(quiet)

    @staticmethod
    def down(exc, outcome):
        return (
            f"the search engine ({engine.backend().path}) does not answer "
            f"({engine.failure(exc)}); {outcome}: run the command again when it answers"
        )
