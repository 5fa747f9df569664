"""Settings for the test suite: the real ones, with the data folder in a temporary
place and static files served unhashed (no collectstatic needed)."""

import os
import tempfile

os.environ.setdefault("BAOKAN_DATA_DIR", tempfile.mkdtemp(prefix="baokan-tests-"))

from archive.settings import *  # noqa: E402,F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Hashing passwords slowly is for production; tests create many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Serve static files from the source folders, as the runserver would.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
