"""Migrations keep what an archive already holds."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE, AFTER = ("archive", "0004_narrow_sort_indexes"), ("archive", "0005_issue_source_key")


@pytest.mark.django_db(transaction=True)
def test_pages_stored_before_keys_existed_are_known_by_their_name():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps
    paper = old.get_model("archive", "Publication").objects.create(name="高新时报", slug="gx")
    old.get_model("archive", "Issue").objects.create(
        publication=paper, source_name="01.txt", sha256="x", raw_text="本报讯 培训。"
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    from archive.models import Issue

    assert list(Issue.objects.values_list("source_name", "source_key")) == [("01.txt", "01.txt")]
