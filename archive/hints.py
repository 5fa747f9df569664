"""Parser warnings and ingest messages, as staff read them in the admin: in Chinese.

The parser (archive/parsing/) and `manage.py ingest` write English for the command
line and the JSON contract; the admin shows the same facts in Chinese. A message no
pattern here knows is shown as written, never dropped.
"""

import re

KINDS = {"banner": "刊头", "rubric": "栏目标识", "stray": "零散文字"}
SOURCES = {"manifest": "清单", "file": "文件名", "text": "正文", "masthead": "刊头"}

# (pattern, Chinese), matched against the whole message, in order.
_HINTS = [
    (r"no articles found on this page", "这一版没有识别出文章"),
    (
        r"text belongs to no article \((?P<kind>\w+)\): (?P<text>.*)",
        "不属于任何文章的文字（{kind}）：{text}",
    ),
    (
        r"year (?P<year>\d+) inferred from the years the page mentions",
        "年份 {year} 由版面提到的年份推断",
    ),
    (
        r"no year: the manifest gives none and the page names none",
        "没有年份：清单未给出，版面也未提到",
    ),
    (
        r"issue date (?P<date>\S+) is the latest event date in the text; year from (?P<source>\w+)",
        "版面日期 {date} 取自正文中最晚的事件日期；年份来自{source}",
    ),
    (r"headline (?P<title>.*) matched with low confidence", "标题 {title} 与正文匹配的把握不大"),
    (r"(?P<name>.+?): no such file or folder", "{name}：文件或文件夹不存在"),
    (r"(?P<name>.+?): cannot read: (?P<reason>.*)", "{name}：无法读取：{reason}"),
    (r"(?P<name>.+?): empty file", "{name}：空文件"),
    (r"(?P<name>.+?): binary file .*", "{name}：二进制文件，不是文本版面"),
    (
        r"(?P<name>.+?): not UTF-8.*unknown encoding",
        "{name}：编码无法识别（不是 UTF-8、UTF-16 或 GB18030）",
    ),
    (r"(?P<name>.+?): parser error: (?P<reason>.*)", "{name}：解析程序出错：{reason}"),
    (r"(?P<name>.+?): database error: (?P<reason>.*)", "{name}：数据库出错：{reason}"),
    (
        r"(?P<name>.+?): date (?P<date>\S+) \((?P<source>\w+)\) is outside the years (?P<years>.*?); .*",
        "{name}：日期 {date}（来自{source}）不在 {years} 之内；请在清单中给出这一版的日期",
    ),
]
_COMPILED = [(re.compile(pattern, re.S), chinese) for pattern, chinese in _HINTS]


def in_chinese(message):
    for pattern, chinese in _COMPILED:
        match = pattern.fullmatch(message)
        if match:
            parts = match.groupdict()
            if "kind" in parts:
                parts["kind"] = KINDS.get(parts["kind"], parts["kind"])
            if "source" in parts:
                parts["source"] = SOURCES.get(parts["source"], parts["source"])
            return chinese.format(**parts)
    return message
