"""Type matrix: every Python and Arrow type a caller may hand over is protected or refused.

There is no third outcome: a value that comes back unchanged while still holding personal
data (because of its type or of where it sits) fails these tests, and so does any exception
that is not a :class:`privkit.PrivkitError`.
"""

from __future__ import annotations

import array
import collections
import decimal
import enum
import ipaddress
import math
import uuid

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from tests.adversarial._leaks import (
    EMAIL,
    IDFA,
    IMEI,
    IP,
    REFUSALS,
    assert_no_leak,
    assert_protected_or_refused,
    audit_events,
    dump,
    protector,
)

from privkit.errors import ConfigError, PrivkitError, TransformError
from privkit.integrations.tables import protect_table


class _Shows:
    """An object whose text shows an e-mail address."""

    def __str__(self) -> str:
        return f"contact {EMAIL}"


class _Broken:
    """An object whose text cannot be read."""

    def __str__(self) -> str:
        raise RuntimeError(EMAIL)

    __repr__ = __str__


def _gen():
    yield EMAIL


class _Contact(enum.Enum):
    """An enumeration whose members' values are personal data (``str`` shows only names)."""

    OWNER = EMAIL
    DEVICE = IMEI


# (id, record) — every record holds personal data through its type or its place.
RECORDS = [
    ("float-imei", {"imei": float(IMEI)}),
    ("float-imei-neutral-key", {"x": float(IMEI)}),
    ("float-phone", {"phone": 4155550100.0}),
    ("decimal", {"x": decimal.Decimal(IMEI)}),
    ("decimal-fraction", {"x": decimal.Decimal(f"{IMEI}.0")}),
    ("np-int64", {"x": np.int64(IMEI)}),
    ("np-uint64", {"x": np.uint64(IMEI)}),
    ("np-float64", {"x": np.float64(IMEI)}),
    ("np-longdouble", {"x": np.longdouble(IMEI)}),
    ("np-str", {"x": np.str_(EMAIL)}),
    ("np-bytes", {"x": np.bytes_(EMAIL.encode())}),
    ("np-array", {"x": np.array([IMEI, 1])}),
    ("np-object-array", {"x": np.array([EMAIL, None], dtype=object)}),
    ("bytes", {"x": EMAIL.encode()}),
    ("bytearray", {"x": bytearray(EMAIL.encode())}),
    ("memoryview", {"x": memoryview(EMAIL.encode())}),
    ("bytes-invalid-utf8", {"x": b"\xff " + EMAIL.encode()}),
    ("iterator", {"x": iter([EMAIL])}),
    ("generator", {"x": _gen()}),
    ("map-object", {"x": map(str, [EMAIL])}),
    ("range-imei", {"x": range(IMEI, IMEI + 1)}),
    ("dict-values", {"x": {"a": EMAIL}.values()}),
    ("dict-keys", {"x": {EMAIL: 1}.keys()}),
    ("deque", {"x": collections.deque([EMAIL])}),
    ("array", {"x": array.array("q", [IMEI])}),
    ("array-of-chars", {"x": array.array("u", EMAIL)}),
    ("array-of-bytes", {"x": [array.array("B", EMAIL.encode())]}),
    ("array-of-signed-bytes", {"x": array.array("b", EMAIL.encode())}),
    ("np-uint8-array", {"x": np.frombuffer(EMAIL.encode(), dtype=np.uint8)}),
    ("np-int8-array", {"x": [np.frombuffer(EMAIL.encode(), dtype=np.int8)]}),
    ("set", {"x": {EMAIL}}),
    ("frozenset", {"x": frozenset({IMEI})}),
    ("tuple-nested", {"x": ((EMAIL,),)}),
    ("list-deep", {"x": [[[[IP]]]]}),
    ("int-key", {"x": {IMEI: 1}}),
    ("float-key", {"x": {float(IMEI): 1}}),
    ("tuple-key", {(EMAIL,): 1}),
    ("tuple-key-nested", {"x": {("a", (EMAIL, 1)): 1}}),
    ("frozenset-key", {frozenset({EMAIL}): 1}),
    ("ip-key", {ipaddress.ip_address(IP): 1}),
    ("ip-network-key", {"x": {ipaddress.ip_network(f"{IP}/32"): 1}}),
    ("str-key", {EMAIL: 1}),
    ("bytes-key", {EMAIL.encode(): 1}),
    ("decimal-key", {decimal.Decimal(IMEI): 1}),
    ("np-int-key", {np.int64(IMEI): 1}),
    ("ip-object", {"x": ipaddress.ip_address(IP)}),
    ("ipv6-object", {"x": ipaddress.ip_address("2001:db8::8a2e:370:7334")}),
    ("uuid-idfa", {"idfa": uuid.UUID(IDFA)}),
    ("custom-str", {"x": _Shows()}),
    ("complex", {"x": complex(IMEI, 0)}),
    ("key-and-value", {EMAIL: {IP: IMEI}}),
    ("enum-member", {"x": _Contact.OWNER}),
    ("enum-member-number", {"x": [_Contact.DEVICE]}),
    ("enum-key", {"x": {_Contact.OWNER: 1}}),
    ("pandas-table-in-record", {"x": pd.DataFrame({"mail": [EMAIL]})}),
    ("polars-table-in-record", {"x": [pl.DataFrame({"mail": [EMAIL]})]}),
    ("polars-lazy-in-record", {"x": pl.DataFrame({"mail": [EMAIL]}).lazy()}),
    ("arrow-table-in-record", {"x": pa.table({"mail": [EMAIL]})}),
    ("arrow-batch-in-record", {"x": pa.record_batch({"mail": [EMAIL]})}),
]


@pytest.mark.parametrize(("record"), [r for _, r in RECORDS], ids=[i for i, _ in RECORDS])
def test_record_value_is_protected_or_refused(record, audit_path):
    p = protector(audit_path)
    assert_protected_or_refused(lambda: p.protect(record, purpose="analytics"), audit=audit_path)


@pytest.mark.parametrize("purpose", ["analytics", "support"])
@pytest.mark.parametrize(("record"), [r for _, r in RECORDS], ids=[i for i, _ in RECORDS])
def test_records_stream_is_protected_or_refused(record, purpose, audit_path):
    p = protector(audit_path)
    assert_protected_or_refused(
        lambda: p.protect(iter([record, {"ok": 1}]), purpose=purpose), audit=audit_path
    )


def _spelled(value: object) -> str:
    """The text a reader joins from a value: items of a list one after the other."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, list):
        return "".join(chr(v) if isinstance(v, int) else _spelled(v) for v in value)
    return str(value)


@pytest.mark.parametrize(
    "value",
    [array.array("u", EMAIL), array.array("B", EMAIL.encode()), array.array("b", EMAIL.encode()),
     np.frombuffer(EMAIL.encode(), dtype=np.uint8), np.frombuffer(EMAIL.encode(), dtype=np.int8)],
    ids=["u", "B", "b", "np-uint8", "np-int8"],
)  # fmt: skip
def test_a_value_spelled_out_in_an_array_is_protected(value, audit_path):
    """An ``array.array`` of characters or bytes, or a NumPy array of one-byte integers, was
    walked item by item: no item held the address, so every character of it came back."""
    out = protector(audit_path).protect({"x": value, "y": [value]}, purpose="analytics")
    assert EMAIL not in _spelled(out["x"])
    assert EMAIL not in _spelled(out["y"])


def test_broken_str_is_refused_without_the_value():
    with pytest.raises(TransformError) as info:
        protector().protect({"x": _Broken()}, purpose="analytics")
    assert_no_leak("error", str(info.value))


@pytest.mark.parametrize(
    "value",
    [None, math.nan, math.inf, -0.0, 0.5, True, 3, pd.NA, pd.NaT, np.nan, np.float32(1.5),
     "", b"", uuid.UUID(int=1), decimal.Decimal("12.50"), 1234.5],
    ids=repr,
)  # fmt: skip
def test_values_without_personal_data_come_back_unchanged(value):
    out = protector().protect({"x": value, "n": [value]}, purpose="analytics")
    assert out["x"] is value or out["x"] == value
    assert len(out["n"]) == 1


@pytest.mark.parametrize(
    "data",
    [
        EMAIL.encode(),
        bytearray(EMAIL.encode()),
        memoryview(EMAIL.encode()),
        np.str_(EMAIL),
        IMEI,
        float(IMEI),
        decimal.Decimal(IMEI),
        np.int64(IMEI),
        ipaddress.ip_address(IP),
        [EMAIL],
        (EMAIL,),
        {EMAIL},
        iter([EMAIL]),
        _gen(),
        [IMEI],
        [memoryview(EMAIL.encode())],
    ],
    ids=lambda d: type(d).__name__,
)
def test_top_level_data_is_protected_or_refused(data, audit_path):
    p = protector(audit_path)
    assert_protected_or_refused(
        lambda: p.protect(data, purpose="analytics"),
        audit=audit_path,
        refusals=(*REFUSALS, ConfigError),  # "cannot protect a int: pass text, a record..."
    )


def test_int_keys_do_not_reach_the_audit_log(audit_path):
    p = protector(audit_path)
    assert_protected_or_refused(
        lambda: p.protect({"scores": {IMEI: 3, 7: 4}}, purpose="analytics"), audit=audit_path
    )
    assert audit_events(audit_path)


# --------------------------------------------------------------------------------------------
# tables


def _pandas_cases():
    n = 5000  # more rows than the classification sample
    yield "int-imei-outside-sample", pd.DataFrame({"value": [*range(n), IMEI]})
    yield "float-imei-outside-sample", pd.DataFrame({"value": [*map(float, range(n)), IMEI]})
    yield "nullable-int", pd.DataFrame({"value": pd.array([*range(n), IMEI, None], "Int64")})
    yield "uint64", pd.DataFrame({"value": np.array([*range(n), IMEI], dtype=np.uint64)})
    yield "decimal-object", pd.DataFrame({"value": [decimal.Decimal(IMEI)]})
    yield "bytes-object", pd.DataFrame({"value": [EMAIL.encode(), b"x"]})
    yield "email-outside-sample", pd.DataFrame({"note": [*(["ok"] * n), EMAIL]})
    yield (
        "category-outside-sample",
        pd.DataFrame({"tag": pd.Categorical([*(["a"] * n), EMAIL])}),
    )
    yield "mixed-object", pd.DataFrame({"value": [1, "a", IMEI, None, 2.5]})
    yield "nested-object", pd.DataFrame({"value": [{"k": EMAIL}, [IP], None]})
    yield "pivot-email-columns", pd.DataFrame({EMAIL: [1, 2], "bob@example.org": [3, 4]})
    yield "int-column-name", pd.DataFrame({IMEI: [1, 2]})
    yield "email-index", pd.DataFrame({"score": [1, 2]}, index=[EMAIL, "bob@example.org"])
    yield "index-name", pd.DataFrame({"score": [1]}, index=pd.Index([1], name=EMAIL))
    yield (
        "multiindex",
        pd.DataFrame({"score": [1, 2]}, index=pd.MultiIndex.from_tuples([(EMAIL, 1), ("b", IMEI)])),
    )
    yield (
        "multiindex-columns",
        pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("a", EMAIL), ("b", "c")])),
    )


PANDAS = list(_pandas_cases())


@pytest.mark.parametrize("df", [d for _, d in PANDAS], ids=[i for i, _ in PANDAS])
def test_pandas_table_is_protected_or_refused(df, audit_path):
    p = protector(audit_path)
    out = assert_protected_or_refused(
        lambda: protect_table(df, protector=p, purpose="analytics"), audit=audit_path
    )
    if not isinstance(out, PrivkitError):
        assert len(out) == len(df)
        assert_no_leak(
            "pandas output",
            "\n".join(
                [
                    repr(out.to_dict("list")),
                    repr(list(out.columns)),
                    repr(list(out.index)),
                    repr(out.index.names),
                    repr(out.columns.names),
                ]
            ),
        )


def _arrow_cases():
    n = 5000
    yield "int64-outside-sample", pa.table({"value": pa.array([*range(n), IMEI], pa.int64())})
    yield "uint64", pa.table({"value": pa.array([1, IMEI], pa.uint64())})
    yield "float64", pa.table({"value": pa.array([*map(float, range(n)), IMEI], pa.float64())})
    yield (
        "decimal128",
        pa.table({"value": pa.array([decimal.Decimal(1), decimal.Decimal(IMEI)],
                                    pa.decimal128(20, 0))}),
    )  # fmt: skip
    yield "binary", pa.table({"value": pa.array([b"x", EMAIL.encode()], pa.binary())})
    yield "large_binary", pa.table({"value": pa.array([EMAIL.encode()], pa.large_binary())})
    yield "large_string", pa.table({"value": pa.array(["x", EMAIL], pa.large_string())})
    yield "string_view", pa.table({"value": pa.array(["x", EMAIL], pa.string_view())})
    yield (
        "dictionary",
        pa.table({"value": pa.array(["x", EMAIL, "x"]).dictionary_encode()}),
    )
    yield (
        "dictionary-outside-sample",
        pa.table({"value": pa.array([*(["x"] * n), EMAIL]).dictionary_encode()}),
    )
    yield (
        "struct",
        pa.table({"value": pa.array([{"mail": EMAIL, "n": 1}, None])}),
    )
    yield "list", pa.table({"value": pa.array([[EMAIL, "x"], None, []])})
    yield "list-int", pa.table({"value": pa.array([[IMEI, 1]], pa.list_(pa.int64()))})
    yield (
        "map-keys",
        pa.table({"value": pa.array([[(EMAIL, 1)]], pa.map_(pa.string(), pa.int64()))}),
    )
    yield (
        "map-values",
        pa.table({"value": pa.array([[("k", EMAIL)]], pa.map_(pa.string(), pa.string()))}),
    )
    yield "email-column-name", pa.table({EMAIL: [1, 2], "bob@example.org": [3, 4]})
    yield "int-name-text", pa.table({str(IMEI): ["a"]})
    yield (
        "record-batch",
        pa.RecordBatch.from_pydict({"value": pa.array([1, IMEI], pa.int64())}),
    )


ARROW = list(_arrow_cases())


def _arrow_dump(table) -> str:
    return "\n".join([repr(table.to_pylist()), repr(table.schema.names), str(table.schema)])


@pytest.mark.parametrize("table", [t for _, t in ARROW], ids=[i for i, _ in ARROW])
def test_arrow_table_is_protected_or_refused(table, audit_path):
    p = protector(audit_path)
    out = assert_protected_or_refused(
        lambda: protect_table(table, protector=p, purpose="analytics"), audit=audit_path
    )
    if not isinstance(out, PrivkitError):
        assert out.num_rows == table.num_rows
        assert_no_leak("arrow output", _arrow_dump(out))


@pytest.mark.parametrize("table", [t for _, t in ARROW], ids=[i for i, _ in ARROW])
def test_polars_table_is_protected_or_refused(table, audit_path):
    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    try:
        df = pl.from_arrow(table)
    except (pl.exceptions.PolarsError, pa.ArrowException):  # polars cannot hold the type
        pytest.skip("polars cannot hold this Arrow type")
    p = protector(audit_path)
    out = assert_protected_or_refused(
        lambda: protect_table(df, protector=p, purpose="analytics"), audit=audit_path
    )
    if not isinstance(out, PrivkitError):
        assert out.height == df.height
        assert_no_leak("polars output", dump(out.to_dicts()) + repr(out.columns))


# --------------------------------------------------------------------------------------------
# e-mail forms the detectors learned for issue 8 (non-ASCII local parts, IDN, NUL, fullwidth @)

EMAIL_FORMS = [
    "kwame.müller760@example.com",
    "a@xn--d1acufc.xn--p1ai",
    "a@пример.рф",
    "a\x00@x.com",
    "jane＠example.com",
]


def _forms(email: str) -> list[str]:
    return [email, repr(email)[1:-1]]  # as written, and as a repr escapes it


@pytest.mark.parametrize("email", EMAIL_FORMS, ids=ascii)
@pytest.mark.parametrize("place", ["value", "key", "sentence", "bytes"])
def test_email_forms_in_records(email, place, audit_path):
    record = {
        "value": {"x": email},
        "key": {"m": {email: 1}},
        "sentence": {"note": f"write to {email} today"},
        "bytes": {"x": email.encode()},
    }[place]
    p = protector(audit_path)
    assert_protected_or_refused(
        lambda: p.protect(record, purpose="analytics"), audit=audit_path, plants=_forms(email)
    )


@pytest.mark.parametrize("email", EMAIL_FORMS, ids=ascii)
def test_email_forms_in_tables_and_names(email):
    df = pd.DataFrame({"contact": [email, "ok"], email: [1, 2]})
    out = assert_protected_or_refused(
        lambda: protect_table(df, protector=protector(), purpose="analytics"),
        plants=_forms(email),
    )
    if not isinstance(out, PrivkitError):
        assert_no_leak("columns", repr(list(out.columns)), _forms(email))


@pytest.mark.parametrize(
    "table",
    [
        pd.DataFrame({"mail": [EMAIL], "n": [1]}),
        pl.DataFrame({"mail": [EMAIL]}),
        pl.DataFrame({"mail": [EMAIL]}).lazy(),
        pa.table({"mail": [EMAIL]}),
    ],
    ids=["pandas", "polars", "polars-lazy", "arrow"],
)
def test_a_table_inside_a_record_is_refused_not_read_as_its_iteration(table, audit_path):
    """A DataFrame in a record was read as its column names, its rows dropped unsaid; an
    Arrow table as its printed head; a polars LazyFrame came back as it was, unread."""
    p = protector(audit_path)
    with pytest.raises(TransformError, match=r"^x: a table .* protect the table on its own$"):
        p.protect({"x": table, "note": "ok"}, purpose="analytics")
