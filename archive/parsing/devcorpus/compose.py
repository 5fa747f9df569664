"""One article as the page will print it: headline, credits, lead, paragraphs.

The page style (a dict drawn once per page in render.py) says which forms are
likely; each article still varies a little, as real pages do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import credits as cr
from .article import Prepared
from .text import event_date, first_sentence, lead_of, split_headline

_NEWS_OPENING = re.compile(r"\d+日|近日|日前|连日来|近期|记者|今年以来|目前")

# Written for this renderer (not corpus text): generic notes as local papers print them.
EDITOR_NOTES = (
    "编者按：本版今起推出系列报道，走进基层一线，记录各地的新做法、新变化，敬请关注。",
    "编者按：连日来，各地各部门扎实推进各项重点工作，涌现出一批好经验好做法。本版选登部分稿件。",
    "编者的话：基层是各项工作的落脚点。本期我们关注几件发生在身边的小事，看看变化是怎样发生的。",
    "编者按：为展示各地改善民生的探索与成效，本报即日起开设专栏，刊发系列报道。",
    "编者的话：一件件实事，连着千家万户。本版今天刊发一组报道，讲述一线工作者的日常。",
)


@dataclass
class Composed:
    kicker: list[str]
    title: list[str]
    subtitle: list[str]
    above: list[tuple[str, str]] = field(default_factory=list)  # lines over the headline
    under: list[tuple[str, str]] = field(default_factory=list)  # lines under it
    paras: list[tuple[str, str]] = field(default_factory=list)  # (role, text) in order
    column: str | None = None
    gold: dict = field(default_factory=dict)
    photo: bool = False
    tag: str | None = None  # the web column tag cut from the title
    section: str | None = None  # the record's 版名, a source of column labels


def _pick(rng, weights: dict):
    keys = sorted(weights)
    total = sum(weights[k] for k in keys)
    x = rng.random() * total
    for k in keys:
        x -= weights[k]
        if x < 0:
            return k
    return keys[-1]


def _headline(prep: Prepared, rng, style) -> tuple[list[str], list[str], list[str], dict]:
    kicker = list(prep.kicker)
    subtitle = list(prep.subtitle)
    if kicker and not kicker[-1].endswith("——") and rng.random() < 0.12:
        kicker[-1] += "——"
    if subtitle and not subtitle[0].startswith("——") and rng.random() < 0.15:
        subtitle[0] = "——" + subtitle[0]
    title = list(prep.title)
    if len(title) == 1 and (style["layout"] == "narrow" or rng.random() < 0.3):
        narrow = style["layout"] == "narrow"
        title = split_headline(title[0], rng, max_len=style["headline_len"], mid_word=narrow)
    gold_title = " ".join(prep.title)
    if style["layout"] != "narrow" and subtitle and len(subtitle) == 1 and rng.random() < 0.1:
        # Title and subtitle run together on one wide line, read as one title (seed 001).
        title = [gold_title + " " + subtitle[0].lstrip("—")]
        gold_title, subtitle = title[0], []
    elif style["layout"] != "narrow" and len(prep.title) > 1 and rng.random() < 0.3:
        title = [gold_title]
    gold = {
        "title": gold_title,
        "kicker": " ".join(kicker) or None,
        "subtitle": " ".join(subtitle) or None,
    }
    return kicker, title, subtitle, gold


def _body(prep: Prepared, rng, budget: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    used = 0
    for role, text in prep.paras:
        if out and used + len(text) > budget:
            break
        out.append((role, text))
        used += len(text)
    while out and out[-1][0] == "subhead":
        out.pop()
    return out


def _date(printed_md, rest: str) -> str | None:
    return printed_md or event_date(first_sentence(rest))


def compose_article(prep: Prepared, rng, style, pool, page_md: str, budget: int) -> Composed | None:
    kicker, title, subtitle, gold = _headline(prep, rng, style)
    comp = Composed(
        kicker=kicker, title=title, subtitle=subtitle, tag=prep.tag, section=prep.section
    )
    credits: list[cr.Credit] = []
    paras = _body(prep, rng, budget)
    credits += (
        cr.group_credits([g for g in prep.tail_groups if any(g.names)])
        if len(paras) == len(prep.paras)
        else []
    )
    if len(paras) < len(prep.paras):
        # A cut body loses its tail credit lines; keep only what is still printed.
        paras = [(r, t) for r, t in paras if r != "byline"]
    rest = paras[0][1]

    groups = prep.groups
    signed = [g for g in groups if g.role == "author" and not g.organization]
    reporters = [n for g in groups + prep.dateline_groups if g.role == "reporter" for n in g.names]
    corrs = [n for g in groups if g.role == "correspondent" for n in g.names]
    others = [g for g in groups if g.role == "author" and g.organization]
    # A news item (dated, 近日…, 记者…) gets a made-up local reporter and 本报讯 far
    # more often than an essay or a feature.
    news_like = bool(prep.dateline) or bool(_NEWS_OPENING.search(rest[:40]))
    agency = bool(prep.dateline) and prep.dateline.startswith(("新华社", "据新华社", "中新社"))
    if agency:
        pass  # an agency story gets no local reporter made up for it
    elif (
        not reporters
        and not signed
        and not others
        and rng.random() < style["invent_reporter"] * (1.0 if news_like else 0.3)
    ):
        n = 1 if rng.random() < 0.7 else 2
        staff = style.get("staff") or []
        if len(staff) >= n and rng.random() < 0.75:
            # A local page is mostly written by the same one or two reporters.
            reporters = rng.sample(staff, n)
        else:
            reporters = pool.draw_many(rng, n)
    if reporters and not corrs and not agency and rng.random() < style["correspondent"]:
        corrs = pool.draw_many(rng, 1 if rng.random() < 0.8 else 2, avoid=reporters)
    reporters, corrs = reporters[:4], corrs[:2]

    # Lead opener.
    if prep.dateline:
        # A wire story keeps its wire dateline (新华社…电（记者 X）) as printed.
        weights = {"keep": 1} if agency else dict(style["lead_dateline"])
    else:
        weights = dict(style["lead_plain"])
    lead_form = _pick(rng, weights)
    if not news_like and lead_form != "none" and rng.random() < 0.7:
        lead_form = "none"
    if len(rest) < 30 or not set(rest) & set("，。"):
        # An opener such as 核心阅读 or a package's sub-title takes no 本报讯.
        lead_form = "keep" if prep.dateline else "none"
    if signed and lead_form != "keep":
        lead_form = "none"
    printed_md = None
    lead_has_credit = False
    if lead_form == "keep" and prep.dateline:
        orig = prep.record["body"][0].replace("\u200b", "").strip()
        printed_md = prep.dateline_md
        if orig.startswith(prep.dateline) and orig.endswith(rest):
            first = orig  # as published, bracket credit included
            credits += cr.group_credits(prep.dateline_groups)
            lead_has_credit = bool(prep.dateline_groups)
        else:
            first = prep.dateline + "  " + rest
        paras[0] = ("body", first)
    elif lead_form in ("benbao", "benbao_bracket", "paper", "dated"):
        md = prep.dateline_md or event_date(first_sentence(rest)) or page_md
        opener, got, printed_md = cr.lead_opener(
            rng, lead_form, md, reporters, corrs, style["paper"]
        )
        credits += got
        lead_has_credit = bool(got)
        paras[0] = ("body", opener + rest)
    else:
        lead_form = "none"

    date = _date(printed_md, rest)

    # Credits printed outside the lead.
    raw_byline = (prep.record.get("byline") or "").strip()
    if raw_byline in ("本报评论员", "评论员", "本报特约评论员"):
        comp.under.append(("byline", raw_byline))  # a credit line without a name
    if signed and not reporters:
        names = [n for g in signed for n in g.names][:3]
        where = _pick(rng, {"hollow": 3, "under": 2, "end": 3, "glued": 1})
        if where == "hollow":
            comp.under.append(("byline", "□" + " ".join(names)))
        elif where == "under":
            comp.under.append(("byline", cr.group_text(signed, rng.random() < 0.5)))
        elif where == "glued" and paras[-1][0] == "body" and paras[-1][1][-1:] in "。！？”":
            paras[-1] = ("body", paras[-1][1] + " ".join(names))
        else:
            paras.append(("byline", " ".join(names)))
        credits += [(n, cr.AUTHOR) for n in names]
    elif others and not lead_has_credit:
        comp.under.append(("byline", cr.group_text(others, style["padded"])))
        credits += cr.group_credits(others)
    elif (reporters or corrs) and not lead_has_credit:
        place = _pick(rng, style["byline_place"])
        if lead_form == "keep" and prep.dateline and place == "dateline_end":
            place = "end_lines"
        got, place = _place_byline(comp, paras, rng, style, place, reporters, corrs, prep)
        credits += got
        if place == "dateline_end":
            # The dateline now closes the story, so the lead prints without one.
            paras[0] = ("body", rest)
            date = prep.dateline_md

    if not paras or paras[0][0] != "body":
        return None
    if rng.random() < style["editor_note"]:
        # An editor's note opens the story and so gives its lead.
        paras.insert(0, ("body", rng.choice(EDITOR_NOTES)))

    # Photos of the article after its body.
    if prep.captions and rng.random() < style["captions"]:
        for text, groups in prep.captions[: rng.randint(1, 2)]:
            credits += _caption_block(paras, text, groups, rng, pool)

    comp.paras = paras
    # The lead must be printed in one run: stop at the first credit or caption line.
    run = []
    for role, text in paras:
        if role not in ("body", "subhead"):
            break
        run.append(text)
    body_text = "\n".join(run)
    lead = lead_of(body_text)
    if len(lead) < 16:
        return None
    comp.gold = {
        "lead": lead,
        "people": None,
        "people_optional": [],
        **gold,
        "title_alternatives": [],
        "column": None,
        "date": date,
        "credits": cr.merge(credits),
        "credits_optional": [],
    }
    return comp


def _place_byline(comp, paras, rng, style, place, reporters, corrs, prep) -> tuple[list, str]:
    """Print the byline at `place`; returns its credits and where it really went."""
    form = style["byline_form"] if rng.random() < 0.8 else _pick(rng, style["byline_forms"])
    if form == "hollow_wb" and "晚报" not in style["paper"]:
        form = "hollow_bb"  # □晚报记者 only in an evening paper
    if place in ("under", "above"):
        lines, got = cr.byline_lines(rng, reporters, corrs, form, two_lines=rng.random() < 0.2)
        target = comp.under if place == "under" else comp.above
        target.extend(("byline", s) for s in lines)
        return got, place
    if place == "glued" and reporters and paras[-1][0] == "body" and paras[-1][1][-1:] in "。！？”":
        lines, got = cr.byline_lines(rng, reporters, corrs, "plain")
        paras[-1] = ("body", paras[-1][1] + lines[0])
        return got, place
    if place == "paren":
        names = (reporters + corrs)[:3]
        paras.append(("byline", "（" + " ".join(names) + "）"))
        return [(n, cr.AUTHOR_OR_REPORTER) for n in names], place
    if place == "bare" and len(reporters) == 1 and not corrs:
        paras.append(("byline", reporters[0]))
        return [(reporters[0], cr.AUTHOR_OR_REPORTER)], place
    if place == "dateline_end" and prep.dateline and prep.dateline.startswith("本报") and reporters:
        names = "、".join(reporters)
        paras.append(("byline", f"（{prep.dateline} 记者 {names}）"))
        return [(n, cr.REPORTER) for n in reporters], place
    place = "end_lines" if place in ("end_lines", "end_one") else "end_one"
    two = place == "end_lines" and bool(corrs)
    lines, got = cr.byline_lines(
        rng, reporters, corrs, "plain" if rng.random() < 0.8 else "benbao", two
    )
    paras.extend(("byline", s) for s in lines)
    return got, place


def _caption_block(paras, text, groups, rng, pool) -> list:
    if groups:
        credit = cr.group_text(groups, rng.random() < 0.3)
        got = cr.group_credits(groups)
    elif rng.random() < 0.6 and not text.endswith(("提供", "供图", "摄")):
        name = pool.draw(rng)
        credit = rng.choice(
            (f"本报记者 {name} 摄", f"拍友 {name} 摄", f"{name}/图", f"记者 {name} 摄")
        )
        got = [(name, cr.PHOTOGRAPHER)]
    else:
        paras.append(("caption", text))
        return []
    if rng.random() < 0.3:
        if len(got) == 1 and rng.random() < 0.5:
            credit = f"{got[0][0]}摄"  # the short （某某摄） form
        paras.append(("caption", f"{text}（{credit.replace(' ', '')}）"))
    else:
        paras.append(("caption", text))
        paras.append(("byline", credit))
    return got


def compose_photo(prep: Prepared, rng, style, pool) -> Composed | None:
    """A photo item: title, caption(s) and photo credits; the caption is its body."""
    if not prep.captions:
        return None
    kicker, title, subtitle, gold = _headline(prep, rng, style)
    comp = Composed(kicker=[], title=title, subtitle=[], photo=True)
    paras: list[tuple[str, str]] = []
    credits: list = []
    for text, groups in prep.captions[: rng.randint(1, 4)]:
        if not groups and text.endswith(("提供", "供图", "摄")):
            paras.append(("caption", text))
        elif not groups:
            name = pool.draw(rng)
            paras.append(("caption", text))
            paras.append(("byline", f"本报记者 {name} 摄"))
            credits.append((name, cr.PHOTOGRAPHER))
        else:
            credits += _caption_block(paras, text, groups, rng, pool)
    first = paras[0][1]
    lead = lead_of(first)
    if len(lead) < 16:
        return None
    comp.paras = paras
    comp.gold = {
        "lead": lead,
        "people": None,
        "people_optional": [],
        "title": gold["title"],
        "title_alternatives": [],
        "subtitle": None,
        "kicker": None,
        "column": None,
        "date": event_date(first_sentence(first)),
        "credits": cr.merge(credits),
        "credits_optional": [],
    }
    return comp
