"""Dates outside 1800–2100 are refused by name, from the manifest or from the page."""

import dataclasses
import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

import archive.ingest
from archive.models import Issue

from .test_ingest_identity import (
    FIRST,
    day_folder,
    search_index,  # noqa: F401  (fixture)
)

pytestmark = pytest.mark.django_db


def failed_ingest(folder) -> str:
    """What `ingest folder` says on stderr; it must fail."""
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 1"):
        call_command("ingest", str(folder), stdout=StringIO(), stderr=err)
    return err.getvalue()


@pytest.mark.parametrize("entry", [{"date": "0001-01-01"}, {"date": "9999-12-31"}, {"year": 2200}])
def test_a_manifest_date_outside_the_years_is_refused_naming_the_file(tmp_path, entry):
    message = failed_ingest(day_folder(tmp_path, "day", FIRST, **entry))
    assert "manifest.json" in message and "'01.txt'" in message and "1800–2100" in message
    assert "Traceback" not in message
    assert Issue.objects.count() == 0


def test_a_date_the_parser_read_outside_the_years_is_refused(tmp_path, monkeypatch):
    parse_page = archive.ingest.parse_page

    def misread(data, meta):  # a masthead misread as year 1 (the parser is being rewritten)
        return dataclasses.replace(parse_page(data, meta), date=datetime.date(1, 1, 1))

    monkeypatch.setattr(archive.ingest, "parse_page", misread)
    message = failed_ingest(day_folder(tmp_path, "day", FIRST))
    assert "01.txt: date 0001-01-01" in message and "1800–2100" in message
    assert Issue.objects.count() == 0
