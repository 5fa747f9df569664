"""Settings for the test suite: the real ones, with the data folder in a temporary
place and static files served unhashed (no collectstatic needed)."""

import atexit
import os
import shutil
import tempfile

# Subprocesses the tests start inherit the folder; the process that made it removes it.
if "BAOKAN_DATA_DIR" not in os.environ:
    os.environ["BAOKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="baokan-tests-")
    atexit.register(shutil.rmtree, os.environ["BAOKAN_DATA_DIR"], ignore_errors=True)

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
