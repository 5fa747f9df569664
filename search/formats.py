"""The old home of the position format and the codec, kept for the indexes that name it.

Whoosh pickles the schema and each segment's codec into the index's table of contents
by class path, and indexes written before `search/whoosh/` existed name these two
(tests/search/whoosh/test_old_index.py opens one). Import them from `search.whoosh`.
"""

from search.whoosh.codec import CompactCodec
from search.whoosh.formats import CompactPositions

__all__ = ["CompactCodec", "CompactPositions"]
