"""Signals the archive sends; the search app listens (search/ owns indexing).

`articles_changed` is sent INSIDE the transaction that changed the articles, so
what a listener writes (the search app's queue of index updates) commits or rolls
back with the change itself: a killed ingest can never leave an article stored but
unqueued. Listeners must be quick and must not touch the index directly.
"""

from django.dispatch import Signal

# kwargs: changed=list[int] (article pks added or modified), removed=list[int]
articles_changed = Signal()
