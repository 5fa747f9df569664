"""haystack's `rebuild_index`; an engine that does not answer is said in a sentence
(search/management/engine_down.py)."""

from haystack.management.commands import rebuild_index

from search.management.engine_down import SaysTheEngineIsDown


class Command(SaysTheEngineIsDown, rebuild_index.Command):
    outcome = "the index may be empty or hold only part of the archive"
