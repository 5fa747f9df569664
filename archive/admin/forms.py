"""Admin forms: lists typed as 、-separated text, newline-safe text, a throttled login."""

import re

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from archive import aliases, throttle
from archive.models import Article, Credit, Department, DepartmentMention, Person, PersonMention

_SEPARATORS = re.compile(r"[、,，;；\n]+")


class NameListField(forms.CharField):
    """A JSON list of short strings (titles), edited as `甲、乙、丙`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", "多个用顿号“、”或逗号分隔。")
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "、".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        items = []
        for item in _SEPARATORS.split(super().to_python(value) or ""):
            item = item.strip()
            if item and item not in items:
                items.append(item)
        return items


def normalise_text(value):
    """Browsers send textareas with CRLF line ends; the archive stores LF."""
    return (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["kicker", "title", "subtitle", "column", "body", "date", "reviewed"]
        widgets = {
            "title": forms.TextInput(attrs={"size": 60}),
            "kicker": forms.TextInput(attrs={"size": 60}),
            "subtitle": forms.TextInput(attrs={"size": 60}),
            "body": forms.Textarea(attrs={"rows": 18, "cols": 60}),
        }

    def clean_body(self):
        body = normalise_text(self.cleaned_data["body"])
        if not body:
            raise ValidationError("正文不能为空。")
        return body


class CreditForm(forms.ModelForm):
    class Meta:
        model = Credit
        fields = ["order", "role", "person", "organization"]
        labels = {"person": "人物"}
        widgets = {"order": forms.NumberInput(attrs={"class": "vIntegerField", "min": 0})}


class PersonMentionForm(forms.ModelForm):
    titles = NameListField(label="职务")

    class Meta:
        model = PersonMention
        fields = ["person", "titles", "organization"]
        labels = {"person": "人物"}


class DepartmentMentionForm(forms.ModelForm):
    class Meta:
        model = DepartmentMention
        fields = ["department"]
        labels = {"department": "单位"}


def check_free(record, name, *, as_name=True, why=""):
    """Refuse `name` if another record of `record`'s scope (the archive for people, the
    zone for departments) holds it as an alias, or, `as_name`, is called so."""
    person = isinstance(record, Person)
    action = "合并所选人物" if person else "合并所选单位"
    holder = aliases.holders(record, [name]).get(name)
    if holder is not None:
        kind = "人物" if person else "同一地区的单位"
        raise ValidationError(f"“{name}”已是{kind}“{holder}”的别名{why}：请用“{action}”。")
    if as_name:
        others = type(record).objects.filter(name=name)
        if record.pk:
            others = others.exclude(pk=record.pk)
        if not person:
            others = others.filter(zone=record.zone)
        if others.exists():
            called = "另一人物的姓名" if person else "同一地区另一单位的名称"
            raise ValidationError(f"“{name}”已是{called}：请用“{action}”。")


def _old_name_free(record, old, new):
    """A rename keeps the old name as an alias: no other record may hold it as one."""
    if new != old:
        check_free(record, old, as_name=False, why="，改名后无法把原名留作别名")


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["name", "review_note"]
        help_texts = {"review_note": "确认此人与同名者不是同一人后清空。"}

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        # A new person may share a name (two 李敏 on two papers); renaming someone to a
        # name already taken is most often one person twice, which a merge fixes.
        if self.instance.pk and name != self.instance.name:
            check_free(self.instance, name)
            _old_name_free(self.instance, self.instance.name, name)
        return name


class DepartmentForm(forms.ModelForm):
    class Meta:
        model = Department
        fields = ["name", "zone", "level", "kind"]

    def clean(self):
        cleaned = super().clean()
        name, zone = cleaned.get("name"), cleaned.get("zone", "")
        old = (self.instance.name, self.instance.zone)
        if self.instance.pk and name and (name, zone) != old:
            # As it will be: the old name and the aliases go with it to its new zone.
            moved = Department(pk=self.instance.pk, name=name, zone=zone)
            try:
                check_free(moved, name, as_name=False)  # a name is the model's constraint
                _old_name_free(moved, self.instance.name, name)
            except ValidationError as error:
                self.add_error("name", error)
        return cleaned


class AliasForm(forms.ModelForm):
    """One alias of a person or department, in the admin's inline. `record` is the person
    or department as its own form left it: renamed, or moved to another zone."""

    def __init__(self, *args, record=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.record = record

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        record = self.record
        if "name" in self.changed_data:
            if name == record.name:
                raise ValidationError("别名与名称相同。")
            check_free(record, name)
        else:  # kept, but its department may move to another zone
            check_free(record, name, as_name=False)
        return name


class AliasFormSet(BaseInlineFormSet):
    def get_form_kwargs(self, index):
        # The rows' own link to it is the stored record until they are saved.
        return {**super().get_form_kwargs(index), "record": self.instance}

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if self._should_delete_form(form) or not hasattr(form, "cleaned_data"):
                continue
            name = form.cleaned_data.get("name")
            if name and name in seen:
                form.add_error("name", f"“{name}”重复。")
            seen.add(name)


class ThrottledLoginForm(AdminAuthenticationForm):
    """The admin login, refusing a username and address after repeated wrong passwords
    (archive.throttle). CSRF protection comes with the admin's login view."""

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "throttled": "密码错误次数过多，请 %(seconds)d 秒后再试。",
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = throttle.client_address(self.request)
        wait = throttle.wait_seconds(username, address)
        if wait:
            raise ValidationError(
                self.error_messages["throttled"], code="throttled", params={"seconds": wait}
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            throttle.failed(username, address)
            raise
        throttle.succeeded(username, address)
        return cleaned
