"""The per-page style: which layout, credit and lead forms a page uses.

Drawn once per page from the page's own Random so every page is reproducible.
"""

from __future__ import annotations

PLACES = (
    "清河",
    "临江",
    "东湖",
    "南山",
    "西城",
    "北塘",
    "新港",
    "云台",
    "青石",
    "丰泽",
    "金水",
    "桐柏",
)
KINDS = ("日报", "晚报", "时报", "报")
COLUMN_WORDS = (
    "要闻",
    "综合新闻",
    "基层动态",
    "图片新闻",
    "时评",
    "民生",
    "走基层",
    "一线传真",
    "身边事",
    "党建连连看",
    "社区动态",
    "经济观察",
    "文化视窗",
    "法治在线",
    "百姓故事",
    "今日关注",
)
RUBRICS = (
    "新年开新局",
    "奋进新征程",
    "一线见闻",
    "基层新风",
    "为民办实事",
    "聚焦项目建设",
    "乡村振兴进行时",
)
BYLINE_FORMS = {
    "plain": 5,
    "benbao": 4,
    "square": 1,
    "hollow_wb": 1,
    "hollow_bb": 1,
    "trainee": 1,
    "wentu": 1,
    "slash": 1,
    "padded": 2,
}


def _pick(rng, weights: dict):
    keys = sorted(weights)
    x = rng.random() * sum(weights.values())
    for k in keys:
        x -= weights[k]
        if x < 0:
            return k
    return keys[-1]


def draw_style(rng) -> dict:
    layout = _pick(rng, {"narrow": 45, "wide": 40, "markdown": 15})
    place = rng.choice(PLACES)
    kind = rng.choice(KINDS)
    local = rng.random() < 0.75  # a local paper's habits, else People's Daily's
    end_heavy = local and rng.random() < 0.7
    byline_place = (
        {
            "end_lines": 5,
            "end_one": 4,
            "glued": 2,
            "under": 1,
            "above": 0.5,
            "paren": 1,
            "bare": 0.5,
            "dateline_end": 0.5,
        }
        if end_heavy
        else {"under": 6, "above": 1, "end_one": 1, "end_lines": 1, "dateline_end": 1, "paren": 0.5}
    )
    return {
        "layout": layout,
        "width": rng.randint(10, 16),
        "headline_len": rng.randint(12, 20),
        "para_blank": rng.random() < (0.4 if layout == "narrow" else 0.5),
        "col_break": (rng.random() < 0.7) if layout != "markdown" else False,
        "gather": layout == "narrow"
        and rng.random() < 0.3
        or layout == "wide"
        and rng.random() < 0.05,
        "untitled_briefs": rng.random() < 0.15,
        "paper": place + ("晚报" if kind == "晚报" else kind if kind != "报" else "日报"),
        "masthead": place + kind,
        "noise": rng.choice((0.0, 0.0, 0.1, 0.3, 0.6)),
        "furniture_top": rng.random() < 0.5,
        "furniture_bottom": rng.random() < 0.35,
        "columns": rng.random() < 0.45,
        "tag_as_column": rng.random() < 0.4,
        "padded": not local and rng.random() < 0.6,
        "invent_reporter": 0.75 if local else 0.3,
        "correspondent": 0.55 if local else 0.1,
        "captions": rng.choice((0.3, 0.6, 0.9)),
        "editor_note": 0.04 if local else 0.0,
        "ascii_punct": layout != "narrow" and rng.random() < 0.35,
        "photo_items": rng.random() < 0.3,
        "byline_place": byline_place,
        "byline_form": _pick(rng, BYLINE_FORMS),
        "byline_forms": BYLINE_FORMS,
        # Two cells of paragraph indent that OCR reads as nothing: a paragraph's first
        # line is two characters short of the column.
        "indent": 2 if layout == "narrow" and rng.random() < 0.4 else 0,
        "lead_dateline": (
            {"keep": 3, "benbao": 2, "benbao_bracket": 3, "dated": 1, "paper": 1}
            if local
            else {"keep": 8, "benbao_bracket": 1}
        ),
        "lead_plain": (
            {"none": 4, "benbao": 3, "benbao_bracket": 3, "dated": 1, "paper": 1}
            if local
            else {"none": 8, "benbao": 1}
        ),
    }
