"""Signals the archive sends; the search app listens (search/ owns indexing).

Sent after the transaction that changed the articles has committed, so a
listener never sees rows that could still roll back.
"""

from django.dispatch import Signal

# kwargs: changed=list[int] (article pks added or modified), removed=list[int]
articles_changed = Signal()
