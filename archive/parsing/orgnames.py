"""What makes a printed name the name of a body, which level of government it belongs
to, and which shorter names abbreviate it.

A Chinese organisation's name reads [place][own name][field] head: 郑州市|财政局,
河南|鑫源达|建材|有限公司, 翠竹|社区, 国家|统计局. A department needs the head
and, before it, a place or a name of its own; what only describes or counts (三甲医院,
二级集团) or only names a trade (供水公司) is a kind of body, not one. Which heads need
which is in the lexicon (`PLACE_NAMED_HEADS`, `TRADE_NAMED_HEADS`); the rules read jieba's
dictionary tags, never a list of bodies.
"""

from __future__ import annotations

import functools
import re

from . import lexicon as lx

_HEADS = frozenset(s for s, _ in lx.DEPARTMENT_SUFFIXES)
_HEAD_LENGTHS = sorted({len(h) for h in _HEADS}, reverse=True)
_UNITS = dict(lx.PLACE_UNITS)
_PLACE = re.compile(
    rf"(?P<stem>[{lx.CJK}]{{2,4}}?)(?P<unit>{'|'.join(u for u, _ in lx.PLACE_UNITS)})"
)
_NUMBER = re.compile(rf"^(?:{lx.ORDINAL}|{lx.ORDINAL[1:]}|[A-Za-z0-9０-９]+)$")
_ORDINAL = re.compile(rf"{lx.ORDINAL}[次届]")  # 第七次 of a census's office


@functools.lru_cache(maxsize=65536)
def head(name: str) -> str | None:
    """The organisation noun a name ends with (the longest): 社区卫生服务中心, 有限公司."""
    # By length, longest first: a set look-up per length, not an endswith per head
    # (called for every candidate name of every article).
    for n in _HEAD_LENGTHS:
        if len(name) >= n and name[-n:] in _HEADS:
            return name[-n:]
    return None


def zone_level(zone: str | None) -> str:
    """The level of government of a zone from the manifest: 郑州高新区 → district."""
    if not zone:
        return "other"
    for unit, level in lx.PLACE_UNITS:
        if zone.endswith(unit):
            if level == "city" and zone.startswith(lx.MUNICIPALITIES) and len(zone) <= 3:
                return "province"
            return level
    return "district"


@functools.lru_cache(maxsize=16384)
def place_of(name: str) -> tuple[str, str, int] | None:
    """(level, place, length) of the place a name begins with, if it names one:
    国家统计局 → (national, "", 2); 河南省开封市财政局 → (city, 开封市, 6);
    省财政厅 → (province, "", 1), its province unknown. The zone's own 区 and 市 are the
    caller's (departments._canonical); a name that is only a place has none. A
    government body's place may be printed without its unit (湖南长沙|望岳街道); a
    company's place is part of its registered name and needs the unit to count."""
    skip = _ORDINAL.match(name)  # 第七次|全国人口普查领导小组办公室
    start = skip.end() if skip else 0
    national = _national(name[start:])
    if national:
        found = _admin_places(name, start + national)
        return found or ("national", "", start + national)
    if name.startswith("省", start) and not name.startswith(("省级", "省内"), start):
        return "province", "", start + 1
    return _admin_places(name, start, bare=head(name) not in lx.TRADE_NAMED_HEADS)


def _national(name: str) -> int:
    """How many characters of a national prefix begin the name (0 for none)."""
    prefix = next((p for p in lx.NATIONAL_PREFIXES if name.startswith(p)), None)
    if not prefix or len(name) <= len(prefix):
        return 0
    first = lx.words(name)[0]
    if lx.dictionary_tag(first) == "b" or first.endswith(("级", "性")):
        return 0  # 国家级, 中央级, 全国性
    return len(first) if first.startswith(prefix) and first != name else len(prefix)


def _admin_places(name: str, start: int, bare: bool = False) -> tuple[str, str, int] | None:
    """The places at name[start:] (河南省开封市金水区): the most local decides, and the
    place is named from its city down with its units (开封市金水区; 北京市朝阳区). With
    `bare`, a place's word without its unit counts too (湖南长沙 → 长沙市, 泰国)."""
    level, pieces, end = None, [], start
    while level != "other":  # nothing of ours lies inside a foreign place
        m = _PLACE.match(name, end)
        if m and m.end() < len(name) and _is_place(m.group("stem"), m.group()):
            printed, unit, stem = m.group(), m.group("unit"), m.group("stem")
        elif bare and (found := _bare_place(name, end)):
            printed, unit, stem = found
        else:
            break
        if pieces and pieces[-1].endswith(("省", "自治区")):
            pieces = []  # 河南省开封市: the province is implied by its city
        level = _UNITS.get(unit, "other")
        if stem in lx.MUNICIPALITIES and level == "city":
            level = "province"
        pieces.append(printed if printed.endswith(unit) else printed + unit)
        end += len(printed)
    if level is None or head(name[end:]) is None:
        return None
    return level, "".join(pieces), end


def _bare_place(name: str, start: int) -> tuple[str, str, str] | None:
    """(place, unit, stem) of a place's word printed without its unit (湖南 of 湖南省,
    泰国: a country's bodies are of no level of ours)."""
    word = lx.words(name[start : start + 6])[0]
    if word.startswith(lx.NATIONAL_PREFIXES) or not is_place_word(word):
        return None
    if head(name[start + len(word) :]) in (None, name[start + len(word) :]):
        return None  # 祥云|办事处, 武汉|中心: the place's word is the body's own name
    unit = next((u for u in "省市县" if lx.dictionary_tag(word + u)), "")
    return word, unit, word


def _is_place(stem: str, place: str) -> bool:
    """A real place is a place's word (二七区 ns, 焦作市 of 焦作, 洛阳 of 洛阳高新区) or a
    rare noun's (金水区); 智慧城市, 建成区, 科技园区 and 示范区 are kinds of places."""
    tag, stem_tag = lx.dictionary_tag(place), lx.dictionary_tag(stem) or ""
    if tag == "ns" or stem_tag == "ns" or is_place_word(stem):
        return True
    rare = lx.frequency(stem) < lx.COMMON_NAME_FREQUENCY
    return tag == "n" and stem_tag.startswith("n") and rare and not stem.endswith("园")


@functools.cache
def is_place_word(word: str) -> bool:
    """A place's name without its unit (开封 of 开封市 ns, 焦作 of 焦作市 n, 美国)."""
    tag = lx.dictionary_tag(word)
    if tag is None or len(word) < 2:
        return False
    rare = lx.frequency(word) < lx.COMMON_NAME_FREQUENCY
    for unit in "省市县":  # not 区: 种植区, 实验区 name no places
        found = lx.dictionary_tag(word + unit)
        if found == "ns" or (found == "n" and tag.startswith("n") and rare):
            return True  # 产业省 n, 示范县 n are jieba's noise
    # jieba tags common words ns too (城市 25084, 平原, 英雄); countries and continents
    # are places however common (美国, 欧洲).
    return tag == "ns" and (lx.frequency(word) < 5 * lx.COMMON_NAME_FREQUENCY or word[-1] in "国洲")


@functools.lru_cache(maxsize=16384)  # the same bodies, page after page
def names_a_body(name: str, own: frozenset[str] = frozenset()) -> bool:
    """Does `name` (its parentheticals removed) name one body: a head and a place or
    a name of its own before it? `own` are the page's zone's words (高新区, 高新)."""
    found = head(name)
    if found is None:
        return False
    if found in lx.TRADE_NAMED_HEADS and lx.dictionary_tag(name) == "nt":
        return True  # jieba knows it by name: 北京大学 (not 税务局, a kind of bureau)
    rest, level = name[: -len(found)], None
    place = place_of(name)
    if place:
        level, rest = place[0], name[place[2] : -len(found)]
    else:
        for word in sorted(own, key=len, reverse=True):
            if rest.startswith(word):
                level, rest = "district", rest[len(word) :]
                break
        else:
            if rest[:1] in ("区", "市", "县") and lx.words(rest)[0] == rest[0]:
                level, rest = "district", rest[1:]  # 区文化馆, not 区级企业服务中心
    if found in lx.PROVINCIAL_HEADS and level not in ("national", "province"):
        return False  # 小院议事厅, 区服务厅: no province's
    words = lx.words(rest)
    if words and words[0].endswith("级"):
        return False  # 国家级技术创新中心, 二级医院: a rank, not a name
    trade = found in lx.TRADE_NAMED_HEADS
    if level and not words:
        return found not in lx.PLACE_NAMED_HEADS  # 郑州大学, 区文化馆; not 高新区街道
    if not trade and words and all(_NUMBER.match(w) for w in words):
        return False  # 第四局 is a game's, 高新区第四局 no body's
    if level and not trade and found not in lx.PLACE_NAMED_HEADS:
        return True  # a government head after a place: 郑州市总工会, 区党群工作部
    if not words or all(_describes(w) for w in words):
        return False  # 二级集团, 三甲医院, 区二级医院
    if found in lx.PLACE_NAMED_HEADS:  # a place's name may be any word (翠竹, 团结, 向阳)
        return not all(lx.dictionary_tag(w) == "v" for w in words)  # but 想回|乡
    return level is not None or has_own_name(words)


def _describes(word: str) -> bool:
    if _NUMBER.match(word):
        return False  # a number designates: 第三中学, 交警二大队, 101中学
    return (lx.dictionary_tag(word) or "x").startswith(lx.DESCRIPTIVE_TAGS)


def has_own_name(words: list[str]) -> bool:
    """Do these words (before a head) hold a name: a place, a number, a rare word
    tagged as a name (腾讯 nz), or a word jieba does not know, whose characters come
    singly (鑫|源|达)? A field (燃气, 物业, 运营) or a description is no name."""
    for k, word in enumerate(words):
        tag = lx.dictionary_tag(word)
        if _NUMBER.match(word) or is_place_word(word):
            return True
        if tag == "nt" or (tag in lx.PROPER_TAGS and lx.frequency(word) < lx.COMMON_NAME_FREQUENCY):
            return True  # nt is a body's own name however common (北京大学, 新华社)
        if len(word) == 1 and not _describes(word):
            run = any(len(w) == 1 for w in [*words[max(k - 1, 0) : k], *words[k + 1 : k + 2]])
            if run or tag is None or tag.startswith(("n", "zg", "g", "x")):
                return True
    return False


def abbreviates(short: str, full: str) -> bool:
    """Is `short` an abbreviation of `full`, one body's names without their zone? The
    head is kept and each word of the full name leaves at least its first character:
    文旅局 of 文化和旅游局, 城管局 of 城市管理局, 投控集团 of 投资控股集团, 住建局 of
    住房和城乡建设局 (a four-character word is two words: 城乡建设). Joining words (和)
    may go. A place's name is never abbreviated this way (王庄村 ≠ 王小庄村)."""
    found = head(full)
    if not found or head(short) != found or found in lx.PLACE_NAMED_HEADS:
        return False
    core, long_core = short[: -len(found)], full[: -len(found)]
    if len(core) < 2 or len(core) >= len(long_core):
        return False
    return re.fullmatch(_abbreviation_pattern(long_core), core) is not None


@functools.lru_cache(maxsize=4096)
def _abbreviation_pattern(core: str) -> str:
    parts = []
    for word in lx.words(core):
        if word in lx.ABBREVIATION_DROPS:
            forms = {word, ""}
        elif len(word) == 4:  # two words jieba keeps as one: 城乡建设, 人力资源
            first, second = word[:2], word[2:]
            forms = {a + b for a in (first, first[0], "") for b in (second, second[0], "")}
            forms.discard("")
        else:
            forms = {word, word[0]}
        alternatives = sorted(forms, key=len, reverse=True)
        parts.append("(?:" + "|".join(re.escape(f) for f in alternatives) + ")")
    return "".join(parts)
