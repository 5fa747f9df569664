"""Two headline lines, one right under the other: one title wrapped, a kicker (引题) and
its title, or a title and its subtitle (副题)?

A page's text keeps no type sizes, so a reader decides by what each line says:

- a line that stops on a verb waiting for its object (县政府召开 / 冬春森林防火工作会议),
  or a subject whose predicate opens the next line (社区食堂 / 让老人吃上“热乎饭”), is
  the first half of one title: neither half says anything alone;
- a unit's or a place's bare name (满洲里口岸, 第八师石河子市) over a clause is the
  title's first words too: the clause says what happened there;
- a phrase that stands alone, a topic (黑土地保护, 科创新高地) over a clause with its
  own subject, or anything over a thing's name that says no predicate
  (港口装卸工的“夜班”), is a kicker: the line under it is the headline;
- a thing's name over a clause that opens on what it has, a measure (柑橘电商 /
  订单排到年底, 城郊物流园 / 吞吐量翻一番), is that clause's first words: the
  measure has no owner of its own;
- a predicate of five letters or fewer under a line as long or longer (全县冬季供暖 /
  全面启动) is that line's end: a paper gives its news the most words, not the fewest;
- a clause over a longer one that restates its subject with figures (大蒜价格持续走高 /
  金乡大蒜批发均价每斤4.2元) is a title and its subtitle.

`read_stack` makes that call for every two-line stack the model and the other repairs
left (`two_line_stacks`), whatever they labelled its lines, and says nothing where the
words do not decide: then the model's reading stands. Measured on the development
pages and the held-out sets (README, "How the parser reads a page").
"""

from __future__ import annotations

import re

import rjieba

from .headlines import looks_like_column, marked_name
from .itemstarts import opens_as_news
from .jiebautil import crosses
from .layout import Line, ends_sentence
from .leads import is_lead, parse_lead
from .lexicon import (
    AGENT_ENDINGS,
    CJK,
    COLUMN_ENDINGS,
    DECK_DASHES,
    KICKER_ENDINGS,
    MEASURE_ENDINGS,
    MEASURE_NOUNS,
    MISTAGGED_VERBS,
    MODAL_OPENERS,
    PLACE_LEVELS,
    SITE_ENDINGS,
    TIME_SPAN_ENDINGS,
    UNIT_ENDINGS,
    WAITING_VERBS,
    letters,
    opens_with_mark,
)
from .linemodel.labels import headline_role
from .normalise import join_cjk, unspaced

ONE, KICKER, SUBTITLE = "one", "kicker", "subtitle"

# jieba's tags of a name's or a noun phrase's words (zg: a character of a rare name it
# cannot place, 图木舒克市's 舒).
_NOMINAL = ("n", "s", "j", "l", "b", "m", "q", "r", "t", "f", "a", "zg", "u")
_SUBJECT = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "s", "j", "l", "r", "m", "b", "a")
_PREDICATE = ("v", "vd", "d", "ad", "p")
_QUOTED = re.compile(r"“([^“”]{2,12})”")  # (one character quoted is a pun: “坐”上)
_PAIRED = re.compile(f"[{CJK}”》]{{2}}\\s+[{CJK}“《]{{2}}")  # 组织应急演练  保障渡海安全


def _words(text: str) -> list[tuple[str, str]]:
    """jieba's words and tags of a headline line, punctuation and spaces left out; a
    verb that waits for its object is a verb whatever jieba tagged it (印发 nz), and a
    quoted term is one name (“花牛苹果”, not 花 v 牛 n…)."""
    words = []
    for k, part in enumerate(_QUOTED.split(join_cjk(text))):
        if k % 2:
            words.append((part, "nz"))
            continue
        words += [
            (w, "v" if w in WAITING_VERBS or w in MISTAGGED_VERBS else t)
            for w, t in rjieba.tag(part, False)
            if t != "x" and w.strip()
        ]
    return words


def _nominal(words) -> bool:
    """A name or a noun phrase: no verb in it (jieba's vn, 监测 or 改造, names a thing)."""
    return bool(words) and all(t.startswith(_NOMINAL) or t == "vn" for _, t in words)


def _waits_for_its_object(first: str, words) -> bool:
    """A subject and a verb that takes an object (县政府召开, 江北区启动), or its time
    (太谷区开展秋季): a clause's first half, never a headline element of its own."""
    if words and words[-1][1] == "t" and len(words) >= 3:
        words = words[:-1]
    if len(words) < 2 or words[-1][0] not in WAITING_VERBS or len(join_cjk(first)) > 12:
        return False
    return all(t.startswith(_NOMINAL) or t in ("vn", "d") for _, t in words[:-1])


# Words that end as a place's or a body's name does but name no one (乡村振兴, 老旧小区).
_NO_ONES_PLACE = ("乡村", "农村", "城乡", "小区", "城区", "山区", "景区", "园区", "城市", "都市")


def _a_body_then_its_verbs(words) -> bool:
    """Do the words before a line's last verbs name a body or a place (县法院…, 司法所…,
    海湾镇…, 全县…), read over its first words while they name, whatever jieba cut
    (司法 n 所 c), with nothing after the name but how it acts (为老人…)? Not a
    subject of its own after it (全区夏粮收购工作全面启动: the work started)."""
    text = ""
    for k, (w, t) in enumerate(words):
        if not (t.startswith(_NOMINAL) or w in PLACE_LEVELS or w in UNIT_ENDINGS):
            return False
        text += w
        if (len(text) >= 3 or text[0] in "全我本") and text.endswith(UNIT_ENDINGS + PLACE_LEVELS):
            rest = words[k + 1 :]
            return not text.endswith(_NO_ONES_PLACE) and (not rest or rest[0][1] == "p")
    return False


# The first of a kind, a count that waits for its noun (首例 / …手术), whatever jieba
# tags it; and how an act went, before its verb (成功开展, 顺利完成).
_FIRST_OF_A_KIND = ("首例", "首个", "首家", "首批", "首座", "首台", "首条", "首部", "首架")
_MANNER = ("成功", "顺利")


def _acts_on_what_follows(first: str, second: str, one, two) -> bool:
    """A body's or a place's name whose verbs end the line (司法所调解化解, 县法院集中宣判,
    海湾镇为老人安装; or a count after them, 全县新增3家) over a noun phrase (一起土地
    纠纷, 5起非法捕猎…案件, “一键呼叫”设备): the phrase is what the body acted on. A title under a kicker says its news; a noun
    phrase alone says none, and a kicker of a body's verbs would be its news cut short.
    (Among the held-out pages' stacks of this shape, 35 of 35 were one title; none of the
    corpus's kickers and subtitles has it.)"""
    if len(join_cjk(first)) > 12 or re.search(r"[\s，,、：:；（(！!？?]", second.strip()):
        return False
    end = len(one)
    while end > 1 and (one[end - 1][1] in ("m", "q") or one[end - 1][0] in _FIRST_OF_A_KIND):
        end -= 1  # 全县新增3家 / 省级专精特新企业, 开展首例 / …手术: how many, of what
    k = end
    while k and (
        one[k - 1][1] in ("v", "vn", "vd", "d", "ad") or one[k - 1][0].startswith(_MANNER)
    ):
        k -= 1  # (成功开展首例, 顺利完成: how it went, then the verb)
    if (
        k == end
        or not k
        or (one[end - 1][1] not in ("v", "vn") and not one[end - 1][0].startswith(_MANNER))
        or not _a_body_then_its_verbs(one[:k])
    ):
        return False
    if two[0][1] in ("v", "vn", "vd", "d", "p"):
        return False
    if _says_a_clause(two) and not _ORDINAL.fullmatch(one[-1][0]):
        return False  # (举办第二届 / 瓜菜种植技术培训班: an ordinal waits for its noun)
    return two[-1][1].startswith("n") or two[-1][1] in ("j", "vn", "q")


# An ordinal, which a line never ends on: 第二届, 第十五期, 首届.
_ORDINAL = re.compile(r"(?:第[0-9０-９一二三四五六七八九十百]+|首)[届期次批轮]")


def _object_left_open(first: str, one, two) -> bool:
    """A body's verb whose object its line leaves open (某某大队开展节后复工 / 消防安全检查):
    after the verb only when and what kind (节后, 复工), no noun, and the next line a
    noun phrase. A subtitle says something; a bare noun phrase is the verb's object."""
    at = next((k for k, (w, _) in enumerate(one) if w in WAITING_VERBS), None)
    if at is None or not 1 <= len(one) - at - 1 <= 2 or len(join_cjk(first)) > 14:
        return False
    if not _a_body_acts(one[: at + 1]):
        return False
    if any(t.startswith(("n", "j", "l")) or t == "vn" for _, t in one[at + 1 :]):
        return False  # 开展安全检查: the object is there
    return _nominal(two) and (two[-1][1].startswith("n") or two[-1][1] == "vn")


def _noun_phrase(words) -> bool:
    """A name or a noun phrase, or one a 的 ends on (本报报道的“积水路段”): what comes
    before 的 only says which."""
    k = max((i for i, (w, _) in enumerate(words) if w == "的"), default=-1)
    rest = words[k + 1 :]
    return _nominal(words) or (k > 0 and _nominal(rest) and rest[-1][1][0] in "nj")


def _subject(first: str, words) -> bool:
    """A noun phrase that can be a clause's subject: not a time (前7月, 一季度), which
    a line of its own may stand over a clause with."""
    text = join_cjk(first)
    return (
        _noun_phrase(words)
        and letters(text) <= 10  # (quotes are no words: 本报报道的“积水路段”)
        and not text.endswith(TIME_SPAN_ENDINGS)
        and words[-1][1] not in ("t", "m")
    )


def _owner(first: str, words) -> bool:
    """A thing's name that can own what the next line measures (城郊物流园, 县域民营
    经济): a noun phrase ending on a noun, not a time (前7月) nor an action (湿地保护)."""
    text = join_cjk(first)
    return (
        _nominal(words)
        and len(text) <= 12
        and not text.endswith(TIME_SPAN_ENDINGS)
        and (words[-1][1].startswith("n") or words[-1][1] == "j")
    )


def _names_a_site(words) -> bool:
    """A unit's, a site's or a place's bare name (满洲里口岸, 一师阿拉尔市, 孤东采油厂,
    城西菜场)."""
    text = "".join(w for w, _ in words)
    if (
        len(text) <= 6
        and text.endswith(PLACE_LEVELS)
        and not any(t == "v" and w in WAITING_VERBS for w, t in words)
    ):
        return True  # 天水麦积区: a place jieba cuts into pieces (积 v) is a place still
    return (
        _nominal(words)
        and 3 <= len(text) <= 8
        and (text.endswith(SITE_ENDINGS) or "ns" in (words[0][1], words[-1][1]))
    )


def _past_when(words) -> int:
    """How many words open the line saying when (年内, 春节后, 10月, 首次)."""
    k = 0
    while (
        k < len(words) - 1 and words[k][1] in ("t", "f", "m") and not words[k][0].startswith("第")
    ):
        k += 1
    return k


def _opens_a_predicate(words) -> bool:
    """Does the line open with what a subject does (进入…, 首次使用…, 让…, 年内全面开工)?"""
    k = _past_when(words)
    if any(t == "t" for _, t in words[:k]) and words[k][1] == "v":
        return False  # 冬季泡脚有讲究: a time and a verb name what the clause is about
    return bool(words) and words[k][1] in _PREDICATE


def _says_a_clause(words) -> bool:
    """A subject and its predicate (中欧班列开行量创新高, 春节后货运量回升)."""
    k = _past_when(words)
    return (
        len(words) - k >= 2
        and words[k][1] in _SUBJECT
        and any(t in ("v", "vd") for _, t in words[k + 1 :])
    )


def _opens_on_a_measure(words) -> bool:
    """Does the clause's subject, after its time, name what something has (单月产量
    创新高, 上半年产值增长16%, 订单排到年底, 融资成本持续下降), its owner left unsaid? One word at most
    before the measure: 保护性耕作面积 names a thing of its own."""
    k = _past_when(words)
    subject = []
    while k < len(words) and (words[k][1].startswith("n") or words[k][1] in ("j", "b", "vn")):
        subject.append(words[k][0])
        k += 1
    if not 1 <= len(subject) <= 2 or k == len(words):
        return False
    head = subject[-1]
    return len(head) >= 2 and (head.endswith(MEASURE_ENDINGS) or head in MEASURE_NOUNS)


def _topic_over_a_modal(first: str, second: str, one) -> bool:
    """A short topic (基层减负, 垃圾分类) over a line that opens on what it ought or must
    do (不能“越减越重”): a modal has no subject of its own, so the topic is it. A column's
    name (时评 over 不能让…) stays one: commentary titles open so."""
    text = join_cjk(first)
    if not 3 <= len(text) <= 6 or looks_like_column(first) or not second.startswith(MODAL_OPENERS):
        return False
    if second.startswith("要闻"):  # (要 must, but 要闻 is a section's name)
        return False
    return one[0][1] in _SUBJECT and all(t.startswith(_NOMINAL) or t in ("v", "vn") for _, t in one)


def _slogan(first: str) -> bool:
    """Short phrases set apart by spaces (稳项目 保增长), no place's name before its news."""
    phrases = first.split()
    if not 2 <= len(phrases) <= 4 or phrases[0].endswith(PLACE_LEVELS):
        return False
    opening = _words(phrases[0])[:1]  # (none in a lone mark: “ 教师节”)
    return bool(opening) and opening[0][1] != "ns" and all(2 <= len(p) <= 7 for p in phrases)


def _came(first: str, words) -> bool:
    """A subject and a verb that has happened (村里来了) or set something up (社区建起):
    over a bare name (“流动图书车”), that title's first words. (…会议上: a kicker's.)"""
    if len(join_cjk(first)) > 8 or len(words) < 2 or words[0][1] not in _SUBJECT:
        return False
    verb, tag = words[-1] if words[-1][0] != "起" else (words[-2][0] + "起", words[-2][1])
    if tag == "v" and len(verb) == 2 and verb.endswith("起"):
        return True  # (jieba cuts 建起 into 建 v 起 v)
    return len(words) >= 3 and words[-1][0] == "了" and words[-2][1] == "v"


def _goes_on_when(words) -> bool:
    """Does the line open on when and how, with no subject of its own (今年将全部完工,
    年底前再次开放)? It says what the subject over it will do or did."""
    return len(words) >= 2 and words[0][1] == "t" and words[1][1] in ("d", "ad")


# Words that say when or how often before a predicate, as a time word does (首次突破…,
# 同比增长…), whatever jieba tags them.
_WHEN_WORDS = ("首次", "同比", "环比", "今起", "明起")


def _happens_when(text: str, words) -> bool:
    """Does the line open on when (今日, 年内, 首次, 同比) and go straight on with what
    happens (开门迎客, 全面开工, 突破…, 增长…), no subject of its own between? Under a
    thing's name, it says what that thing does: one title."""
    if day := _DAY.match(join_cjk(text)):  # 11月1日启动: a day in figures, then the verb
        rest = _words(join_cjk(text)[day.end() :])
        return bool(rest) and rest[0][1] in ("v", "vd", "d", "ad")
    k = 0
    while k < len(words) - 1 and (words[k][1] == "t" or words[k][0] in _WHEN_WORDS):
        k += 1
    return k > 0 and words[k][1] in ("v", "vd", "vn", "d", "ad", "p")


_DAY = re.compile(r"(?:\d{1,2}月)?\d{1,2}日起?")


def _an_event(first: str, second: str, words) -> bool:
    """A thing that happens, named by who or where and its verb (全县冬季供暖), over the
    day it happens (11月1日启动): names and the verb closing the line. (Over a time word,
    …联盟成立 / 今日揭牌运行 says news of its own.)"""
    return len(words) >= 2 and _nominal(words[:-1]) and _DAY.match(join_cjk(second)) is not None


def _reports(text: str, words) -> bool:
    """A clause that reports what happened (中欧班列开行量创新高), not one that says what
    something is (人人都是护河员: a feature's line, under its place as a kicker) nor
    two phrases a comma joins."""
    return _says_a_clause(words) and "是" not in text and "，" not in text


def _names_a_thing(text: str, words) -> bool:
    """A thing's name that says no predicate: X的Y (港口装卸工的“夜班”, 金牌背后的故事),
    or a quoted word in a noun phrase (塞上好“丰”景), not one an adjective closes
    (“蛟龙”号下潜成功: a predicate, what the quoted thing did)."""
    if "的" in text:
        after = text.rsplit("的", 1)[1]
        return bool(re.search(f"[{CJK}]", after)) and not any(
            t in ("v", "vd") for _, t in _words(after)
        )
    if words[-1][1] == "a" and not text.rstrip().endswith("”"):
        return False
    return "“" in text and not any(t in ("v", "vd", "p", "d", "ul", "uz", "ug") for _, t in words)


def _says_it_alone(first: str, words) -> bool:
    """A phrase complete on its own line: a name or a topic (劳动者之歌, 一线风采), or a
    verb and its object (庆祝…丰收节), or a unit's or a site's name jieba cuts into
    pieces (某某滑雪训练馆); not a clause begun (会见…, 成为…) or cut short."""
    if words[-1][1] in ("v", "p", "c", "u", "uj", "d"):
        return False
    return _nominal(words) or words[0][1] == "v" or join_cjk(first).endswith(SITE_ENDINGS)


def _topic(first: str, words) -> bool:
    """A topic of a few words (黑土地保护, 科创新高地, 全国青年田径锦标赛), no date
    (前7月, 一季度: when, which the next line may take as its own)."""
    text = join_cjk(first)
    if not 4 <= len(text) <= 9 or text.endswith(TIME_SPAN_ENDINGS):
        return False
    if words[-1][1] in ("t", "m", "f"):
        return False  # …技改后: when, after what, the clause under it happened
    if words[0][1] == "t":
        return False  # 春节前农民工工资: a clause's time and its subject, not a topic
    if words[0][1].startswith("nr"):
        return False  # 王沪宁会见… : a person's name opens a clause
    verbs = [k for k, (_, t) in enumerate(words) if t == "v"]
    return _nominal(words) or (len(text) <= 6 and len(verbs) == 1 and verbs[0] >= 1)


def _restates(one, two) -> bool:
    """Two clauses, the second taking up the first's subject (大蒜价格持续走高 / 金乡大蒜
    批发均价…): news and its detail."""
    if not (_says_a_clause(one) and _says_a_clause(two)) or one[-1][1] not in ("v", "a"):
        return False
    nouns = {w for w, t in one if len(w) >= 2 and t.startswith("n")}
    return any(w in nouns for w, _ in two)


# A figure a subtitle gives (超万亿元, 25元, 3.5%, 1000余个).
_FIGURE = re.compile(r"[0-9０-９]|[十百千万亿]+(?:余|多)?[元吨个家项人亩座次倍]|万亿")


def _bigrams(text: str) -> set[str]:
    text = re.sub(f"[^{CJK}]", "", text)
    return {text[k : k + 2] for k in range(len(text) - 1)}


def _gives_its_figure(first: str, second: str, one, two) -> bool:
    """A clause over a longer line that gives its figure and takes up its words
    (今年将新建一批农村公路 / 全年计划完成公路投资超百亿元): the news, then the
    figure behind it. A kicker over a title with a figure shares no words with it
    (区法院发布一批典型案例 / 去年以来86人因醉驾被判刑), and carries no figure of its own."""
    text, under = join_cjk(first), join_cjk(second)
    if _FIGURE.search(text) or not _FIGURE.search(under) or len(under) <= len(text):
        return False
    if _nominal(one) or one[0][1].startswith("nr"):
        return False  # a name or a person's act: a kicker's
    if two[_past_when(two)][1] == "v":
        return False  # 庆祝…建校55周年: a verb opens the title's second half
    return bool(_bigrams(text) & _bigrams(under))


# What a line that forecasts opens on: it has no subject of its own, so it tells what will
# come of the news over it, as a subtitle does (a title never opens so under a kicker).
_FORECASTS = ("预计", "有望")


# Under a line that reports what was done (…会议召开, 区领导调研…), a line opening on
# what was asked or stressed there, or the total a started project will cost, says what
# came of it: a subtitle. A title never opens so, nor is a sum its news alone.
_WHAT_IT_ASKED = ("要求", "强调")
_A_PROJECTS_TOTAL = re.compile(
    r"总投资额?(?:达|约|超|逾)?[0-9０-９.．一二三四五六七八九十百千万亿两余多]+(?:亿|万)?元"
)


def _done(first: str, words) -> bool:
    """A line that reports an act (县长调研重点项目建设, …推进会召开): long enough to say
    who and what (乡村振兴 is a topic), a verb after its first word, however tagged."""
    return len(join_cjk(first)) >= 8 and any(t in ("v", "vn") for _, t in words[1:])


def _a_document(text: str) -> bool:
    """A document's name (关于…的通知, 《…条例》): announced by the line over it, its
    kicker. A book's or a law's name that a noun goes on from (《食品安全法》执法检查)
    is what the line over it did: no document alone."""
    text = join_cjk(text.strip())
    if text.startswith("关于"):
        return True
    m = re.match(r"《[^》]+》", text)
    return m is not None and len(text) - m.end() < 2


def read_stack(first: str, second: str) -> str | None:
    """How two headline lines one under the other read: ONE title, a KICKER and its
    title, a title and its SUBTITLE; None where the words do not say."""
    return _reading(first, second)[0]


def _reading(first: str, second: str) -> tuple[str | None, str]:
    first, second = unspaced(first.strip()), unspaced(second.strip())  # OCR's 工 程 开 工
    if second.startswith(DECK_DASHES) or first.endswith(DECK_DASHES) or first[-1:] in "：:，,、":
        return None, "marked"  # dashes, colons and commas: read by the rules that know them
    if marked_name(first):
        return KICKER, "rubric"  # ■西峡: the county or desk an item comes from
    if len(letters := join_cjk(first)) <= 12 and letters.endswith(KICKER_ENDINGS + COLUMN_ENDINGS):
        return KICKER, "series"  # 老旧小区改造进行时 / 衡东路社区加装电梯…: a campaign's name
    if crosses(first, second) or ends_sentence(first) or _a_document(second):
        return None, "cut"  # (中共中央印发 / 关于…的通知 announces a document: its kicker)
    one, two = _words(first), _words(second)
    if not one or not two:
        return None, "empty"
    if second.startswith(_FORECASTS) and len(join_cjk(first)) >= 6 and not looks_like_column(first):
        return SUBTITLE, "forecast"  # 地铁5号线昨日“洞通” / 预计明年开通: what comes of it
    if (_done(first, one) and second.startswith(_WHAT_IT_ASKED)) or (
        one[-1][1] == "v" and _A_PROJECTS_TOTAL.fullmatch(join_cjk(second))
    ):
        return SUBTITLE, "what came of it"  # …会议召开 / 要求…, …集中开工 / 总投资28.6亿元
    if _waits_for_its_object(first, one) and two[-1][0] not in WAITING_VERBS:
        # (南坪发布 / 春季植树动员会召开: the line under it is a whole clause, so the
        # line over it is no verb waiting but a name, an outlet's.)
        return ONE, "verb waits"
    if re.search(r"[、，,：:]", first) is None and _acts_on_what_follows(first, second, one, two):
        return ONE, "verb waits"  # 司法所调解化解 / 一起土地纠纷
    if _object_left_open(first, one, two):
        return ONE, "object left open"  # 某某大队开展节后复工 / 消防安全检查
    if _came(first, one) and _nominal(two) and len(join_cjk(second)) <= 8:
        return ONE, "verb, what came"  # 村里来了 / “流动图书车”: came, and what did
    if _slogan(first) and not _PAIRED.search(second) and _says_a_clause(two):
        return KICKER, "slogan"  # 稳项目 保增长 / 县委常委会召开…: a slogan over the news
    if _PAIRED.search(second) or _PAIRED.search(first):
        return None, "paired"  # a slogan's halves, read elsewhere
    if _names_a_thing(second, two) and _says_it_alone(first, one):
        return KICKER, "names a thing"  # …over 港口装卸工的“夜班”: the headline is a name
    plain = not re.search(r"[、，,：:]", first)
    if plain and _topic_over_a_modal(first, second, one):
        return ONE, "topic, modal"  # 基层减负 / 不能“越减越重”: who must not
    if plain and _subject(first, one) and _opens_a_predicate(two):
        # 社区食堂 / 让老人吃上“热乎饭”: the subject, then what it does
        return ONE, "site, predicate" if _names_a_site(one) else "subject, predicate"
    if plain and _goes_on_when(two):
        return ONE, "then, when"  # 城东老旧小区改造 / 今年将全部完工
    if plain and (_nominal(one) or _an_event(first, second, one)) and _happens_when(second, two):
        return ONE, "then, when"  # 冰雪大世界 / 今日开门迎客: what it does, and when
    if plain and _owner(first, one) and _opens_on_a_measure(two):
        return ONE, "owner, measure"  # 柑橘电商 / 订单排到年底: whose, the line over says
    if plain and _names_a_site(one) and _reports(second, two):
        return ONE, "site, clause"  # 满洲里口岸 / 中欧班列开行量创新高
    if _short_end(first, second, two):
        return ONE, "short end"  # 全县冬季供暖 / 全面启动: four characters are no news alone
    if _restates(one, two) and len(join_cjk(second)) > len(join_cjk(first)):
        return SUBTITLE, "restates"  # 大蒜价格持续走高 / 金乡大蒜批发均价每斤4.2元
    if plain and _gives_its_figure(first, second, one, two):
        return SUBTITLE, "gives its figure"  # 今年将新建… / 全年计划完成…超百亿元
    if plain and _topic(first, one) and _says_a_clause(two) and two[_past_when(two)][1] != "vn":
        return KICKER, "topic"  # 黑土地保护 / 保护性耕作面积再扩大
    return None, "undecided"


def _short_end(first: str, second: str, words) -> bool:
    """A predicate of at most five letters, no longer than the line over it, ends that
    line's headline: a paper prints the news in its largest type and the most words,
    and four characters under a longer scene (稻田养鱼 / 一水两用, 一起网络诈骗案 /
    告破) say no news of their own. (Of 125 stacks with so short a second line in the
    held-out pages' gold, 123 were one title, 2 a kicker over a short title.) Not a
    name of three letters or fewer, a lead's marker (本报讯), or who presided
    (某某主持): a signature's, a text's, a subtitle's."""
    n = letters(second)
    return (
        n < SHORT_END
        and n <= letters(first)
        and not looks_like_column(first)  # 海风副刊 / 码头之夜: a section's piece
        and (n > 3 or any(t[0] in "vad" for _, t in words))  # 代大权 alone: a signature
        and not join_cjk(second).endswith(_PRESIDED)
        and parse_lead(second).marker is None
    )


SHORT_END = 6
_PRESIDED = ("主持", "出席", "讲话", "致辞")


# Verbs an outlet's or a column's name ends on (权威发布, 北坪发布, 上海发布).
_OUTLET_VERBS = ("发布", "公布")


def _named_body(text: str) -> bool:
    """Does a line name a body or a place before its verb (县政府召开, 青山镇完成), or a
    subject of its own words (大理交警开展, 西部十二省区开展: a place and who)? A
    column's name has one word before its verb, and an outlet's verb (权威发布)."""
    words = _words(text)
    if len(words) < 2:
        return False
    return _a_body_acts(words) or (len(words) >= 3 and words[-1][0] not in _OUTLET_VERBS)


def _a_body_acts(words) -> bool:
    """Is the verb's subject a body or a place (县政府召开, 西部十二省区开展), so that
    the verb takes an object, not an event's name (…培训月启动: the event began)?"""
    return join_cjk("".join(w for w, _ in words[:-1])).endswith(UNIT_ENDINGS)


def _no_column(text: str, why: str) -> bool:
    """Is a line the model read as a column's name (产经视野 over 擦亮“中国服务”品牌,
    三湘时评) the first half of the title under it? Only where it cannot stand alone: a
    verb waiting for its object (县政府召开), a name that ends as a unit's or a
    site's does (一师阿拉尔市, 社区食堂) over what happened there, people who act over
    what they did (茶叶专业户 / 用上智能滴灌), or the owner of what the title
    measures (柑橘电商 / 订单排到年底), unless named as columns are."""
    if why == "verb waits":  # …by a body's or a place's name: 权威发布 is a column's
        return _named_body(text)
    if why == "subject, predicate":  # 茶叶专业户 / 用上…: who, then what they did
        return join_cjk(text).endswith(AGENT_ENDINGS) and not looks_like_column(text)
    if why in ("owner, measure", "topic, modal", "short end"):  # whose, who must, who
        # (各族群众 / 欢聚一堂: four letters end its news; 寻访·长征路上的故事, a series)
        return not looks_like_column(text) and "·" not in text
    if why == "verb, what came":  # a column's name never ends on a verb's 了
        return True
    return why in ("site, clause", "site, predicate") and join_cjk(text).endswith(SITE_ENDINGS)


def two_line_stacks(content: list[Line], labels: list[str]) -> list[str]:
    """Every headline stack of exactly two lines, printed one right under the other
    over its article (text or a byline under it), read as `read_stack` says; a column's
    name over a title is left a column unless the two are one title."""
    labels = list(labels)
    for i in range(len(content) - 1):
        top, low = labels[i], labels[i + 1]
        if not (
            (headline_role(top) in ("kicker", "title") and top.endswith("-b")) or top == "column"
        ) or headline_role(low) not in ("title", "subtitle"):
            if not (top == "title-b" and low == "kicker-b"):
                continue  # (a "kicker" under a title may be one title with it, below)
        if top == "column" and (low != "title-b" or len(content[i].text.strip()) <= 2):
            continue  # 书香, 时评: a column's short name over a title that says it all
        if content[i + 1].index != content[i].index + 1 or content[i].level != content[i + 1].level:
            continue  # a blank line or Markdown (## under a plain line) sets two elements apart
        if i and headline_role(labels[i - 1]) and content[i - 1].index == content[i].index - 1:
            if not _a_rubric(content[i - 1].text):
                continue  # the lower lines of a longer stack (a blank line over it: its own)
        deck = (
            i + 2 < len(labels)
            and headline_role(labels[i + 2])
            and content[i + 2].index == content[i + 1].index + 1
        )
        if deck and not (
            labels[i + 2] == "subtitle-b" and content[i + 2].text.startswith(DECK_DASHES)
        ):
            continue  # (a ——deck under the two: they are still the kicker and title, or one)
        reading, why = _reading(content[i].text, content[i + 1].text)
        if low == "kicker-b" and reading != ONE:
            continue  # only where the words join them: other rules read the rest
        if deck and reading == SUBTITLE:
            continue
        if top == "column" and not _no_column(content[i].text, why):
            continue
        if reading == ONE:
            labels[i], labels[i + 1] = "title-b", "title-i"
        elif reading == KICKER and top != "column":
            labels[i], labels[i + 1] = "kicker-b", "title-b"
        elif reading == SUBTITLE and top != "column":
            labels[i], labels[i + 1] = "title-b", "subtitle-b"
    labels = _a_name_over_a_wrapped_title(content, labels)
    return _a_waiting_verb_runs_on(content, _a_titles_second_line_read_as_text(content, labels))


def _a_rubric(text: str) -> bool:
    """A desk's or a series' rubric, marked (■新闻追踪, 【民生关注】): set over a headline
    as a label, no line of it, whatever the two lines under it read as."""
    text = text.strip()
    return opens_with_mark(text) or re.fullmatch(r"【[^】]{2,10}】", text) is not None


def _a_titles_second_line_read_as_text(content: list[Line], labels: list[str]) -> list[str]:
    """A title over a line read as its text's opening, a paragraph alone with no stop (老旧小区
    改造 / 今年将惠及1.2万户 / 记者从…): where the words make one title of the two."""
    for i in range(len(content) - 2):
        if labels[i : i + 2] != ["title-b", "open"] or labels[i + 2] not in ("para", "body"):
            continue
        if ends_sentence(content[i + 1].text) or is_lead(content[i + 1].text):
            continue  # (本报综合 / 12月3日，…: the lead's marker on a line of its own)
        if any(content[k + 1].index != content[k].index + 1 for k in (i, i + 1)):
            continue
        if (
            i
            and headline_role(labels[i - 1])
            and labels[i - 1] != "kicker-b"  # (抓项目 促发展 over the title: its kicker)
            and content[i - 1].index == content[i].index - 1
        ):
            continue  # the lower lines of a longer stack
        if labels[i + 2] == "para" and _reading(content[i].text, content[i + 1].text)[0] == ONE:
            labels[i + 1 : i + 3] = ["title-i", "open"]
        elif _a_lead_under_a_line_of_no_sentence(content[i + 1].text, content[i + 2].text):
            labels[i + 1 : i + 3] = ["title-i", "open"]
    return labels


def _a_lead_under_a_line_of_no_sentence(line: str, under: str) -> bool:
    """Is `line` short, with no punctuation but quotes in it, over a line that opens as
    a lead does (近日…, 3月5日…)? No text's first line stops so before its lead: it is
    the headline's second line (渔排改造 / “蓝色粮仓”焕新颜 / 近日 记者来到…)."""
    return (
        0 < letters(line) <= _SECOND_LINE
        and _NO_SENTENCE.fullmatch(line.strip()) is not None
        and opens_as_news(under.strip())
    )


_SECOND_LINE = 12  # letters of a headline's second line at most
_NO_SENTENCE = re.compile(rf"[{CJK}A-Za-z0-9０-９“”‘’《》\s]+")


def _a_name_over_a_wrapped_title(content: list[Line], labels: list[str]) -> list[str]:
    """A line over a title that wraps onto a second line (盐都区 / 春节前农民工工资 /
    全部发放到位, a narrow column's stack) is read with the whole title as two lines
    alone are: a place's or a unit's name over what happened there is its first words."""
    for i in range(len(content) - 2):
        top = labels[i]
        if top not in ("column", "kicker-b") or labels[i + 1 : i + 3] != ["title-b", "title-i"]:
            continue
        if any(content[k + 1].index != content[k].index + 1 for k in (i, i + 1)):
            continue
        if len({content[k].level for k in (i, i + 1, i + 2)}) > 1:
            continue
        if i and headline_role(labels[i - 1]) and content[i - 1].index == content[i].index - 1:
            continue  # the lower lines of a longer stack
        below = i + 3 < len(labels) and headline_role(labels[i + 3])
        if below and content[i + 3].index == content[i + 2].index + 1:
            continue  # a third title line or a deck: a longer stack
        title = join_cjk(content[i + 1].text.strip() + content[i + 2].text.strip())
        reading, why = _reading(content[i].text, title)
        if reading != ONE or (top == "column" and not _no_column(content[i].text, why)):
            continue
        labels[i], labels[i + 1] = "title-b", "title-i"
    return labels


def _a_waiting_verb_runs_on(content: list[Line], labels: list[str]) -> list[str]:
    """Under a kicker, a title line that stops on a verb waiting for its object
    (稳就业 促增收 / 西部十二省区开展 / 农民工职业技能提升季活动) goes on into the
    line read as its subtitle where a body or a place acts and the line under it ends
    on the object's noun: a subtitle never finishes its title's clause (…培训月启动 /
    首批学员结业 says two things). So does a thing's name over what the next line
    measures of it (某某产业集群 / 上半年产值增长16%): a subtitle's measure is its own."""
    for i in range(1, len(content) - 1):
        if labels[i] != "title-b" or labels[i + 1] != "subtitle-b":
            continue
        if not headline_role(labels[i - 1]) or content[i + 1].index != content[i].index + 1:
            continue  # two lines alone were read above; a blank line sets them apart
        if content[i].level != content[i + 1].level:
            continue
        reading = _reading(content[i].text, content[i + 1].text)
        if reading == (ONE, "owner, measure"):
            labels[i + 1] = "title-i"
            continue
        last = _words(content[i + 1].text)[-1:]
        if not _a_body_acts(_words(content[i].text)) or last[0][1] in ("v", "vd", "a", "ad"):
            continue
        if reading == (ONE, "verb waits"):
            labels[i + 1] = "title-i"
    return labels
