"""haystack's Elasticsearch 7 backend, made to read Chinese with a stock Elasticsearch.

Overrides, relative to `haystack.backends.elasticsearch7_backend`:

- `DEFAULT_SETTINGS`: haystack's default analyzer is English snowball, which finds no
  Chinese word. Full-text fields are indexed as CJK single characters *and* bigrams
  (Lucene's `cjk_bigram` filter, built into every Elasticsearch, no plugin) and
  searched as bigrams, so a word or phrase matches wherever its characters stand in
  a row, and a single character (焦) finds itself.
- `FIELD_MAPPINGS`: our `exact` and `names` fields (search_indexes.py) become
  `keyword`s for filters, field queries and facets.
- `build_search_kwargs`: count every match, not the first 10 000.
- `_prepare_object`: text and title are folded (traditional → simplified, full-width →
  ASCII) as `search.queries` folds what readers type; Elasticsearch cannot.
"""

from haystack.backends.elasticsearch7_backend import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchEngine,
)

from .analyzer import fold

INDEX_ANALYZER = "baokan_cjk_index"
SEARCH_ANALYZER = "baokan_cjk_search"


def _cjk_analyzer(unigrams):
    return {
        "type": "custom",
        "tokenizer": "standard",
        "filter": [
            "cjk_width",
            "lowercase",
            "baokan_cjk_unigrams" if unigrams else "baokan_cjk_bigrams",
        ],
    }


class ChineseElasticsearchBackend(Elasticsearch7SearchBackend):
    DEFAULT_SETTINGS = {
        "settings": {
            "analysis": {
                "analyzer": {
                    INDEX_ANALYZER: _cjk_analyzer(unigrams=True),
                    SEARCH_ANALYZER: _cjk_analyzer(unigrams=False),
                },
                "filter": {
                    # Indexed: each character and each pair, the pair at its first
                    # character's position. Searched: pairs only (a lone character
                    # stays itself), so 污染源 is the phrase 污染 染源.
                    "baokan_cjk_unigrams": {"type": "cjk_bigram", "output_unigrams": True},
                    "baokan_cjk_bigrams": {"type": "cjk_bigram", "output_unigrams": False},
                },
            },
        },
    }
    DEFAULT_FIELD_MAPPING = {
        "type": "text",
        "analyzer": INDEX_ANALYZER,
        "search_analyzer": SEARCH_ANALYZER,
    }
    FIELD_MAPPINGS = {
        **Elasticsearch7SearchBackend.FIELD_MAPPINGS,
        "exact": {"type": "keyword"},
        "names": {"type": "keyword"},
    }

    def build_schema(self, fields):
        content_field_name, mapping = super().build_schema(fields)
        for field_mapping in mapping.values():
            # haystack turns unindexed text into a keyword and drops only its analyzer.
            if field_mapping["type"] == "keyword":
                field_mapping.pop("search_analyzer", None)
        return content_field_name, mapping

    def build_search_kwargs(self, query_string, **kwargs):
        search_kwargs = super().build_search_kwargs(query_string, **kwargs)
        # Elasticsearch 7 stops counting at 10 000 unless asked; pages need the total.
        search_kwargs["track_total_hits"] = True
        return search_kwargs

    def _prepare_object(self, index, obj):
        doc = super()._prepare_object(index, obj)
        for name, field in index.fields.items():
            if field.field_type == "string" and isinstance(doc.get(name), str):
                doc[name] = fold(doc[name])
        return doc


class ChineseElasticsearchEngine(Elasticsearch7SearchEngine):
    backend = ChineseElasticsearchBackend
