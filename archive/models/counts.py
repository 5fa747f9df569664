"""Counting related rows per row, cheaply enough for lists of thousands."""

from django.db.models import Func, IntegerField, OuterRef, Subquery


class RowCount(Func):
    """`COUNT(*)` as a plain expression: in a subquery it counts the rows without the
    GROUP BY that `Count()` would add, which SQLite runs three times slower."""

    template = "COUNT(*)"
    output_field = IntegerField()


def count_of(model, field, **filters):
    """A subquery counting `model` rows whose `field` points at the outer row.

    Cheaper than joins when one row gets several counts: each is its own subquery,
    answered from the index on `field`.
    """
    rows = model.objects.filter(**{field: OuterRef("pk")}, **filters).order_by()
    return Subquery(rows.annotate(n=RowCount()).values("n"), output_field=IntegerField())
