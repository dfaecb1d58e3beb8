"""Transform layer: turn a detected value into a protected one.

Every transform is a frozen dataclass validated at construction and a plain callable
``t(value, ctx=None) -> str | None``; reversible ones also have ``reveal(token, ctx=None)``.
Use :func:`apply` / :func:`apply_many` for values of any type and for columns, and
:func:`build` to make a transform from its action name (what the policy layer does).

>>> from privkit.keys import KeyRing
>>> ring = KeyRing.generate("pii")
>>> apply_many(Mask(keep_last=2), ["12345", None, "67"])
['***45', None, '**']
>>> t = build("tokenize", keys=ring, key="pii")
>>> t("jane@example.com") == Tokenize(keys=ring, key="pii")("jane@example.com")
True
"""

import contextlib

from privkit.transform._base import apply, apply_many, is_missing
from privkit.transform._encrypt import Encrypt, EncryptDeterministic
from privkit.transform._fpe import FPE
from privkit.transform._generalize import DateShift, Generalize
from privkit.transform._hash import Hash, Tokenize
from privkit.transform._registry import ENTRY_POINT_GROUP, build, registered, transform_class
from privkit.transform._simple import Keep, Mask, Nullify, Redact, Replace
from privkit.transform._store import PostgresStore, SQLiteStore, Store
from privkit.transform._subjects import SubjectKeys
from privkit.transform._vault import VaultTokenize

__all__ = [
    "ENTRY_POINT_GROUP",
    "FPE",
    "DateShift",
    "Encrypt",
    "EncryptDeterministic",
    "Generalize",
    "Hash",
    "Keep",
    "Mask",
    "Nullify",
    "PostgresStore",
    "Redact",
    "Replace",
    "SQLiteStore",
    "Store",
    "SubjectKeys",
    "Tokenize",
    "VaultTokenize",
    "apply",
    "apply_many",
    "build",
    "is_missing",
    "registered",
    "transform_class",
]

for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith("privkit.transform._"):
        with contextlib.suppress(AttributeError, TypeError):
            _obj.__module__ = "privkit.transform"
del _name, _obj
