"""The advanced search form (高级检索): rows of field, words and AND / OR / NOT, a date
range and 版次, written out as a query in the readers' language (queries.py).

The form only writes the query a reader could have typed; the search page runs it
and shows it, so the form teaches the syntax. Rows join as the language reads them:
OR binds a row to the row above it (高新区, then 夜市 OR 托管 is 高新区 and either),
and a NOT row leaves out articles with any of its words.
"""

from django import forms

from . import queries

ROWS = 4
# (prefix typed in the query, label): "" searches everywhere.
FIELDS = [
    ("", "全部"),
    ("标题", "标题"),
    ("引题", "引题"),
    ("副题", "副题"),
    ("正文", "正文"),
    ("栏目", "栏目"),
    ("版次", "版次"),
    ("报纸", "报纸"),
    ("单位", "单位"),
    ("人物", "人物"),
    ("记者", "记者"),
    ("通讯员", "通讯员"),
    ("摄影", "摄影"),
    ("编辑", "编辑"),
    ("作者", "作者"),
]
OPERATORS = [("AND", "并且"), ("OR", "或者"), ("NOT", "不含")]
SORTS = [("", "相关度（有词时）"), ("newest", "最新"), ("oldest", "最早"), ("page", "版次")]


def _terms(words):
    """The terms of a row: each quoted phrase whole, each other word alone."""
    terms, quoted = [], words.replace("“", '"').replace("”", '"').split('"')
    for i, part in enumerate(quoted):
        if i % 2:
            if part.strip():
                terms.append(f'"{part.strip()}"')
        else:
            terms.extend(part.split())
    return terms


def _row_query(field, words, negated=False):
    prefix = f"{field}:" if field else ""
    minus = "-" if negated else ""
    # An OR typed in a row stays one: 夜市 OR 托管 in a 标题 row wants either in the title.
    return " ".join(
        term if term in queries.OR_WORDS and not negated else f"{minus}{prefix}{term}"
        for term in _terms(words)
        if term not in queries.OR_WORDS or not negated
    )


def build_query(rows, page_number=None):
    """The query string for `rows`, [(operator, field, words)] in order (the first
    row's operator counts only as NOT), and a 版次 number."""
    groups, excluded = [], []
    for operator, field, words in rows:
        if not _terms(words):
            continue
        if operator == "NOT":
            excluded.append(_row_query(field, words, negated=True))
            continue
        part = _row_query(field, words)
        if operator == "OR" and groups:
            groups[-1].append(part)
        else:
            groups.append([part])
    if page_number:
        groups.append([f"版次:{page_number}"])
    written = []
    for group in groups:
        if len(group) == 1:
            written.append(group[0])
        else:
            # Several words in a row of an OR group: brackets keep them together.
            written.append(" OR ".join(f"({p})" if " " in p else p for p in group))
    return " ".join(written + excluded)


class AdvancedSearchForm(forms.Form):
    """The rows (`op_N`, `field_N`, `words_N` for N in 1..ROWS), the date range, 版次 and
    sort. `query()` is the query they make, once the form is valid."""

    start = forms.DateField(required=False, label="起始日期", input_formats=["%Y-%m-%d"])
    end = forms.DateField(required=False, label="截止日期", input_formats=["%Y-%m-%d"])
    page_number = forms.IntegerField(required=False, min_value=1, max_value=999, label="版次")
    sort = forms.ChoiceField(choices=SORTS, required=False, label="排序")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, ROWS + 1):
            self.fields[f"op_{n}"] = forms.ChoiceField(
                choices=OPERATORS, required=False, label=f"第{n}行的关系"
            )
            self.fields[f"field_{n}"] = forms.ChoiceField(
                choices=FIELDS,
                required=False,
                label=f"第{n}行的检索项",
                initial=self.INITIAL_FIELDS[(n - 1) % len(self.INITIAL_FIELDS)],
            )
            self.fields[f"words_{n}"] = forms.CharField(
                required=False, max_length=queries.MAX_LENGTH, label=f"第{n}行的检索词"
            )

    # What the rows offer before a reader picks: the fields researchers search by most.
    INITIAL_FIELDS = ("", "标题", "记者", "单位")

    def rows(self):
        """[{"op", "field", "words"}: bound fields] for the template, row by row."""
        return [
            {name: self[f"{name}_{n}"] for name in ("op", "field", "words")}
            for n in range(1, ROWS + 1)
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "起始日期晚于截止日期。")
        if self.errors:
            return cleaned
        rows = [
            (cleaned.get(f"op_{n}") or "AND", cleaned.get(f"field_{n}", ""), cleaned[f"words_{n}"])
            for n in range(1, ROWS + 1)
        ]
        cleaned["query"] = build_query(rows, cleaned.get("page_number"))
        if not cleaned["query"] and not (start or end):
            raise forms.ValidationError("请至少填写一个检索词、版次或日期。")
        try:
            queries.parse(cleaned["query"])
        except queries.QueryError as error:
            raise forms.ValidationError(str(error)) from None
        return cleaned

    def search_params(self):
        """The search page's parameters for the valid form."""
        data = self.cleaned_data
        params = {"q": data["query"]}
        for name in ("start", "end"):
            if data.get(name):
                params[name] = data[name].isoformat()
        if data.get("sort"):
            params["sort"] = data["sort"]
        return {name: value for name, value in params.items() if value}
