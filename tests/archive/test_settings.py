"""Production mode refuses unsafe start-up; every response carries security headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-" + "x7Q!pZ9#mL2@vR8$wN5%tB1^" * 3


def manage(*args, tmp_path, **env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BAOKAN_"))}
    full_env.update(DJANGO_SETTINGS_MODULE="archive.settings", BAOKAN_DATA_DIR=str(tmp_path), **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=full_env, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "env, missing",
    [
        ({}, "DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS"),
        ({"DJANGO_SECRET_KEY": STRONG_KEY}, "DJANGO_ALLOWED_HOSTS"),
        ({"DJANGO_ALLOWED_HOSTS": "archive.example.org"}, "DJANGO_SECRET_KEY"),
    ],
)
def test_production_without_secrets_stops_with_a_clear_message(tmp_path, env, missing):
    result = manage("check", tmp_path=tmp_path, BAOKAN_ENV="production", **env)
    assert result.returncode != 0
    assert f"BAOKAN_ENV=production needs {missing} set" in result.stderr


def test_check_deploy_is_clean_in_production_mode(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        tmp_path=tmp_path,
        BAOKAN_ENV="production",
        DJANGO_SECRET_KEY=STRONG_KEY,
        DJANGO_ALLOWED_HOSTS="archive.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "env, in_web_workers",
    [
        ({}, "True"),
        ({"BAOKAN_ENV": "production"}, "False"),  # its own process: process_index_queue --serve
        ({"BAOKAN_ENV": "production", "BAOKAN_INDEX_QUEUE_WORKER": "1"}, "True"),
    ],
)
def test_in_production_web_workers_only_queue_index_updates(tmp_path, env, in_web_workers):
    production = {"DJANGO_SECRET_KEY": STRONG_KEY, "DJANGO_ALLOWED_HOSTS": "archive.example.org"}
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.HAYSTACK_QUEUE_WORKER)",
        tmp_path=tmp_path,
        **(production if env else {}),
        **env,
    )
    assert result.stdout.strip().splitlines()[-1] == in_web_workers, result.stderr


def test_the_embedded_default_starts_without_any_setting(tmp_path):
    result = manage("check", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_responses_carry_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    admin = client.get("/admin/login/")
    assert "frame-ancestors 'none'" in admin["Content-Security-Policy"]
