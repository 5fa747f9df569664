"""Signals the archive sends; the search app listens (search/ owns indexing).

`articles_changed` is sent INSIDE the transaction that changed the articles, so
what a listener writes (the search app's queue of index updates) commits or rolls
back with the change itself: a killed ingest can never leave an article stored but
unqueued. Listeners must be quick and must not touch the index directly.

`ingest_started` and `ingest_finished` frame a run of `manage.py ingest` that stores
pages (not a dry run, nor one with --no-index, which leaves the follow-up to the
server), as `migrate` frames its work with pre_migrate and post_migrate. Listeners may
work alongside the run and finish its follow-up at the end (the search app indexes
the stored pages); they report on `stderr` (the command's stdout may be JSON),
respecting `verbosity`.
"""

from django.dispatch import Signal

# kwargs: changed=list[int] (article pks added or modified), removed=list[int]
articles_changed = Signal()

# kwargs: pages (how many page files the run will read), stderr, verbosity
ingest_started = Signal()

# kwargs: run (its IngestRun, None if it never started), changed (pages added or
# updated), completed (False when an error ended it early), stderr, verbosity.
# Sent however the run ends.
ingest_finished = Signal()
