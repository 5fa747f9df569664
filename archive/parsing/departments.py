"""Government bodies, companies, communities and villages named in an article.

A department is found by its suffix (局, 办事处, 社区, 有限公司 …, see
`lexicon.DEPARTMENT_SUFFIXES`) and read leftwards to where its name begins: the previous
department, punctuation, or a verb or preposition (来到|梧桐办事处). Its name is then made
canonical within the page's zone, so that one body printed three ways is one department:
with zone 郑州高新区, 区市场监管局 = 高新区市场监管局 = 郑州高新区市场监管局, all named
高新区市场监管局. Bodies of another level (郑州市财政局, 省财政厅) keep their own name.

A name is kept only when it names one body (orgnames.names_a_body): a head noun and a
place or a name of its own before it. 9个村改居社区 or 一所综合性三甲医院 count bodies of
a kind, 供水公司 names a trade: none is a department. A body's level of government comes
from the place its name begins with: 国家中医药局 is national and 省财政厅 provincial,
filed under no district. One body printed in full and abbreviated (高新区文化和旅游局,
高新区文旅局) is one department, named in full (`same_body`).

Sub-units (郑州市财政局预算绩效管理处) are not separate departments: 处, 科, 室 are not
suffixes here, so the sub-unit's text is read as what follows its parent 局, which is the
department recorded. A sub-unit that is a committee or similar (河南省总工会女职工委员会)
is recorded under its full name, next to its parent.
"""

from __future__ import annotations

import functools
import re

from . import lexicon as lx
from . import orgnames
from .result import DepartmentMention

_SUFFIXES = sorted(lx.DEPARTMENT_SUFFIXES, key=lambda pair: len(pair[0]), reverse=True)
_SUFFIX = re.compile("|".join(re.escape(s) for s, _ in _SUFFIXES))
_KINDS = dict(_SUFFIXES)
_PARENTHETICAL = re.compile(r"[（(][^（）()]{1,10}[）)]")
# 第三 of 第三中学; 第二次, 第十四届 of a census's or a congress's bodies.
_ORDINAL = re.compile(rf"^{lx.ORDINAL}[次届批期]?$")
_MAX_NAME = 24
# Kinds that, printed bare in a zone's paper, are the zone's own (国土规划住建局, 石佛办事处);
# so is any government body named by its field alone (党政办公室, 消防大队).
_ZONE_KINDS = ("bureau", "office", "subdistrict", "town")
# A count or a pointer before a name: a kind of body, not one (9个|村改居社区, 这家|公司).
_COUNTED = re.compile(rf"(?:[{lx.NUMERALS}]+|[这那每各某该此])[{lx.CLASSIFIERS}]$")
# Kinds a sub-unit may have when printed right after its parent (…总工会女职工委员会,
# 郑州大学第一附属医院); a community after its office (梧桐办事处盛世社区) is its own.
_SUB_UNIT_KINDS = ("committee", "other", "center", "hospital", "school")
# Kinds whose names never sit inside another's: a rejected one still ends the next.
_STANDALONE_KINDS = ("company", "group", "bureau", "office")
# Suffixes of bodies that join two fields with 和 (文化和旅游局, 住房和城乡建设局).
_JOINED_SUFFIXES = ("局", "厅", "委员会", "分局")


@functools.lru_cache(maxsize=256)  # a page's zone, asked for every name in it
def zone_short_name(zone: str | None) -> str | None:
    """How a zone's own paper names it: 郑州高新区 → 高新区, 郑州经开区 → 经开区."""
    if not zone:
        return None
    for long, short in lx.ZONE_ABBREVIATIONS:
        zone = zone.replace(long, short)
    if len(zone) >= 5:
        return zone[3:] if zone[2] == "市" else zone[2:]
    return zone


@functools.lru_cache(maxsize=256)
def _zone_city(zone: str | None) -> str | None:
    """The city a zone belongs to, when its name says: 郑州高新区 → 郑州市."""
    short = zone_short_name(zone)
    if not zone or not short or short == zone:
        return None
    city = zone[: zone.index(short)] if short in zone else zone[:2]
    return city if city.endswith("市") else city + "市"


def department_kind(name: str) -> str:
    """The archive.models.DepartmentKind value for a department name, by its suffix."""
    for suffix, kind in _SUFFIXES:
        if name.endswith(suffix):
            return kind
    return "other"


def find_departments(text: str, *, zone: str | None) -> list[DepartmentMention]:
    """Each department named in `text`, once, canonical within `zone`, in text order."""
    found: dict[str, DepartmentMention] = {}
    own = zone_words(zone)
    floor, parent = 0, None  # where the previous department ended, and its printed name
    for m in _SUFFIX.finditer(text or ""):
        if _continues(text, m.end()):
            continue
        kind = _KINDS[m.group()]
        start = _name_start(text, m.start(), floor, m.group(), own)
        printed = text[start : m.end()]
        if start == floor == m.start() and parent and kind == "company":
            continue  # 高新投资控股集团|有限公司: the group already found
        if start == floor and parent and (kind in _SUB_UNIT_KINDS or start == m.start()):
            printed = parent + printed  # 河南省总工会|女职工委员会, 郑州中学|附属小学
        elif not _plausible(printed, m.group(), zone) or _counted(text, start):
            if kind in _STANDALONE_KINDS:
                floor, parent = m.end(), None  # 其子公司|高新智慧运营集团
            continue
        name, dept_zone, level = _canonical(printed, kind, zone)
        if not orgnames.names_a_body(name, own | {zone} if zone else own):
            floor, parent = m.end(), None  # 供水公司、|供电公司
            continue
        mention = found.setdefault(name, DepartmentMention(name, kind, dept_zone, level))
        if printed not in mention.aliases:
            mention.aliases.append(printed)
        floor, parent = m.end(), printed
    return _fold(found, zone)


def _fold(found: dict[str, DepartmentMention], zone: str | None) -> list:
    """One body printed in several forms in one text is one department, named by its
    fullest form: 政务服务中心 joins 高新区政务服务中心, 文旅局 joins 文化和旅游局."""
    # same_body holds only between names with one head once the zone's words are gone
    # (an abbreviation keeps its head): compare within those groups, each name's bare
    # form computed once. An article may name dozens of bodies.
    bare = {name: _without_zone_words(name, zone) for name in found}
    heads = {name: orgnames.head(b) for name, b in bare.items()}
    for name in sorted(found, key=len):
        full = next(
            (
                f
                for f in found
                if f != name
                and heads[f] == heads[name]
                and _same_bare(name, f, bare[name], bare[f])
            ),
            None,
        )
        if full and len(full) > len(name):
            short = found.pop(name)
            found[full].aliases.extend(a for a in short.aliases if a not in found[full].aliases)
    return list(found.values())


def same_body(short: str, full: str, zone: str | None) -> bool:
    """Are `short` and `full` (canonical names within `zone`) one body's names, `full`
    the fuller: the same without the zone's words (高新智慧运营集团, 智慧运营集团), or the
    one an abbreviation of the other (高新投控集团, 高新投资控股集团)?"""
    return _same_bare(
        short, full, _without_zone_words(short, zone), _without_zone_words(full, zone)
    )


def _same_bare(short: str, full: str, a: str, b: str) -> bool:
    if a == b:
        return len(short) < len(full)
    return orgnames.abbreviates(a, b)


@functools.lru_cache(maxsize=65536)  # the resolver compares each new name with a zone's all
def _without_zone_words(name: str, zone: str | None) -> str:
    bare = _strip_zone(name, zone)
    for word in _longest_first(zone_words(zone)):
        if bare.startswith(word) and orgnames.head(bare[len(word) :]) != bare[len(word) :]:
            return bare[len(word) :]
    return bare


@functools.lru_cache(maxsize=256)
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _counted(text: str, start: int) -> bool:
    """Is the name counted (3个|二级集团) or pointed at (这家|医院): a kind of body?"""
    return _COUNTED.search(text[max(start - 8, 0) : start]) is not None


def _continues(text: str, end: int) -> bool:
    """Is the suffix the start of another word (局长, 村民, 中学生, 中心城市)?"""
    if text.startswith(lx.NOT_AFTER_CENTER, end) and text.endswith("中心", 0, end):
        return True
    return end < len(text) and any(lx.dictionary_tag(text[end - k : end + 1]) for k in (1, 2))


@functools.lru_cache(maxsize=256)
def zone_words(zone: str | None) -> frozenset[str]:
    """The words of the page's own zone that jieba may read as verbs or adverbs (高新 of
    郑州高新区, 经开 of 郑州经开区): inside a department's name (高新投控股集团) they
    belong to it. From the manifest's zone, so no paper's zone is written in code."""
    short = zone_short_name(zone)
    if not short:
        return frozenset()
    stem = short[:-1] if len(short) > 2 and short[-1] in "区县市" else short
    return frozenset({stem, short, *(w for w in lx.words(zone) if len(w) > 1)})


def _name_start(
    text: str, suffix_start: int, floor: int, suffix: str, own: frozenset[str] = frozenset()
) -> int:
    """Read leftwards, word by word, from the suffix to where the name begins."""
    lowest = max(floor, suffix_start - _MAX_NAME)
    window = re.split(rf"[^{lx.CJK}()（）]", text[lowest:suffix_start])[-1]
    # A registered company's name may hold any word (郑州扬升金属部件有限公司), and a
    # bureau's may join two fields (文化和旅游局); elsewhere a verb ends the name.
    loose = suffix.endswith("有限公司") or suffix.endswith("有限责任公司")
    i, depth, words = suffix_start, 0, lx.words(window)
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in ")）":
            depth += 1
        elif word in "(（":
            if not depth:
                break
            depth -= 1
        elif word == "和" and _joins(words[k - 1] if k else "", suffix_start - i, suffix, own):
            pass
        elif not depth and not _in_name(word, loose=loose, own=own):
            break
        i -= len(word)
    if depth:  # an unclosed parenthetical: keep only what follows it
        i = max(text.rfind(")", i, suffix_start), text.rfind("）", i, suffix_start)) + 1
    if i > 0 and text[i - 1] in lx.NUMERALS:  # 28个村, 5家乡镇卫生院
        while i < suffix_start and text[i] in lx.CLASSIFIERS:
            i += 1
    return i


def _joins(before: str, after_length: int, suffix: str, own: frozenset[str]) -> bool:
    """Does 和 join two fields of one bureau's name (文化和旅游局, 住房和城乡建设局), rather
    than two departments (管委会和财政局)?"""
    return (
        suffix in _JOINED_SUFFIXES
        and 2 <= after_length <= 4
        and _in_name(before, own=own)
        and before[-1:] not in "会局委区市省县处部厅"
    )


def _in_name(word: str, *, loose: bool = False, own: frozenset[str] = frozenset()) -> bool:
    """Can this word be part of a department's name? Nouns, places, abbreviations and
    the page's zone (`own`) can; verbs, adverbs, numbers and titles cannot
    (加快完成|国家产业创新中心)."""
    if word in lx.DEPARTMENT_VERBS or word in own or _ORDINAL.match(word):
        return True  # 创新发展局, 第三中学
    if word in lx.DEPARTMENT_STOP_WORDS or word in lx.TITLE_WORDS:
        return False
    tag = lx.dictionary_tag(word)
    if tag is None:
        return True  # a character of an unknown name (石|佛 办事处)
    if len(word) == 1 or loose:  # 万, 三 are places' too (北李万村); 个, 家 are not
        return not tag.startswith(("p", "c", "u", "r", "q", "d", "y", "e", "o"))
    return tag.startswith(("n", "j", "vn", "b", "an", "a", "l", "eng"))


@functools.lru_cache(maxsize=16384)
def _plausible(printed: str, suffix: str, zone: str | None) -> bool:
    """A name, not a bare suffix (公司, 该局) or a word that ends like one (大局).
    A long suffix names a body by itself after the zone (区文化馆, 高新区派出所)."""
    name = _PARENTHETICAL.sub("", printed)
    if name.endswith(lx.NOT_DEPARTMENTS):
        return False
    bare = _strip_zone(name, zone) if zone else name.removeprefix("区")
    core = bare[: -len(suffix)]
    if _verb_phrase(core):
        return False
    return len(core) >= 2 or (bare != name and len(suffix) >= 3)


def _verb_phrase(core: str) -> bool:
    """开好|局, 开新|局 (to make a good start): a one-character verb and adjective before
    the suffix are a phrase, not a name; no department is named by a verb."""
    tags = [lx.dictionary_tag(c) or "" for c in core]
    return len(core) == 2 and tags[0].startswith("v") and tags[1].startswith("a")


def _strip_zone(name: str, zone: str | None) -> str:
    """The name without the zone's prefix (郑州高新区, 高新区, or just 区)."""
    short, city = zone_short_name(zone), _zone_city(zone)
    for prefix in filter(None, (zone, city and short and city + short, short)):
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    if zone and _alone(name, "区"):  # not 区委, 区域, 区级
        return name[1:]
    return name


def _alone(name: str, prefix: str) -> bool:
    """Does the name begin with `prefix` as a word of its own (区|文化馆, not 区域)?"""
    return name.startswith(prefix) and lx.words(name[:4])[0] == prefix


@functools.lru_cache(maxsize=16384)  # a paper names the same bodies page after page
def _canonical(printed: str, kind: str, zone: str | None) -> tuple[str, str | None, str]:
    """(canonical name, its zone, its level): 区市场监管局 → (高新区市场监管局, 郑州高新区,
    district); 国家中医药局 → (国家中医药局, "", national): a body above the page's
    zone is filed under its own place, or none when its name does not say which."""
    name = _PARENTHETICAL.sub("", printed)
    short, city = zone_short_name(zone), _zone_city(zone)
    here = orgnames.zone_level(zone)
    bare = _strip_zone(name, zone)
    if bare != name:
        return (short or "") + bare, zone, here
    if _alone(name, "市"):  # 市财政局; not 市委, 市场监管局, 市民服务中心
        return (city + name[1:], city, "city") if city else (name, "", "city")
    place = orgnames.place_of(name)
    if place:
        return name, place[1], place[0]
    if short and (kind in _ZONE_KINDS or _named_by_field(name)):
        return short + name, zone, here
    return name, zone, here


def _named_by_field(name: str) -> bool:
    """A government body printed with its field alone (党政办公室, 智慧产业发展中心): in a
    zone's paper, the zone's own. A trade's or a place's name needs its own name."""
    found = orgnames.head(name)
    if found in lx.TRADE_NAMED_HEADS or found in lx.PLACE_NAMED_HEADS:
        return False
    return not orgnames.has_own_name(lx.words(name[: -len(found)]))
