"""The term table's writer writes Whoosh's `OrderedHashWriter`'s file, byte for byte."""

import random

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter

from search.whoosh.termtable import TermTableWriter


def written(storage, name, items, ours):
    writer = OrderedHashWriter(storage.create_file(name))
    writer.extras["fieldmap"] = {"text": 0}
    if ours:
        writer = TermTableWriter.taking_over(writer)
    for key, value in items:
        writer.add(key, value)
    writer.close()
    return storage.open_file(name).read()


@pytest.mark.parametrize("count", [0, 1, 3, 255, 256, 5000])
def test_same_bytes_as_whoosh(count):
    rng = random.Random(count)
    keys = sorted({rng.randbytes(rng.randint(1, 12)) for _ in range(count)})
    items = [(key, rng.randbytes(rng.randint(0, 40))) for key in keys]
    storage = RamStorage()
    ours = written(storage, "ours", items, ours=True)
    assert ours == written(storage, "whoosh", items, ours=False)
    reader = OrderedHashReader(storage.open_file("ours"), len(ours))
    assert [reader[key] for key, _value in items] == [value for _key, value in items]
    assert list(reader.keys()) == keys


def test_keys_must_increase():
    writer = TermTableWriter.taking_over(OrderedHashWriter(RamStorage().create_file("t")))
    writer.add(b"b", b"")
    with pytest.raises(ValueError):
        writer.add(b"a", b"")


def test_takes_over_only_an_empty_table():
    table = OrderedHashWriter(RamStorage().create_file("t"))
    table.add(b"a", b"")
    with pytest.raises(ValueError):
        TermTableWriter.taking_over(table)
