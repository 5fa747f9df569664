"""Admin forms: lists typed as 、-separated text, newline-safe text, a throttled login."""

import re

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError

from archive import throttle
from archive.models import Article, Credit, Department, DepartmentMention, Person, PersonMention

_SEPARATORS = re.compile(r"[、,，;；\n]+")


class NameListField(forms.CharField):
    """A JSON list of short strings (aliases, titles), edited as `甲、乙、丙`."""

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


def _names_taken(model, instance, names):
    """Which of `names` already name or alias another row of `model`."""
    others = model.objects.exclude(pk=instance.pk) if instance.pk else model.objects.all()
    taken = set(others.filter(name__in=names).values_list("name", flat=True))
    for aliases in others.exclude(aliases=[]).values_list("aliases", flat=True):
        taken |= set(names) & set(aliases)
    return [name for name in names if name in taken]


class PersonForm(forms.ModelForm):
    aliases = NameListField(
        label="别名",
        help_text="同一人的其他写法；导入时这些名字都归到此人。多个用顿号“、”分隔。",
    )

    class Meta:
        model = Person
        fields = ["name", "aliases", "review_note"]
        help_texts = {"review_note": "确认此人与同名者不是同一人后清空。"}

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        # A new person may share a name (two 李敏 on two papers); renaming someone to a
        # name already taken is most often one person twice, which a merge fixes.
        if self.instance.pk and _names_taken(Person, self.instance, [name]):
            raise ValidationError(f"“{name}”已是另一人物的姓名或别名：请用“合并所选人物”。")
        return name

    def clean_aliases(self):
        aliases = self.cleaned_data["aliases"]
        taken = _names_taken(Person, self.instance, aliases)
        if taken:
            raise ValidationError(
                f"“{'、'.join(taken)}”已是另一人物的姓名或别名：请用“合并所选人物”。"
            )
        return aliases


class DepartmentForm(forms.ModelForm):
    aliases = NameListField(
        label="别名", help_text="同一单位的其他叫法，如简称。多个用顿号“、”分隔。"
    )

    class Meta:
        model = Department
        fields = ["name", "zone", "level", "kind", "aliases"]


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
