"""Every search view test of tests/search/test_views.py and test_query_views.py, run
again on OpenSearch.

The tests are the same functions; this folder's `search_backend` (conftest.py) puts
the index, and so `small_corpus`, on the session's OpenSearch node. Left out are the
three that open Whoosh's own files or modules; their OpenSearch counterparts are in
test_engine.py.
"""

import pytest

from tests.search import test_query_views
from tests.search import test_views as whoosh_views

pytestmark = pytest.mark.filterwarnings("ignore:The 'body' parameter is deprecated")

WHOOSH_ONLY = {
    # search.whoosh.similar's key terms; OpenSearch's more_like_this picks its own.
    "test_more_like_this_leaves_out_words_in_much_of_the_archive",
    # Whoosh's index folder (`backend.path`, `options["PATH"]`).
    "test_reading_never_creates_an_index",
    "test_a_damaged_index_answers_503_with_a_message",
}

for _module in (whoosh_views, test_query_views):
    for _name in dir(_module):
        if _name.startswith("test_") and _name not in WHOOSH_ONLY:
            globals()[_name] = getattr(_module, _name)
