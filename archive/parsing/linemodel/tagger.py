"""The trained line-role models: load them once, label a page's lines.

Two model files ship beside this module, both made by
`python -m archive.parsing.linemodel.train` (see README.md here): `model.crfsuite`
labels the lines from what they look like; `context.crfsuite` labels them again with
the first pass's labels of the lines around (context.py). They are loaded on first use
and kept for the life of the process; gunicorn loads them in the master before forking
(archive/apps.py), so workers share them.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from ..layout import Line
from .context import second_pass
from .features import page_features

MODEL_PATH = Path(__file__).with_name("model.crfsuite")
CONTEXT_PATH = Path(__file__).with_name("context.crfsuite")
_lock = threading.Lock()  # a crfsuite Tagger is not safe to share between threads


class ModelMissing(RuntimeError):
    """A model file is not there: run the training command (README)."""


def _open(path: Path):
    import pycrfsuite

    if not path.is_file():
        raise ModelMissing(f"{path}: no line-role model; train one (linemodel/README.md)")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@functools.cache
def _taggers():
    return _open(MODEL_PATH), _open(CONTEXT_PATH)


def load() -> None:
    """Open the models now (before a fork), not on the first page."""
    _taggers()


def tag_lines(lines: list[Line], known_columns=()) -> list[str]:
    """One label (labels.LABELS) for each non-blank line of `lines`, in order."""
    items = page_features(lines, known_columns)
    if not items:
        return []
    first, context = _taggers()
    with _lock:
        return context.tag(second_pass(items, first.tag(items)))
