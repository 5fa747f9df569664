"""Reading the corpus's byline strings into credit groups, and a pool of names.

A byline such as `本报记者  乔  栋  白剑峰` is a role word followed by names; People's
Daily pads two-character names with spaces, so single characters standing alone
are joined two by two. Whatever the small grammar below cannot read is dropped:
the renderer only needs names it is sure of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CJK = re.compile(r"^[\u4e00-\u9fff·]+$")
# role word -> contract role; longest first so 本报记者 wins over 记者.
_ROLE_WORDS = (
    ("本报通讯员", "correspondent"),
    ("本报评论员", "author"),
    ("本报记者", "reporter"),
    ("见习记者", "reporter"),
    ("特约记者", "reporter"),
    ("通讯员", "correspondent"),
    ("评论员", "author"),
    ("记者", "reporter"),
)
_OUTLET = re.compile(r"^(.{2,12}?)(记者|特约记者)$")
_PHOTO_TAIL = re.compile(r"(摄影报道|摄影|摄)$")
# Bits that never occur in a person's name, and endings of organisations.
_NOT_NAME_PARTS = ("记者", "通讯员", "本报", "摄影", "编辑", "评论员", "的", "了", "是")
_ORG_ENDINGS = tuple("部局委院省市区县社会报所厅处办")

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
    "肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红玲建国鹏飞"
    "宇浩然思远晓东雪梅海燕志宏文博佳怡子涵雨欣振宁立新春晖嘉琪凯明亚"
)


@dataclass
class CreditGroup:
    role: str  # contract role: reporter, correspondent, author, photographer
    names: list[str] = field(default_factory=list)
    organization: str | None = None
    word: str | None = None  # the role word as the source printed it (本报记者, 新华社记者…)


def is_name(s: str) -> bool:
    if not (2 <= len(s) <= 4 and _CJK.match(s)):
        return False
    return not any(p in s for p in _NOT_NAME_PARTS) and not s.endswith(_ORG_ENDINGS)


def _join_names(tokens: list[str]) -> list[str] | None:
    """Tokens after a role word -> names; padded single characters pair up."""
    names: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok) == 1:
            # `王  珏`: a padded two-character name; a lone third char would be a
            # three-character name padded the same way (rare, but printed).
            if i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
                joined = tok + tokens[i + 1]
                i += 2
                if (
                    i < len(tokens)
                    and len(tokens[i]) == 1
                    and (i + 1 >= len(tokens) or len(tokens[i + 1]) > 1)
                ):
                    joined += tokens[i]
                    i += 1
                names.append(joined)
                continue
            return None
        names.append(tok)
        i += 1
    if not all(is_name(n) for n in names):
        return None
    return names


def _role_of(token: str) -> tuple[str, str | None] | None:
    for word, role in _ROLE_WORDS:
        if token == word:
            return role, None
    m = _OUTLET.match(token)
    if m and not is_name(token):
        # Another outlet's reporter signs as an author in the contract.
        return "author", m.group(1).strip("《》")
    return None


def _close(current: CreditGroup | None, pending: list[str], groups: list[CreditGroup]) -> bool:
    """Attach the names read since the last role word; False if they are not names."""
    if current is None and not pending:
        return True
    names = _join_names(pending)
    if names is None:
        return False
    if current is None:
        groups.append(CreditGroup("author", names))
    elif names:
        current.names = names
        groups.append(current)
    return True


def parse_byline(text: str | None) -> list[CreditGroup]:
    """Corpus byline -> credit groups; [] when any part cannot be read."""
    if not text:
        return []
    text = text.replace("\u200b", "").replace("\u3000", " ").strip()
    groups: list[CreditGroup] = []
    for line in text.split("\n"):
        tokens = [t for t in re.split(r"\s+", line.strip()) if t]
        photo = False
        if tokens:
            m = _PHOTO_TAIL.search(tokens[-1])
            if m:
                photo = True
                rest = tokens[-1][: m.start()]
                tokens = tokens[:-1] + ([rest] if rest else [])
        if tokens and tokens[-1].endswith("整理") and not photo:
            # `本报记者  王某  李某整理`: the reporters who wrote an interview up.
            rest = tokens[-1].removesuffix("整理").removesuffix("采访")
            tokens = tokens[:-1] + ([rest] if rest else [])
        current: CreditGroup | None = None
        pending: list[str] = []

        for tok in tokens:
            role = _role_of(tok)
            if role is not None:
                if not _close(current, pending, groups):
                    return []
                current, pending = CreditGroup(role[0], [], role[1], tok), []
            else:
                pending.append(tok)
        if not _close(current, pending, groups):
            return []
        if photo:
            for g in groups:
                g.role = "photographer"
    return [g for g in groups if g.names]


_BRACKET = re.compile(r"^[（(]([^（）()]{2,40})[）)]")


def parse_bracket_credit(text: str) -> list[CreditGroup]:
    """`（记者刘温馨）`, `（记者 X、Y 通讯员 Z）`, `（本报记者 X、Y）` -> groups."""
    m = _BRACKET.match(text)
    if not m:
        return []
    inner = m.group(1)
    inner = re.sub(r"(本报通讯员|本报记者|见习记者|通讯员|记者)", r" \1 ", inner)
    inner = re.sub(r"[、，,]", " ", inner)
    groups = parse_byline(inner)
    if not groups or any(g.role == "author" and g.organization is None for g in groups):
        return []
    return groups


def bracket_span(text: str) -> int:
    """Length of a leading bracket credit in `text` (0 if none)."""
    m = _BRACKET.match(text)
    if m and parse_bracket_credit(text):
        return m.end()
    return 0


class NamePool:
    """Names seen in the records' bylines, plus surname+given names made up here."""

    def __init__(self, records=()):
        seen: set[str] = set()
        self.outlets: list[str] = []
        outlets: set[str] = set()
        for r in records:
            for g in parse_byline(r.get("byline")):
                seen.update(g.names)
                if g.organization:
                    outlets.add(g.organization)
        self.seen = sorted(seen)
        self.outlets = sorted(outlets)

    def draw(self, rng, avoid=()) -> str:
        for _ in range(20):
            if self.seen and rng.random() < 0.6:
                name = rng.choice(self.seen)
            else:
                given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
                name = rng.choice(SURNAMES) + given
            if name not in avoid and is_name(name):
                return name
        return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)

    def draw_many(self, rng, n: int, avoid=()) -> list[str]:
        out: list[str] = []
        for _ in range(n):
            out.append(self.draw(rng, avoid=set(avoid) | set(out)))
        return out
