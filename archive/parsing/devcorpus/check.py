"""Self-checks of a rendered page: what the gold claims must be true of the text."""

from __future__ import annotations

from .model import ROLES, RenderedPage
from .text import norm


def page_problems(page: RenderedPage) -> list[str]:
    problems: list[str] = []
    text = norm(page.text)
    leads = [a["lead"] for a in page.gold["articles"]]
    if len(set(leads)) != len(leads):
        problems.append("duplicate leads")
    n = len(page.gold["articles"])
    for line in page.lines:
        if "\n" in line.text or "\r" in line.text:
            problems.append(f"line break inside a line: {line.text!r}")
        if line.role not in ROLES:
            problems.append(f"unknown role {line.role}")
        if (line.role == "blank") != (line.text.strip() == ""):
            problems.append(f"blank mismatch: {line.text!r} {line.role}")
        if line.article is not None and not 0 <= line.article < n:
            problems.append(f"article index out of range: {line.article}")
    for i, art in enumerate(page.gold["articles"]):
        if len(art["lead"]) != 16 or art["lead"] not in text:
            problems.append(f"lead not printed: {art['lead']}")
        own = norm("".join(ln.text for ln in page.lines if ln.article == i))
        for c in art["credits"]:
            if norm(c["name"]) not in own:
                problems.append(f"credit not printed with its article: {c['name']}")
        if art["title"] and norm(art["title"]) not in norm(
            "".join(ln.text for ln in page.lines if ln.article == i and ln.role == "title")
        ):
            problems.append(f"title not printed: {art['title']}")
    return problems
