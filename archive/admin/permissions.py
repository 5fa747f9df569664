"""The 编辑 (editor) group: what staff who correct the archive may do.

They add and change articles, bylines, mentions, people and departments, delete
bylines and mentions, correct a page's paper, date, 版次 and name, and look at
papers, ingest runs and the change logs.
They may not delete pages or articles, and have no say over users.
"""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured

EDITOR_GROUP = "编辑"

EDIT = ("add", "change", "view")
EDIT_AND_DELETE = ("add", "change", "delete", "view")
EDITOR_PERMISSIONS = {
    "article": EDIT,
    "articleforreview": ("change", "view"),
    "credit": EDIT_AND_DELETE,
    "personmention": EDIT_AND_DELETE,
    "departmentmention": EDIT_AND_DELETE,
    "person": EDIT,
    "department": EDIT,
    "issue": ("change", "view"),
    "issuechange": ("view",),
    "publication": ("view",),
    "ingestrun": ("view",),
    "articlechange": ("view",),
}


def codenames():
    return {
        f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    }


def editor_group():
    """The 编辑 group with exactly the permissions above (created or brought up to date)."""
    wanted = codenames()
    permissions = list(
        Permission.objects.filter(content_type__app_label="archive", codename__in=wanted)
    )
    missing = wanted - {p.codename for p in permissions}
    if missing:
        raise ImproperlyConfigured(
            f"permissions missing ({', '.join(sorted(missing))}): run `manage.py migrate` first"
        )
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.set(permissions)
    return group
