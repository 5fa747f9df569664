"""Turning composed articles into labelled page lines in one of three layouts."""

from __future__ import annotations

from .model import PageLine
from .text import ocr_noise, wrap

_WRAPPED = ("body", "caption")


class Layout:
    def __init__(self, rng, style):
        self.rng = rng
        self.style = style
        self.mode = style["layout"]
        self.lines: list[PageLine] = []
        self.since_break = 0
        self.next_break = self._break_gap()
        self.last_column: str | None = None

    def _break_gap(self) -> int:
        return self.rng.randint(8, 25)

    # -- primitive lines -------------------------------------------------
    def _put(self, text: str, role: str, article, para_start: bool) -> None:
        self.lines.append(PageLine(text, role, article, para_start))
        # Headlines span columns, so a column ends only inside running text.
        if self.mode == "narrow" and self.style["col_break"] and role in _WRAPPED:
            self.since_break += 1
            if self.since_break >= self.next_break:
                # An OCR column break: a blank line wherever the column ended.
                self.blank()
                self.since_break = 0
                self.next_break = self._break_gap()

    def blank(self) -> None:
        if self.lines and self.lines[-1].role != "blank":
            self.lines.append(PageLine("", "blank", None, False))

    def furniture(self, text: str) -> None:
        self.lines.append(PageLine(text, "furniture", None, False))

    def _block(self, text: str, role: str, article: int) -> None:
        if self.mode == "narrow" and role in _WRAPPED:
            indent = self.style["indent"] if role == "body" else 0
            for k, part in enumerate(wrap(text, self.style["width"], self.rng, indent=indent)):
                self._put(part, role, article, k == 0)
        elif self.mode == "narrow" and role == "subhead" and len(text) > self.style["width"] + 4:
            half = (len(text) + 1) // 2
            self._put(text[:half], role, article, True)
            self._put(text[half:], role, article, False)
        elif (
            self.mode == "wide"
            and role in _WRAPPED
            and self.style["col_break"]
            and len(text) > 60
            and self.rng.random() < 0.08
        ):
            cut = self.rng.randrange(20, len(text) - 10)
            self._put(text[:cut], role, article, True)
            self.blank()
            self._put(text[cut:], role, article, False)
        else:
            self._put(text, role, article, role in ("body", "caption", "subhead"))
        if self.mode == "markdown" or (
            self.style["para_blank"] and role in ("body", "caption", "subhead")
        ):
            self.blank()

    # -- articles --------------------------------------------------------
    def headline(self, i: int, comp, first: bool) -> None:
        md = self.mode == "markdown"
        for s in comp.kicker:
            self._put(s + ("  " if md else ""), "kicker", i, False)
        for s in comp.title:
            if md:
                s = ("# " if first and self.rng.random() < 0.7 else "## ") + s
            self._put(s, "title", i, False)
        if md and comp.title:
            self.blank()
        for s in comp.subtitle:
            if md and self.rng.random() < 0.5:
                s = "## " + s
            elif md:
                s += "  "
            self._put(s, "subtitle", i, False)

    def article(self, i: int, comp, headline: bool = True, after: bool = False) -> None:
        """One article: its headline over its text, or (`after`) under it, the order a
        PDF's text may come out in; with `headline` False the headline is printed
        elsewhere (gathered_headlines)."""
        rng = self.rng
        if comp.column and comp.column != self.last_column:
            self.blank()
            self._put(comp.column, "column", i, False)
            if rng.random() < 0.5:
                self.blank()
        self.last_column = comp.column
        if not comp.title:
            headline, after = True, False  # an untitled brief keeps its ■ rubric over it
        if headline and not after:
            for role, s in comp.above:
                self._put(s, role, i, False)
            self.headline(i, comp, first=i == 0)
            if rng.random() < 0.4 or self.mode != "narrow":
                self.blank()
            for role, s in comp.under:
                self._put(s, role, i, False)
            if comp.under and rng.random() < 0.5:
                self.blank()
        first_body = True
        paras = list(comp.paras)
        if not headline:
            # Headlines print apart, so a byline printed with them moves to the end.
            paras += comp.above + comp.under
        for role, text in paras:
            if role in _WRAPPED:
                protect = 40 if first_body else 0
                text = ocr_noise(text, rng, self.style["noise"], protect=protect)
                if first_body and rng.random() < 0.15:
                    text = " " + text
                first_body = False
            self._block(text, role, i)
        if after:
            self._headline_after(i, comp)
        self.blank()
        if self.mode == "wide" and rng.random() < 0.4:
            self.lines.append(PageLine("", "blank", None, False))

    def _headline_after(self, i: int, comp) -> None:
        """The headline under its own text, most often with no blank line round it: a
        PDF's text runs a headline box after the column it heads. A byline printed with
        the headline comes with it."""
        rng = self.rng
        if self.lines and self.lines[-1].role == "blank" and rng.random() < 0.7:
            self.lines.pop()  # the paragraph's blank line is not there in such text
        elif rng.random() < 0.25:
            self.blank()
        for role, s in comp.above:
            self._put(s, role, i, False)
        self.headline(i, comp, first=False)
        if self.lines[-1].role == "blank":
            self.lines.pop()
        for role, s in comp.under:
            self._put(s, role, i, False)
        if rng.random() < 0.3:
            self.blank()

    def gathered_headlines(self, arts) -> None:
        """All headlines after the stories, in no particular order (seed 000)."""
        order = list(range(len(arts)))
        self.rng.shuffle(order)
        self.blank()
        for i in order:
            comp = arts[i]
            if not comp.title:
                continue
            for s in comp.kicker:
                self.lines.append(PageLine(s, "kicker", i, False))
            for s in comp.title:
                self.lines.append(PageLine(s, "title", i, False))
            for s in comp.subtitle:
                self.lines.append(PageLine(s, "subtitle", i, False))
            self.blank()

    def finish(self) -> list[PageLine]:
        lines = self.lines
        while lines and lines[-1].role == "blank":
            lines.pop()
        while lines and lines[0].role == "blank":
            lines.pop(0)
        return lines
