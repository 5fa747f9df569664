"""A headline stack whose parts the page labels or marks, read by the labels.

    引题：稳岗扩岗 服务上门              ← the kicker, labelled
    县人社局“送岗进村”帮群众家门口就业

    【文化惠民】
    送戏下乡 好戏连台
    ——县艺术团年内送戏下乡120场       ← the deck, under its dash

The stack's reader takes a labelled kicker for the title (its line is the first of the
stack) and a deck under its dash for the title when a column's name over the stack made
the real title look like a kicker. What the page prints says which part is which.
"""

from __future__ import annotations

import re

_KICKER_LABEL = re.compile(r"^(?:引题|肩题)\s*[:：]\s*")
_DASHES = ("——", "—", "--", "－－")


def read_marked_stack(
    kicker: str | None, title: str | None, subtitle: str | None
) -> tuple[str | None, str | None, str | None]:
    """(kicker, title, subtitle) as the stack's labels and dashes say they are."""
    if title and subtitle and (label := _KICKER_LABEL.match(title)):
        return title[label.end() :] or kicker, subtitle, None
    if kicker and (label := _KICKER_LABEL.match(kicker)):  # read as the kicker: its label goes
        kicker = kicker[label.end() :] or None
    if title and kicker and not subtitle and title.startswith(_DASHES):
        if not kicker.startswith(_DASHES):  # a deck both: nothing says which is which
            return None, kicker, title
    return kicker, title, subtitle
