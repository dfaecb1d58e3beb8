"""The one default scanner: built from a policy's ``text`` settings, shared per process.

Every place that needs a scanner and was given none (the Protector, the table classifier,
:func:`privkit.classify`) asks here, so equal settings share one
:class:`~privkit.detect.Scanner` and its NER model is loaded once. Held in module state, the
scanner forgets what it read at the end of every scan (``forgetful_scanner``): no value read
for one caller stays behind in the process.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privkit.policy.model import TextConfig

__all__ = ["default_scanner"]


def default_scanner(text: TextConfig | None = None) -> Any:
    """The shared scanner for ``text`` settings (the detector defaults when ``None``).

    The scanner is created on first request and loads its model on its first scan.
    """
    if text is None:
        return _scanner(None, None, None)
    entities = None if text.entities is None else tuple(text.entities)
    return _scanner(entities, text.model, text.min_score)


@functools.lru_cache(maxsize=16)
def _scanner(entities: tuple[str, ...] | None, model: str | None, min_score: float | None) -> Any:
    from privkit.detect._scanner import forgetful_scanner

    if min_score is None:
        return forgetful_scanner(entities=entities, model=model)
    return forgetful_scanner(entities=entities, model=model, min_score=min_score)
