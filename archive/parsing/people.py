"""The named people an article mentions, with the titles printed beside them.

Chinese news names an official by title then name (党工委书记吕沛), a private person by
role then name (职工段保国同志), and lists awardees bare (阿志强、宋恩民、李飞获评).
So a name is read where one of those anchors leaves room for one: a surname, then one or
two given characters. Whether the name is 2 or 3 characters long is read from what
follows it, here and wherever else it recurs in the text (see `_Finder.votes`). jieba's
`nr` tag alone is too noisy; its dictionary serves only to reject common words.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .result import PersonMention

_CJK = re.compile(rf"[{lx.CJK}]")
# Anchors, longest first so 常务副主任 wins over 主任 and 区领导 over 领导.
_ANCHOR_WORDS = tuple(
    sorted(lx.TITLE_WORDS | lx.ROLE_NOUNS | set(lx.CREDIT_MARKERS), key=len, reverse=True)
)
_ANCHOR = re.compile("|".join(map(re.escape, _ANCHOR_WORDS)))
_POSTFIX = re.compile("|".join(lx.POSTFIX_HONORIFICS))
# A clause for enumerations: anything between punctuation other than the list's 、.
_CLAUSE = re.compile(r"[^，,。；;：:！!？?\n“”\"《》()（）\s]+")
_AFTER_WORDS = tuple(sorted(lx.AFTER_NAME_WORDS, key=len, reverse=True))
_SAID = frozenset(w for w in lx.AFTER_NAME_WORDS if len(w) == 1) - {"为"}
# Where a title phrase stops when read leftwards (在党工委书记 → 党工委书记).
_TITLE_CUT = re.compile(f".*(?:{'|'.join(lx.BEFORE_TITLE_WORDS)})")
# Bodies that belong to the title, longest first (人大常委会 before 常委会).
_BODIES = sorted(lx.TITLE_BODIES, key=len, reverse=True)
_PARENTHETICAL = re.compile(r"[（(][^（）()]{1,10}[）)]")


def find_people(text: str, *, exclude=()) -> list[PersonMention]:
    """Each person named in `text`, once, in order of first appearance."""
    if not text:
        return []
    finder = _Finder(text, set(exclude))
    finder.after_anchors()
    finder.before_honorifics()
    finder.in_enumerations()
    people = [p for p in finder.found.values() if p.name not in finder.skip]
    return sorted(people, key=lambda p: text.find(p.name))


class _Finder:
    def __init__(self, text: str, skip: set[str]):
        self.text = text
        self.skip = skip
        self.found: dict[str, PersonMention] = {}
        self._votes: dict[tuple[str, str], tuple[int, int]] = {}

    def add(self, name: str, titles=(), organization=None) -> None:
        person = self.found.setdefault(name, PersonMention(name))
        person.titles.extend(t for t in titles if t not in person.titles)
        person.organization = person.organization or organization

    # -- the three ways a name is printed ------------------------------------------

    def after_anchors(self) -> None:
        for m in _ANCHOR.finditer(self.text):
            start = m.end() + (self.text[m.end() : m.end() + 1] in " \u3000")
            name = self.name_at(start)
            if not name or not _ends_name(self.text, start + len(name)):
                continue
            if m.group() in lx.CREDIT_MARKERS:
                self.skip.add(name)  # a byline left in the body: a credit, not a mention
                continue
            titles, organization = _titles_before(self.text, m.start(), m.group())
            self.add(name, titles, organization)

    def before_honorifics(self) -> None:
        text = self.text
        for m in _POSTFIX.finditer(text):
            end = m.start()
            for size in (4, 3, 2):
                cand = text[max(0, end - size) : end]
                if len(cand) == size and self.plausible(cand, strict=True):
                    if size == 3 and cand[0] in lx.PREPOSITIONS and cand[1] in lx.SURNAMES:
                        continue  # 向李明同志: 向 is a preposition here
                    self.add(cand)
                    break

    def in_enumerations(self) -> None:
        """阿志强、宋恩民、朱本鹏、李飞获评: a 、-list of at least three names."""
        for clause in _CLAUSE.finditer(self.text):
            items = clause.group().split("、")
            if len(items) < 3:
                continue
            anchors = list(_ANCHOR.finditer(items[0]))  # the last one: 区领导|杨有军
            lead = items[0][anchors[-1].end() :] if anchors else items[0]
            first = _first_item(lead)
            last = self.name_at(clause.end() - len(items[-1]), loose=True)
            listed = [first, *items[1:-1], last]
            good = [n for n in listed if n and self.plausible(n, loose=True)]
            if not _reads_as_names(good, len(listed)):
                continue
            titles = [anchors[-1].group()] if anchors and lead == first else []
            for name in good:
                self.add(name, titles if name == first else ())

    # -- reading one name ----------------------------------------------------------

    def name_at(self, i: int, *, loose: bool = False) -> str | None:
        """The name starting at text[i], or None; 2 vs 3 characters by what follows."""
        text = self.text
        surname = _surname_len(text[i : i + 2]) or (1 if loose else 0)
        if not surname:
            return None
        short, long = text[i : i + surname + 1], text[i : i + surname + 2]
        if len(short) <= surname or not _given_ok(short[surname:]):
            return None
        name = short
        if len(long) > len(short) and _given_ok(long[-1]):
            short_votes, long_votes = self.votes(short, long)
            if long_votes >= short_votes:
                name = long
        return name if self.plausible(name, loose=loose) else None

    def votes(self, short: str, long: str) -> tuple[int, int]:
        """Count the places where `short` is followed by a predicate (a 2-character name)
        versus where `long` is (a 3-character one): 赵毅到区/赵毅分别 vs 王德敏会见.
        Where both read equally well (张国强调研) the place does not vote. Cached: each
        pair scans the text once."""
        key = (short, long)
        if key not in self._votes:
            text, short_votes, long_votes = self.text, 0, 0
            for m in re.finditer(re.escape(short), text):
                after_short = _end_strength(text, m.end())
                after_long = 0
                if text.startswith(long, m.start()):
                    after_long = _end_strength(text, m.start() + len(long))
                # A tie where the 3rd character is itself a predicate (高峰说，) goes
                # to the short name; 为 ends names too often (周大为主持) to count.
                said = after_short == after_long and long[-1] in _SAID
                short_votes += after_short > after_long or said
                long_votes += after_long > after_short
            self._votes[key] = (short_votes, long_votes)
        return self._votes[key]

    def plausible(self, name: str, *, loose: bool = False, strict: bool = False) -> bool:
        """Could `name` be a person's name rather than a word or phrase?"""
        surname = _surname_len(name)
        if not surname and not loose:
            return False
        given = name[surname or 1 :]
        if not 1 <= len(given) <= 2 or not _given_ok(given) or name in self.skip:
            return False
        if lx.is_common_word(name) or lx.dictionary_tag(given) in ("r", "p", "c", "m"):
            return False  # 高度 国土 干部; 某某 (大为 d is a given name)
        if name[0] in lx.PREPOSITIONS + "于" and lx.is_common_word(given):
            return False  # 镇长向大家介绍, 局长于近日: a preposition before a word
        if given in lx.ADDRESS_WORDS:
            return False  # 市民张女士
        if name[-1] in lx.PLACE_ENDINGS and len(given) == 1:
            return False  # 王庄, 李寨: villages
        if strict and len(name) == 3 and lx.is_common_word(name[:2]):
            return False  # 关心老同志
        # A non-surname item must look nothing like words: 阿志强 yes, 抓学习 no.
        return bool(surname) or not lx.is_common_word(given)


def _surname_len(s: str) -> int:
    if s[:2] in lx.COMPOUND_SURNAMES:
        return 2
    return 1 if s[:1] in lx.SURNAMES else 0


def _given_ok(chars: str) -> bool:
    return all(_CJK.match(c) and c not in lx.NOT_IN_NAMES for c in chars)


def _ends_name(text: str, i: int) -> bool:
    return _end_strength(text, i) > 0


def _end_strength(text: str, i: int) -> int:
    """How surely a name ends right before text[i]: 2 at the end of the text, before
    punctuation or a predicate (在, 主持, jieba's 围绕 v); 1 before a character that no
    name contains (郑侃出席会议: 席 ends 郑侃出 only weakly); 0 otherwise."""
    if i >= len(text) or not _CJK.match(text[i]) or text.startswith(_AFTER_WORDS, i):
        return 2
    # One character is not checked in jieba: 才 甫 刚 正 end many names (张良才).
    # Rare dictionary words (加调 in 陈红参加调研) say nothing.
    for size in (3, 2):
        word = text[i : i + size]
        if len(word) == size and lx.frequency(word) >= 100:
            if lx.dictionary_tag(word).startswith(lx.PREDICATE_TAGS):
                return 2
    return 1 if text[i] in lx.NOT_IN_NAMES else 0


def _reads_as_names(good: list[str], listed: int) -> bool:
    """Most items read as names, most start with a surname, and they do not share a
    first character the way a slogan's parallel words do (包保、包联、包片)."""
    if len(good) < 3 or len(good) < 0.8 * listed:
        return False
    firsts = [n[0] for n in good]
    if max(map(firsts.count, firsts)) > len(good) / 2:
        return False
    return sum(1 for n in good if _surname_len(n)) >= 0.6 * len(good)


def _first_item(item: str) -> str:
    """The name ending the first item of a list: 的有王芳 → 王芳, 阿志强 → 阿志强."""
    for size in (4, 3, 2):
        surname = _surname_len(item[-size:])
        if len(item) > size and surname and size - surname <= 2:
            return item[-size:]
    return item


def _titles_before(text: str, anchor_start: int, anchor: str) -> tuple[list[str], str | None]:
    """The title phrases printed before a name and the organization they name:
    高新区党工委委员、管委会副主任王德敏 → (["党工委委员", "管委会副主任"], "高新区")."""
    head = _PARENTHETICAL.sub("", text[max(0, anchor_start - 60) : anchor_start] + anchor)
    head = re.split(r"[，,。；;：:！!？?\n“”\"《》\s]", head)[-1]
    titles = []
    for piece in reversed(re.split("[、兼]", head)):
        piece = _TITLE_CUT.sub("", piece)
        if not piece.endswith(_ANCHOR_WORDS):
            break
        titles.insert(0, piece)
    organization = next(filter(None, map(_organization, titles)), None)
    if organization:
        titles = [t.removeprefix(organization) for t in titles]
    return titles, organization


def _organization(title: str) -> str | None:
    """The body a title phrase names, if any: 郑州市财政局预算绩效管理处副处长 → 郑州市财政局
    预算绩效管理处; but 办事处主任 and 环保总工程师 name none."""
    word = next(w for w in _ANCHOR_WORDS if title.endswith(w))
    prefix = title[: -len(word)]
    prefix = prefix[: len(prefix) - len(next((b for b in _BODIES if prefix.endswith(b)), ""))]
    if len(prefix) < 2 or prefix in lx.GENERIC_UNITS or prefix[0] in "该本其各此":
        return None  # 该院院长: the body is named elsewhere
    return prefix if prefix.endswith(lx.ORG_ENDINGS) else None
