"""A deterministic synthetic corpus of newspaper pages in the seed pages' layouts.

`generate(out_dir, pages, seed)` writes the page files, the `manifest.json` that
`manage.py ingest` reads beside them, and `truth.json`: what the generator put on
each page (its articles, their headlines and credits). Benchmarks read the truth to
report articles per second; tests compare the parser with it on pages it has never
seen.

The prose is the seed pages' own: their body text is split into sentences at import
time (from fixtures/seeds/, never copied here) and dealt into new paragraphs, with
generated reporters and departments, in the four layouts the seeds show:

  a  narrow OCR columns (~12 characters a line), column breaks as blank lines that
     fall wherever a column ends, bylines on their own lines, most headlines gathered
     at the page's end (some wrapped, one under a kicker), a ■rubric;
  b  one paragraph per line, headline above, `本报讯 6月1日上午,…`, bylines on their
     own line or glued to the last sentence (`…。记者 X`), a column (党建连连看);
  c  bracket credits `本报讯(记者X 通讯员Y)`, a commentary signed `□X` under its
     title, a photo signed `本报记者 X 摄`, a column (高新区动态) over the last articles;
  d  Markdown `# ` / `## ` headings, bylines on their own line, glued, or from another
     outlet (`记者 X 高新时报 Y 文/图`).

One random.Random(seed) drives everything, and nothing reads the clock: the same
seed writes the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from archive.manifest import MANIFEST_NAME  # plain Python, like this module

SEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
LAYOUTS = ("a", "b", "c", "d")
TRUTH_NAME = "truth.json"

# --- the seeds' sentences ---------------------------------------------------------

_TO_FULL = str.maketrans({",": "，", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})
_TO_HALF = str.maketrans(
    {"，": ",", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?", "：": ":"}
)
_COLON = re.compile(r"(?<!\d):|:(?!\d)")  # 10:30 keeps its colon
_SENTENCE = re.compile(r"[^。！？]+[。！？]+”?")
# Headings, signatures, rubrics, and short lines that are bylines.
_NOT_BODY = re.compile(r"^[#□■]|^(?=.{0,30}$).*(?:记者|通讯员|文/图|摄$)")
_TRAILING_BYLINE = re.compile(r"(?<=[。！？”])\s*(?:本报)?记者.{0,40}$")
_LEAD_MARK = re.compile(r"^(?:本报讯|另讯)[，\s]*(?:（[^）]{0,40}）)?")
_CLAUSE = re.compile(r"[，,。；;：:、]")


def full_width(text: str) -> str:
    """The corpus's canonical punctuation; layouts b-d print it half-width, as the seeds do."""
    return _COLON.sub("：", text.translate(_TO_FULL))


def _seed_paragraphs(path: Path) -> list[str]:
    """A seed page's running text: headlines, bylines, rubrics and headings left out."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and not _NOT_BODY.search(ln)]
    if not lines:
        return []
    if statistics.median(len(ln) for ln in lines) <= 24:
        # Narrow OCR columns: every paragraph ends a sentence, so one run of text does.
        return ["".join(lines)]
    # One paragraph a line; a short line without clause punctuation is a headline or
    # a column name, and a line stopping mid-sentence runs on after a column break.
    paragraphs, carry = [], ""
    for line in lines:
        if len(line) <= 50 and not _CLAUSE.search(line):
            continue
        line = _TRAILING_BYLINE.sub("", carry + line)
        carry = "" if line[-1] in "。！？”!?" else line
        if not carry:
            paragraphs.append(line)
    return paragraphs


def seed_sentences(folder: Path = SEEDS_DIR) -> tuple[str, ...]:
    """The seed pages' body sentences, full-width punctuation, OCR spaces removed."""
    found: dict[str, None] = {}
    for path in sorted(folder.glob("*.txt")):
        for paragraph in _seed_paragraphs(path):
            text = re.sub(r"\s+", "", full_width(paragraph))
            for m in _SENTENCE.finditer(text):
                sentence = _LEAD_MARK.sub("", m.group())
                if (
                    12 <= len(sentence) <= 160
                    and not re.search("本报|记者|通讯员", sentence)
                    and sentence[0] not in "，、；：”）。！？"
                ):
                    found.setdefault(sentence)
    return tuple(found)


SENTENCES = seed_sentences()

# --- what the generator invents -----------------------------------------------------

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建辉鹏飞宇浩晓琳婷雪梅颖欣佳怡博振海峰亮彬斌慧倩瑶琦晨凯旭瑞志鑫俊帆宁莉燕"
CITIES = ("郑州", "洛阳", "焦作", "新乡", "开封", "许昌", "南阳", "安阳")
ZONE_KINDS = ("高新区", "经开区")
PLACE_HEAD = "东西南北金银翠青明长新丰安兴华龙凤桃柳梧枫石沙"
PLACE_TAIL = "湖山河桥林园城苑庄源岭湾塘泉营"
BUREAUS = (
    "财政金融局 城市管理局 市场监管局 国土规划住建局 社会事业局 农业农村局 生态环境局 "
    "应急管理局 文化和旅游局 人力资源局 统计局 商务局 科技创新局 交通运输局 卫生健康局 教育局"
).split()
GROUPS = "投控集团 建设集团 智慧运营集团 城市发展集团 产业投资集团 文旅集团".split()
CENTRES = "政务服务中心 职工文化活动中心 社区卫生服务中心 综合执法中心 便民服务中心".split()
# (verb, object): the title says `{department}{verb}{object}`, the lead says it again.
ACTIONS = tuple(
    tuple(pair.split("|"))
    for pair in (
        "开展|安全生产大检查 举办|业务能力培训班 推进|人居环境整治 组织|志愿服务活动 "
        "召开|重点项目推进会 召开|营商环境座谈会 开展|防汛应急演练 推进|文明城市创建 "
        "开展|党史学习教育 开展|垃圾分类宣传 开展|消防安全演练 开展|企业走访调研 "
        "开展|消费维权宣传 举办|春风行动招聘会 推进|老旧小区改造 组织|重点项目观摩 "
        "组织|基层党建观摩 开展|食品安全抽检 开展|反诈骗宣传 开展|夏季送清凉活动 "
        "举办|网格员业务培训 开展|秸秆禁烧巡查 做好|冬季供暖保障 开展|全民健身活动 "
        "开展|法治宣传进社区 开展|金融知识普及 举办|群众文艺汇演 举办|读书分享会 "
        "开展|困难职工慰问 开展|燃气安全排查"
    ).split()
)
PHRASES = (
    "凝心聚力 真抓实干 提质增效 守牢底线 服务群众 护航发展 筑牢防线 务求实效 砥砺前行 "
    "担当作为 精准施策 共建共享 补齐短板 激发活力 优化服务 夯实基础 惠及民生 压实责任"
).split()
COLUMN_ENDINGS = ("动态", "视窗", "速递", "快讯", "聚焦", "一线")
TOPIC_COLUMNS = ("党建连连看", "文明连连看", "平安连连看")
UNDATED = ("近日", "日前", "连日来", "今年以来")
HOURS = ("", "", "上午", "下午")


@dataclass
class Story:
    """One article's content before a layout sets it."""

    dept: str
    verb: str
    obj: str
    paragraphs: list[str]  # full-width; the lead first, without 本报讯
    reporters: list[str]
    correspondents: list[str]

    @property
    def title(self) -> str:
        return f"{self.dept}{self.verb}{self.obj}"

    def credits(self) -> list[tuple[str, str, None]]:
        return [(n, "reporter", None) for n in self.reporters] + [
            (n, "correspondent", None) for n in self.correspondents
        ]

    def byline(self) -> str:
        """`记者 A B 通讯员 C`: one role word before the names it covers."""
        text = "记者 " + " ".join(self.reporters)
        return text + (" 通讯员 " + " ".join(self.correspondents) if self.correspondents else "")


class Deck:
    """Draws without repeating until every card is out, then shuffles again."""

    def __init__(self, rng: random.Random, cards):
        self.rng, self.cards, self.left = rng, list(cards), []

    def draw(self, n=1):
        out = []
        for _ in range(n):
            if not self.left:
                self.left = self.rng.sample(self.cards, len(self.cards))
            out.append(self.left.pop())
        return out


@dataclass
class Pools:
    """Everything a corpus's pages share, made once from the seed."""

    reporters: list[str]
    people: list[str]
    places: list[str]
    papers: list[tuple[str, str, str]]  # (zone, zone kind, publication)

    @classmethod
    def make(cls, rng: random.Random) -> Pools:
        names: dict[str, None] = {}
        while len(names) < 200:
            given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
            names.setdefault(rng.choice(SURNAMES) + given)
        places = sorted({a + b for a in PLACE_HEAD for b in PLACE_TAIL})
        papers = []
        for city in rng.sample(CITIES, 3):
            kind = rng.choice(ZONE_KINDS)
            papers.append((city + kind, kind, f"{city}{kind[:2]}报"))
        return cls([*names][:12], [*names][12:], rng.sample(places, 36), papers)

    def departments(self, kind: str) -> list[str]:
        """~60 departments of one zone: bureaus, sub-district offices, groups, centres."""
        return (
            [kind + b for b in BUREAUS]
            + [p + "办事处" for p in self.places[:12]]
            + [p + "街道" for p in self.places[12:24]]
            + [p + "社区" for p in self.places[24:36]]
            + [kind[:2] + g for g in GROUPS]
            + [kind + c for c in CENTRES]
        )


def _stories(rng, pools: Pools, kind: str, issue: dt.date, sentences: Deck) -> list[Story]:
    n = rng.randint(4, 10)
    staff = rng.sample(pools.reporters, rng.randint(1, 3))
    stories = []
    depts, actions = rng.sample(pools.departments(kind), n), rng.sample(ACTIONS, n)
    for dept, (verb, obj) in zip(depts, actions, strict=True):
        if rng.random() < 0.7:
            day = issue - dt.timedelta(days=rng.randrange(6))
            day = day if day.year == issue.year else issue
            when = f"{day.month}月{day.day}日{rng.choice(HOURS)}"
        else:
            when = rng.choice(UNDATED)
        lead_verb = rng.choice((verb, verb + "了", verb if verb == "组织" else "组织" + verb))
        lead = f"{when}，{dept}{lead_verb}{obj}。" + "".join(sentences.draw(rng.randint(1, 2)))
        others = ["".join(sentences.draw(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))]
        reporters = rng.sample(staff, min(len(staff), rng.choice((1, 1, 1, 2))))
        correspondents = rng.sample(pools.people, rng.choice((0, 1, 1, 1, 2)))
        stories.append(Story(dept, verb, obj, [lead, *others], reporters, correspondents))
    return stories


def _truth(story: Story | None, credits, paragraphs: int, **header) -> dict:
    return {
        **{k: header.get(k) for k in ("title", "kicker", "subtitle", "column")},
        "credits": [{"name": n, "role": r, "organization": o} for n, r, o in credits],
        "paragraphs": paragraphs,
        "lead": story.paragraphs[0] if story else None,  # without 本报讯 or credits
    }


# --- layouts --------------------------------------------------------------------------

_CLOSING = "，。、；：！？”）》"
_OPENING = "“（《"


def _slogan(rng: random.Random, n: int) -> str:
    return " ".join(rng.sample(PHRASES, n))


def _nudge(text: str, at: int, low: int) -> int:
    """Move a line break (typesetting's rule) so that no line opens with closing
    punctuation or ends with opening punctuation, and no number is cut."""
    while at < len(text) and (text[at] in _CLOSING or text[at - 1 : at + 1].isdigit()):
        at += 1
    while low + 2 < at < len(text) and text[at - 1] in _OPENING:
        at -= 1
    return at


def _wrap(rng: random.Random, text: str, width: int) -> list[str]:
    """Narrow OCR lines of about `width` characters."""
    lines, i = [], 0
    while i < len(text):
        j = _nudge(text, min(len(text), i + rng.choice((width - 1, width, width, width + 1))), i)
        lines.append(text[i:j].strip())
        i = j
    return [ln for ln in lines if ln]


def _column_breaks(lines: list[str], height: int) -> list[str]:
    """Columns `height` lines tall: where one ends, OCR leaves a blank line, whatever
    the text is doing there."""
    out, n = [], 0
    for line in lines:
        out.append(line)
        n += 1
        if n >= height:
            out += [""] if line else []
            n = 0
    return out


def _wide(rng: random.Random, paragraphs: list[str], chance: float) -> list[str]:
    """One paragraph a line, blank lines between. Where a column ended inside a
    paragraph, the text goes on after one or three blank lines."""
    lines = []
    for text in paragraphs:
        if len(text) >= 40 and rng.random() < chance:
            at = _nudge(text, rng.randint(20, len(text) - 8), 20)
            lines += [text[:at], *[""] * rng.choice((1, 1, 3))]
            text = text[at:]
        lines += [text, ""]
    return lines


def _start(rng: random.Random) -> list[str]:
    return ["", ""] if rng.random() < 0.5 else []  # pages often open with blank lines


def _layout_a(rng: random.Random, stories: list[Story], ctx: dict):
    # The seeds break a column every 13-19 lines, blank lines included.
    width, height = rng.choice((11, 12, 13)), rng.randint(13, 19)
    digit_gaps = rng.random() < 0.5  # 自 2017年, 2月 11日
    flow, blocks, truth = [], [], []
    kicker_at = rng.randrange(len(stories)) if rng.random() < 0.5 else None
    rubric_at = rng.randrange(1, len(stories)) if rng.random() < 0.3 else None
    for i, st in enumerate(stories):
        place = "end" if i == kicker_at else rng.choices(("end", "inline", "none"), (6, 2, 2))[0]
        header = {"title": st.title} if place != "none" else {}
        if i == rubric_at:  # ■新年开新局 over the article it introduces
            header["kicker"] = rng.choice(PHRASES) + rng.choice(PHRASES)
            flow += ["■" + header["kicker"], ""]
        if place == "inline":
            flow.append(st.title)
        paragraphs = ["本报讯 " + st.paragraphs[0], *st.paragraphs[1:]]
        for j, para in enumerate(paragraphs):
            if digit_gaps:
                para = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", para)
            lines = _wrap(rng, para, width)
            k = rng.randrange(1, len(lines) - 1) if j and len(lines) > 2 else 0
            if k and rng.random() < 0.1 and not any(c.isascii() for c in lines[k]):
                lines[k] = " ".join(lines[k])  # a justified line: 介 绍 了 郑 州
            flow += lines
            if j < len(paragraphs) - 1 and rng.random() < 0.9:
                flow.append("")
        if rng.random() < 0.67:
            flow.append("记者 " + " ".join(st.reporters))
            flow += ["通讯员 " + " ".join(st.correspondents)] if st.correspondents else []
        else:
            flow.append(st.byline())
        flow[-1] += " 文/图" if rng.random() < 0.15 else ""
        flow.append("")
        if place == "end":  # gathered at the page's end; a long title wraps after its body
            block = [[st.dept, st.verb + st.obj] if len(st.title) > width + 2 else [st.title]]
            if i == kicker_at:
                header["kicker"] = _slogan(rng, 2)  # 您上班 我带娃
                block = [[header["kicker"], st.title]]
                if rng.random() < 0.5:
                    header["subtitle"] = "".join(rng.sample(PHRASES, 2))
                    block.append([header["subtitle"]])
            blocks.append(block)
        truth.append(_truth(st, st.credits(), len(paragraphs), **header))
    if rng.random() < 0.3:  # a rubric standing alone among the headlines
        blocks.append([["■" + _slogan(rng, 3)]])
    rng.shuffle(blocks)
    lines = _column_breaks(flow, height)
    lines += [line for block in blocks for unit in block for line in (*unit, "")]
    if rng.random() < 0.5:
        lines[0] = " " + lines[0]  # OCR's leading space, as on the seeds
    return lines, truth


def _layout_b(rng: random.Random, stories: list[Story], ctx: dict):
    lines, truth = _start(rng), []
    column, column_from = None, len(stories)
    if len(stories) >= 4 and rng.random() < 0.6:
        column, column_from = rng.choice(TOPIC_COLUMNS), len(stories) - rng.randint(2, 3)
    for i, st in enumerate(stories):
        if i == column_from:
            lines += [column, ""]
        if i >= column_from:  # 前程办事处:深化以案促改 护航脱贫攻坚
            title = f"{st.dept}:{_slogan(rng, 2) if rng.random() < 0.5 else st.verb + st.obj}"
        elif rng.random() < 0.4:
            title = f"{rng.choice(PHRASES)}{rng.choice(PHRASES)} {st.title}"
        else:
            title = st.title
        paragraphs = [("本报讯 " + p if not j else p) for j, p in enumerate(st.paragraphs)]
        paragraphs = [p.translate(_TO_HALF) for p in paragraphs]
        byline = rng.choices(("own", "glued", "none"), (5, 4, 1))[0]
        credits = st.credits() if byline == "own" else []
        if byline == "glued":  # …平稳健康发展。记者 王赛华
            whole = rng.random() < 0.3
            paragraphs[-1] += st.byline() if whole else "记者 " + st.reporters[0]
            credits = st.credits() if whole else st.credits()[:1]
        lines += [title, "", *_wide(rng, paragraphs, 0.15)]
        if byline == "own":
            lines += [st.byline() + (" 文/图" if rng.random() < 0.15 else ""), ""]
        in_column = column if i >= column_from else None
        truth.append(_truth(st, credits, len(paragraphs), title=title, column=in_column))
    return lines, truth


def _layout_c(rng: random.Random, stories: list[Story], ctx: dict):
    kind, people = ctx["kind"], ctx["pools"].people
    lines, truth, n = _start(rng), [], len(stories)
    in_column = rng.randint(2, min(6, n - 2))
    extras = [e for e in ("commentary", "photo") if rng.random() < 0.5][: n - in_column - 1]
    order = ["plain"] * (n - in_column - len(extras)) + extras + ["column"] * in_column
    column = None
    for st, what in zip(stories, order, strict=True):
        if lines and rng.random() < 0.3:
            lines += ["", ""]  # sections stand three blank lines apart
        body = [p.translate(_TO_HALF) for p in st.paragraphs]
        if what == "commentary":  # title, □signature, column, then the text
            author, title = people[rng.randrange(len(people))], _slogan(rng, 2)
            lines += [title, "", "□" + author, "", kind + "强音", "", *_wide(rng, body[1:], 0.15)]
            credits = [(author, "author", None)]
            truth.append(_truth(None, credits, len(body) - 1, title=title, column=kind + "强音"))
            continue
        if what == "photo":  # column, title, caption, 本报记者 X 摄
            title, photographer = f"{rng.choice(PHRASES)} {st.obj}", st.reporters[0]
            lines += [kind + "视窗", "", title, "", body[-1], "", f"本报记者 {photographer} 摄", ""]
            credits = [(photographer, "photographer", None)]
            truth.append(_truth(None, credits, 1, title=title, column=kind + "视窗"))
            continue
        if what == "column" and column is None:
            column = kind + rng.choice(COLUMN_ENDINGS)
            lines += [column, ""]
        title = f"{st.dept} {st.verb}{st.obj}" if rng.random() < 0.3 else st.title
        credits = st.credits()[:1] + [c for c in st.credits() if c[1] == "correspondent"][:1]
        bracket = " ".join(("记者" if r == "reporter" else "通讯员") + nm for nm, r, _ in credits)
        body[0] = f"本报讯({bracket})" + body[0]  # 本报讯(记者郭树勋 通讯员李亚芬)6月25日下午,…
        lines += [title, "", *_wide(rng, body, 0.15)]
        truth.append(_truth(st, credits, len(body), title=title, column=column))
    return lines, truth


def _layout_d(rng: random.Random, stories: list[Story], ctx: dict):
    kind, people = ctx["kind"], ctx["pools"].people
    lines, truth = _start(rng), []
    for i, st in enumerate(stories):
        header = {"title": st.title}
        if i == 0 and rng.random() < 0.4:  # a page head over the first article
            header = {"title": kind + rng.choice(PHRASES) + rng.choice(PHRASES)}
            header["subtitle"] = st.title
            lines += ["# " + header["title"], "", "", ""]
        lines += ["## " + st.title, ""]
        if rng.random() < 0.2:  # a two-line subtitle with a Markdown hard break
            a, b = rng.sample(PHRASES, 2)
            lines += [f"{a},{b},  ", f"全力{st.verb}{st.obj}", ""]
            header["subtitle"] = f"{a},{b}, 全力{st.verb}{st.obj}"
        marker = "本报讯 " if rng.random() < 0.6 else ""
        paragraphs = [(marker + p if not j else p) for j, p in enumerate(st.paragraphs)]
        paragraphs = [p.translate(_TO_HALF) for p in paragraphs]
        byline = rng.choices(("own", "glued", "outlet", "none"), (4, 3, 1, 2))[0]
        credits = [(st.reporters[0], "reporter", None)] if byline != "none" else []
        if byline == "glued":
            paragraphs[-1] += "记者 " + st.reporters[0]
        lines += _wide(rng, paragraphs, 0.1)
        if byline == "own":
            lines += ["记者 " + st.reporters[0], ""]
        elif byline == "outlet":  # 记者 孙庆辉 高新时报 方宝岭 文/图
            guest, outlet = people[rng.randrange(len(people))], kind[:2] + "时报"
            lines += [f"记者 {st.reporters[0]} {outlet} {guest} 文/图", ""]
            credits.append((guest, "author", outlet))
        truth.append(_truth(st, credits, len(paragraphs), **header))
    return lines, truth


RENDER = {"a": _layout_a, "b": _layout_b, "c": _layout_c, "d": _layout_d}


# --- the corpus -------------------------------------------------------------------------


def generate(out_dir, pages: int, seed: int, start_year: int = 2015, years: int = 10) -> Path:
    """Write `pages` pages, manifest.json and truth.json into `out_dir`; return it.

    Layouts rotate a, b, c, d. A folder holding anything but an earlier corpus is
    refused, so a typo cannot scatter pages into someone's files."""
    out = Path(out_dir)
    _clear(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pools = Pools.make(rng)
    sentences = Deck(rng, SENTENCES)
    manifest, truth = {}, {}
    for index in range(pages):
        layout = LAYOUTS[index % len(LAYOUTS)]
        zone, kind, publication = rng.choice(pools.papers)
        year = start_year + rng.randrange(years)
        issue = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        stories = _stories(rng, pools, kind, issue, sentences)
        lines, articles = RENDER[layout](rng, stories, {"kind": kind, "pools": pools})
        name = f"{index:05d}_{layout}.txt"
        (out / name).write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
        manifest[name] = {"zone": zone, "year": year, "publication": publication}
        truth[name] = {"layout": layout, "articles": articles}
    _dump(out / MANIFEST_NAME, {"pages": manifest})
    _dump(out / TRUTH_NAME, {"seed": seed, "stats": stats({"pages": truth}), "pages": truth})
    return out


def _dump(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _clear(out: Path) -> None:
    if not out.exists() or not any(out.iterdir()):
        return
    if not (out / TRUTH_NAME).is_file():
        raise FileExistsError(f"{out}: folder is not empty and holds no generated corpus")
    old = json.loads((out / TRUTH_NAME).read_text(encoding="utf-8"))
    for name in [*old.get("pages", {}), MANIFEST_NAME, TRUTH_NAME]:
        (out / name).unlink(missing_ok=True)


def load_truth(out_dir) -> dict:
    return json.loads((Path(out_dir) / TRUTH_NAME).read_text(encoding="utf-8"))


def stats(truth: dict) -> dict:
    """Articles per page over the corpus, and by layout."""
    counts = [len(p["articles"]) for p in truth["pages"].values()]
    by_layout: dict[str, list[int]] = {}
    for page in truth["pages"].values():
        by_layout.setdefault(page["layout"], []).append(len(page["articles"]))
    return {
        "pages": len(counts),
        "articles": sum(counts),
        "articles_per_page": round(sum(counts) / len(counts), 2) if counts else 0.0,
        "min": min(counts, default=0),
        "max": max(counts, default=0),
        "by_layout": {k: round(sum(v) / len(v), 2) for k, v in sorted(by_layout.items())},
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.corpus", description=__doc__.split("\n")[0]
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start-year", type=int, default=2015)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args(argv)
    if args.pages < 1 or args.years < 1:
        parser.error("--pages and --years must be at least 1")
    try:
        out = generate(args.out_dir, args.pages, args.seed, args.start_year, args.years)
    except FileExistsError as exc:
        parser.error(str(exc))
    summary = load_truth(out)["stats"]
    sys.stdout.write(f"{out}: {json.dumps(summary, ensure_ascii=False)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
