from django import forms

from . import queries
from .queries import FILTERS

SORTS = [("relevance", "相关度"), ("newest", "最新"), ("oldest", "最早"), ("page", "版次")]


class SearchForm(forms.Form):
    """The search box and the filters a facet link or the date range sets.

    `q` is parsed in `clean_q`: a malformed query is a form error with a message
    for the reader, never an exception.
    """

    q = forms.CharField(required=False, strip=True, label="搜索")
    sort = forms.ChoiceField(choices=SORTS, required=False, label="排序")
    year = forms.RegexField(regex=r"^\d{4}$", required=False, label=FILTERS["year"])
    start = forms.DateField(required=False, label="起始日期", input_formats=["%Y-%m-%d"])
    end = forms.DateField(required=False, label="截止日期", input_formats=["%Y-%m-%d"])
    publication = forms.CharField(required=False, max_length=200, label=FILTERS["publication"])
    column = forms.CharField(required=False, max_length=200, label=FILTERS["column"])
    person = forms.CharField(required=False, max_length=100, label=FILTERS["person"])
    department = forms.CharField(required=False, max_length=200, label=FILTERS["department"])

    error_messages = {
        "year": "年份要写四位数字，例如 2021。",
        "date": "日期要写成 2021-07-05 这样。",
        "range": "起始日期晚于截止日期。",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The parser names control characters itself (NUL included), in Chinese.
        self.fields["q"].validators = []

    def clean_q(self):
        try:
            return queries.parse(self.cleaned_data["q"])
        except queries.QueryError as error:
            raise forms.ValidationError(str(error), code="query") from None

    def clean(self):
        cleaned = super().clean()
        for name in ("start", "end"):
            if name in self.errors:
                self.errors[name] = self.error_class([self.error_messages["date"]])
        if "year" in self.errors:
            self.errors["year"] = self.error_class([self.error_messages["year"]])
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", self.error_messages["range"])
        return cleaned

    def filters(self):
        """The filters set, as {name: value}, in a fixed order (FILTERS, then the dates)."""
        data = self.cleaned_data
        return {name: data[name] for name in (*FILTERS, "start", "end") if data.get(name)}
