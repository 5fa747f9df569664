"""haystack's `clear_index`; an engine that does not answer is said in a sentence
(search/management/engine_down.py)."""

from haystack.management.commands import clear_index

from search.management.engine_down import SaysTheEngineIsDown


class Command(SaysTheEngineIsDown, clear_index.Command):
    outcome = "the index may still hold articles"
