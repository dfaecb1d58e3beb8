"""Records: the one walker over nested JSON-like data and the one value-to-text rule.

Shared by the policy engine (which protects records leaf by leaf) and the integrations
(which classify record lists and protect nested cells), so a field path means the same
thing everywhere: mapping keys join with ``.`` and list items add ``[]`` (``a[].b``).
"""

from __future__ import annotations

import array
import decimal
import enum
import ipaddress
import numbers
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from privkit.errors import ConfigError, TransformError

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "MAX_DEPTH",
    "MISSING",
    "BoxRef",
    "Slot",
    "check_bytes",
    "coerce",
    "flatten",
    "get",
    "is_container",
    "key_text",
    "leaves",
    "mapping_keys",
    "placeholder_names",
    "text_of",
    "unbox",
]

#: Deepest nesting accepted in a record (deeper input is refused, never truncated).
MAX_DEPTH = 10_000
#: What :func:`get` returns for a path the record does not hold.
MISSING: Any = object()

#: A leaf of a flattened record: ``(row, container, key, value)``; writing
#: ``container[key] = new`` replaces the leaf in the copy :func:`flatten` returned.
Slot = tuple[int, Any, Any, Any]

# Most child paths a caller's path memo holds (see :func:`flatten`'s ``paths``).
_PATHS_LIMIT = 100_000


def is_container(v: object) -> bool:
    """Whether ``v`` is walked into (a mapping, list, tuple or set) rather than a leaf."""
    return isinstance(v, Mapping | list | tuple | set | frozenset)


#: Leaf types that need no further look (the common case, checked by exact type).
_PLAIN = frozenset({str, int, float, bool, type(None)})
#: Iterables that are values, not collections: text, bytes, and ranges (read as their text).
_ATOMS = (str, bytes, bytearray, memoryview, range, ipaddress.IPv4Network, ipaddress.IPv6Network)


#: Tables by (top-level module, class name), never imported here. Inside a record a table was
#: read as its iteration gives it: a pandas DataFrame as its column names (its rows dropped),
#: an Arrow table as its printed head, a polars LazyFrame not at all (a query holds no
#: values until it runs). Protected on their own, their columns are read as such.
_TABLES = frozenset({
    ("pandas", "DataFrame"),
    ("polars", "DataFrame"),
    ("polars", "LazyFrame"),
    ("pyarrow", "Table"),
    ("pyarrow", "RecordBatch"),
    ("pyspark", "DataFrame"),
})  # fmt: skip


def expand(path: str, value: Any) -> Any:
    """A leaf that holds a collection, as a list to walk into; other values unchanged.

    NumPy arrays, deques, dict views, ``array.array`` and other re-iterable collections are
    read into a list (the protected record holds a list there); an ``array.array`` of
    characters (typecode ``u``/``w``) is read as its text and one of bytes (``b``/``B``) as
    its bytes, as an address spelled out character by character is found in no single
    item; so is a one-dimensional NumPy array of one-byte integers (``uint8``, ``int8``), as
    raw data read with NumPy is held. A one-shot iterator or generator is refused: reading
    it would consume the caller's data, and returning it would hand back data that was never
    checked.

    Raises:
        TransformError: ``value`` is an iterator, or a table (:data:`_TABLES`), naming
            ``path``, never the value.
    """
    if type(value) in _PLAIN or isinstance(value, _ATOMS) or is_container(value):
        return value
    if isinstance(value, Iterator):
        raise TransformError(
            f"{path or '<record>'}: an iterator or generator cannot be protected without "
            "consuming it; pass a list"
        )
    kind = type(value)
    library = kind.__module__.split(".", 1)[0]
    if (library, kind.__name__) in _TABLES:
        raise TransformError(
            f"{path or '<record>'}: a table ({library} {kind.__name__}) inside a record cannot "
            "be protected as a value; protect the table on its own"
        )
    if isinstance(value, array.array) and value.typecode in "uwbB":
        return value.tounicode() if value.typecode in "uw" else value.tobytes()
    if library == "numpy" and _numpy_bytes(value):
        return value.tobytes()
    tolist = getattr(value, "tolist", None)
    if callable(tolist) and library in {"numpy", "pandas"}:
        return tolist()  # a 0-d array gives its scalar
    if isinstance(value, Iterable):
        return list(value)
    return value


def _numpy_bytes(value: Any) -> bool:
    """Whether ``value`` (a NumPy object) is a one-dimensional array of one-byte integers."""
    dtype = getattr(value, "dtype", None)
    return (
        getattr(value, "ndim", None) == 1
        and getattr(dtype, "itemsize", None) == 1
        and getattr(dtype, "kind", None) in ("i", "u")
    )


class BoxRef:
    """A scalar record whose value is replaced in place; unwrapped after the batch."""

    __slots__ = ("box",)

    def __init__(self, box: list[Any]) -> None:
        self.box = box


def unbox(value: Any) -> Any:
    """The record behind a :class:`BoxRef`, or ``value`` itself."""
    return value.box[0] if isinstance(value, BoxRef) else value


def get(record: Any, dotted: str) -> Any:
    """The value at a dotted path of nested mappings, or :data:`MISSING`."""
    cur = record
    for part in dotted.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return MISSING
    return cur


def flatten(  # noqa: C901, PLR0912, PLR0915 - one flat loop, kept inline for speed
    record: Any,
    row: int,
    groups: dict[str, list[Slot]],
    renames: Mapping[str, str] | None = None,
    paths: dict[tuple[str, Any], str] | None = None,
) -> Any:
    """Copy ``record``'s containers and register each leaf under its path (iterative).

    Returns the copy (a :class:`BoxRef` for a scalar record); ``groups`` gains one
    :data:`Slot` per leaf. ``renames`` maps mapping keys to the key written in their place
    (and used in paths). ``paths`` memoises (parent path, key) -> child path across the
    records of one batch (paths repeat on every record): the caller owns it, never this
    module, as the keys in paths may be personal data (a record keyed by e-mail addresses).

    Raises:
        ConfigError: the record is nested deeper than :data:`MAX_DEPTH` (or is cyclic).
        TransformError: two renamed keys of one mapping collide.
    """
    record = expand("", record)
    if isinstance(record, Mapping) and not isinstance(record, dict):
        record = dict(record)
    elif isinstance(record, set | frozenset):
        record = list(record)
    if not isinstance(record, dict | list | tuple):
        box = [record]
        groups.setdefault("", []).append((row, box, 0, record))
        return BoxRef(box)
    root: Any = {} if isinstance(record, dict) else [None] * len(record)
    stack: list[tuple[Any, Any, str, int]] = [(record, root, "", 0)]
    if paths is None:
        paths = {}
    while stack:
        src, dst, path, level = stack.pop()
        if level > MAX_DEPTH:
            raise ConfigError(
                f"record nested deeper than {MAX_DEPTH} levels (or cyclic) at row {row}"
            )
        nested: list[tuple[Any, Any, str, int]] = []
        if isinstance(src, Mapping):
            for k, v in src.items():
                child: str | None
                if renames and k in renames:
                    k = renames[k]  # noqa: PLW2901 - the protected key replaces it
                    child = f"{path}.{k}" if path else k
                else:
                    child = paths.get((path, k)) if type(k) is str else None
                if child is None:
                    child = f"{path}.{k}" if path else str(k)
                    if type(k) is str and len(child) < 256 and len(paths) < _PATHS_LIMIT:  # noqa: PLR2004
                        paths[(path, k)] = child
                t = type(v)
                if t not in _PLAIN and t is not dict and t is not list:
                    v = expand(child, v)  # noqa: PLW2901 - collections in disguise
                    t = type(v)
                if t is str or (t is not dict and t is not list and not is_container(v)):
                    dst[k] = v
                    groups.setdefault(child, []).append((row, dst, k, v))
                elif isinstance(v, Mapping):
                    nd: dict[Any, Any] = {}
                    dst[k] = nd
                    nested.append((v, nd, child, level + 1))
                else:
                    v = list(v) if isinstance(v, set | frozenset) else v  # noqa: PLW2901
                    nl: list[Any] = [None] * len(v)
                    dst[k] = nl
                    nested.append((v, nl, child, level + 1))
            if renames and len(dst) != len(src):
                raise TransformError(
                    f"{path or '<record>'}: mapping keys holding personal data become the same "
                    "key under the policy's transform (use a unique one, e.g. tokenize)"
                )
        else:
            child = f"{path}[]"
            for k, v in enumerate(src):
                if type(v) not in _PLAIN:
                    v = expand(child, v)  # noqa: PLW2901 - collections in disguise
                if isinstance(v, Mapping):
                    nd2: dict[Any, Any] = {}
                    dst[k] = nd2
                    nested.append((v, nd2, child, level + 1))
                elif is_container(v):
                    v = list(v) if isinstance(v, set | frozenset) else v  # noqa: PLW2901
                    nl2: list[Any] = [None] * len(v)
                    dst[k] = nl2
                    nested.append((v, nl2, child, level + 1))
                else:
                    dst[k] = v
                    groups.setdefault(child, []).append((row, dst, k, v))
        stack.extend(reversed(nested))
    return root


def leaves(records: Iterable[Any]) -> dict[str, list[Any]]:
    """The leaf values of ``records`` per field path, in first-seen order.

    >>> leaves([{"a": {"b": 1}, "c": [2, 3]}])
    {'a.b': [1], 'c[]': [2, 3]}
    """
    groups: dict[str, list[Slot]] = {}
    paths: dict[tuple[str, Any], str] = {}
    for i, rec in enumerate(records):
        flatten(rec, i, groups, paths=paths)
    return {path: [s[3] for s in slots] for path, slots in groups.items()}


def mapping_keys(records: list[Any]) -> list[Any]:
    """The distinct mapping keys in ``records``, any type, in a deterministic order.

    Iterative and depth-bounded (:func:`flatten` reports records nested too deep).

    >>> mapping_keys([{"b": {"a": 1}, 2: [{"b": 3}]}])
    ['b', 2, 'a']
    """
    keys: dict[Any, None] = {}
    stack: list[tuple[Any, int]] = [(r, 0) for r in reversed(records) if is_container(r)]
    while stack:
        node, level = stack.pop()
        if level > MAX_DEPTH:
            continue
        items = list(node.items()) if isinstance(node, Mapping) else [(None, v) for v in node]
        nested = []
        for k, v in items:
            if isinstance(node, Mapping):
                keys.setdefault(k)
            if is_container(v):
                nested.append((v, level + 1))
        stack.extend(reversed(nested))
    return list(keys)


def key_text(key: object) -> str | None:
    """The text a mapping key is scanned as (``None``: nothing to scan).

    A ``str`` key is itself; a tuple or frozenset key is read as its Python text (which
    shows every element); any other key as :func:`text_of` reads a value.
    """
    if type(key) is str:
        return key
    if isinstance(key, tuple | frozenset):
        return repr(key)
    return text_of(key)


def placeholder_names(keys: Sequence[Any], findings: Sequence[Sequence[Any]]) -> dict[Any, str]:
    """Names that stand for keys holding personal data: ``<EMAIL_ADDRESS>``, ``…#2``.

    For results that must name a field without showing it (``classify``): each span found
    in a key's text is replaced by its entity type, and a name already given gets a number.

    >>> from privkit.types import EntityType, Finding
    >>> f = Finding(EntityType.EMAIL_ADDRESS, 0, 9, 1.0, "email")
    >>> placeholder_names(["a@b.co.uk", "c@d.co.uk"], [[f], [f]])
    {'a@b.co.uk': '<EMAIL_ADDRESS>', 'c@d.co.uk': '<EMAIL_ADDRESS>#2'}
    """
    out: dict[Any, str] = {}
    taken: set[str] = set()
    for key, fs in zip(keys, findings, strict=True):
        text = key_text(key)
        if not fs or text is None:
            continue
        pieces, pos = [], 0
        for f in sorted(fs, key=lambda f: (f.start, -f.end)):
            if f.end <= pos:
                continue
            pieces += [text[pos : max(pos, f.start)], f"<{f.entity_type}>"]
            pos = f.end
        name = base = "".join(pieces) + text[pos:]
        i = 2
        while name in taken:
            name, i = f"{base}#{i}", i + 1
        taken.add(name)
        out[key] = name
    return out


def text_of(value: object) -> str | None:  # noqa: C901, PLR0911 - one return per kind of value
    """Return the text to scan for a leaf of unknown content, or ``None`` (nothing to scan).

    Integers (NumPy's included) are read as their digits, and so are floats and ``Decimal``
    values holding a whole number (an IMEI stored as ``490154203237518.0``); other floats,
    NaN, booleans and missing values hold no identifiers. Bytes and memoryviews are read as
    UTF-8; an enumeration's member as its value (``str`` shows only its name, ``En.A``, and
    the member carries the value out); any other object (``UUID``, IP addresses, custom
    classes) as ``str(value)``.

    Raises:
        TransformError: the object's ``__str__`` fails (the value cannot be checked).
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, enum.Enum) and not isinstance(value, str | int):
        return text_of(value.value)
    if type(value).__module__ == "numpy" and callable(getattr(value, "item", None)):
        value = value.item()  # type: ignore[attr-defined]
        if value is None or isinstance(value, bool | bytes | str):
            return text_of(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, float | decimal.Decimal | numbers.Real):
        try:  # NaN and infinities raise
            whole = int(value)  # type: ignore[arg-type]  # numbers.Real has __trunc__
        except (OverflowError, ValueError):
            return None
        return str(whole) if whole == value else None
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - a broken __str__ cannot hide data: refuse loudly
        raise TransformError(f"cannot read a value of type {type(value).__name__}") from None


def check_bytes(path: str, value: bytes | bytearray | memoryview) -> None:
    """Refuse a bytes value with personal data that is not valid UTF-8 (it cannot be rewritten).

    Raises:
        TransformError: naming ``path``, never the value.
    """
    try:
        bytes(value).decode("utf-8")
    except UnicodeDecodeError:
        raise TransformError(
            f"{path}: bytes value is not valid UTF-8 and holds personal data; decode it explicitly"
        ) from None


def coerce(path: str, value: object) -> object:
    """The value a whole-field transform receives: bytes decoded as UTF-8, others as they are.

    Raises:
        TransformError: bytes that are not valid UTF-8 (naming ``path``, never the value).
    """
    if isinstance(value, bytes | bytearray | memoryview):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise TransformError(
                f"{path}: bytes value is not valid UTF-8; decode it explicitly"
            ) from None
    if type(value).__module__ == "numpy" and callable(getattr(value, "item", None)):
        return value.item()  # type: ignore[attr-defined]
    return value
