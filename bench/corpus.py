"""A deterministic synthetic corpus of newspaper pages in the seed pages' layouts.

`generate(out_dir, pages, seed)` writes the page files, the `manifest.json` that
`manage.py ingest` reads beside them, and `truth.json`: what the generator put on
each page (its articles, their headlines and credits). Benchmarks read the truth to
report articles per second; tests compare the parser with it on pages it has never
seen.

The prose is the seed pages' own: their body text is split into sentences at import
time (from fixtures/seeds/, never copied here) and dealt into new paragraphs, with
generated reporters and departments, in the four layouts the seeds show (written
by `bench/layouts.py`):

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
from bench.layouts import COLUMN_ENDINGS, RENDER

SEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
LAYOUTS = ("a", "b", "c", "d")
TRUTH_NAME = "truth.json"

# --- the seeds' sentences ---------------------------------------------------------

_TO_FULL = str.maketrans({",": "，", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})
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
        manifest[name] = {
            "zone": zone,
            "year": year,
            "publication": publication,
            "columns": paper_columns(kind),  # a paper's columns are its manifest's
        }
        truth[name] = {"layout": layout, "articles": articles}
    _dump(out / MANIFEST_NAME, {"pages": manifest})
    _dump(out / TRUTH_NAME, {"seed": seed, "stats": stats({"pages": truth}), "pages": truth})
    return out


def paper_columns(kind: str) -> list[str]:
    """The columns (栏目) a generated paper prints: its kind of zone and a column word."""
    return [kind + ending for ending in (*COLUMN_ENDINGS, "强音")]


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
