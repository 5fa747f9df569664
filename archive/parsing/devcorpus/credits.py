"""Printed credit forms of local papers: byline lines and lead openers.

Each builder returns what it prints together with the gold credits it implies,
so the gold can never name someone the page does not show.
"""

from __future__ import annotations

from .bylines import CreditGroup

Credit = tuple[str, tuple[str, ...]]  # (name, roles any one of which is right)

REPORTER = ("reporter",)
CORRESPONDENT = ("correspondent",)
PHOTOGRAPHER = ("photographer",)
AUTHOR = ("author",)
# Another outlet's reporter, or names in brackets with no role word: the contract
# says author, but reporter is an honest reading too.
AUTHOR_OR_REPORTER = ("author", "reporter")


def pad(name: str) -> str:
    """People's Daily pads two-character names: 王珏 -> 王  珏."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


def _names(names: list[str], sep: str = " ") -> str:
    return sep.join(names)


def byline_lines(rng, reporters: list[str], corrs: list[str], form: str, two_lines: bool = False):
    """Lines of one byline block and the credits they print."""
    credits: list[Credit] = []
    r, c = _names(reporters), _names(corrs)
    if form == "padded" and reporters:
        text = "本报记者  " + "  ".join(pad(n) for n in reporters)
        credits += [(n, REPORTER) for n in reporters]
        return [text], credits
    if form == "wentu" and reporters:
        credits += [(n, ("reporter", "photographer")) for n in reporters]
        return [f"文/图 记者 {r}"], credits
    if form == "slash" and reporters:
        photo = corrs[:1] or reporters[-1:]
        writers = reporters if corrs else reporters[:-1] or reporters
        credits += [(n, AUTHOR_OR_REPORTER) for n in writers]
        credits += [(n, PHOTOGRAPHER) for n in photo if n not in writers]
        if photo[0] in writers:
            credits = [(n, ("author", "reporter", "photographer")) for n in writers]
            return [f"{_names(writers)} 文/图"], credits
        return [f"{_names(writers)}/文 {photo[0]}/图"], credits
    prefix = {
        "plain": "记者 ",
        "benbao": "本报记者 ",
        "square": "■ 记者 ",
        "hollow_wb": "□晚报记者 ",
        "hollow_bb": "□本报记者 ",
        "trainee": "见习记者 ",
    }.get(form, "记者 ")
    lines: list[str] = []
    if reporters:
        lines.append(prefix + r)
        credits += [(n, REPORTER) for n in reporters]
    if corrs:
        cline = ("本报通讯员 " if form == "benbao" and rng.random() < 0.3 else "通讯员 ") + c
        if two_lines and lines:
            lines.append(cline)
        elif lines:
            lines[-1] += " " + cline
        else:
            lines.append(cline)
        credits += [(n, CORRESPONDENT) for n in corrs]
    x = rng.random()
    if lines and form in ("plain", "benbao") and x < 0.16:
        # `记者 X 通讯员 Y 文/图`: everyone listed also took the photos; a group
        # ending in 摄 credits photos first of all.
        photo = x < 0.12
        lines[-1] += " 文/图" if photo else " 摄"
        credits = [
            (n, roles + PHOTOGRAPHER if photo else PHOTOGRAPHER + roles) for n, roles in credits
        ]
    return lines, credits


def group_credits(groups: list[CreditGroup]) -> list[Credit]:
    out: list[Credit] = []
    for g in groups:
        roles = {
            "reporter": REPORTER,
            "correspondent": CORRESPONDENT,
            "photographer": PHOTOGRAPHER,
        }.get(g.role, AUTHOR_OR_REPORTER if g.organization else AUTHOR)
        out += [(n, roles) for n in g.names]
    return out


def group_text(groups: list[CreditGroup], padded: bool) -> str:
    """A corpus byline printed back in its own words (role word only if it had one)."""
    parts = []
    sep = "  " if padded else " "
    for g in groups:
        names = [pad(n) if padded else n for n in g.names]
        tail = "摄" if g.role == "photographer" else ""
        head = g.word or ""
        parts.append((head + sep if head else "") + sep.join(names) + tail)
    return sep.join(parts)


def bracket(reporters: list[str], corrs: list[str], rng) -> str:
    """`（记者郭树勋 通讯员李亚芬）` in one of its spellings."""
    space = " " if rng.random() < 0.4 else ""
    inner = "记者" + space + "、".join(reporters)
    if corrs:
        inner += " 通讯员" + space + "、".join(corrs)
    return f"（{inner}）" if rng.random() < 0.7 else f"({inner})"


def lead_opener(rng, form: str, md: str | None, reporters, corrs, paper: str):
    """(printed opener, credits, printed date MM-DD or None) for a rewritten lead."""
    month_day = ""
    if md:
        month_day = f"{int(md[:2])}月{int(md[3:])}日"
    if form == "benbao":
        return "本报讯 ", [], None
    if form == "benbao_bracket" and reporters:
        credits = [(n, REPORTER) for n in reporters] + [(n, CORRESPONDENT) for n in corrs]
        return "本报讯" + bracket(reporters, corrs, rng), credits, None
    if form == "paper" and reporters:
        credits = [(n, REPORTER) for n in reporters] + [(n, CORRESPONDENT) for n in corrs]
        return paper + "讯" + bracket(reporters, corrs, rng), credits, None
    if form == "dated" and md:
        if reporters and rng.random() < 0.5:
            credits = [(n, REPORTER) for n in reporters] + [(n, CORRESPONDENT) for n in corrs]
            return f"本报{month_day}讯" + bracket(reporters, corrs, rng), credits, md
        return f"本报{month_day}讯 " if rng.random() < 0.7 else f"本报{month_day} ", [], md
    return "", [], None


def merge(credits: list[Credit]) -> list[dict]:
    """Gold credits: one entry per name, roles in first-seen order."""
    order: list[str] = []
    roles: dict[str, list[str]] = {}
    for name, rs in credits:
        if name not in roles:
            order.append(name)
            roles[name] = []
        for role in rs:
            if role not in roles[name]:
                roles[name].append(role)
    return [{"name": n, "roles": roles[n]} for n in order]
