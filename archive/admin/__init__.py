"""Baokan's admin, in Chinese: where staff correct what the parser got wrong.

Registers every archive model with the default admin site (`/admin/`): articles and
the review queue (articles.py), people and departments (people.py), papers, pages and
ingest runs (pages.py). The login is throttled (archive.throttle).
"""

from django.contrib import admin

from . import articles, logins, pages, people  # noqa: F401  (they register their models)
from .forms import ThrottledLoginForm

admin.site.site_header = "报刊 · 管理"
admin.site.site_title = "报刊管理"
admin.site.index_title = "纠错与管理"
admin.site.login_form = ThrottledLoginForm
