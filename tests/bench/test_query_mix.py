"""The search benchmark's queries (bench/query_mix.py): every kind of the mix drawn
from the archive's own words, the same for the same seed, each one a query the search
page reads as the kind it is counted as."""

import pytest

from bench import query_mix
from search.forms import SearchForm
from search.queries import Group
from tests.search.conftest import search_backend, small_corpus  # noqa: F401  (fixtures)

NEW_FORMS = ("or", "brackets", "field", "proximity", "same sentence", "same paragraph")


@pytest.mark.django_db
def test_the_mix_holds_the_query_language_s_forms_drawn_by_seed(small_corpus, search_backend):  # noqa: F811
    with search_backend.searcher() as searcher:
        queries = query_mix.make_queries(200, seed=7, searcher=searcher)
        again = query_mix.make_queries(200, seed=7, searcher=searcher)
        other = query_mix.make_queries(200, seed=8, searcher=searcher)
    assert len(queries) == 200
    assert [q.path for q in queries] == [q.path for q in again]
    assert [q.path for q in queries] != [q.path for q in other]
    kinds = {q.kind for q in queries}
    assert set(NEW_FORMS) <= kinds
    for query in queries:
        form = SearchForm(query.params)
        assert form.is_valid(), str(query)
        parsed = form.cleaned_data["q"]
        leaves = list(parsed.leaves())
        if query.kind == "proximity":
            assert [c.slop for c in leaves] in ([s] for s in query_mix.SLOPS), str(query)
        elif query.kind in ("same sentence", "same paragraph"):
            unit = "sentence" if query.kind == "same sentence" else "paragraph"
            assert [c.unit for c in leaves] == [unit], str(query)
        elif query.kind == "or":
            assert len(parsed.groups()) == 1 and len(parsed.groups()[0]) == 2, str(query)
        elif query.kind == "brackets":
            assert any(isinstance(item, Group) for item in parsed.clauses), str(query)
        elif query.kind == "field":
            assert leaves[0].field in ("title", "kicker", "body", "column", "page"), str(query)
