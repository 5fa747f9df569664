"""Stage 3b (continued): items a page prints that are no news story with a headline.

A page carries more than articles: public notices under a one-word head (公　告),
listings (天气预报, 电视节目, a match schedule), a column's label over a short item
with no headline of its own (读者热线 2212345), and photo spreads whose captions each
name their photographer. The line-role model learned news pages and reads these as
headlines, bylines or paragraphs of the article above. Each rule here says how any
paper prints such an item, never what one page says; `repairs.repair` applies them.
"""

from __future__ import annotations

from .layout import Line, PageShape, ends_sentence
from .lexicon import NOTICE_HEADS
from .linemodel.labels import TEXT_LABELS, headline_role


def _bare_notice_head(text: str) -> bool:
    """A notice's head that is the notice's kind alone (公告, 公　示, 启　事): the
    whole headline, never the first line of a longer one."""
    head = "".join(text.split())
    return 2 <= len(head) <= 4 and head.endswith(NOTICE_HEADS)


def a_notice_heads_its_wrapped_text(
    content: list[Line], labels: list[str], shape: PageShape
) -> list[str]:
    """Under a notice's one-word head (公　告), a line that fills a narrow column and
    ends no sentence (因兰山大道雨污分流管网改造 / 施工，自…) is the notice's first line
    wrapping on, not a headline line: the word is the notice's whole head."""
    labels = list(labels)
    if not shape.narrow:
        return labels
    for i in range(len(content) - 2):
        line, nxt = content[i + 1], content[i + 2]
        if (
            _bare_notice_head(content[i].text)
            and headline_role(labels[i + 1])
            and line.index == content[i].index + 1
            and nxt.index == line.index + 1
            and shape.full(line.text)
            and not ends_sentence(line.text)
            and labels[i + 2] in TEXT_LABELS
        ):
            labels[i], labels[i + 1], labels[i + 2] = "title-b", "open", "body"
    return labels
