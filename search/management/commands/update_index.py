"""haystack's `update_index`; an engine that does not answer is said in a sentence
(search/management/engine_down.py)."""

from haystack.management.commands import update_index

from search.management.engine_down import SaysTheEngineIsDown


class Command(SaysTheEngineIsDown, update_index.Command):
    outcome = "the articles sent before it stopped are indexed, the rest are not"
