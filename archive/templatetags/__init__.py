"""Template tags for the reader site: `{% load archive_tags %}`."""
