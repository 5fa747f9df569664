"""manage.py create_editor USERNAME: an account for staff who correct the archive."""

import getpass
import os
import sys

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from archive.admin.permissions import EDITOR_GROUP, editor_group

PASSWORD_ENV = "BAOKAN_EDITOR_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create or update a staff account in the 编辑 (editor) group, which may correct "
        "articles, bylines, people and departments at /admin/ but not delete pages or "
        f"manage users. The password comes from --password, ${PASSWORD_ENV}, or a prompt."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password",
            help=f"the password (visible in the process list: prefer ${PASSWORD_ENV} or the prompt)",
        )

    def handle(self, *args, username, email, password, **options):
        username = username.strip()
        if not username:
            raise CommandError("username must not be empty")
        password = password or os.environ.get(PASSWORD_ENV) or self._prompt()
        User = get_user_model()
        with transaction.atomic():
            try:
                group = editor_group()
            except ImproperlyConfigured as exc:
                raise CommandError(str(exc)) from exc
            user, created = User.objects.get_or_create(username=username)
            user.is_staff = True
            if email:
                user.email = email
            if password:
                try:
                    password_validation.validate_password(password, user)
                except ValidationError as exc:
                    raise CommandError(" ".join(exc.messages)) from exc
                user.set_password(password)
            elif created:
                raise CommandError("a new account needs a password")
            user.save()
            user.groups.add(group)
        verb = "created" if created else "updated"
        self.stdout.write(
            f"{verb} editor {username!r} in group {EDITOR_GROUP!r}; log in at /admin/"
        )

    def _prompt(self):
        if not sys.stdin.isatty():
            return None
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("the passwords do not match")
        return first
