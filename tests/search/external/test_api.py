"""The data out and the advanced form (tests/search/test_api.py, test_advanced.py),
run again on OpenSearch: the same functions, this folder's `search_backend`. Those
that search nothing (the query the form writes, the help page) run once, there."""

import inspect

import pytest

from tests.search import test_advanced, test_api

pytestmark = pytest.mark.filterwarnings("ignore:The 'body' parameter is deprecated")

for _module in (test_api, test_advanced):
    for _name, _test in vars(_module).items():
        uses = inspect.signature(_test).parameters if _name.startswith("test_") else ()
        if "small_corpus" in uses or "search_backend" in uses:
            globals()[_name] = _test
