"""Our Whoosh engine: haystack's backend made fast on Whoosh-Reloaded 2.7.5 (README.md)."""
