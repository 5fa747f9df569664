"""gunicorn.conf.py holds only settings gunicorn knows, with the values the README names;
loading the WSGI app, as `preload_app` does in the master, loads jieba's dictionary
before the workers fork."""

import runpy
import subprocess
import sys

from gunicorn.config import Config

from .conftest import ROOT, manage_env


def load(monkeypatch, **env):
    for name in ("WEB_CONCURRENCY", "BAOKAN_BIND", "BAOKAN_TIMEOUT", "BAOKAN_MAX_REQUESTS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    namespace = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    return {k: v for k, v in namespace.items() if not k.startswith("_") and k != "os"}


def test_every_setting_is_one_gunicorn_knows(monkeypatch):
    config = Config()
    for name, value in load(monkeypatch).items():
        assert name in config.settings, name
        config.set(name, value)  # validates the value
    assert config.preload_app and config.workers == 2
    assert config.address == [("127.0.0.1", 8000)]
    assert config.max_requests > 0 and config.max_requests_jitter > 0


def test_the_environment_sets_workers_and_address(monkeypatch):
    settings = load(monkeypatch, WEB_CONCURRENCY="4", BAOKAN_BIND="0.0.0.0:9000")
    assert settings["workers"] == 4 and settings["bind"] == "0.0.0.0:9000"


def test_loading_the_app_initialises_jieba_before_the_fork(tmp_path):
    code = "import archive.wsgi, jieba; print(jieba.dt.initialized)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=manage_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "True", result.stderr
