"""The trained line-role model: load it once, label a page's lines.

The model file (`model.crfsuite`, beside this module) is made by
`python -m archive.parsing.linemodel.train` (see README.md here) and ships with the
project. It is loaded on first use and kept for the life of the process; gunicorn
loads it in the master before forking (archive/apps.py), so workers share it.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from ..layout import Line
from .features import page_features

MODEL_PATH = Path(__file__).with_name("model.crfsuite")
_lock = threading.Lock()  # a crfsuite Tagger is not safe to share between threads


class ModelMissing(RuntimeError):
    """The model file is not there: run the training command (README)."""


@functools.cache
def _tagger():
    import pycrfsuite

    if not MODEL_PATH.is_file():
        raise ModelMissing(f"{MODEL_PATH}: no line-role model; train one (linemodel/README.md)")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


def load() -> None:
    """Open the model now (before a fork), not on the first page."""
    _tagger()


def tag_lines(lines: list[Line], known_columns=()) -> list[str]:
    """One label (labels.LABELS) for each non-blank line of `lines`, in order."""
    items = page_features(lines, known_columns)
    if not items:
        return []
    with _lock:
        return _tagger().tag(items)
