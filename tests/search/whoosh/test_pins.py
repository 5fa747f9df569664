"""search/whoosh/ reads Whoosh-Reloaded's private layout: the release installed is the one
pyproject.toml pins and constraints.txt (the tested set) names."""

import re
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def constraints():
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split("==") for line in lines if line and not line.startswith("#"))


def test_the_whoosh_release_search_relies_on_is_pinned_and_installed():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'"Whoosh-Reloaded==2\.7\.5"', pyproject)
    assert version("Whoosh-Reloaded") == "2.7.5" == constraints()["Whoosh-Reloaded"]


def test_the_tested_set_names_every_direct_dependency():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    direct = re.findall(r'^\s*"([A-Za-z0-9_.-]+)', block, re.MULTILINE)
    locked = {name.lower().replace("_", "-") for name in constraints()}
    assert direct and {name.lower() for name in direct} <= locked
    assert version("django-haystack") == constraints()["django-haystack"]
